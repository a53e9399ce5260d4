import { formatCivilDate } from '../_lib/civilDate';
import { raiseCore as raise } from '../errors/raiseCore';
import type { CivilDate } from './WorkCalendar';
import type { LunarDateInput } from './LunarDate';
import { findLunarMonth } from './lunar/lookup';
import { FIRST_DAY, LAST_DAY, raiseOutOfRange } from './range';

/**
 * Converts a Vietnamese lunar date (âm lịch) to the civil (Gregorian) date.
 *
 * @remarks The inverse of {@link toLunar}: `fromLunar(toLunar(d)) === d` for every day 1900–2100.
 * A leap month the year does not have, or day 30 of a 29-day month, is an error, never rounded.
 * @param lunar - The lunar year, month (1–12), day (1–30) and `leap` (default `false`).
 * @returns The civil date, `'YYYY-MM-DD'`.
 * @throws {@link ReformRulesError} (code `invalid_lunar_date`) When no such lunar date exists.
 * @throws {@link ReformRulesError} (code `calendar_out_of_range`) When the date falls outside 1900–2100.
 * @example
 * ```ts
 * import { fromLunar } from 'reform-rules';
 * fromLunar({ year: 2025, month: 3, day: 10 }); // => '2025-04-07' (Giỗ Tổ Hùng Vương)
 * fromLunar({ year: 2023, month: 2, day: 1, leap: true }); // => '2023-03-22'
 * ```
 * @category Calendar
 */
export function fromLunar(lunar: LunarDateInput): CivilDate {
  const bad = (detail: string, detailVi: string): never =>
    raise('invalid_lunar_date', { field: 'lunar', received: lunar, detail, detailVi });
  if (typeof lunar !== 'object' || lunar === null) return bad('expected an object { year, month, day, leap? }', 'cần đối tượng { year, month, day, leap? }');
  const { year, month, day } = lunar;
  const leap = lunar.leap ?? false;
  if (!Number.isInteger(year)) return bad('year must be a whole number', 'năm phải là số nguyên');
  if (!Number.isInteger(month) || month < 1 || month > 12) return bad('month must be 1-12', 'tháng phải từ 1 đến 12');
  if (!Number.isInteger(day) || day < 1 || day > 30) return bad('day must be 1-30', 'ngày phải từ 1 đến 30');
  if (typeof leap !== 'boolean') return bad('leap must be true or false', 'leap phải là true hoặc false');
  if (year < 1899 || year > 2100) raiseOutOfRange('lunar', lunar);
  const info = findLunarMonth(year, month, leap);
  if (info === undefined) {
    return bad(`lunar year ${year} has no leap month ${month}`, `năm âm lịch ${year} không có tháng ${month} nhuận`);
  }
  if (day > info.length) {
    return bad(`month ${month}${leap ? ' (leap)' : ''} of ${year} has ${info.length} days`, `tháng ${month}${leap ? ' nhuận' : ''} năm ${year} chỉ có ${info.length} ngày`);
  }
  const result = info.start + day - 1;
  if (result < FIRST_DAY || result > LAST_DAY) raiseOutOfRange('lunar', lunar);
  return formatCivilDate(result);
}
