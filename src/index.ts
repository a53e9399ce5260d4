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

// Calendar (contract)
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
