/**
 * The working-time calendar contract. Implemented by `createCalendar` (src/calendar/createCalendar.ts).
 * @module
 */

import type { CivilDate, Instant } from '../_lib/dateTypes';

export type { CivilDate, Instant } from '../_lib/dateTypes';

/** How a non-standard day came to be: see {@link HolidayEntry}. @category Calendar */
export type HolidayKind = 'holiday' | 'compensatory' | 'swap' | 'makeUpWorkday';

/** A name in Vietnamese and English. @category Calendar */
export interface LocalizedName {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * One day that differs from the plain Monday–Friday week: a weekday off (holiday, compensatory
 * day, swapped day) or a weekend day worked (make-up working day).
 * @category Calendar
 */
export interface HolidayEntry {
  /** The day. */
  readonly date: CivilDate;
  /** Why it differs. */
  readonly kind: HolidayKind;
  /** Its name. */
  readonly name: LocalizedName;
  /** The law article or decision document it rests on, e.g. `'Bộ luật Lao động 2019, Điều 112.1.b'`. */
  readonly basis: string;
  /**
   * Present (`true`) when the day rests on a default placement (Tết or the second National Day day of a
   * year without its notice) or on an unconfirmed source (a historical swap known from one peer only).
   */
  readonly provisional?: boolean;
}

/** The first and last day a calendar covers. @category Calendar */
export interface CalendarRange {
  /** The first covered day. */
  readonly from: CivilDate;
  /** The last covered day. */
  readonly to: CivilDate;
}

/** A span of office hours within a day, `'HH:mm'` to `'HH:mm'`. @category Calendar */
export interface OfficeHoursInterval {
  /** Start, `'HH:mm'`. */
  readonly start: string;
  /** End, `'HH:mm'` (after start). */
  readonly end: string;
}

/**
 * A Vietnamese working-time calendar: which days are worked, and office hours. All arithmetic is
 * constant time from an index built once per calendar.
 * @category Calendar
 */
export interface WorkCalendar {
  /** `'civil-service'` (government schedule with swaps) or `'private'` (statutory days only). */
  readonly profile: 'civil-service' | 'private';
  /** Office hours of a working day, in order. */
  readonly officeHours: readonly OfficeHoursInterval[];
  /** Working minutes in one working day (480 by default). */
  readonly minutesPerDay: number;
  /** The first and last covered day. */
  readonly range: CalendarRange;
  /** Whether `date` is a working day. */
  isWorkingDay(date: CivilDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CivilDate): CivilDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: CivilDate): CivilDate;
  /** The n-th working day after `date` (n > 0), before it (n < 0), or `date` itself (n = 0). */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /**
   * The number of working days d with from < d <= to (negative when to < from: then minus the number
   * of working days d with to <= d < from, counted walking backwards the same way, start excluded and
   * end included), so that `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every d and n.
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /** The earliest instant t >= `instant` with exactly `minutes` working minutes between them (answered in +07:00). */
  addWorkingTime(instant: Instant, minutes: number): Instant;
  /** Working minutes between two instants (negative when b < a). */
  workingMinutesBetween(a: Instant, b: Instant): number;
  /** `instant` itself when inside office hours of a working day, else the start of the next working period. */
  nextWorkingStart(instant: Instant): Instant;
  /** Every weekday off and every weekend day worked in `year`, in date order. */
  holidays(year: number): HolidayEntry[];
  /** `'decided'` when a yearly decision is recorded (and known as of `knownAsOf`), else `'provisional'`. */
  coverage(year: number): 'decided' | 'provisional';
}
