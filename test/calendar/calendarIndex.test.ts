import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { formatInstantVN, parseInstant } from '../../src/_lib/instant';
import { calendarIndex } from '../../src/calendar/calendarIndex';
import type { CalendarIndex } from '../../src/calendar/CalendarIndexShape';
import { createCalendar } from '../../src/calendar/createCalendar';
import type { WorkCalendar } from '../../src/calendar/WorkCalendar';

const day = (date: string): number => daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
const ms = (instant: string): number => parseInstant(instant) as number;

describe('calendarIndex', () => {
  const calendar = createCalendar();
  const index: CalendarIndex = calendarIndex(calendar);

  it('returns the same index object for the same calendar', () => {
    expect(calendarIndex(calendar)).toBe(index);
    expect(calendarIndex(createCalendar())).not.toBe(index);
  });

  it('covers 1900-01-01..2100-12-31 with the office hours of the calendar', () => {
    expect(index.firstDay).toBe(day('1900-01-01'));
    expect(index.lastDay).toBe(day('2100-12-31'));
    expect(index.covers(day('2025-01-01'))).toBe(true);
    expect(index.covers(day('2101-01-01'))).toBe(false);
    expect(index.minutesPerDay).toBe(480);
    expect(index.intervals).toEqual([[420, 690], [810, 1020]]);
  });

  it('answers on epoch days and epoch milliseconds like the calendar', () => {
    expect(index.addWorkingDays(day('2025-01-24'), 1)).toBe(day('2025-02-03'));
    expect(index.workingDaysBetween(day('2025-01-24'), day('2025-02-03'))).toBe(1);
    expect(index.isWorkingDay(day('2025-04-26'))).toBe(true);
    expect(formatInstantVN(index.addWorkingMinutes(ms('2025-03-03T16:00:00+07:00'), 60))).toBe('2025-03-03T17:00:00+07:00');
    expect(index.workingMinutesBetween(ms('2025-03-03T09:00:00+07:00'), ms('2025-03-03T09:00:30+07:00'))).toBe(0.5);
    expect(formatInstantVN(index.nextWorkingStart(ms('2025-01-25T10:00:00+07:00')))).toBe('2025-02-03T07:00:00+07:00');
    expect(formatInstantVN(index.closeOfDay(day('2025-03-03')))).toBe('2025-03-03T17:00:00+07:00');
  });

  it('throws calendar_out_of_range for uncovered days', () => {
    expect(() => index.isWorkingDay(day('2101-01-01'))).toThrow(expect.objectContaining({ code: 'calendar_out_of_range' }));
    expect(() => index.addWorkingDays(day('2100-12-31'), 5)).toThrow(expect.objectContaining({ code: 'calendar_out_of_range' }));
  });

  it('matches the public calendar on random days and n', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1950-01-01'), max: day('2080-12-31') }), fc.integer({ min: -300, max: 300 }), (d, n) => {
        expect(formatCivilDate(index.addWorkingDays(d, n))).toBe(calendar.addWorkingDays(formatCivilDate(d), n));
        expect(index.isWorkingDay(d)).toBe(calendar.isWorkingDay(formatCivilDate(d)));
      }),
    );
  });

  it('builds an index for a foreign WorkCalendar from its public methods', () => {
    const foreign: WorkCalendar = {
      ...calendar,
      range: { from: '2025-01-01', to: '2025-12-31' },
      isWorkingDay: (date) => calendar.isWorkingDay(date),
    };
    const fi = calendarIndex(foreign);
    expect(fi).toBe(calendarIndex(foreign));
    expect(fi.firstDay).toBe(day('2025-01-01'));
    expect(fi.addWorkingDays(day('2025-01-24'), 1)).toBe(day('2025-02-03'));
    expect(() => fi.isWorkingDay(day('2026-01-02'))).toThrow(expect.objectContaining({ code: 'calendar_out_of_range' }));
  });
});
