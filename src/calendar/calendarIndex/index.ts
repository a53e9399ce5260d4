/**
 * The numeric view of a calendar for hot paths: epoch days and epoch milliseconds, constant time,
 * no allocation on success. Built once per calendar from a working-day flag per covered day:
 * a cumulative count of working days (prefix sums) and the list of working days in order.
 *
 * This is a folder (`calendarIndex/index.ts`), not a file `calendarIndex.ts`: TypeScript refuses two
 * files in one program whose names differ only in letter case, and the contract `../CalendarIndex.ts`
 * already holds that name. Imports of `'../calendar/calendarIndex'` resolve to this folder.
 * @internal
 * @module
 */
import { formatCivilDate, parseCivilDate } from '../../_lib/civilDate';
import { formatInstantVN, MS_PER_DAY, MS_PER_MINUTE, parseClockTime, vnDay } from '../../_lib/instant';
import { raiseCore as raise } from '../../errors/raiseCore';
import type { CalendarIndex } from '../CalendarIndexShape';
import type { WorkCalendar } from '../WorkCalendar';

const VN_OFFSET_MS = 7 * 3_600_000;

/** The index of each calendar, keyed by the calendar object (the only module-level state: a cache). */
const indexes = new WeakMap<object, CalendarIndex>();

/** @internal Records the index of a calendar created by `createCalendar`. */
export function registerCalendarIndex(calendar: WorkCalendar, index: CalendarIndex): void {
  indexes.set(calendar, index);
}

/**
 * @internal Builds an index from one working flag (1 = working) per day from `firstDay`, and office
 * hours as [startMinute, endMinute) pairs in order.
 */
export function buildCalendarIndex(
  firstDay: number,
  flags: Uint8Array,
  intervals: readonly (readonly [number, number])[],
): CalendarIndex {
  const size = flags.length;
  const lastDay = firstDay + size - 1;
  const prefix = new Int32Array(size + 1); // prefix[i] = working days among offsets [0, i)
  let count = 0;
  for (let i = 0; i < size; i += 1) {
    prefix[i] = count;
    count += flags[i] as number;
  }
  prefix[size] = count;
  const working = new Int32Array(count); // working[j] = offset of the j-th working day
  for (let i = 0, j = 0; i < size; i += 1) if (flags[i] === 1) working[j++] = i;

  const starts = intervals.map(([s]) => s * MS_PER_MINUTE);
  const ends = intervals.map(([, e]) => e * MS_PER_MINUTE);
  const k = intervals.length;
  const minutesPerDay = intervals.reduce((sum, [s, e]) => sum + e - s, 0);
  const msPerDay = minutesPerDay * MS_PER_MINUTE;
  const closeMs = ends[k - 1] as number;
  const firstOpenMs = starts[0] as number;

  const t: Tables = { firstDay, lastDay, flags, prefix, working, count, starts, ends, k, msPerDay, firstOpenMs };
  const { outOfRange, checkDay, dayStartMs, workedBefore, addWorkingMinutes, nextWorkingStart } = timeFunctions(t);
  return {
    firstDay,
    lastDay,
    minutesPerDay,
    intervals,
    covers: (day) => day >= firstDay && day <= lastDay,
    isWorkingDay: (day) => flags[checkDay(day, 'day')] === 1,
    addWorkingDays(day, n) {
      const offset = checkDay(day, 'date');
      if (n === 0) return day;
      const j = n > 0 ? (prefix[offset + 1] as number) + n - 1 : (prefix[offset] as number) + n;
      if (j < 0 || j >= count) outOfRange('n', n);
      return (working[j] as number) + firstDay;
    },
    workingDaysBetween(from, to) {
      const a = checkDay(from, 'from');
      const b = checkDay(to, 'to');
      return b >= a ? (prefix[b + 1] as number) - (prefix[a + 1] as number) : (prefix[b] as number) - (prefix[a] as number);
    },
    addWorkingMinutes,
    workingMinutesBetween: (a, b) => (workedBefore(b, 'b') - workedBefore(a, 'a')) / MS_PER_MINUTE,
    nextWorkingStart,
    closeOfDay: (day) => dayStartMs(day) + closeMs,
    tables: Object.freeze({ flags, prefix, working }),
  };
}

/**
 * Returns the constant-time numeric index of a calendar: epoch days (days since 1970-01-01, Vietnam
 * civil days) and epoch milliseconds, for the dossier clock and reports.
 *
 * @remarks Calendars made by {@link createCalendar} carry their index already. For any other object
 * implementing {@link WorkCalendar}, the index is built once from its `isWorkingDay` over its `range`
 * and its `officeHours`, then cached (by object identity, in a WeakMap).
 * @param calendar - The calendar.
 * @returns The index.
 * @throws {@link ReformRulesError} (code `invalid_office_hours`) When a foreign calendar has unusable office hours.
 * @example
 * ```ts
 * const index = calendarIndex(createCalendar());
 * index.addWorkingDays(20112, 1); // => 20122 (2025-01-24 + 1 working day = 2025-02-03, after Tết)
 * ```
 * @internal
 */
export function calendarIndex(calendar: WorkCalendar): CalendarIndex {
  const known = indexes.get(calendar);
  if (known !== undefined) return known;
  const c = calendar as { range?: { from?: unknown; to?: unknown }; isWorkingDay?: unknown } | null;
  if (typeof c !== 'object' || c === null || typeof c.range !== 'object' || c.range === null || typeof c.isWorkingDay !== 'function' || typeof (c as { holidays?: unknown }).holidays !== 'function') {
    return raise('invalid_calendar', { field: 'calendar', received: calendar });
  }
  const first = parseCivilDate(calendar.range.from);
  const last = parseCivilDate(calendar.range.to);
  if (first === undefined || last === undefined || last < first) {
    return raise('invalid_date', { field: 'calendar.range', received: calendar.range });
  }
  const flags = new Uint8Array(last - first + 1);
  for (let d = first; d <= last; d += 1) flags[d - first] = calendar.isWorkingDay(formatCivilDate(d)) ? 1 : 0;
  const intervals: [number, number][] = [];
  const hours: unknown = calendar.officeHours;
  if (!Array.isArray(hours)) return raise('invalid_office_hours', { field: 'calendar.officeHours', received: hours, detail: 'not a list of intervals' });
  for (const interval of hours as unknown[]) {
    const { start, end } = (typeof interval === 'object' && interval !== null ? interval : {}) as { start?: unknown; end?: unknown };
    const s = typeof start === 'string' ? parseClockTime(start) : undefined;
    const e = typeof end === 'string' ? parseClockTime(end) : undefined;
    if (s === undefined || e === undefined || e <= s) {
      return raise('invalid_office_hours', { field: 'calendar.officeHours', received: calendar.officeHours, detail: 'unreadable interval' });
    }
    intervals.push([s, e]);
  }
  if (intervals.length === 0) {
    return raise('invalid_office_hours', { field: 'calendar.officeHours', received: calendar.officeHours, detail: 'no interval' });
  }
  const index = buildCalendarIndex(first, flags, intervals);
  indexes.set(calendar, index);
  return index;
}

/** @internal The tables and constants of an index, read once by the time functions. */
interface Tables {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly flags: Uint8Array;
  readonly prefix: Int32Array;
  readonly working: Int32Array;
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly k: number;
  readonly msPerDay: number;
  readonly firstOpenMs: number;
}

/** The working-time functions of an index, closing over its tables (read into locals once). */
function timeFunctions(tables: Tables) {
  const { firstDay, lastDay, flags, prefix, working, count, starts, ends, k, msPerDay, firstOpenMs } = tables;
  const outOfRange = (field: string, received: unknown): never =>
    raise('calendar_out_of_range', { field, received, from: formatCivilDate(firstDay), to: formatCivilDate(lastDay) });
  const checkDay = (day: number, field: string): number => {
    if (!(day >= firstDay && day <= lastDay)) outOfRange(field, Number.isInteger(day) ? formatCivilDate(day) : day);
    return day - firstDay;
  };
  const dayStartMs = (day: number): number => day * MS_PER_DAY - VN_OFFSET_MS;
  /** Working milliseconds from the start of the covered range to an instant. */
  const workedBefore = (ms: number, field: string): number => {
    const day = vnDay(ms);
    if (!(day >= firstDay && day <= lastDay)) outOfRange(field, formatInstantVN(ms));
    const offset = day - firstDay;
    let total = (prefix[offset] as number) * msPerDay;
    if (flags[offset] === 1) {
      const within = ms - dayStartMs(day);
      for (let i = 0; i < k; i += 1) {
        const s = starts[i] as number;
        const e = ends[i] as number;
        if (within >= e) total += e - s;
        else {
          if (within > s) total += within - s;
          break;
        }
      }
    }
    return total;
  };

const addWorkingMinutes = (ms: number, minutes: number): number => {
    const delta = Math.round(minutes * MS_PER_MINUTE);
    const base = workedBefore(ms, 'instant');
    if (delta === 0) return ms;
    const target = base + delta;
    let j: number;
    let rest: number;
    if (delta > 0) {
      j = Math.floor((target - 1) / msPerDay);
      if (j >= count) outOfRange('minutes', minutes);
      rest = target - j * msPerDay; // in (0, msPerDay]: earliest instant reaching the target
      const day = (working[j] as number) + firstDay;
      for (let i = 0; i < k; i += 1) {
        const len = (ends[i] as number) - (starts[i] as number);
        if (rest <= len) return dayStartMs(day) + (starts[i] as number) + rest;
        rest -= len;
      }
    } else {
      if (target < 0) outOfRange('minutes', minutes);
      j = Math.floor(target / msPerDay);
      rest = target - j * msPerDay; // in [0, msPerDay): latest instant reaching the target
      const day = (working[j] as number) + firstDay;
      for (let i = 0; i < k; i += 1) {
        const len = (ends[i] as number) - (starts[i] as number);
        if (rest < len) return dayStartMs(day) + (starts[i] as number) + rest;
        rest -= len;
      }
    }
    /* c8 ignore next */
    throw new Error('unreachable: working time beyond the day');
  };
const nextWorkingStart = (ms: number): number => {
    const day = vnDay(ms);
    if (!(day >= firstDay && day <= lastDay)) outOfRange('instant', formatInstantVN(ms));
    const offset = day - firstDay;
    if (flags[offset] === 1) {
      const within = ms - dayStartMs(day);
      for (let i = 0; i < k; i += 1) {
        if (within < (ends[i] as number)) return within >= (starts[i] as number) ? ms : dayStartMs(day) + (starts[i] as number);
      }
    }
    const j = prefix[offset + 1] as number;
    if (j >= count) outOfRange('instant', formatInstantVN(ms));
    return dayStartMs((working[j] as number) + firstDay) + firstOpenMs;
  };
  return { outOfRange, checkDay, dayStartMs, workedBefore, addWorkingMinutes, nextWorkingStart };
}
