import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate, parseCivilDate } from '../../src/_lib/civilDate';
import type { CivilDate } from '../../src/_lib/dateTypes';
import { addWorkingDaysMany, workingDaysBetweenMany } from '../../src/calendar/batch';
import { calendarIndex } from '../../src/calendar/calendarIndex';
import { createCalendar } from '../../src/calendar/createCalendar';
import { dayNumber, fastDay, formatDay, fromDayNumber, NOT_A_DAY, readDay } from '../../src/calendar/dayNumber';
import { readDate } from '../../src/calendar/range';
import { raiseCore } from '../../src/errors/raiseCore';
import { ReformRulesError } from '../../src/errors/ReformRulesError';

const calendar = createCalendar();
const privateCalendar = createCalendar({ profile: 'private' });
const calendarArb = fc.constantFrom(calendar, privateCalendar);
const dayArb = fc.integer({ min: daysFromCivil(1905, 1, 1), max: daysFromCivil(2095, 12, 31) });
const nArb = fc.integer({ min: -400, max: 400 });

const codeOf = (fn: () => unknown): string => {
  try {
    return `ok:${String(fn())}`;
  } catch (e) {
    if (e instanceof ReformRulesError) return `${e.code}:${e.message}`;
    throw e;
  }
};
// Strings near the date shape: digits, dashes, and a few other characters, length 8–11.
const dateLikeArb = fc.oneof(
  dayArb.map(formatCivilDate),
  fc.integer({ min: daysFromCivil(1890, 1, 1), max: daysFromCivil(2110, 12, 31) }).map(formatCivilDate),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '/', ':', ' ', 'a'), minLength: 8, maxLength: 11 }),
);

describe('day numbers and the fast readers', () => {
  it('fast parsing equals the reference reader on date-like strings (same day or same error)', () => {
    fc.assert(
      fc.property(dateLikeArb, (s) => {
        expect(codeOf(() => readDay(s, 'date'))).toBe(codeOf(() => readDate(s, 'date')));
        const fast = fastDay(s);
        if (fast !== NOT_A_DAY) expect(fast).toBe(parseCivilDate(s));
      }),
    );
  });

  it('the formatted-day cache equals the reference formatter, and dayNumber/fromDayNumber are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(0, 1, 1), max: daysFromCivil(9999, 12, 31) }), (n) => {
        expect(formatDay(n)).toBe(formatCivilDate(n));
        expect(formatDay(n)).toBe(formatCivilDate(n)); // cached the second time
        expect(dayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('the fast string calls answer (or fail) exactly like the index on any n, integer or not', () => {
    const index = calendarIndex(calendar);
    const nAnyArb = fc.oneof(nArb, fc.constantFrom(-0, 2 ** 31, -(2 ** 31) - 1, 1e7, -1e7, 1.5, Number.NaN, Infinity), fc.double());
    fc.assert(
      fc.property(dateLikeArb, nAnyArb, (s, n) => {
        const reference = (): string => {
          const day = readDate(s, 'date');
          if (!Number.isInteger(n)) return raiseCore('not_integer', { field: 'n', received: n });
          return formatCivilDate(index.addWorkingDays(day, n));
        };
        expect(codeOf(() => calendar.addWorkingDays(s as CivilDate, n))).toBe(codeOf(reference));
        expect(codeOf(() => calendar.isWorkingDay(s as CivilDate))).toBe(codeOf(() => index.isWorkingDay(readDate(s, 'date'))));
      }),
    );
  });

  it('has fixed points and rejects bad input', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2025-01-24')).toBe(20112);
    expect(dayNumber('1800-03-01')).toBe(daysFromCivil(1800, 3, 1));
    expect(fromDayNumber(20122)).toBe('2025-02-03');
    expect(codeOf(() => dayNumber('2025-02-29'))).toMatch(/^invalid_date/);
    expect(codeOf(() => dayNumber(20250101 as unknown as CivilDate))).toMatch(/^invalid_date/);
    expect(codeOf(() => fromDayNumber(1.5))).toMatch(/^not_integer/);
    expect(codeOf(() => fromDayNumber(1e9))).toMatch(/^calendar_out_of_range/);
  });
});

describe('batch working-day arithmetic', () => {
  it('addWorkingDaysMany equals addWorkingDays call by call (one n and n per day)', () => {
    fc.assert(
      fc.property(calendarArb, fc.array(fc.tuple(dayArb, nArb), { maxLength: 40 }), nArb, (cal, pairs, one) => {
        const days = Int32Array.from(pairs.map(([d]) => d));
        const ns = Int32Array.from(pairs.map(([, n]) => n));
        const each = addWorkingDaysMany(cal, days, ns);
        const all = addWorkingDaysMany(cal, days, one, new Int32Array(days.length + 3));
        pairs.forEach(([d, n], i) => {
          expect(formatCivilDate(each[i] as number)).toBe(cal.addWorkingDays(formatCivilDate(d), n));
          expect(formatCivilDate(all[i] as number)).toBe(cal.addWorkingDays(formatCivilDate(d), one));
        });
      }),
    );
  });

  it('workingDaysBetweenMany equals workingDaysBetween call by call', () => {
    fc.assert(
      fc.property(calendarArb, fc.array(fc.tuple(dayArb, dayArb), { maxLength: 40 }), (cal, pairs) => {
        const got = workingDaysBetweenMany(cal, Int32Array.from(pairs.map(([a]) => a)), Int32Array.from(pairs.map(([, b]) => b)));
        pairs.forEach(([a, b], i) => expect(got[i]).toBe(cal.workingDaysBetween(formatCivilDate(a), formatCivilDate(b))));
      }),
    );
  });

  it('names the offending element and rejects wrong arrays', () => {
    const ok = dayNumber('2025-01-24');
    expect(codeOf(() => addWorkingDaysMany(calendar, Int32Array.of(ok, dayNumber('1899-12-31')), 1))).toMatch(/^calendar_out_of_range.*days\[1\]/);
    expect(codeOf(() => addWorkingDaysMany(calendar, Int32Array.of(ok), Int32Array.of(10_000_000)))).toMatch(/^calendar_out_of_range.*n\[0\]/);
    expect(codeOf(() => addWorkingDaysMany(calendar, Int32Array.of(ok), 1.5))).toMatch(/^not_integer/);
    expect(codeOf(() => addWorkingDaysMany(calendar, [ok] as unknown as Int32Array, 1))).toMatch(/^invalid_type.*days/);
    expect(codeOf(() => addWorkingDaysMany(calendar, Int32Array.of(ok), Int32Array.of(1, 2)))).toMatch(/^invalid_type.*n/);
    expect(codeOf(() => addWorkingDaysMany(calendar, Int32Array.of(ok), 1, new Int32Array(0)))).toMatch(/^invalid_type.*out/);
    expect(codeOf(() => workingDaysBetweenMany(calendar, Int32Array.of(ok), Int32Array.of()))).toMatch(/^invalid_type.*to/);
    expect(codeOf(() => workingDaysBetweenMany(calendar, Int32Array.of(ok), Int32Array.of(9_999_999)))).toMatch(/^calendar_out_of_range.*to\[0\]/);
    expect(Array.from(addWorkingDaysMany(calendar, Int32Array.of(ok, ok), Int32Array.of(0, 1))).map(formatCivilDate)).toEqual(['2025-01-24', '2025-02-03']);
  });
});
