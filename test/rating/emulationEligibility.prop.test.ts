import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectiveTitles, emulationEligibility, ratingLevels } from '../../src/rating/index';

const countsArb = fc.integer({ min: 0, max: 1_000_000 }).chain((handled) => fc.record({ handled: fc.constant(handled), late: fc.integer({ min: 0, max: handled }) }));
const membersArb = fc.array(
  fc.record({
    counts: countsArb,
    rating: fc.option(fc.constantFrom(...ratingLevels), { nil: undefined }),
    disciplined: fc.boolean(),
  }),
  { maxLength: 12 },
).map((ms) =>
  ms.map((m, i) => {
    const base = { id: `m${i}`, ...m.counts, disciplined: m.disciplined };
    return m.rating === undefined ? base : { ...base, rating: m.rating };
  }),
);
const yearArb = fc.integer({ min: 2023, max: 2030 });
const rank = (t: string): number => collectiveTitles.indexOf(t as never);

describe('emulationEligibility', () => {
  it('never counts a member capped below good as "Lao động tiên tiến"', () => {
    fc.assert(
      fc.property(countsArb, membersArb, yearArb, (dept, members, year) => {
        const r = emulationEligibility(dept, members, { year });
        for (const m of r.members) if (m.cap.capped) expect(m.advancedWorker).toBe(false);
      }),
    );
  });

  it('never gives a title above the department cap', () => {
    fc.assert(
      fc.property(countsArb, membersArb, yearArb, (dept, members, year) => {
        const r = emulationEligibility(dept, members, { year });
        expect(rank(r.maxTitle)).toBeGreaterThanOrEqual(rank(r.department.maxTitle));
      }),
    );
  });

  it('gives a title exactly when its checked conditions all hold, and lists the others as failed', () => {
    fc.assert(
      fc.property(countsArb, membersArb, yearArb, (dept, members, year) => {
        const r = emulationEligibility(dept, members, { year });
        const advancedOk = r.conditions.filter((c) => c.title === 'advancedCollective').every((c) => c.met);
        const excellentOk = advancedOk && r.conditions.every((c) => c.met);
        expect(r.maxTitle).toBe(excellentOk ? 'excellentCollective' : advancedOk ? 'advancedCollective' : 'none');
        expect(r.failed).toEqual(r.conditions.filter((c) => !c.met));
        for (const c of r.failed) expect(c.basis.document.length).toBeGreaterThan(0);
      }),
    );
  });
});
