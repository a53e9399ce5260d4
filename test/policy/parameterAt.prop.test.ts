import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCivilDate } from '../../src/_lib/civilDate';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { definePolicy, parameterAt } from '../../src/policy/index';

// Epoch days 2000-01-01 .. 2040-12-31.
const day = fc.integer({ min: 10957, max: 25932 });

/** A valid history: sorted distinct starts, some with an `until` before the next start. */
const historyArb = fc
  .uniqueArray(day, { minLength: 1, maxLength: 12 })
  .chain((starts) => {
    const sorted = [...starts].sort((a, b) => a - b);
    return fc.tuple(fc.constant(sorted), fc.array(fc.option(fc.nat(400), { nil: undefined }), { minLength: sorted.length, maxLength: sorted.length }));
  })
  .map(([starts, lengths]) =>
    starts.map((s, i) => {
      const next = starts[i + 1];
      const len = lengths[i];
      const untilDay = len === undefined ? undefined : next === undefined ? s + len : Math.min(s + len, next - 1);
      const base = { from: formatCivilDate(s), value: i, basis: { document: `Doc ${i}` } };
      return untilDay === undefined ? base : { ...base, until: formatCivilDate(untilDay) };
    }),
  );

function linear(history: readonly { from: string; until?: string; value: number }[], date: string): number | 'none' {
  let found: { from: string; until?: string; value: number } | undefined;
  for (const h of history) if (h.from <= date) found = h;
  if (found === undefined) return 'none';
  if (found.until !== undefined && found.until < date) return 'none';
  return found.value;
}

describe('parameterAt', () => {
  it('agrees with a linear scan of the dated values', () => {
    fc.assert(
      fc.property(historyArb, day, (history, d) => {
        const policy = definePolicy({ id: 'p', parameters: { x: history } });
        const date = formatCivilDate(d);
        const expected = linear(history, date);
        if (expected === 'none') {
          expect(() => parameterAt(policy, 'x', date)).toThrow(ReformRulesError);
        } else {
          expect(parameterAt(policy, 'x', date)).toBe(expected);
        }
      }),
    );
  });
});
