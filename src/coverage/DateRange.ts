import { parseCivilDate } from '../_lib/civilDate';
import type { CivilDate } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';

/**
 * A reporting period: the civil days (Vietnam time, +07:00) from `from` to `to`, both included,
 * e.g. the first quarter `{ from: '2025-01-01', to: '2025-03-31' }` or the data cut-off quarter
 * `{ from: '2024-12-15', to: '2025-03-14' }`.
 *
 * @example
 * ```ts
 * import type { DateRange } from 'reform-rules';
 * const q1: DateRange = { from: '2025-01-01', to: '2025-03-31' };
 * ```
 * @category Coverage
 */
export interface DateRange {
  /** The first day of the period, `'YYYY-MM-DD'` (included). */
  readonly from: CivilDate;
  /** The last day of the period, `'YYYY-MM-DD'` (included). */
  readonly to: CivilDate;
}

/** @internal A checked period as epoch days (both included). */
export interface DayRange {
  /** The first epoch day. */
  readonly first: number;
  /** The last epoch day. */
  readonly last: number;
}

/**
 * @internal Checks a period and returns its epoch days.
 * @throws ReformRulesError `invalid_type`, `invalid_date` or `invalid_period`.
 */
export function checkPeriod(period: unknown, field = 'period'): DayRange {
  if (typeof period !== 'object' || period === null) {
    raise('invalid_type', { field, expected: "a period { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }", received: period });
  }
  const { from, to } = period as { from?: unknown; to?: unknown };
  const first = parseCivilDate(from);
  if (first === undefined) raise('invalid_date', { field: `${field}.from`, received: from });
  const last = parseCivilDate(to);
  if (last === undefined) raise('invalid_date', { field: `${field}.to`, received: to });
  if (first > last) raise('invalid_period', { field, received: from, to });
  return { first, last };
}

/** @internal Checks a civil date argument and returns its epoch day. */
export function checkDate(value: unknown, field: string): number {
  const day = parseCivilDate(value);
  if (day === undefined) raise('invalid_date', { field, received: value });
  return day;
}

/** @internal Whether an epoch day lies in the range. */
export function inRange(day: number, range: DayRange): boolean {
  return day >= range.first && day <= range.last;
}
