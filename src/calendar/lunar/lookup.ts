/**
 * Epoch-day level conversions between the Gregorian and the Vietnamese lunar calendar.
 * @internal
 * @module
 */
import { civilFromDays } from '../../_lib/civilDate';
import { month11, suiMonths } from './lunarYear';
import type { LunarMonthInfo } from './lunarYear';

/** @internal The lunar month containing an epoch day, and the day's number in it. */
export function lunarOfDay(epochDay: number): { month: LunarMonthInfo; day: number } {
  const { year } = civilFromDays(epochDay);
  const sui = epochDay >= month11(year).day ? suiMonths(year + 1) : suiMonths(year);
  for (let i = sui.length - 1; i >= 0; i -= 1) {
    const m = sui[i] as LunarMonthInfo;
    if (m.start <= epochDay) return { month: m, day: epochDay - m.start + 1 };
  }
  /* c8 ignore next */
  throw new Error('unreachable: day before its sui');
}

/** @internal The months of lunar year `year` in order (month 1 .. 12, with its leap month if any). */
export function lunarYearMonths(year: number): LunarMonthInfo[] {
  return [...suiMonths(year), ...suiMonths(year + 1)].filter((m) => m.year === year);
}

/** @internal The month of a lunar year with the given number and leap flag, if it exists. */
export function findLunarMonth(year: number, month: number, leap: boolean): LunarMonthInfo | undefined {
  const sui = suiMonths(month >= 11 ? year + 1 : year);
  return sui.find((m) => m.year === year && m.month === month && m.leap === leap);
}
