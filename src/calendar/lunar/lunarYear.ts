/**
 * The months of a Vietnamese lunar "sui" (the span from the 11th month containing one December
 * solstice to the 11th month containing the next), computed from the astronomy for UTC+7.
 *
 * Rules (the traditional Chinese/Vietnamese rules, applied in Vietnam time):
 * - a month starts on the day (UTC+7) of a true new moon;
 * - the 11th month is the month containing the December solstice;
 * - when 13 months lie between two 11th months, the first of them (after the 11th) that contains no
 *   principal solar term (a multiple of 30° of the Sun's longitude) is the leap month, numbered like
 *   the month before it.
 * @internal
 * @module
 */
import { daysFromCivil } from '../../_lib/civilDate';
import { nearestNewMoonNumber, newMoonDay, sunLongitudeAtDayStart } from './astronomy';

/** @internal One lunar month. */
export interface LunarMonthInfo {
  /** Lunar year the month belongs to (the Gregorian year in which its month 1 begins). */
  readonly year: number;
  /** Month number 1–12. */
  readonly month: number;
  /** Whether it is the leap (nhuận) month. */
  readonly leap: boolean;
  /** Epoch day of its first day (mùng 1). */
  readonly start: number;
  /** Number of days, 29 or 30. */
  readonly length: number;
}

/** @internal New-moon number and start day of the 11th month containing the December solstice of `year`. */
export function month11(year: number): { k: number; day: number } {
  const dec31 = daysFromCivil(year, 12, 31);
  let k = nearestNewMoonNumber(dec31);
  let day = newMoonDay(k);
  while (day > dec31) {
    k -= 1;
    day = newMoonDay(k);
  }
  // If the Sun already passed 270° when this month began, the solstice fell in the month before.
  if (sunLongitudeAtDayStart(day) >= 270) {
    k -= 1;
    day = newMoonDay(k);
  }
  return { k, day };
}

/** Index 0–11 of the principal term (30° sector) the Sun is in at the start of a day. */
function sector(epochDay: number): number {
  return Math.floor(sunLongitudeAtDayStart(epochDay) / 30);
}

/**
 * @internal The months from the 11th month of lunar year `year - 1` (the one containing the
 * December solstice of Gregorian year `year - 1`) up to, not including, the 11th month of `year`.
 * Months 11 and 12 (and a leap 11 or 12) belong to lunar year `year - 1`; months 1–10 to `year`.
 */
export function suiMonths(year: number): LunarMonthInfo[] {
  const a = month11(year - 1);
  const b = month11(year);
  const count = b.k - a.k;
  const starts: number[] = [];
  for (let i = 0; i <= count; i += 1) starts.push(i === 0 ? a.day : i === count ? b.day : newMoonDay(a.k + i));
  let leapIndex = -1;
  if (count === 13) {
    let previous = sector(starts[1] as number);
    for (let i = 1; i < count; i += 1) {
      const next = sector(starts[i + 1] as number);
      if (next === previous) {
        leapIndex = i;
        break;
      }
      previous = next;
    }
  }
  const months: LunarMonthInfo[] = [];
  let month = 11;
  let lunarYear = year - 1;
  for (let i = 0; i < count; i += 1) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) lunarYear = year;
    }
    const start = starts[i] as number;
    months.push({ year: lunarYear, month, leap, start, length: (starts[i + 1] as number) - start });
  }
  return months;
}
