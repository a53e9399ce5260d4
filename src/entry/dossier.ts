/**
 * `reform-rules/dossier`: dossier records (schemas, parsers, the one ingest step), the dossier clock and tallies.
 * @module
 */

export * from './core';
export * from './calendar';

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
  createDossierIngest,
  createDuplicateIdTracker,
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
} from '../model/index';
export type {
  ApologyEvent,
  BatchResult,
  Department,
  Dossier,
  DossierBatchOptions,
  DossierChannel,
  DossierDigitisation,
  DossierFee,
  DossierIngest,
  DossierIngestOptions,
  DuplicateIdRule,
  DuplicateIdTracker,
  IngestAccepted,
  IngestOutcome,
  IngestRejected,
  RecordPosition,
  ResultDelivery,
  DossierEndKind,
  DossierEvent,
  DossierStep,
  EndEvent,
  // Handover slips (issue 12): a step's recorded verdict.
  StepVerdict,
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
} from '../model/index';

// Dossier clock and tallies
export { createDossierEvaluator, evaluateDossier, evaluateDossiers } from '../dossier/index';
export type {
  DelayAttribution,
  UnattributedStep,
  DossierEvaluation,
  DossierEvaluator,
  DossierOutcome,
  DossierParticipants,
  DossierTrace,
  DossierTraceStep,
  EvaluateDossierOptions,
  LateReason,
} from '../dossier/index';
export { addTallies, emptyTally, lateRate, mergeTallies, onTimeRate, tallyDossiers } from '../metrics/index';
export type { DossierTallies, Tally, TallyBy, TallyOptions } from '../metrics/index';

// Dossier clock rules, regimes and counting conventions
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
} from '../dossier/index';
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
} from '../dossier/index';

// Reception clock (issue 13: online dossiers received within the limit from the portal's receipt)
export type { DossierReception, ReceptionClockResult, ReceptionStatus } from '../dossier/index';
export { receptionClock, receptionClockAt } from '../dossier/index';
