import { expect } from 'vitest';
import type { Ratio } from '../../src/metrics/index';

/** Asserts an exact share: whole counts with 0 <= numerator <= denominator (0/0 allowed). */
export function expectShare(r: Ratio): void {
  expect(Number.isSafeInteger(r.numerator)).toBe(true);
  expect(Number.isSafeInteger(r.denominator)).toBe(true);
  expect(r.numerator).toBeGreaterThanOrEqual(0);
  expect(r.numerator).toBeLessThanOrEqual(r.denominator);
}

/** a <= b for shares, where 0/0 compares as "nothing known" (always true). */
export function notBelow(after: Ratio, before: Ratio): boolean {
  if (before.denominator === 0) return true;
  if (after.denominator === 0) return false;
  return BigInt(after.numerator) * BigInt(before.denominator) >= BigInt(before.numerator) * BigInt(after.denominator);
}
