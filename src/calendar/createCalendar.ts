import { dayOfWeek, formatCivilDate } from '../_lib/civilDate';
import { formatInstantVN, parseInstant } from '../_lib/instant';
import { raiseCore as raise } from '../errors/raiseCore';
import type { CalendarOptions } from './CalendarOptions';
import { buildCalendarIndex, registerCalendarIndex } from './calendarIndex';
import { bundledDecisions } from './data/index';
import { formatDay, readDay } from './dayNumber';
import { FIRST_DAY, LAST_DAY, readYear } from './range';
import { buildSchedule } from './schedule';
import type { Schedule } from './schedule';
import { validateOptions } from './validateOptions';
import type { CivilDate, HolidayEntry, Instant, WorkCalendar } from './WorkCalendar';

function readInstant(value: unknown, field: string): number {
  const ms = parseInstant(value);
  if (typeof ms === 'number') return ms;
  if (ms === 'missing_offset') return raise('missing_offset', { field, received: value });
  return raise('invalid_instant', { field, received: value });
}

function readInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return raise('not_integer', { field, received: value });
  return value;
}

function readMinutes(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return raise('not_finite', { field, received: value });
  return value;
}

/**
 * Creates a Vietnamese working-time calendar covering 1900-01-01 to 2100-12-31: which days are
 * worked, office hours, and constant-time working-day and working-time arithmetic.
 *
 * @remarks
 * - Working days are Monday–Friday (QĐ 188/1999/QĐ-TTg) minus the statutory holidays of the year's
 *   era and their compensatory days (Bộ luật Lao động 2019 Điều 112.1 and 111.3), with the yearly
 *   decisions applied: the bundled civil-service notices of 2023–2026 and any `decisions` given.
 *   Years without a decision on Tết use a documented default placement and report
 *   `coverage(year) === 'provisional'`.
 * - `workingDaysBetween(from, to)` counts the working days you step onto walking from `from` to
 *   `to`, the start excluded and the end included (Bộ luật Dân sự Điều 147.2): `from < d <= to`,
 *   and, backwards, `to <= d < from` negated. So `workingDaysBetween(d, addWorkingDays(d, n)) === n`
 *   for every day `d` (working or not) and every `n`.
 * - Working time is the office-hour intervals of working days. `addWorkingTime(i, m)` is the
 *   earliest instant `t >= i` with `workingMinutesBetween(i, t) === m` (so a span ending exactly at
 *   closing time answers 17:00 that day); a negative `m` goes back to the latest such `t <= i`.
 *   Minutes may be fractional; they are rounded to the millisecond. Answers are in +07:00.
 * - The index (a cumulative working-day count per day) is built once here, in a few milliseconds.
 * @param options - Profile, extra decisions, `knownAsOf`, office hours, Culture-Day compensation.
 * @returns The calendar.
 * @throws {@link ReformRulesError} (code `invalid_enum`, `invalid_date`, `invalid_type`, `unknown_key`,
 * `invalid_office_hours`, `invalid_time`, `invalid_decision_day`, `empty_string`, `not_integer`) When
 * an option is malformed; the message names the option.
 * @example
 * ```ts
 * import { createCalendar } from 'reform-rules';
 * const calendar = createCalendar();
 * calendar.addWorkingDays('2025-01-24', 1); // => '2025-02-03' (Tết Ất Tỵ: 27–31/01 off)
 * calendar.isWorkingDay('2025-04-26'); // => true (make-up Saturday, 6150/TB-BLĐTBXH)
 * calendar.addWorkingTime('2025-03-03T16:00:00+07:00', 60); // => '2025-03-03T17:00:00+07:00'
 * calendar.coverage(2027); // => 'provisional'
 * ```
 * @category Calendar
 */
export function createCalendar(options?: CalendarOptions): WorkCalendar {
  const o = validateOptions(options, bundledDecisions);
  const schedule = buildSchedule({ profile: o.profile, decisions: o.decisions, cultureDayCompensated: o.cultureDayCompensated, eras: o.eras });
  const flags = new Uint8Array(LAST_DAY - FIRST_DAY + 1);
  for (let d = FIRST_DAY; d <= LAST_DAY; d += 1) {
    const dow = dayOfWeek(d);
    flags[d - FIRST_DAY] = dow === 0 || dow === 6 ? 0 : 1;
  }
  for (const entries of schedule.byYear.values()) {
    for (const { day, entry } of entries) flags[day - FIRST_DAY] = entry.kind === 'makeUpWorkday' ? 1 : 0;
  }
  return assembleCalendar({ profile: o.profile, officeHours: o.officeHours, intervals: o.intervals, flags, schedule });
}

/** @internal What a calendar is made of: a working flag per covered day from FIRST_DAY, office hours, the schedule of special days. */
export interface CalendarParts {
  readonly profile: WorkCalendar['profile'];
  readonly officeHours: WorkCalendar['officeHours'];
  readonly intervals: readonly (readonly [number, number])[];
  readonly flags: Uint8Array;
  readonly schedule: Pick<Schedule, 'byYear' | 'decidedYears'>;
}

/** @internal The calendar (and its registered index) of its parts: `createCalendar`'s last step, and the serialized index's. */
export function assembleCalendar(o: CalendarParts): WorkCalendar {
  const { schedule, flags } = o;
  const index = buildCalendarIndex(FIRST_DAY, o.flags, o.intervals);
  const { prefix, working } = index.tables;
  const count = working.length;
  const range = Object.freeze({ from: formatCivilDate(FIRST_DAY), to: formatCivilDate(LAST_DAY) });

  const calendar: WorkCalendar = {
    profile: o.profile,
    officeHours: o.officeHours,
    minutesPerDay: index.minutesPerDay,
    range,
    isWorkingDay: (date: CivilDate) => flags[readDay(date, 'date') - FIRST_DAY] === 1,
    nextWorkingDay: (date: CivilDate) => formatDay(index.addWorkingDays(readDay(date, 'date'), 1)),
    previousWorkingDay: (date: CivilDate) => formatDay(index.addWorkingDays(readDay(date, 'date'), -1)),
    addWorkingDays: (date: CivilDate, n: number) => {
      const offset = readDay(date, 'date') - FIRST_DAY;
      // Fast path: a non-zero 32-bit integer landing inside the range; anything else answers or raises below.
      if ((n | 0) === n && n !== 0) {
        const j = n > 0 ? (prefix[offset + 1] as number) + n - 1 : (prefix[offset] as number) + n;
        if (j >= 0 && j < count) return formatDay((working[j] as number) + FIRST_DAY);
      }
      return formatDay(index.addWorkingDays(offset + FIRST_DAY, readInteger(n, 'n')));
    },
    workingDaysBetween: (from: CivilDate, to: CivilDate) => {
      const a = readDay(from, 'from') - FIRST_DAY;
      const b = readDay(to, 'to') - FIRST_DAY;
      return b >= a ? (prefix[b + 1] as number) - (prefix[a + 1] as number) : (prefix[b] as number) - (prefix[a] as number);
    },
    addWorkingTime: (instant: Instant, minutes: number) => {
      const ms = readInstant(instant, 'instant');
      return formatInstantVN(index.addWorkingMinutes(ms, readMinutes(minutes, 'minutes')));
    },
    workingMinutesBetween: (a: Instant, b: Instant) => index.workingMinutesBetween(readInstant(a, 'a'), readInstant(b, 'b')),
    nextWorkingStart: (instant: Instant) => formatInstantVN(index.nextWorkingStart(readInstant(instant, 'instant'))),
    holidays: (year: number): HolidayEntry[] => (schedule.byYear.get(readYear(year, 'year')) ?? []).map(({ entry }) => entry),
    coverage: (year: number) => (schedule.decidedYears.has(readYear(year, 'year')) ? 'decided' : 'provisional'),
  };
  Object.freeze(calendar);
  registerCalendarIndex(calendar, index);
  return calendar;
}
