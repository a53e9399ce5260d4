import {  } from '../errors/args';
import { raiseCore as raise } from '../errors/raiseCore';

/**
 * An exact ratio of two whole counts, such as 11 late dossiers of 100 handled. Never a rounded
 * float: compare ratios with {@link compareRatio}, read a number with {@link ratioValue}.
 *
 * @remarks `0/0` is allowed and means "nothing to judge"; {@link ratioValue} returns `null` for it.
 * @example
 * ```ts
 * import type { Ratio } from 'reform-rules';
 * const late: Ratio = { numerator: 11, denominator: 100 };
 * ```
 * @category Metrics
 */
export interface Ratio {
  /** The part (a whole number, at least 0). */
  readonly numerator: number;
  /** The whole (a whole number, at least 0; 0 only together with a 0 numerator). */
  readonly denominator: number;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** @internal Checks a ratio's shape, throwing `invalid_ratio`. */
export function assertRatio(value: unknown, field = 'ratio', allowEmpty = true): asserts value is Ratio {
  const r = value as Partial<Ratio> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    isCount(r.numerator) &&
    isCount(r.denominator) &&
    (r.denominator > 0 || (allowEmpty && r.numerator === 0));
  if (!ok) raise('invalid_ratio', { field, received: value, allowEmpty });
}

/**
 * Creates an exact ratio from two whole counts.
 *
 * @param numerator - The part, a whole number at least 0.
 * @param denominator - The whole, a whole number at least 0 (0 only with a 0 numerator).
 * @returns The ratio, unreduced (11/100 stays 11/100, so reports show the counts).
 * @throws {@link ReformRulesError} (code `invalid_ratio`) When a count is negative, fractional,
 * NaN, or the denominator is 0 under a non-zero numerator.
 * @example
 * ```ts
 * import { ratio } from 'reform-rules';
 * ratio(11, 100); // => { numerator: 11, denominator: 100 }
 * ```
 * @category Metrics
 */
export function ratio(numerator: number, denominator: number): Ratio {
  const r = { numerator, denominator };
  assertRatio(r);
  return r;
}

/**
 * The ratio as a number, or `null` for `0/0` (nothing to divide).
 *
 * @param r - The ratio.
 * @returns `numerator / denominator`, or `null` when the denominator is 0.
 * @example
 * ```ts
 * import { ratioValue } from 'reform-rules';
 * ratioValue({ numerator: 1, denominator: 8 }); // => 0.125
 * ratioValue({ numerator: 0, denominator: 0 }); // => null
 * ```
 * @category Metrics
 */
export function ratioValue(r: Ratio): number | null {
  assertRatio(r, 'r');
  return r.denominator === 0 ? null : r.numerator / r.denominator;
}

/**
 * Compares two ratios exactly, by integer cross-multiplication (BigInt beyond 2^53), so that
 * 10/100 equals 1/10 and 100000000001/1000000000000 is above 1/10 even where floats would round.
 *
 * @param a - The first ratio (denominator > 0).
 * @param b - The second ratio (denominator > 0).
 * @returns -1 when a < b, 0 when equal, 1 when a > b.
 * @throws {@link ReformRulesError} (code `invalid_ratio`) When either ratio is malformed or 0/0.
 * @example
 * ```ts
 * import { compareRatio } from 'reform-rules';
 * compareRatio({ numerator: 11, denominator: 100 }, { numerator: 1, denominator: 10 }); // => 1
 * compareRatio({ numerator: 10, denominator: 100 }, { numerator: 1, denominator: 10 }); // => 0
 * ```
 * @category Metrics
 */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  assertRatio(a, 'a', false);
  assertRatio(b, 'b', false);
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const l = BigInt(a.numerator) * BigInt(b.denominator);
  const rr = BigInt(b.numerator) * BigInt(a.denominator);
  return l < rr ? -1 : l > rr ? 1 : 0;
}
