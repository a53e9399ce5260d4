/** @internal Moved to the model's one ingest step (src/model/ingestDossier.ts). @module */
export { isAcceptedDossier, isCanonicalDossier, validateDossier } from '../model/ingestDossier';
