/**
 * Civil-date arithmetic on epoch days (days since 1970-01-01), in pure integers.
 *
 * Never touches `Date`, so nothing here depends on the host time zone.
 * @internal
 * @module
 */

import type { CivilDate } from './dateTypes';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @internal Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal The civil date of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromDays(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** @internal Whether a Gregorian year is a leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @internal Number of days in a Gregorian month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @internal Whether year/month/day form a real Gregorian date. */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * @internal Parses a strict `YYYY-MM-DD` civil date into an epoch day; `undefined` when it is not
 * one (wrong shape, impossible day such as 2025-02-30, or not a string).
 */
export function parseCivilDate(input: unknown): number | undefined {
  if (typeof input !== 'string') return undefined;
  const m = ISO_DATE.exec(input);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidCivil(year, month, day)) return undefined;
  return daysFromCivil(year, month, day);
}

/** @internal Formats an epoch day as `YYYY-MM-DD`. */
export function formatCivilDate(epochDay: number): CivilDate {
  const { year, month, day } = civilFromDays(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CivilDate;
}

/** @internal Day of the week of an epoch day: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** @internal Zero-pads a non-negative integer (digits only, hence typed as a number's text). */
export function pad(value: number, width: number): `${number}` {
  return String(value).padStart(width, '0') as `${number}`;
}
