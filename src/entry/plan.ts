/**
 * `reform-rules/plan`: the plan's measures: rating caps, coverage, tasks and the scorecard.
 * @module
 */

export * from './core';
export * from './calendar';

// Ratings and emulation titles
export {
  capRating,
  collectiveTitleLabels,
  collectiveTitles,
  departmentTitleCap,
  emulationEligibility,
  officialRatingCap,
  ratingLabels,
  ratingLevels,
} from '../rating/index';
export type {
  CollectiveTitle,
  DepartmentTitleCap,
  EmulationCondition,
  EmulationConditionId,
  EmulationDepartment,
  EmulationEligibility,
  EmulationMember,
  LateCounts,
  MemberEligibility,
  OfficialRatingCap,
  RatingLevel,
  RatingOptions,
} from '../rating/index';

// Plan coverage: online services, channels, satisfaction, documents, petitions, scorecard
export {
  channelMix,
  electronicDocuments,
  evaluatePlan,
  onlineServiceCoverage,
  parGradeLabels,
  parGrades,
  petitions,
  satisfaction,
} from '../coverage/index';
export type {
  ChannelCounts,
  ChannelMix,
  ChannelMixOptions,
  ChannelPayment,
  ChannelRecord,
  ChannelShares,
  DateRange,
  DocumentFlow,
  ElectronicDocumentsOptions,
  ElectronicDocumentsResult,
  EvaluatePlanOptions,
  KeyedLateCounts,
  MissingOnlineProcedure,
  OfficialSatisfaction,
  OnlineMainChannel,
  OnlinePaymentCoverage,
  OnlineServiceCoverage,
  OnlineServiceCoverageOptions,
  ParGrade,
  PetitionCounts,
  PetitionOutcome,
  PetitionStatus,
  PetitionsOptions,
  PetitionsResult,
  PlanInput,
  PlanScorecard,
  ProvincialIndexRanks,
  SatisfactionOptions,
  SatisfactionResult,
  ScorecardMeasure,
  ScorecardRow,
  ScorecardRowId,
  ScorecardSummary,
  ScorecardTarget,
} from '../coverage/index';

// Issue 13 (scorecard helper): the service-index group rows of the plan scorecard
export type { IndexGroupScore, IndexGroupTarget, ServiceIndexTracking } from '../coverage/index';

// Plan tasks
export { evaluateTasks, taskOccurrences, validateTasks } from '../tasks/index';
export type {
  DepartmentTaskSummary,
  EvaluateTasksOptions,
  OccurrenceEvaluation,
  TaskEvaluation,
  TaskEvaluations,
  TaskOccurrence,
  TaskOccurrencesOptions,
  TaskStatus,
  TaskSummary,
} from '../tasks/index';

// ---- People side of the plan (issue 17): evaluation of officials, rating limits, rotation, CCHC scoring ----
export {
  applyRatingLimits,
  evaluateOfficial,
  evaluateOfficials,
  evaluationPeriod,
  evaluationPolicy,
  regimeDocuments,
} from '../evaluation/index';
export type {
  ApplyRatingLimitsOptions,
  AssignedTask,
  EvaluateOfficialOptions,
  EvaluationParameters,
  EvaluationPeriod,
  EvaluationRegime,
  LeaderComponents,
  OfficialEvaluation,
  OfficialEvaluationInput,
  OfficialEvaluations,
  OfficialKind,
  PeriodPoints,
  PeriodScoresInput,
  QuotaGroup,
  QuotaStatus,
  RatingDecision,
  RatingLimits,
  ShareInput,
  TaskComponents,
  YearAggregation,
  // Task results from the library's own results (issue 17, part 2)
  DossierCountsInput,
  ResultsInput,
  UnitResultCombination,
  UnitResultInput,
} from '../evaluation/index';
export { exampleRotationRule, rotationSchedule } from '../rotation/index';
export type { RotationAssignment, RotationEntry, RotationRule, RotationSchedule, RotationScheduleOptions, RotationStatus } from '../rotation/index';
export { defineScoringScheme, exampleScoringScheme, scoreUnits, scoringMetricLabels, scoringMetrics, scoringSchemeJSONSchema } from '../scoring/index';
export type { CriterionScore, ScoringCriterion, ScoringMetric, ScoringMetricLabel, ScoringRule, ScoringScheme, UnitScore, UnitScores, UnitScoresInput } from '../scoring/index';
// ---- end of issue 17 block ----
