/**
 * Exact share helpers shared by the coverage measures.
 * @internal
 * @module
 */
import type { Ratio } from '../metrics/ratio';
import { compareRatio } from '../metrics/ratio';
import type { Comparison } from '../policy/PolicyParameters';

/**
 * @internal Whether `share` reaches `target` (`'gte'`: at least, `'gt'`: more than), judged by
 * cross-multiplication so that an empty share `0/0` is handled without dividing: `0·t ≥ 0·d` holds
 * (nothing failed an "at least" target), `0·t > 0·d` does not (nothing is not "more than").
 */
export function meetsShare(share: Ratio, target: Ratio, comparison: Comparison): boolean {
  if (share.denominator === 0) return comparison === 'gte';
  const c = compareRatio(share, target);
  return comparison === 'gte' ? c >= 0 : c > 0;
}

/** @internal Whether `share` is over a cap (`'gt'`: more than, `'gte'`: at or above); `0/0` never is. */
export function overCap(share: Ratio, cap: Ratio, comparison: Comparison): boolean {
  if (share.denominator === 0) return false;
  const c = compareRatio(share, cap);
  return comparison === 'gte' ? c >= 0 : c > 0;
}

/** @internal An exact share of two counts (not reduced). */
export function share(numerator: number, denominator: number): Ratio {
  return { numerator, denominator };
}
