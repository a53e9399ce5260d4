import { daysInMonth, pad } from '../_lib/civilDate';
import type { CivilDate } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';

/**
 * A calendar period of evaluation: a month, a quarter or a year (Nghị định 335/2025 evaluates by
 * month or quarter and builds the year from them).
 * @example
 * ```ts
 * import { evaluationPeriod } from 'reform-rules';
 * evaluationPeriod('2026-Q2'); // => { kind: 'quarter', label: '2026-Q2', year: 2026, from: '2026-04-01', to: '2026-06-30' }
 * ```
 * @category Evaluation
 */
export interface EvaluationPeriod {
  /** `'month'`, `'quarter'` or `'year'`. */
  readonly kind: 'month' | 'quarter' | 'year';
  /** The label as given: `'2026-03'`, `'2026-Q1'` or `'2026'`. */
  readonly label: string;
  /** The year. */
  readonly year: number;
  /** The first day. */
  readonly from: CivilDate;
  /** The last day: the regime in force on it applies. */
  readonly to: CivilDate;
}

/**
 * Reads an evaluation period: `'2026'` (year), `'2026-Q1'` (quarter) or `'2026-03'` (month), as
 * calendar periods (not the reporting cut-off windows of Nghị định 09/2019).
 *
 * @param label - The period.
 * @returns The period with its first and last day.
 * @throws {@link ReformRulesError} (code `invalid_evaluation_period`) When the label is not one of the three forms.
 * @example
 * ```ts
 * import { evaluationPeriod } from 'reform-rules';
 * evaluationPeriod('2026').to; // => '2026-12-31'
 * evaluationPeriod('2026-02').to; // => '2026-02-28'
 * ```
 * @category Evaluation
 */
export function evaluationPeriod(label: string): EvaluationPeriod {
  const m = typeof label === 'string' ? /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(label) : null;
  if (m === null) raise('invalid_evaluation_period', { field: 'period', received: label });
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const q = Number(m[2]);
    const last = q * 3;
    return { kind: 'quarter', label, year, from: `${year}-${pad(last - 2, 2)}-01`, to: `${year}-${pad(last, 2)}-${pad(daysInMonth(year, last), 2)}` };
  }
  if (m[3] !== undefined) {
    const month = Number(m[3]);
    return { kind: 'month', label, year, from: `${year}-${m[3]}-01` as CivilDate, to: `${year}-${m[3]}-${pad(daysInMonth(year, month), 2)}` as CivilDate };
  }
  return { kind: 'year', label, year, from: `${year}-01-01`, to: `${year}-12-31` };
}
