/**
 * Exact rational arithmetic on {@link Ratio}s (non-negative), reduced, computed with BigInt so
 * that no intermediate product rounds. Internal: the areas of officials' evaluation and CCHC
 * scoring add, scale and compare points with it.
 * @internal
 * @module
 */
import type { Ratio } from './ratio';

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Ratio {
  if (n <= 0n) return { numerator: 0, denominator: 1 };
  const g = gcd(n, d);
  return { numerator: Number(n / g), denominator: Number(d / g) };
}

/** @internal A whole number as a ratio. */
export function int(n: number): Ratio {
  return { numerator: n, denominator: 1 };
}

/** @internal `n` hundredths (a score written with two decimals) as a ratio. */
export function hundredths(n: number): Ratio {
  return make(BigInt(n), 100n);
}

/** @internal a + b. */
export function add(a: Ratio, b: Ratio): Ratio {
  return make(BigInt(a.numerator) * BigInt(b.denominator) + BigInt(b.numerator) * BigInt(a.denominator), BigInt(a.denominator) * BigInt(b.denominator));
}

/** @internal max(0, a − b). */
export function subFloor(a: Ratio, b: Ratio): Ratio {
  return make(BigInt(a.numerator) * BigInt(b.denominator) - BigInt(b.numerator) * BigInt(a.denominator), BigInt(a.denominator) * BigInt(b.denominator));
}

/** @internal a × b. */
export function mul(a: Ratio, b: Ratio): Ratio {
  return make(BigInt(a.numerator) * BigInt(b.numerator), BigInt(a.denominator) * BigInt(b.denominator));
}

/** @internal a ÷ b (b > 0). */
export function div(a: Ratio, b: Ratio): Ratio {
  return make(BigInt(a.numerator) * BigInt(b.denominator), BigInt(a.denominator) * BigInt(b.numerator));
}

/** @internal -1, 0 or 1 as a is below, equal to or above b (denominators > 0). */
export function cmp(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = BigInt(a.numerator) * BigInt(b.denominator);
  const r = BigInt(b.numerator) * BigInt(a.denominator);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** @internal The smaller of a and b. */
export function minR(a: Ratio, b: Ratio): Ratio {
  return cmp(a, b) <= 0 ? a : b;
}

/** @internal The sum of a list. */
export function sum(list: readonly Ratio[]): Ratio {
  return list.reduce(add, int(0));
}

/** @internal The ratio rounded half up to two decimals, as a number for display (e.g. 89.99). */
export function toPoints(r: Ratio): number {
  const n = BigInt(r.numerator) * 200n + BigInt(r.denominator);
  const h = n / (BigInt(r.denominator) * 2n);
  return Number(h) / 100;
}

/**
 * @internal Reads a number written with at most two decimals as hundredths (89.99 → 8999), or
 * `null` when it has more decimals or is not finite.
 */
export function readHundredths(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const h = Math.round(value * 100);
  return Math.abs(h - value * 100) < 1e-6 && Number.isSafeInteger(h) ? h : null;
}
