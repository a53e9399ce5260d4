import { formatCivilDate } from '../_lib/civilDate';
import type { CalendarIndex } from '../calendar/CalendarIndexShape';
import { calendarIndex } from '../calendar/calendarIndex';
import type { CivilDate, WorkCalendar } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';
import { defaultPolicy } from '../policy/defaultPolicy';
import { parameterAt } from '../policy/parameterAt';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import type { ReportingPeriod } from './types/ReportingPeriod';
import { checkCovered, readPeriod } from './_readPeriod';

/** @internal Reads a calendar argument into its index (throws `invalid_calendar`). */
export function readCalendar(calendar: unknown, field = 'calendar'): CalendarIndex {
  if (typeof calendar !== 'object' || calendar === null || typeof (calendar as WorkCalendar).addWorkingDays !== 'function') {
    return raise('invalid_calendar', { field, received: calendar });
  }
  return calendarIndex(calendar as WorkCalendar);
}

/**
 * The day by which a periodic report must be sent: the policy's `reportSubmissionWorkingDays`
 * (default 2, Khánh Hòa QĐ 01/2023/QĐ-UBND Điều 4: «02 ngày làm việc kể từ ngày chốt số liệu»)
 * working days after the period's cut-off day.
 *
 * @remarks The cut-off day itself is not counted (as for every "N ngày làm việc" deadline); the
 * parameter is read on the cut-off day, so a dated override applies from its date.
 * @param period - The period (its `to` is the cut-off day).
 * @param calendar - The working-time calendar.
 * @param policy - The policy to read `reportSubmissionWorkingDays` from; default {@link defaultPolicy}.
 * @returns The last day to send the report, `'YYYY-MM-DD'`.
 * @throws {@link ReformRulesError} (code `invalid_reporting_period`) When `period` has no valid `from`/`to` window.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `period_outside_calendar`) When the calendar does not cover the period (or the deadline).
 * @example
 * ```ts
 * import { createCalendar, parsePeriod, submissionDeadline } from 'reform-rules';
 * // Q1 2025 is cut off on Friday 14/3/2025: two working days later is Tuesday 18/3.
 * submissionDeadline(parsePeriod('2025-Q1'), createCalendar()); // => '2025-03-18'
 * ```
 * @category Report
 */
export function submissionDeadline(period: ReportingPeriod, calendar: WorkCalendar, policy?: Policy<PolicyParameters>): CivilDate {
  const days = readPeriod(period);
  const index = readCalendar(calendar);
  checkCovered(days, index);
  const n = parameterAt(policy ?? defaultPolicy, 'reportSubmissionWorkingDays', formatCivilDate(days.toDay));
  let due: number;
  try {
    due = index.addWorkingDays(days.toDay, n);
  } catch {
    return raise('period_outside_calendar', {
      field: 'period',
      from: formatCivilDate(days.fromDay),
      to: `${formatCivilDate(days.toDay)} + ${n} working days`,
      calendarFrom: formatCivilDate(index.firstDay),
      calendarTo: formatCivilDate(index.lastDay),
      received: period.code,
    });
  }
  return formatCivilDate(due);
}
