export { DepartmentSchema, parseDepartment, parseDepartments } from './department';
export type { Department } from './department';
export { OfficialSchema, parseOfficial, parseOfficials } from './official';
export type { Official } from './official';
export { ProcedureSchema, parseProcedure, parseProcedures } from './procedure';
export type { Procedure } from './procedure';
export { DossierSchema, parseDossier } from './dossier';
export { createDossierIngest, parseDossiers } from './ingestDossier';
export type { DossierBatchOptions, DossierIngest, DossierIngestOptions, IngestAccepted, IngestOutcome, IngestRejected } from './ingestDossier';
export { createDuplicateIdTracker } from './duplicateIds';
export type { DuplicateIdRule, DuplicateIdTracker, RecordPosition } from './duplicateIds';
export type {
  ApologyEvent,
  Dossier,
  DossierChannel,
  DossierDigitisation,
  DossierFee,
  ResultDelivery,
  DossierEndKind,
  DossierEvent,
  DossierStep,
  EndEvent,
  StepVerdict,
  SupplementEvent,
} from './dossier';
export { PlanTaskSchema, parsePlanTask, parsePlanTasks } from './planTask';
export type { PlanTask, TaskParty, TaskRecurrence } from './planTask';
export { FeedbackSchema, parseFeedback, parseFeedbacks } from './feedback';
export type { Feedback, FeedbackRating } from './feedback';
export { OfficialDocumentSchema, parseOfficialDocument, parseOfficialDocuments } from './officialDocument';
export type { OfficialDocument } from './officialDocument';
export { PetitionSchema, parsePetition, parsePetitions } from './petition';
export type { Petition } from './petition';
export { recordKinds, toJSONSchema } from './toJSONSchema';
export type { RecordKind } from './toJSONSchema';
export type { BatchResult, ParseOptions, RejectedRecord } from './BatchResult';
