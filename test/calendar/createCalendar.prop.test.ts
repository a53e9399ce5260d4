import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import type { CivilDate } from '../../src/_lib/dateTypes';
import { formatInstantVN, MS_PER_DAY } from '../../src/_lib/instant';
import { createCalendar } from '../../src/calendar/createCalendar';

const calendar = createCalendar();
const privateCalendar = createCalendar({ profile: 'private', knownAsOf: '2025-01-01' });
// Keep away from the range ends so that n never leaves the covered range.
const dayArb = fc.integer({ min: daysFromCivil(1905, 1, 1), max: daysFromCivil(2095, 12, 31) }).map(formatCivilDate);
const nearDayArb = fc.integer({ min: daysFromCivil(2022, 12, 1), max: daysFromCivil(2027, 2, 28) }).map(formatCivilDate);
const anyDayArb = fc.oneof(dayArb, nearDayArb);
const nArb = fc.integer({ min: -400, max: 400 });
const calendarArb = fc.constantFrom(calendar, privateCalendar);
const instantArb = fc
  .integer({ min: daysFromCivil(2022, 12, 1) * MS_PER_DAY, max: daysFromCivil(2027, 2, 28) * MS_PER_DAY })
  .map((ms) => formatInstantVN(ms));
const minutesArb = fc.integer({ min: -20_000, max: 20_000 });

describe('addWorkingDays', () => {
  it('addWorkingDays then workingDaysBetween round-trips for every day and n', () => {
    fc.assert(
      fc.property(calendarArb, anyDayArb, nArb, (cal, d, n) => {
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(calendarArb, anyDayArb, nArb, (cal, d, n) => {
        expect(cal.addWorkingDays(d, n) < cal.addWorkingDays(d, n + 1)).toBe(true);
      }),
    );
  });

  it('never lands on a non-working day for n != 0', () => {
    fc.assert(
      fc.property(calendarArb, anyDayArb, nArb.filter((n) => n !== 0), (cal, d, n) => {
        expect(cal.isWorkingDay(cal.addWorkingDays(d, n))).toBe(true);
      }),
    );
  });

  it('composes: adding m then n working days from a working day adds m + n', () => {
    fc.assert(
      fc.property(anyDayArb, nArb, nArb, (d0, m, n) => {
        const d = calendar.isWorkingDay(d0) ? d0 : calendar.nextWorkingDay(d0);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(d, m), n)).toBe(calendar.addWorkingDays(d, m + n));
      }),
    );
  });

  it('agrees with nextWorkingDay and previousWorkingDay for n = 1 and n = -1', () => {
    fc.assert(
      fc.property(anyDayArb, (d) => {
        expect(calendar.addWorkingDays(d, 1)).toBe(calendar.nextWorkingDay(d));
        expect(calendar.addWorkingDays(d, -1)).toBe(calendar.previousWorkingDay(d));
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('is additive over consecutive spans in the same direction', () => {
    fc.assert(
      fc.property(anyDayArb, anyDayArb, anyDayArb, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort();
        expect(calendar.workingDaysBetween(a as CivilDate, b as CivilDate) + calendar.workingDaysBetween(b as CivilDate, c as CivilDate)).toBe(
          calendar.workingDaysBetween(a as CivilDate, c as CivilDate),
        );
      }),
    );
  });

  it('equals a day-by-day count over the span', () => {
    fc.assert(
      fc.property(nearDayArb, fc.integer({ min: 0, max: 120 }), (from, span) => {
        const start = daysFromCivil(Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10)));
        let count = 0;
        for (let d = start + 1; d <= start + span; d += 1) if (calendar.isWorkingDay(formatCivilDate(d))) count += 1;
        expect(calendar.workingDaysBetween(from, formatCivilDate(start + span))).toBe(count);
      }),
      { numRuns: 50 },
    );
  });
});

describe('addWorkingTime', () => {
  it('addWorkingTime then workingMinutesBetween round-trips', () => {
    fc.assert(
      fc.property(instantArb, minutesArb, (i, m) => {
        expect(calendar.workingMinutesBetween(i, calendar.addWorkingTime(i, m))).toBe(m);
      }),
    );
  });

  it('moves forward for positive minutes and backward for negative ones', () => {
    fc.assert(
      fc.property(instantArb, minutesArb, (i, m) => {
        const t = Date.parse(calendar.addWorkingTime(i, m));
        const start = Date.parse(i);
        if (m > 0) expect(t).toBeGreaterThan(start);
        else if (m < 0) expect(t).toBeLessThan(start);
        else expect(t).toBe(start);
      }),
    );
  });

  it('answers the earliest such instant: one millisecond earlier has fewer working minutes', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 20_000 }), (i, m) => {
        const t = Date.parse(calendar.addWorkingTime(i, m));
        expect(calendar.workingMinutesBetween(i, formatInstantVN(t - 1))).toBeLessThan(m);
      }),
    );
  });

  it('is antisymmetric in its two instants', () => {
    fc.assert(
      fc.property(instantArb, instantArb, (a, b) => {
        expect(calendar.workingMinutesBetween(a, b)).toBe(-calendar.workingMinutesBetween(b, a) || 0);
      }),
    );
  });
});

describe('nextWorkingStart', () => {
  it('is idempotent and never earlier than the instant', () => {
    fc.assert(
      fc.property(instantArb, (i) => {
        const s = calendar.nextWorkingStart(i);
        expect(Date.parse(s)).toBeGreaterThanOrEqual(Date.parse(i));
        expect(calendar.nextWorkingStart(s)).toBe(s);
        expect(calendar.workingMinutesBetween(i, s)).toBe(0);
      }),
    );
  });
});
