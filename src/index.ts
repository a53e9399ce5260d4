/**
 * reform-rules: Vietnamese administrative-reform rules as typed, deterministic, explainable code.
 *
 * The only public entry point; every export is named here explicitly.
 * @packageDocumentation
 */

// Errors
export { ReformRulesError } from './errors/ReformRulesError';
export type { ReformRulesErrorOptions } from './errors/ReformRulesError';
export type { Failure, Issue, IssuePath, Result, Success } from './errors/Issue';
export type { IssueCode, Locale } from './errors/messages/index';

// Model: records, schemas and parsers
export {
  DepartmentSchema,
  DossierSchema,
  FeedbackSchema,
  OfficialDocumentSchema,
  OfficialSchema,
  PetitionSchema,
  PlanTaskSchema,
  ProcedureSchema,
  parseDepartment,
  parseDepartments,
  parseDossier,
  parseDossiers,
  parseFeedback,
  parseFeedbacks,
  parseOfficial,
  parseOfficialDocument,
  parseOfficialDocuments,
  parseOfficials,
  parsePetition,
  parsePetitions,
  parsePlanTask,
  parsePlanTasks,
  parseProcedure,
  parseProcedures,
  recordKinds,
  toJSONSchema,
} from './model/index';
export type {
  ApologyEvent,
  BatchResult,
  Department,
  Dossier,
  DossierChannel,
  DossierEndKind,
  DossierEvent,
  DossierStep,
  EndEvent,
  Feedback,
  FeedbackRating,
  Official,
  OfficialDocument,
  ParseOptions,
  Petition,
  PlanTask,
  Procedure,
  RecordKind,
  RejectedRecord,
  SupplementEvent,
  TaskParty,
  TaskRecurrence,
} from './model/index';

// Metrics
export { ratio, ratioValue, compareRatio } from './metrics/ratio';
export type { Ratio } from './metrics/ratio';

// Calendar: lunar dates, holidays, working time
export { createCalendar, fromLunar, lunarNewYear, toLunar } from './calendar/index';
export type {
  CalendarDecision,
  CalendarOptions,
  CalendarProfile,
  DecisionDay,
  HolidayBlock,
  LunarDate,
  LunarDateInput,
} from './calendar/index';
export type {
  CalendarRange,
  CivilDate,
  HolidayEntry,
  HolidayKind,
  Instant,
  LocalizedName,
  OfficeHoursInterval,
  WorkCalendar,
} from './calendar/WorkCalendar';

// Policies: dated parameters with legal bases
export { defaultPolicy, definePolicy, extendPolicy, parameterAt, resolveParameter } from './policy/index';
export type {
  Comparison,
  DeadlineMode,
  ExtendPolicyOptions,
  LegalBasis,
  ParameterHistories,
  ParameterUse,
  ParameterValue,
  Policy,
  PolicyOverrides,
  PolicyParameterName,
  PolicyParameters,
} from './policy/index';

// Explanations
export { createExplanation, formatBasis, formatCount, formatExplanation, formatPercent, formatShare } from './explain/index';
export type { Explanation, ExplanationInit, FormatExplanationOptions, FormatPercentOptions, LocalizedText } from './explain/index';

// Dossier clock and tallies
export { createDossierEvaluator, evaluateDossier, evaluateDossiers } from './dossier/index';
export type {
  DelayAttribution,
  DossierEvaluation,
  DossierEvaluator,
  DossierOutcome,
  DossierParticipants,
  DossierTrace,
  DossierTraceStep,
  EvaluateDossierOptions,
  LateReason,
} from './dossier/index';

// --- clock helper (branch `clock`): dossier clock rules, regimes and counting conventions ---
export type {
  ClockCalendar,
  ClockContext,
  ClockFacts,
  ClockParameters,
  ClockRegime,
  ClockRule,
  ClockRuleExplanation,
  ClockState,
  ClockStep,
  CountingChoices,
  CountingComparison,
  CountingConvention,
  CountingDefinition,
  CountingDifference,
  CountingLever,
  DossierEvaluationBase,
  LateDossierEvaluation,
  OnTimeDossierEvaluation,
  PendingOverdueDossierEvaluation,
  PendingWithinDossierEvaluation,
} from './dossier/index';
export {
  apologyRule,
  attributionRule,
  compareCountings,
  countingConventions,
  dateLevel,
  defineCounting,
  dueFromProcedure,
  endEventRule,
  outcomeRule,
  portal766,
  receptionStart,
  replaceClockRule,
  supplementationElapsedTime,
  supplementationRestart,
  supplementationWorkingDayShift,
  workingDays,
} from './dossier/index';
// --- end clock helper ---
export { addTallies, emptyTally, lateRate, mergeTallies, onTimeRate, tallyDossiers } from './metrics/index';
export type { DossierTallies, Tally, TallyBy, TallyOptions } from './metrics/index';

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
} from './rating/index';
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
} from './rating/index';

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
} from './coverage/index';
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
} from './coverage/index';

// Plan tasks
export { evaluateTasks, taskOccurrences, validateTasks } from './tasks/index';
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
} from './tasks/index';

// Periodic reports: cut-off periods, Biểu 06, accumulators, formats
export {
  createReportAccumulator,
  formatReport,
  parsePeriod,
  reportAccumulatorFromJSON,
  reportingPeriod,
  resolutionReport,
  submissionDeadline,
} from './report/index';
export type {
  AverageWorkingDays,
  ExcludedCounts,
  ExtraCounts,
  FormatReportOptions,
  ParsePeriodOptions,
  PendingCounts,
  PeriodConvention,
  PeriodKind,
  ReceivedCounts,
  RejectedDossier,
  ReportAccumulator,
  ReportAccumulatorState,
  ReportFormat,
  ReportGroupBy,
  ReportingPeriod,
  ReportingPeriodInput,
  ReportRow,
  ResolutionReport,
  ResolutionReportOptions,
  ResolvedCounts,
} from './report/index';

// Sample data
export { generateSample } from './sample/index';
export type { SampleData, SampleOptions } from './sample/index';
