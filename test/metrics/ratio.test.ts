import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReformRulesError, compareRatio, ratio, ratioValue } from '../../src/index';

describe('ratio', () => {
  it('rejects negative, fractional and NaN counts with invalid_ratio', () => {
    for (const [n, d] of [[-1, 10], [1.5, 10], [Number.NaN, 1], [1, 0]] as const) {
      expect(() => ratio(n, d)).toThrow(ReformRulesError);
      try {
        ratio(n, d);
      } catch (e) {
        expect((e as ReformRulesError).code).toBe('invalid_ratio');
      }
    }
  });

  it('gives null for 0/0 and the quotient otherwise', () => {
    expect(ratioValue(ratio(0, 0))).toBeNull();
    expect(ratioValue(ratio(1, 8))).toBe(0.125);
  });
});

describe('compareRatio', () => {
  it('is exact beyond floating-point precision', () => {
    // 100000000001 / 1000000000000 > 1/10 although both print as 0.1 in percent terms
    expect(compareRatio({ numerator: 100_000_000_001, denominator: 1_000_000_000_000 }, { numerator: 1, denominator: 10 })).toBe(1);
    expect(compareRatio({ numerator: 100_000_000_000, denominator: 1_000_000_000_000 }, { numerator: 1, denominator: 10 })).toBe(0);
  });

  it('agrees with BigInt cross-multiplication for all counts', () => {
    const count = fc.integer({ min: 0, max: 1e12 });
    const pos = fc.integer({ min: 1, max: 1e12 });
    fc.assert(
      fc.property(count, pos, count, pos, (a, b, c, d) => {
        const l = BigInt(a) * BigInt(d);
        const r = BigInt(c) * BigInt(b);
        expect(compareRatio({ numerator: a, denominator: b }, { numerator: c, denominator: d })).toBe(l < r ? -1 : l > r ? 1 : 0);
      }),
    );
  });

  it('is antisymmetric', () => {
    const r = fc.record({ numerator: fc.nat(1000), denominator: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(fc.property(r, r, (a, b) => {
      expect(compareRatio(a, b) + compareRatio(b, a)).toBe(0);
    }));
  });
});
