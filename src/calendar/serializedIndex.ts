/**
 * A built calendar as plain, structured-cloneable data (its working flags, office hours and
 * special days), and the calendar back from it without recomputing holidays and lunar dates: a
 * worker thread receives one calendar instead of rebuilding it (about 100 ms each).
 * @internal
 * @module
 */
import { parseCivilDate } from '../_lib/civilDate';
import { raiseCore as raise } from '../errors/raiseCore';
import { calendarIndex } from './calendarIndex';
import { assembleCalendar } from './createCalendar';
import { FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR } from './range';
import type { ScheduleEntry } from './schedule';
import type { HolidayEntry, WorkCalendar } from './WorkCalendar';

/** @internal The format tag of a {@link SerializedCalendar}. */
export const SERIALIZED_CALENDAR_FORMAT = 'reform-rules/calendar-index' as const;

/** @internal A calendar as data: `flags[i]` = 1 when day `firstDay + i` is worked. */
export interface SerializedCalendar {
  readonly format: typeof SERIALIZED_CALENDAR_FORMAT;
  readonly version: 1;
  readonly profile: WorkCalendar['profile'];
  readonly officeHours: readonly { readonly start: string; readonly end: string }[];
  readonly intervals: readonly (readonly [number, number])[];
  readonly firstDay: number;
  readonly flags: Uint8Array;
  /** The special days of each year that has any, in date order. */
  readonly holidays: readonly (readonly [number, readonly HolidayEntry[]])[];
  /** The years whose Tết is settled by a decision. */
  readonly decidedYears: readonly number[];
}

/**
 * @internal The data of a calendar built by `createCalendar` (or restored by {@link deserializeCalendar}).
 * @example
 * ```ts
 * const data = serializeCalendar(createCalendar()); // postMessage(data) to a worker
 * ```
 */
export function serializeCalendar(calendar: WorkCalendar): SerializedCalendar {
  const index = calendarIndex(calendar);
  if (index.firstDay !== FIRST_DAY || index.lastDay !== LAST_DAY) raise('invalid_calendar', { field: 'calendar', received: calendar.range });
  const holidays: [number, HolidayEntry[]][] = [];
  const decidedYears: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const entries = calendar.holidays(year);
    if (entries.length > 0) holidays.push([year, entries]);
    if (calendar.coverage(year) === 'decided') decidedYears.push(year);
  }
  return {
    format: SERIALIZED_CALENDAR_FORMAT,
    version: 1,
    profile: calendar.profile,
    officeHours: calendar.officeHours.map(({ start, end }) => ({ start, end })),
    intervals: index.intervals.map(([s, e]) => [s, e] as const),
    firstDay: FIRST_DAY,
    flags: Uint8Array.from(index.tables.flags),
    holidays,
    decidedYears,
  };
}

function bad(detail: string, received: unknown): never {
  return raise('invalid_type', { field: `serialized calendar (${detail})`, expected: `a ${SERIALIZED_CALENDAR_FORMAT} version 1 object`, received });
}

/** Checks the shape of serialized data (it may come from another thread or process). */
function check(data: unknown): SerializedCalendar {
  if (typeof data !== 'object' || data === null) return bad('not an object', data);
  const s = data as Partial<SerializedCalendar>;
  if (s.format !== SERIALIZED_CALENDAR_FORMAT || s.version !== 1) bad('format', { format: s.format, version: s.version });
  if (s.firstDay !== FIRST_DAY || !(s.flags instanceof Uint8Array) || s.flags.length !== LAST_DAY - FIRST_DAY + 1 || s.flags.some((f) => f > 1)) bad('flags', s.flags);
  if (s.profile !== 'civil-service' && s.profile !== 'private') bad('profile', s.profile);
  const hours = s.officeHours;
  const intervals = s.intervals;
  if (!Array.isArray(intervals) || intervals.length === 0 || !Array.isArray(hours) || hours.length !== intervals.length) bad('office hours', intervals);
  for (const iv of intervals as unknown[]) {
    if (!Array.isArray(iv) || iv.length !== 2 || ![...(iv as unknown[])].every((m) => Number.isInteger(m) && (m as number) >= 0 && (m as number) <= 1440) || iv[0] >= iv[1]) bad('office hours', iv);
  }
  if (!Array.isArray(s.holidays) || ![...s.holidays].every((y) => Array.isArray(y) && Number.isInteger(y[0]) && Array.isArray(y[1]))) bad('holidays', s.holidays);
  if (!Array.isArray(s.decidedYears) || ![...s.decidedYears].every((y) => Number.isInteger(y))) bad('decidedYears', s.decidedYears);
  return s as SerializedCalendar;
}

/**
 * @internal The calendar of serialized data: the same answers as the calendar it was taken from,
 * without rebuilding its holidays.
 * @example
 * ```ts
 * const calendar = deserializeCalendar(workerData.calendar);
 * ```
 */
export function deserializeCalendar(data: unknown): WorkCalendar {
  const s = check(data);
  const byYear = new Map<number, ScheduleEntry[]>();
  for (const [year, entries] of s.holidays) {
    byYear.set(
      year,
      entries.map((entry) => {
        const day = parseCivilDate(entry.date);
        if (day === undefined) return bad('holiday date', entry);
        return { day, entry: Object.freeze({ ...entry, name: Object.freeze({ ...entry.name }) }) };
      }),
    );
  }
  return assembleCalendar({
    profile: s.profile,
    officeHours: Object.freeze(s.officeHours.map(({ start, end }) => Object.freeze({ start, end }))),
    intervals: s.intervals.map(([a, b]) => [a, b] as const),
    flags: Uint8Array.from(s.flags),
    schedule: { byYear, decidedYears: new Set(s.decidedYears) },
  });
}
