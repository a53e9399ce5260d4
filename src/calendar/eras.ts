/**
 * The era rules of the Vietnamese holiday calendar: which statutory rule applies from which year, each
 * with its legal basis and confidence. Small and dependency-free: `createCalendar` reads it.
 * @module
 */

/**
 * The first year of each era rule. Every field is an overridable parameter (pass
 * `createCalendar({ eras: { … } })`); the defaults and their sources are in {@link CALENDAR_ERA_RULES}.
 * @category Calendar
 */
export interface CalendarEras {
  /** First year in which a holiday on a weekend is compensated on a working day (default 1995). */
  readonly compensationFrom: number;
  /** First year of the 5-day Tết (default 2013; 4 days before). */
  readonly tetFiveDaysFrom: number;
  /** First year in which a Tết day on a Saturday is compensated on the working day BEFORE Tết (default 2014). */
  readonly tetSaturdayBeforeFrom: number;
  /** First year of Giỗ Tổ Hùng Vương (10/3 lunar) as a day off (default 2007). */
  readonly hungKingsFrom: number;
  /** First year of the second National Day day (default 2021). */
  readonly secondNationalDayFrom: number;
  /** First year of Ngày Văn hóa Việt Nam, 24/11 (default 2026). */
  readonly cultureDayFrom: number;
}

/** How sure the library is of a rule or a fact: see `reference/regulations.md` for the scale. @category Calendar */
export type CalendarConfidence = 'HIGH' | 'MEDIUM-HIGH' | 'MEDIUM' | 'LOW';

/**
 * One era rule: its parameter, default first year, what it says, its basis, confidence, and what
 * the peer (python `holidays`, vacanza) does.
 * @category Calendar
 */
export interface CalendarEraRule {
  /** The parameter of {@link CalendarEras} it sets. */
  readonly parameter: keyof CalendarEras;
  /** The default first year. */
  readonly from: number;
  /** The rule, in English. */
  readonly rule: string;
  /** The law or practice it rests on. */
  readonly basis: string;
  /** Confidence of the default. */
  readonly confidence: CalendarConfidence;
  /** What the peer does, when it differs or confirms. */
  readonly peer: string;
}

/**
 * The era rules with their defaults, bases and confidence (docs/calendar.md, "Era rules").
 * MEDIUM and LOW rules are parameters: an agency restating old years must confirm them.
 * @example
 * ```ts
 * import { CALENDAR_ERA_RULES } from 'reform-rules';
 * CALENDAR_ERA_RULES.find((r) => r.parameter === 'hungKingsFrom')?.from; // => 2007
 * ```
 * @category Calendar
 */
export const CALENDAR_ERA_RULES: readonly CalendarEraRule[] = Object.freeze([
  {
    parameter: 'compensationFrom',
    from: 1995,
    rule: 'A holiday on a Saturday or Sunday gives a compensatory day off on the next working day (nghỉ bù).',
    basis: 'Bộ luật Lao động 1994, Điều 73 (in force 01/01/1995); BLLĐ 2012 Điều 115.3; BLLĐ 2019 Điều 111.3',
    confidence: 'MEDIUM',
    peer: 'Same (observed_since=1995). Before 1995 no compensation: the earlier rules were not read.',
  },
  {
    parameter: 'tetFiveDaysFrom',
    from: 2013,
    rule: 'Tết Âm lịch: 5 days (before: 4 days, the last day of the lunar year and mùng 1–3).',
    basis: 'Bộ luật Lao động 2012, Điều 115.1.b; BLLĐ 2019, Điều 112.1.b',
    confidence: 'MEDIUM-HIGH',
    peer: 'Same (eve + 3 days before 2013, eve + 4 days from 2013).',
  },
  {
    parameter: 'tetSaturdayBeforeFrom',
    from: 2014,
    rule: 'A Tết day on a Saturday is compensated on the last working day before Tết ("29 Tết"), a Sunday one on the next working day; before, both after.',
    basis: 'Practice of the yearly notices (BLLĐ 2012 Điều 115.3 / 2019 Điều 112.3: the Prime Minister fixes the Tết days); reproduces every notice 2023–2026',
    confidence: 'MEDIUM',
    peer: 'Same (vacanza: Saturday Tết day to the previous workday from 2014).',
  },
  {
    parameter: 'hungKingsFrom',
    from: 2007,
    rule: 'Giỗ Tổ Hùng Vương, 10/3 lunar, is a day off.',
    basis: 'Luật sửa đổi, bổ sung Điều 73 Bộ luật Lao động (2007); BLLĐ 2012 Điều 115.1.e; BLLĐ 2019 Điều 112.1.e',
    confidence: 'HIGH',
    peer: 'Same.',
  },
  {
    parameter: 'secondNationalDayFrom',
    from: 2021,
    rule: 'A second National Day day adjacent to 2/9: 1/9 when 2/9 is Tue, Wed, Fri or Sat; 3/9 when Mon, Thu or Sun.',
    basis: 'Bộ luật Lao động 2019, Điều 112.1.đ and 112.3 (in force 01/01/2021)',
    confidence: 'HIGH',
    peer: 'Same weekday rule.',
  },
  {
    parameter: 'cultureDayFrom',
    from: 2026,
    rule: 'Ngày Văn hóa Việt Nam, 24/11, is a paid day off (compensated on a weekend only when cultureDayCompensated).',
    basis: 'Nghị quyết 28/2026/QH16, Điều 2 (in force 01/07/2026)',
    confidence: 'MEDIUM-HIGH',
    peer: 'Absent.',
  },
] satisfies CalendarEraRule[]);

/** @internal The default eras. */
export const DEFAULT_ERAS: CalendarEras = Object.freeze(
  Object.fromEntries(CALENDAR_ERA_RULES.map((r) => [r.parameter, r.from])) as unknown as CalendarEras,
);
