/**
 * Month arithmetic on civil dates for recurring tasks.
 * @internal
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth } from '../_lib/civilDate';
import type { TaskRecurrence } from '../model/planTask';

/** @internal Months between two occurrences of a recurrence. */
export const RECURRENCE_MONTHS: Readonly<Record<TaskRecurrence, number>> = { quarterly: 3, semiannual: 6, annual: 12 };

/**
 * @internal The epoch day `months` months after `epochDay`, keeping its day of month, or the
 * month's last day when the month is shorter (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(epochDay: number, months: number): number {
  const { year, month, day } = civilFromDays(epochDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}
