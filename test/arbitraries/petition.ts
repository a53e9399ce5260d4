import fc from 'fast-check';
import type { Instant } from '../../src/_lib/dateTypes';
import type { Petition } from '../../src/model/index';
import { vnInstantArb } from './petitionDates';

/** Arbitrary schema-valid petitions received between two days, answered 0–60 days later or open. */
export const petitionArb = (from = '2025-01-01', to = '2025-12-31'): fc.Arbitrary<Petition> =>
  fc
    .record({
      id: fc.stringMatching(/^PA\d{1,6}$/),
      from: fc.constantFrom('business' as const, 'citizen' as const),
      receivedAt: vnInstantArb(from, to),
      answerAfterMinutes: fc.option(fc.integer({ min: 0, max: 60 * 24 * 60 }), { nil: undefined }),
      deadlineWorkingDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    })
    .map(({ answerAfterMinutes, deadlineWorkingDays, ...p }) => {
      const out: Petition = { ...p };
      if (deadlineWorkingDays !== undefined) out.deadlineWorkingDays = deadlineWorkingDays;
      if (answerAfterMinutes !== undefined) {
        const ms = Date.parse(p.receivedAt) + answerAfterMinutes * 60_000;
        out.answeredAt = `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00` as Instant;
      }
      return out;
    });

/** A list of petitions with distinct ids (`PA0`, `PA1`, …). */
export const petitionListArb = (maxLength = 30): fc.Arbitrary<Petition[]> =>
  fc.array(petitionArb(), { maxLength }).map((list) => list.map((p, i) => ({ ...p, id: `PA${i}` })));
