/**
 * The counting convention types (declared beside the clock rules they name, so that the two refer to
 * each other without an import cycle).
 * @module
 */
export type { CountingChoices, CountingConvention } from '../rules/ClockRule';
