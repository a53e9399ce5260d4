/**
 * The covered range and argument checks shared by the calendar functions.
 * @internal
 * @module
 */
import { civilFromDays, daysFromCivil, formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import { raiseCore as raise } from '../errors/raiseCore';

/** @internal First covered day, 1900-01-01, as an epoch day. */
export const FIRST_DAY = daysFromCivil(1900, 1, 1);
/** @internal Last covered day, 2100-12-31, as an epoch day. */
export const LAST_DAY = daysFromCivil(2100, 12, 31);
/** @internal First covered year. */
export const FIRST_YEAR = 1900;
/** @internal Last covered year. */
export const LAST_YEAR = 2100;

/** @internal Throws `calendar_out_of_range` for an epoch day outside [from, to]. */
export function raiseOutOfRange(field: string, received: unknown, from = FIRST_DAY, to = LAST_DAY): never {
  return raise('calendar_out_of_range', { field, received, from: formatCivilDate(from), to: formatCivilDate(to) });
}

/**
 * @internal Reads a `'YYYY-MM-DD'` argument into an epoch day.
 * @throws `invalid_date` when malformed; `calendar_out_of_range` when outside [from, to].
 */
export function readDate(value: unknown, field: string, from = FIRST_DAY, to = LAST_DAY): number {
  const day = parseCivilDate(value);
  if (day === undefined) return raise('invalid_date', { field, received: value });
  if (day < from || day > to) raiseOutOfRange(field, value, from, to);
  return day;
}

/** @internal Reads a year argument (an integer within the covered years). */
export function readYear(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return raise('not_integer', { field, received: value });
  if (value < FIRST_YEAR || value > LAST_YEAR) {
    return raise('calendar_out_of_range', { field, received: value, from: FIRST_YEAR, to: LAST_YEAR });
  }
  return value;
}

/** @internal The Gregorian year of an epoch day. */
export function yearOf(day: number): number {
  return civilFromDays(day).year;
}
