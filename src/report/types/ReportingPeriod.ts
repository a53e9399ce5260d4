import type { CivilDate, LocalizedName } from '../../calendar/WorkCalendar';

/**
 * The length of a reporting period: a month, a quarter, six months, nine months or a year.
 * @example
 * ```ts
 * import type { PeriodKind } from 'reform-rules';
 * const kind: PeriodKind = 'quarter';
 * ```
 * @category Report
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nineMonths' | 'year';

/**
 * Where a period's data window is cut: `'decree09'`, the 15th-to-14th windows of Nghị định
 * 09/2019/NĐ-CP Điều 12 (nine months as Khánh Hòa QĐ 01/2023/QĐ-UBND), or `'calendar'`, the plain
 * calendar periods of the national (Decision 766) dashboards.
 * @example
 * ```ts
 * import type { PeriodConvention } from 'reform-rules';
 * const convention: PeriodConvention = 'decree09';
 * ```
 * @category Report
 */
export type PeriodConvention = 'decree09' | 'calendar';

/**
 * What identifies a period: its kind, year, index within the year (month 1–12, quarter 1–4, half
 * 1–2; none for nine months and the year) and convention.
 * @example
 * ```ts
 * import type { ReportingPeriodInput } from 'reform-rules';
 * const q1: ReportingPeriodInput = { kind: 'quarter', year: 2025, index: 1 };
 * ```
 * @category Report
 */
export interface ReportingPeriodInput {
  /** The period's length. */
  readonly kind: PeriodKind;
  /** The report year (the year the period ends in). */
  readonly year: number;
  /** Month 1–12, quarter 1–4 or half 1–2; absent for `'nineMonths'` and `'year'`. */
  readonly index?: number | undefined;
  /** The cut-off convention. @defaultValue `'decree09'` */
  readonly convention?: PeriodConvention | undefined;
}

/**
 * A reporting period: inclusive civil dates (Vietnam, +07:00) with its kind, convention, a short
 * code (as {@link parsePeriod} reads it) and its name in Vietnamese and English.
 * @example
 * ```ts
 * import type { ReportingPeriod } from 'reform-rules';
 * const q1: ReportingPeriod = {
 *   kind: 'quarter', year: 2025, index: 1, convention: 'decree09', code: '2025-Q1',
 *   from: '2024-12-15', to: '2025-03-14', label: { vi: 'Quý I năm 2025', en: 'Q1 2025' },
 * };
 * ```
 * @category Report
 */
export interface ReportingPeriod {
  /** The period's length. */
  readonly kind: PeriodKind;
  /** The report year. */
  readonly year: number;
  /** Month, quarter or half number; `null` for nine months and the year. */
  readonly index: number | null;
  /** The cut-off convention. */
  readonly convention: PeriodConvention;
  /** The short code: `'2025-03'`, `'2025-Q1'`, `'2025-H1'`, `'2025-9M'` or `'2025'`. */
  readonly code: string;
  /** The first day of the data window (inclusive). */
  readonly from: CivilDate;
  /** The last day of the data window, the cut-off day (inclusive). */
  readonly to: CivilDate;
  /** The period's name, e.g. `{ vi: 'Quý I năm 2025', en: 'Q1 2025' }`. */
  readonly label: LocalizedName;
}
