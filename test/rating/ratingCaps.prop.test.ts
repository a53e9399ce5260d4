import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBasis, formatExplanation, formatPercent } from '../../src/explain/index';
import { defaultPolicy, extendPolicy, parameterAt } from '../../src/policy/index';
import { departmentTitleCap, officialRatingCap, ratingLevels } from '../../src/rating/index';

const MAX = 1_000_000_000_000;
const countsArb = fc.integer({ min: 0, max: MAX }).chain((handled) => fc.record({ handled: fc.constant(handled), late: fc.integer({ min: 0, max: handled }) }));
const yearArb = fc.integer({ min: 2023, max: 2035 });
const rank = (level: string): number => ratingLevels.indexOf(level as never);

describe('officialRatingCap', () => {
  it('never raises the cap when more dossiers are late', () => {
    fc.assert(
      fc.property(countsArb, fc.nat(), yearArb, ({ handled, late }, extra, year) => {
        const more = Math.min(handled, late + (extra % (handled + 1)));
        const a = officialRatingCap({ handled, late }, { year });
        const b = officialRatingCap({ handled, late: more }, { year });
        expect(rank(b.maxRating)).toBeGreaterThanOrEqual(rank(a.maxRating));
        if (a.capped) expect(b.capped).toBe(true);
      }),
    );
  });

  it('equals the exact rational comparison for all counts', () => {
    fc.assert(
      fc.property(countsArb, yearArb, ({ handled, late }, year) => {
        const t = parameterAt(defaultPolicy, 'officialLateShareCap', `${year}-01-01`);
        const exact = handled > 0 && BigInt(late) * BigInt(t.denominator) > BigInt(t.numerator) * BigInt(handled);
        expect(officialRatingCap({ handled, late }, { year }).capped).toBe(exact);
      }),
    );
  });

  it('names in its explanation the parameter value and basis actually used', () => {
    fc.assert(
      fc.property(countsArb, yearArb, ({ handled, late }, year) => {
        const r = officialRatingCap({ handled, late }, { year });
        const used = r.explanation.parameters.find((p) => p.name === 'officialLateShareCap');
        const entry = defaultPolicy.parameters.officialLateShareCap.find((e) => e.from <= `${year}-01-01` && (e.until ?? '9999') >= `${year}-01-01`);
        expect(used?.value).toEqual(r.threshold);
        expect(used?.value).toEqual(entry?.value);
        expect(used?.basis).toEqual(entry?.basis);
        expect(used?.at).toBe(`${year}-01-01`);
        expect(r.explanation.basis).toEqual(entry?.basis);
        for (const locale of ['vi', 'en'] as const) {
          const text = formatExplanation(r.explanation, { locale });
          expect(text).toContain(formatPercent(r.threshold, locale));
          expect(text).toContain(formatBasis(used?.basis ?? { document: '?' }));
        }
      }),
    );
  });

  it('changes decisions under an agency override only from the override date', () => {
    const ratio = fc.integer({ min: 1, max: 100 }).chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }));
    fc.assert(
      fc.property(countsArb, ratio, fc.integer({ min: 2023, max: 2032 }), yearArb, ({ handled, late }, value, fromYear, year) => {
        const agency = extendPolicy(defaultPolicy, {
          officialLateShareCap: [{ from: `${fromYear}-01-01`, value, basis: { document: 'Quyết định của cơ quan' } }],
        });
        const base = officialRatingCap({ handled, late }, { year });
        const over = officialRatingCap({ handled, late }, { year, policy: agency });
        if (year < fromYear) {
          expect(over.capped).toBe(base.capped);
          // Same values and bases; only the `until` of the entry cut by the override may differ.
          const strip = (ps: typeof base.explanation.parameters) => ps.map(({ name, value, from, at, basis }) => ({ name, value, from, at, basis }));
          expect(strip(over.explanation.parameters)).toEqual(strip(base.explanation.parameters));
        } else {
          expect(over.threshold).toEqual(value);
          expect(over.capped).toBe(handled > 0 && BigInt(late) * BigInt(value.denominator) > BigInt(value.numerator) * BigInt(handled));
          expect(over.explanation.basis?.document).toBe('Quyết định của cơ quan');
        }
      }),
    );
  });

  it('produces an explanation that survives a JSON round trip', () => {
    fc.assert(
      fc.property(countsArb, yearArb, ({ handled, late }, year) => {
        const e = officialRatingCap({ handled, late }, { year }).explanation;
        expect(JSON.parse(JSON.stringify(e))).toEqual(e);
      }),
    );
  });
});

describe('departmentTitleCap', () => {
  it('equals the exact rational comparison (at or above) for all counts', () => {
    fc.assert(
      fc.property(countsArb, yearArb, ({ handled, late }, year) => {
        const exact = handled > 0 && BigInt(late) * 20n >= BigInt(handled);
        expect(departmentTitleCap({ handled, late }, { year }).capped).toBe(exact);
      }),
    );
  });

  it('never lifts the cap when more dossiers are late', () => {
    fc.assert(
      fc.property(countsArb, fc.nat(), yearArb, ({ handled, late }, extra, year) => {
        const more = Math.min(handled, late + (extra % (handled + 1)));
        if (departmentTitleCap({ handled, late }, { year }).capped) {
          expect(departmentTitleCap({ handled, late: more }, { year }).capped).toBe(true);
        }
      }),
    );
  });
});
