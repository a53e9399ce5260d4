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
