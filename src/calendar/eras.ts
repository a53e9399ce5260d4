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
 * One era rule: its parameter, default first year, what it says, its basis and confidence.
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
  /** Confidence of the default (docs/calendar.md compares each rule with the peer). */
  readonly confidence: CalendarConfidence;
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
    rule: 'A weekend holiday is compensated on the next working day.',
    basis: 'Bộ luật Lao động 1994, Điều 73 (in force 01/01/1995); BLLĐ 2012 Điều 115.3; BLLĐ 2019 Điều 111.3',
    confidence: 'MEDIUM',
  },
  {
    parameter: 'tetFiveDaysFrom',
    from: 2013,
    rule: 'Tết: 5 days (4 before).',
    basis: 'Bộ luật Lao động 2012, Điều 115.1.b; BLLĐ 2019, Điều 112.1.b',
    confidence: 'MEDIUM-HIGH',
  },
  {
    parameter: 'tetSaturdayBeforeFrom',
    from: 2014,
    rule: 'A Saturday Tết day is compensated before Tết, a Sunday one after (before: both after).',
    basis: 'Practice of the notices (BLLĐ 2019 Điều 112.3); reproduces every notice 2023–2026',
    confidence: 'MEDIUM',
  },
  {
    parameter: 'hungKingsFrom',
    from: 2007,
    rule: 'Giỗ Tổ Hùng Vương, 10/3 lunar.',
    basis: 'Luật sửa đổi, bổ sung Điều 73 Bộ luật Lao động (2007); BLLĐ 2012 Điều 115.1.e; BLLĐ 2019 Điều 112.1.e',
    confidence: 'HIGH',
  },
  {
    parameter: 'secondNationalDayFrom',
    from: 2021,
    rule: 'Second National Day day: 1/9 when 2/9 is Tue, Wed, Fri, Sat; else 3/9.',
    basis: 'Bộ luật Lao động 2019, Điều 112.1.đ and 112.3 (in force 01/01/2021)',
    confidence: 'HIGH',
  },
  {
    parameter: 'cultureDayFrom',
    from: 2026,
    rule: 'Ngày Văn hóa Việt Nam, 24/11.',
    basis: 'Nghị quyết 28/2026/QH16, Điều 2 (in force 01/07/2026)',
    confidence: 'MEDIUM-HIGH',
  },
] satisfies CalendarEraRule[]);

/** @internal The default eras. */
export const DEFAULT_ERAS: CalendarEras = Object.freeze(
  Object.fromEntries(CALENDAR_ERA_RULES.map((r) => [r.parameter, r.from])) as unknown as CalendarEras,
);
