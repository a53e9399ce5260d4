/**
 * The calendar as data: one row per day (the source of the CSV, JSON, ICS and SQL exports).
 * Not imported by `createCalendar`.
 * @module
 */
import { dayOfWeek } from '../../_lib/civilDate';
import { requireObjectArg } from '../../errors/args';
import { raiseCore as raise } from '../../errors/raiseCore';
import { calendarIndex } from '../calendarIndex';
import { readCalendarOption } from '../readCalendarOption';
import { dayNumber, formatDay } from '../dayNumber';
import type { CivilDate, HolidayEntry, HolidayKind, WorkCalendar } from '../WorkCalendar';

/** What a day is: a plain `'working'` weekday, a plain `'weekend'` day, or a {@link HolidayKind}. @category Calendar */
export type CalendarDayKind = 'working' | 'weekend' | HolidayKind;

/**
 * One day of an exported calendar.
 * @category Calendar
 */
export interface CalendarDayRow {
  /** The day, `'YYYY-MM-DD'`. */
  readonly day: CivilDate;
  /** Whether it is worked. */
  readonly isWorking: boolean;
  /** What it is. */
  readonly kind: CalendarDayKind;
  /** Vietnamese name (empty for a plain day). */
  readonly nameVi: string;
  /** English name (empty for a plain day). */
  readonly nameEn: string;
  /** The law or decision it rests on (empty for a plain day). */
  readonly basis: string;
  /** Whether the day rests on a default placement or an unconfirmed source. */
  readonly provisional: boolean;
  /**
   * Working days from the calendar's first day (1900-01-01) up to and including this day. Then
   * `workingDaysBetween(a, b) = ordinal(b) - ordinal(a)` for `a <= b`.
   */
  readonly workingOrdinal: number;
  /** Office minutes from the calendar's first day to the start of this day. */
  readonly officeMinutesPrefix: number;
}

/** Range of an export: whole years `from`–`to`, or exact days. @category Calendar */
export interface CalendarExportRange {
  /** First year (inclusive) or first day `'YYYY-MM-DD'`. */
  readonly from: number | CivilDate;
  /** Last year (inclusive) or last day `'YYYY-MM-DD'`. */
  readonly to: number | CivilDate;
}

/** @internal The epoch days of an export range, checked against the calendar. */
export function rangeDays(calendar: WorkCalendar, range: CalendarExportRange): [number, number] {
  requireObjectArg(range, 'range', 'a range { from, to }');
  const read = (v: unknown, field: 'from' | 'to'): number => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) return raise('not_integer', { field, received: v });
      return dayNumber((field === 'from' ? `${String(v).padStart(4, '0')}-01-01` : `${String(v).padStart(4, '0')}-12-31`) as CivilDate);
    }
    return dayNumber(v as CivilDate);
  };
  const a = read(range.from, 'from');
  const b = read(range.to, 'to');
  const index = calendarIndex(calendar);
  if (a < index.firstDay || a > index.lastDay) raise('calendar_out_of_range', { field: 'from', received: range.from, from: calendar.range.from, to: calendar.range.to });
  if (b < index.firstDay || b > index.lastDay) raise('calendar_out_of_range', { field: 'to', received: range.to, from: calendar.range.from, to: calendar.range.to });
  if (b < a) raise('invalid_date', { field: 'to', received: range.to });
  return [a, b];
}

/**
 * Every day of a range as a row: working flag, kind, names, basis, provisional mark, working-day
 * ordinal and office-minutes prefix.
 * @param calendar - The calendar (any {@link WorkCalendar}).
 * @param range - Years or days, e.g. `{ from: 2010, to: 2030 }`.
 * @returns One row per day, in order.
 * @throws {@link ReformRulesError} (code `invalid_date`, `not_integer`, `calendar_out_of_range`) When the range is malformed or not covered.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a calendar.
 * @example
 * ```ts
 * import { calendarDays, createCalendar } from 'reform-rules';
 * const rows = calendarDays(createCalendar(), { from: '2025-04-26', to: '2025-04-26' });
 * rows[0]?.kind; // => 'makeUpWorkday'
 * ```
 * @category Calendar
 */
export function calendarDays(calendar: WorkCalendar, range: CalendarExportRange): CalendarDayRow[] {
  readCalendarOption(calendar, 'calendar');
  const [a, b] = rangeDays(calendar, range);
  const index = calendarIndex(calendar);
  const { flags, prefix } = index.tables;
  const entries = new Map<string, HolidayEntry>();
  const firstYear = Number(formatDay(a).slice(0, 4));
  const lastYear = Number(formatDay(b).slice(0, 4));
  for (let y = firstYear; y <= lastYear; y += 1) for (const e of calendar.holidays(y)) entries.set(e.date, e);
  const rows: CalendarDayRow[] = [];
  for (let d = a; d <= b; d += 1) {
    const day = formatDay(d);
    const offset = d - index.firstDay;
    const isWorking = flags[offset] === 1;
    const e = entries.get(day);
    const dow = dayOfWeek(d);
    rows.push({
      day,
      isWorking,
      kind: e?.kind ?? (dow === 0 || dow === 6 ? 'weekend' : 'working'),
      nameVi: e?.name.vi ?? '',
      nameEn: e?.name.en ?? '',
      basis: e?.basis ?? '',
      provisional: e?.provisional === true,
      workingOrdinal: prefix[offset + 1] as number,
      officeMinutesPrefix: (prefix[offset] as number) * index.minutesPerDay,
    });
  }
  return rows;
}
