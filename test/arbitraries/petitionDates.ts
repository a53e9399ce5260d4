import fc from 'fast-check';
import type { CivilDate, Instant } from '../../src/_lib/dateTypes';

const DAY = 86_400_000;

/** A Vietnam civil date `YYYY-MM-DD` between two dates (inclusive), drawn uniformly. */
export const civilDateArb = (from: string, to: string): fc.Arbitrary<CivilDate> => {
  const a = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10))) / DAY;
  const b = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10))) / DAY;
  return fc.integer({ min: a, max: b }).map((d) => new Date(d * DAY).toISOString().slice(0, 10) as CivilDate);
};

/** An instant in +07:00 on a civil day between two dates (inclusive), at a whole minute. */
export const vnInstantArb = (from: string, to: string): fc.Arbitrary<Instant> =>
  fc
    .tuple(civilDateArb(from, to), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([d, h, m]): Instant => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+07:00`);
