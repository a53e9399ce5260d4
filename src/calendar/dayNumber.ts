/**
 * Day numbers: a civil date as an integer (days since 1970-01-01), with a char-code parser and a
 * cache of formatted days for the covered range. The string calls of `createCalendar` use these.
 * @module
 */
import { daysFromCivil, formatCivilDate } from '../_lib/civilDate';
import { raiseCore as raise } from '../errors/raiseCore';
import { FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR, readDate } from './range';
import type { CivilDate } from './WorkCalendar';

/** Epoch day of the first of each month of the covered years, and one past the end. */
const MONTH_START = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12 + 1);
for (let y = FIRST_YEAR, i = 0; y <= LAST_YEAR; y += 1) for (let m = 1; m <= 12; m += 1) MONTH_START[i++] = daysFromCivil(y, m, 1);
MONTH_START[MONTH_START.length - 1] = LAST_DAY + 1;
const MONTHS = MONTH_START.length - 1;

/** Formatted days of the covered range, filled on first use. */
const FORMATTED: string[] = new Array<string>(LAST_DAY - FIRST_DAY + 1).fill('');

/** @internal What {@link fastDay} answers for anything else than a well-formed covered date. */
export const NOT_A_DAY = -0x3fffffff; // a small integer (Smi) far outside any covered day

/**
 * @internal The epoch day of a `'YYYY-MM-DD'` string within the covered range, read with char codes;
 * `NOT_A_DAY` when it is not one (any other input goes to the reference reader for the exact error).
 * One straight function, no helper calls: a digit is a char code minus 48 that reads as an unsigned
 * number <= 9 (anything else, including characters below '0', wraps to a large unsigned value).
 */
export function fastDay(s: string): number {
  if (s.length !== 10) return NOT_A_DAY;
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9) return NOT_A_DAY;
  if ((m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return NOT_A_DAY;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NOT_A_DAY;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  // Month index from FIRST_YEAR-01; unsigned, so years before FIRST_YEAR fail the bound too.
  const i = (y0 * 1000 + y1 * 100 + y2 * 10 + y3 - FIRST_YEAR) * 12 + month - 1;
  if (((month - 1) >>> 0) > 11 || day === 0 || (i >>> 0) >= MONTHS) return NOT_A_DAY;
  const start = MONTH_START[i] as number;
  if (day > (MONTH_START[i + 1] as number) - start) return NOT_A_DAY;
  return start + day - 1;
}

/** @internal Reads a date argument like `readDate` (same errors), fast for well-formed covered dates. */
export function readDay(value: unknown, field: string): number {
  if (typeof value === 'string') {
    const d = fastDay(value);
    if (d !== NOT_A_DAY) return d;
  }
  return readDate(value, field);
}

/** @internal Formats an epoch day; covered days come from a cache. */
export function formatDay(day: number): CivilDate {
  const i = day - FIRST_DAY;
  if (i >= 0 && i < FORMATTED.length) {
    const known = FORMATTED[i] as CivilDate | '';
    if (known !== '') return known;
    return (FORMATTED[i] = formatCivilDate(day));
  }
  return formatCivilDate(day);
}

const MIN_DAY = daysFromCivil(0, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

/**
 * The day number of a civil date: days since 1970-01-01 (negative before), the integer the batch
 * functions work on. Any real date of years 0000–9999 is accepted.
 * @param date - `'YYYY-MM-DD'`.
 * @returns The day number.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `date` is not a real `'YYYY-MM-DD'`.
 * @example
 * ```ts
 * import { dayNumber, fromDayNumber } from 'reform-rules';
 * dayNumber('2025-01-24'); // => 20112
 * fromDayNumber(20122); // => '2025-02-03'
 * ```
 * @category Calendar
 */
export function dayNumber(date: CivilDate): number {
  if (typeof date === 'string') {
    const d = fastDay(date);
    if (d !== NOT_A_DAY) return d;
  }
  return readDate(date, 'date', MIN_DAY, MAX_DAY);
}

/**
 * The civil date of a day number (the inverse of {@link dayNumber}).
 * @param n - Days since 1970-01-01, an integer within years 0000–9999.
 * @returns `'YYYY-MM-DD'`.
 * @throws {@link ReformRulesError} (code `not_integer`, `calendar_out_of_range`) When `n` is not an integer or outside 0000–9999.
 * @example
 * ```ts
 * fromDayNumber(0); // => '1970-01-01'
 * ```
 * @category Calendar
 */
export function fromDayNumber(n: number): CivilDate {
  if (typeof n !== 'number' || !Number.isInteger(n)) return raise('not_integer', { field: 'n', received: n });
  if (n < MIN_DAY || n > MAX_DAY) return raise('calendar_out_of_range', { field: 'n', received: n, from: '0000-01-01', to: '9999-12-31' });
  return formatDay(n);
}
