import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorScore766, index766Schemes } from '../../src/index766/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';

const r = (numerator: number, denominator: number) => ({ numerator, denominator });

describe('indicatorScore766', () => {
  it('scores 2.1 as 20 × ratio, rounded once to 2 decimals', () => {
    expect(indicatorScore766('2.1', r(4, 6))).toBe(13.33);
    expect(indicatorScore766('2.1', r(6, 6))).toBe(20);
    expect(indicatorScore766('2.1', r(1, 8))).toBe(2.5);
  });

  it('gives full points at or above the threshold and proportional below (4.3, 80%)', () => {
    expect(indicatorScore766('4.3', r(8, 10))).toBe(2);
    expect(indicatorScore766('4.3', r(9, 10))).toBe(2);
    expect(indicatorScore766('4.3', r(4, 10))).toBe(1);
  });

  it('scores 5.4 as min(6, 6·r/0.9) and 0 with a 0 denominator', () => {
    expect(indicatorScore766('5.4', r(9, 10))).toBe(6);
    expect(indicatorScore766('5.4', r(3, 4))).toBe(5);
    expect(indicatorScore766('5.4', r(0, 0))).toBe(0);
  });

  it('gives 5.2 and 5.3 full points when there are no petitions', () => {
    expect(indicatorScore766('5.2', r(0, 0))).toBe(6);
    expect(indicatorScore766('5.3', r(0, 0))).toBe(6);
  });

  it('applies the payment formula 6·A + min(2, 2.5·B) + 2.5·C, capped at 10', () => {
    expect(indicatorScore766('3.pay', { a: r(1, 2), b: r(1, 2), c: r(1, 2) })).toBe(3 + 1.25 + 1.25);
    expect(indicatorScore766('3.pay', { a: r(1, 1), b: r(1, 1), c: r(1, 1) })).toBe(10);
    expect(indicatorScore766('3.pay', { a: r(0, 0), b: r(0, 0), c: r(0, 0) })).toBe(0);
  });

  it('never guesses: monitored and NOT FOUND rules and N/A denominators give null', () => {
    expect(indicatorScore766('5.1', r(1, 2))).toBeNull();
    expect(indicatorScore766('3.1', r(1, 2))).toBeNull();
    expect(indicatorScore766('2.1', r(0, 0))).toBeNull();
    expect(indicatorScore766('1.4', r(0, 0))).toBe(0);
  });

  it('rejects an unknown code, a bad ratio and a misplaced payment input with a code', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ReformRulesError).code;
      }
      return null;
    };
    expect(code(() => indicatorScore766('9.9' as '2.1', r(1, 2)))).toBe('unknown_index_indicator');
    expect(code(() => indicatorScore766('2.1', r(3, 2.5)))).toBe('invalid_ratio');
    expect(code(() => indicatorScore766('2.1', { a: r(1, 1), b: r(1, 1), c: r(1, 1) }))).toBe('invalid_index_indicator_input');
    expect(code(() => indicatorScore766('2.1', r(1, 2), { date: '2020-01-01' }))).toBe('no_index_scheme');
  });

  it('the scheme is dated and cited, its groups sum to 100', () => {
    const s = index766Schemes[0];
    expect(s?.basis.document).toMatch(/766/);
    expect(Object.values(s?.value.groups ?? {}).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('property: a score never decreases when one more item meets the indicator, and stays within [0, max]', () => {
    const codes = index766Schemes[0]?.value.indicators.filter((d) => d.rule.kind !== 'payment').map((d) => d.code) ?? [];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.nat(500), fc.nat(500), (code, a, b) => {
        const den = a + b + 1;
        const num = Math.min(a, den - 1);
        const before = indicatorScore766(code, r(num, den));
        const after = indicatorScore766(code, r(num + 1, den));
        if (before === null || after === null) return before === after;
        const max = index766Schemes[0]?.value.indicators.find((d) => d.code === code)?.max ?? 0;
        return after >= before && before >= 0 && after <= max;
      }),
    );
  });
});
