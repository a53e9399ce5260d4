/**
 * Evaluation of officials (Nghị định 335/2025, 233/2026, 90/2020) and the limits on their ratings.
 * @module
 */
export { evaluateOfficial, regimeDocuments } from './evaluateOfficial';
export type { EvaluateOfficialOptions } from './evaluateOfficial';
export { evaluateOfficials } from './evaluateOfficials';
export type { OfficialEvaluations } from './evaluateOfficials';
export { evaluationPeriod } from './evaluationPeriod';
export type { EvaluationPeriod } from './evaluationPeriod';
export { evaluationPolicy } from './evaluationPolicy';
export type { EvaluationParameters, UnitResultCombination, YearAggregation } from './evaluationPolicy';
export { applyRatingLimits } from './applyRatingLimits';
export type { ApplyRatingLimitsOptions, QuotaGroup, QuotaStatus, RatingDecision, RatingLimits } from './applyRatingLimits';
export type {
  AssignedTask,
  DossierCountsInput,
  EvaluationRegime,
  LeaderComponents,
  OfficialEvaluation,
  OfficialEvaluationInput,
  OfficialKind,
  PeriodPoints,
  PeriodScoresInput,
  ResultsInput,
  ShareInput,
  TaskComponents,
  UnitResultInput,
} from './OfficialEvaluation';
