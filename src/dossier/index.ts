/**
 * The dossier clock: due times, outcomes, delay attribution.
 * @module
 */
export { evaluateDossier } from './evaluateDossier';
export { evaluateDossiers } from './evaluateDossiers';
export { createDossierEvaluator } from './createDossierEvaluator';
export type { DossierEvaluator, EvaluateDossierOptions } from './createDossierEvaluator';
export type {
  DelayAttribution,
  DossierEvaluation,
  DossierOutcome,
  DossierParticipants,
  DossierTrace,
  DossierTraceStep,
  LateReason,
} from './DossierEvaluation';
