/**
 * Exact ratios `{ numerator, denominator }` and their comparison by cross-multiplication. The
 * implementation lives at the bottom of the import graph (src/_lib/ratio.ts) so that every area,
 * policies and explanations included, can use it; this is its public home.
 * @module
 */
export { assertRatio, compareRatio, ratio, ratioValue } from '../_lib/ratio';
export type { Ratio } from '../_lib/ratio';
