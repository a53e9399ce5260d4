import { formatCivilDate } from '../_lib/civilDate';
import type { CivilDate } from './WorkCalendar';
import { suiMonths } from './lunar/lunarYear';
import { readYear } from './range';

/** @internal Epoch day of Tết (lunar 1/1) of a lunar year. */
export function lunarNewYearDay(year: number): number {
  const first = suiMonths(year).find((m) => m.month === 1 && !m.leap);
  /* c8 ignore next */
  if (first === undefined) throw new Error(`unreachable: no month 1 in ${year}`);
  return first.start;
}

/**
 * The date of Tết Nguyên Đán (the first day of the first lunar month) in a Gregorian year, in the
 * Vietnamese lunar calendar (UTC+7).
 *
 * @param year - The Gregorian year, 1900–2100.
 * @returns Tết's civil date, `'YYYY-MM-DD'` (always between 21 January and 20 February).
 * @throws {@link ReformRulesError} (code `not_integer`) When `year` is not a whole number.
 * @throws {@link ReformRulesError} (code `calendar_out_of_range`) When `year` is outside 1900–2100.
 * @example
 * ```ts
 * import { lunarNewYear } from 'reform-rules';
 * lunarNewYear(2026); // => '2026-02-17'
 * lunarNewYear(1985); // => '1985-01-21' (China: 1985-02-20)
 * ```
 * @category Calendar
 */
export function lunarNewYear(year: number): CivilDate {
  return formatCivilDate(lunarNewYearDay(readYear(year, 'year')));
}
