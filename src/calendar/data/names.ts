/**
 * Names of the Vietnamese holidays and helpers to write decision days tersely.
 * @internal
 * @module
 */
import type { DecisionDay } from '../CalendarOptions';
import type { CivilDate, LocalizedName } from '../WorkCalendar';

/** @internal Holiday names in Vietnamese and English. */
export const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labourDay: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  nationalDay: { vi: 'Quốc khánh', en: 'National Day' },
  nationalDaySecond: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
  cultureDay: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
} as const satisfies Record<string, LocalizedName>;

/** @internal 'dd/mm' of a 'YYYY-MM-DD' date. */
export function dayMonth(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/** @internal The name of a compensatory day for a holiday. */
export function compensatoryName(of: LocalizedName): LocalizedName {
  return { vi: `Nghỉ bù ${of.vi}`, en: `${of.en} (compensatory day off)` };
}

/** @internal A Tết day, named with its lunar day. */
export function tetDay(date: CivilDate, lunarDay: string): DecisionDay {
  return { date, kind: 'holiday', name: { vi: `Tết Âm lịch (${lunarDay})`, en: `Lunar New Year (Tết, ${lunarDay})` } };
}

/** @internal A holiday day. */
export function holiday(date: CivilDate, name: LocalizedName): DecisionDay {
  return { date, kind: 'holiday', name };
}

/** @internal A compensatory day for a holiday. */
export function compensatory(date: CivilDate, of: LocalizedName): DecisionDay {
  return { date, kind: 'compensatory', name: compensatoryName(of) };
}

/** @internal A weekday off swapped for a worked weekend day. */
export function swap(date: CivilDate, workedOn: CivilDate): DecisionDay {
  return {
    date,
    kind: 'swap',
    name: { vi: `Nghỉ hoán đổi (làm bù ngày ${dayMonth(workedOn)})`, en: `Swapped day off (worked on ${dayMonth(workedOn)})` },
  };
}

/** @internal A weekend day worked in exchange for a weekday off. */
export function makeUp(date: CivilDate, forDay: CivilDate): DecisionDay {
  return {
    date,
    kind: 'makeUpWorkday',
    name: { vi: `Làm bù cho ngày ${dayMonth(forDay)}`, en: `Make-up working day for ${dayMonth(forDay)}` },
  };
}
