/**
 * The serialized calendar: through structured cloning (what a worker thread receives) it gives a
 * calendar with the same answers, the same holidays and the same index, without rebuilding it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { formatInstantVN, MS_PER_DAY } from '../../src/_lib/instant';
import { calendarIndex } from '../../src/calendar/calendarIndex';
import { createCalendar } from '../../src/calendar/createCalendar';
import { FIRST_YEAR, LAST_YEAR } from '../../src/calendar/range';
import { deserializeCalendar, serializeCalendar } from '../../src/calendar/serializedIndex';
import type { WorkCalendar } from '../../src/calendar/WorkCalendar';
import { ReformRulesError } from '../../src/errors/ReformRulesErrorClass';

const originals: readonly WorkCalendar[] = [
  createCalendar(),
  createCalendar({ profile: 'private', knownAsOf: '2025-01-01', officeHours: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }] }),
];
const restored = originals.map((c) => deserializeCalendar(structuredClone(serializeCalendar(c))));
const pairArb = fc.constantFrom(0, 1).map((i) => [originals[i] as WorkCalendar, restored[i] as WorkCalendar] as const);
const dayArb = fc.integer({ min: daysFromCivil(1905, 1, 1), max: daysFromCivil(2095, 12, 31) }).map(formatCivilDate);
const instantArb = fc.integer({ min: daysFromCivil(1990, 1, 1) * MS_PER_DAY, max: daysFromCivil(2060, 1, 1) * MS_PER_DAY }).map((ms) => formatInstantVN(ms));

describe('serializeCalendar / deserializeCalendar', () => {
  it('round-trips: the same days, working time, holidays, coverage and index', () => {
    fc.assert(
      fc.property(pairArb, dayArb, dayArb, fc.integer({ min: -300, max: 300 }), instantArb, instantArb, fc.integer({ min: -20_000, max: 20_000 }), ([a, b], d, e, n, i, j, m) => {
        expect(b.isWorkingDay(d)).toBe(a.isWorkingDay(d));
        expect(b.addWorkingDays(d, n)).toBe(a.addWorkingDays(d, n));
        expect(b.workingDaysBetween(d, e)).toBe(a.workingDaysBetween(d, e));
        expect(b.nextWorkingDay(d)).toBe(a.nextWorkingDay(d));
        expect(b.addWorkingTime(i, m)).toBe(a.addWorkingTime(i, m));
        expect(b.workingMinutesBetween(i, j)).toBe(a.workingMinutesBetween(i, j));
        expect(b.nextWorkingStart(i)).toBe(a.nextWorkingStart(i));
      }),
    );
  });

  it('keeps every year\'s holidays, coverage, the profile and office hours, and serializes back to the same data', () => {
    originals.forEach((a, k) => {
      const b = restored[k] as WorkCalendar;
      for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        expect(b.holidays(y)).toEqual(a.holidays(y));
        expect(b.coverage(y)).toBe(a.coverage(y));
      }
      expect([b.profile, b.officeHours, b.minutesPerDay, b.range]).toEqual([a.profile, a.officeHours, a.minutesPerDay, a.range]);
      expect(calendarIndex(b).tables).toEqual(calendarIndex(a).tables);
      expect(serializeCalendar(b)).toEqual(serializeCalendar(a));
      expect(Object.isFrozen(b)).toBe(true);
    });
  });

  it('refuses data that is not a serialized calendar', () => {
    const good = serializeCalendar(originals[0] as WorkCalendar);
    for (const x of [null, 7, {}, { ...good, version: 2 }, { ...good, flags: new Uint8Array(3) }, { ...good, profile: 'x' }, { ...good, intervals: [[600, 500]] }, { ...good, holidays: [[2025, [{ date: 'nope' }]]] }]) {
      expect(() => deserializeCalendar(x)).toThrow(ReformRulesError);
    }
    // A hole in a sparse array (which Array.prototype.every skips) is refused too, not read as undefined later.
    const holed = <T,>(xs: readonly T[], at: number): T[] => {
      const copy = [...xs];
      delete copy[at];
      return copy;
    };
    for (const x of [{ ...good, holidays: holed(good.holidays, 1) }, { ...good, decidedYears: holed(good.decidedYears, 0) }, { ...good, intervals: [holed(good.intervals[0] as readonly number[], 0), ...good.intervals.slice(1)] }]) {
      expect(() => deserializeCalendar(x)).toThrow(ReformRulesError);
    }
  });
});
