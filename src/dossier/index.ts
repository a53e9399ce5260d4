/**
 * The dossier clock: due times, outcomes, delay attribution; its rules and counting conventions.
 * @module
 */
export { evaluateDossier } from './evaluateDossier';
export { evaluateDossiers } from './evaluateDossiers';
export { createDossierEvaluator } from './createDossierEvaluator';
export type { DossierEvaluator, EvaluateDossierOptions } from './createDossierEvaluator';
export type {
  DelayAttribution,
  UnattributedStep,
  DossierEvaluation,
  DossierEvaluationBase,
  DossierOutcome,
  DossierParticipants,
  DossierTrace,
  DossierTraceStep,
  LateDossierEvaluation,
  LateReason,
  OnTimeDossierEvaluation,
  PendingOverdueDossierEvaluation,
  PendingWithinDossierEvaluation,
} from './DossierEvaluation';
// Clock rules (one file each) and regimes
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
  ReceptionStatus,
} from './rules/ClockRule';
export { receptionClock, receptionClockAt } from './rules/receptionClock';
export type { ReceptionClockResult } from './rules/receptionClock';
export type { DossierReception } from './DossierEvaluation';
export { receptionStart } from './rules/receptionStart';
export { dueFromProcedure } from './rules/dueFromProcedure';
export { supplementationWorkingDayShift } from './rules/supplementationWorkingDayShift';
export { supplementationElapsedTime } from './rules/supplementationElapsedTime';
export { supplementationRestart } from './rules/supplementationRestart';
export { endEventRule } from './rules/endEvent';
export { outcomeRule } from './rules/outcome';
export { apologyRule } from './rules/apology';
export { attributionRule } from './rules/attribution';
// Counting conventions
export type { CountingChoices, CountingConvention } from './counting/CountingConvention';
export type { CountingDefinition } from './counting/defineCounting';
export { defineCounting, replaceClockRule } from './counting/defineCounting';
export { countingConventions, dateLevel, portal766, workingDays } from './counting/presets';
export type { CountingComparison, CountingDifference, CountingLever } from './counting/compareCountings';
export { compareCountings } from './counting/compareCountings';
