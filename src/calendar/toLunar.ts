import type { CivilDate } from './WorkCalendar';
import type { LunarDate } from './LunarDate';
import { lunarOfDay } from './lunar/lookup';
import { readDate } from './range';

/**
 * Converts a civil (Gregorian) date to the Vietnamese lunar calendar (âm lịch).
 *
 * @remarks Months start on the day of the astronomical new moon in Vietnam time (UTC+7), the 11th
 * month contains the December solstice, and in a 13-month year the first month without a principal
 * solar term is the leap month. Computed from Meeus' algorithms, so it matches the published
 * Vietnamese calendar where it differs from the Chinese (UTC+8) one, e.g. Tết 1985 and 2007.
 * @param date - The civil date, `'YYYY-MM-DD'`, between 1900-01-01 and 2100-12-31.
 * @returns The lunar year, month, day and whether the month is a leap month.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `date` is not a real `'YYYY-MM-DD'` date.
 * @throws {@link ReformRulesError} (code `calendar_out_of_range`) When `date` is outside 1900–2100.
 * @example
 * ```ts
 * import { toLunar } from 'reform-rules';
 * toLunar('2025-01-29'); // => { year: 2025, month: 1, day: 1, leap: false }
 * toLunar('2023-04-19'); // => { year: 2023, month: 2, day: 29, leap: true }
 * ```
 * @category Calendar
 */
export function toLunar(date: CivilDate): LunarDate {
  const { month, day } = lunarOfDay(readDate(date, 'date'));
  return { year: month.year, month: month.month, day, leap: month.leap };
}
