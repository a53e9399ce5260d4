/**
 * Metrics: exact ratios, dossier tallies and on-time / late rates.
 * @module
 */
export { ratio, ratioValue, compareRatio } from './ratio';
export type { Ratio } from './ratio';
export { addTallies, emptyTally, mergeTallies, tallyDossiers } from './tally';
export type { DossierTallies, Tally, TallyBy, TallyOptions } from './tally';
export { lateRate, onTimeRate } from './onTimeRate';
