/**
 * The statutory holidays of a year, by era, and Tết placed by the documented default.
 *
 * - 1/1, 30/4, 1/5, 2/9: every year (Bộ luật Lao động 2019 Điều 112.1; earlier codes alike).
 * - Tết Âm lịch: 4 days before 2013, 5 days from 2013 (BLLĐ 2012 Điều 115). Default placement when no
 *   decision settles it: the last day of the lunar year plus mùng 1–3 (before 2013) or mùng 1–4 (from
 *   2013); Tết days on a weekend are compensated on the following working days.
 * - Giỗ Tổ Hùng Vương (10/3 lunar) from 2007.
 * - A second National Day day from 2021, by default: 1/9 when 2/9 is a Tuesday, Wednesday, Friday or
 *   Saturday; 3/9 when it is a Monday, Thursday or Sunday (this reproduces every notice 2021–2026).
 * - Ngày Văn hóa Việt Nam (24/11) from 2026-07-01 (Nghị quyết 28/2026/QH16 Điều 2); compensated on a
 *   weekend only when the calendar option says so.
 * - Art. 111.3: any other holiday on a Saturday or Sunday is compensated on the next working day,
 *   from 1995 (Labour Code 1994); from 2014 a Tết day on a Saturday is compensated on the working day
 *   before Tết instead. The first years are parameters (`eras.ts`).
 * @internal
 * @module
 */
import { dayOfWeek, daysFromCivil } from '../_lib/civilDate';
import type { HolidayBlock } from './CalendarOptions';
import { DEFAULT_ERAS, type CalendarEras } from './eras';
import type { LocalizedName } from './WorkCalendar';
import { NAMES } from './data/names';
import { suiMonths } from './lunar/lunarYear';

/** @internal One statutory holiday of a year (any day of the week). */
export interface StatutoryDay {
  /** Epoch day. */
  readonly day: number;
  /** The block it belongs to. */
  readonly block: HolidayBlock;
  /** Its name. */
  readonly name: LocalizedName;
  /** The article it rests on. */
  readonly basis: string;
  /** Whether a weekend occurrence is compensated on the next working day. */
  readonly compensated: boolean;
  /** Whether a Saturday occurrence is compensated on the working day before (Tết, from 2014). */
  readonly compensateBefore?: boolean;
  /** Whether the day rests on a default placement (Tết, the second National Day day). */
  readonly provisional?: boolean;
}


/** @internal The labour-code article of a holiday point for a year's era. */
export function article(year: number, point: string): string {
  if (year >= 2021) return `Bộ luật Lao động 2019, Điều 112.1.${point}`;
  if (year >= 2013) return `Bộ luật Lao động 2012, Điều 115.1.${point}`;
  return `Bộ luật Lao động 1994, Điều 73 (as amended; rules of the era applied to ${year})`;
}

/** @internal The compensation article for a year's era. */
export function compensationArticle(year: number): string {
  if (year >= 2021) return 'Bộ luật Lao động 2019, Điều 111.3';
  if (year >= 2013) return 'Bộ luật Lao động 2012, Điều 115.3';
  return 'Bộ luật Lao động 1994, Điều 73.2 (as amended)';
}

const LUNAR_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

/** @internal The statutory holidays of a Gregorian year, with Tết and 2/9 placed by default. */
export function statutoryDays(year: number, cultureDayCompensated: boolean, eras: CalendarEras = DEFAULT_ERAS): StatutoryDay[] {
  const out: StatutoryDay[] = [];
  const comp = year >= eras.compensationFrom;
  const fixed = (month: number, dayOfMonth: number, block: HolidayBlock, name: LocalizedName, basis: string, compensated = comp): void => {
    out.push({ day: daysFromCivil(year, month, dayOfMonth), block, name, basis, compensated });
  };
  fixed(1, 1, 'newYear', NAMES.newYear, article(year, 'a'));

  const sui = suiMonths(year);
  const month1 = sui.find((m) => m.month === 1 && !m.leap);
  const month3 = sui.find((m) => m.month === 3 && !m.leap);
  /* c8 ignore next */
  if (month1 === undefined || month3 === undefined) throw new Error(`unreachable: lunar months of ${year}`);
  const tetDays = year >= eras.tetFiveDaysFrom ? 4 : 3;
  const before = year >= eras.tetSaturdayBeforeFrom;
  const tetBasis = `${article(year, 'b')} (default placement: last day of the lunar year and mùng 1–${tetDays}; provisional)`;
  out.push({
    day: month1.start - 1,
    block: 'tet',
    name: { vi: 'Tết Âm lịch (ngày cuối năm âm lịch)', en: 'Lunar New Year (Tết, last day of the lunar year)' },
    basis: tetBasis,
    compensated: comp,
    compensateBefore: before,
    provisional: true,
  });
  for (let i = 0; i < tetDays; i += 1) {
    const label = LUNAR_DAY_NAMES[i] as string;
    out.push({
      day: month1.start + i,
      block: 'tet',
      name: { vi: `Tết Âm lịch (${label})`, en: `Lunar New Year (Tết, ${label})` },
      basis: tetBasis,
      compensated: comp,
      compensateBefore: before,
      provisional: true,
    });
  }

  if (year >= eras.hungKingsFrom) {
    out.push({ day: month3.start + 9, block: 'hungKings', name: NAMES.hungKings, basis: article(year, 'e'), compensated: comp });
  }
  fixed(4, 30, 'reunification', NAMES.reunification, article(year, 'c'));
  fixed(5, 1, 'reunification', NAMES.labourDay, article(year, 'd'));
  const nationalDay = daysFromCivil(year, 9, 2);
  fixed(9, 2, 'nationalDay', NAMES.nationalDay, article(year, 'đ'));
  if (year >= eras.secondNationalDayFrom) {
    const dow = dayOfWeek(nationalDay);
    const dayBefore = dow === 2 || dow === 3 || dow === 5 || dow === 6;
    out.push({
      day: dayBefore ? nationalDay - 1 : nationalDay + 1,
      block: 'nationalDay',
      name: NAMES.nationalDaySecond,
      basis: `${article(year, 'đ')} (default adjacent day; provisional)`,
      compensated: comp,
      provisional: true,
    });
  }
  if (year >= eras.cultureDayFrom) {
    fixed(11, 24, 'cultureDay', NAMES.cultureDay, 'Nghị quyết 28/2026/QH16, Điều 2', cultureDayCompensated && comp);
  }
  return out.sort((a, b) => a.day - b.day);
}
