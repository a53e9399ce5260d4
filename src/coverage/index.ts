/**
 * Plan coverage: online services, payments, channel mix, satisfaction, electronic documents,
 * petitions, and the plan scorecard.
 * @module
 */
export type { DateRange } from './DateRange';
export { onlineServiceCoverage } from './onlineServiceCoverage';
export type { MissingOnlineProcedure, OnlinePaymentCoverage, OnlineServiceCoverage, OnlineServiceCoverageOptions } from './onlineServiceCoverage';
export { channelMix } from './channelMix';
export type { ChannelCounts, ChannelMix, ChannelMixOptions, ChannelPayment, ChannelRecord, ChannelShares, OnlineMainChannel } from './channelMix';
export { satisfaction } from './satisfaction';
export type { OfficialSatisfaction, SatisfactionOptions, SatisfactionResult } from './satisfaction';
export { electronicDocuments } from './electronicDocuments';
export type { DocumentFlow, ElectronicDocumentsOptions, ElectronicDocumentsResult } from './electronicDocuments';
export { petitions } from './petitions';
export type { PetitionCounts, PetitionOutcome, PetitionStatus, PetitionsOptions, PetitionsResult } from './petitions';
export { parGradeLabels, parGrades } from './parGrade';
export type { ParGrade } from './parGrade';
export { evaluatePlan } from './evaluatePlan';
export type { EvaluatePlanOptions, KeyedLateCounts, PlanInput, ProvincialIndexRanks } from './evaluatePlan';
export type { PlanScorecard, ScorecardMeasure, ScorecardRow, ScorecardRowId, ScorecardSummary, ScorecardTarget } from './PlanScorecard';
// Issue 13: the service-index group rows of the plan scorecard.
export type { IndexGroupScore, IndexGroupTarget, ServiceIndexTracking } from './indexGroupRows';
