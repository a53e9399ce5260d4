/**
 * Reads a period argument (from `reportingPeriod`, `parsePeriod` or built by hand with any
 * inclusive `from`/`to` window) and checks it against a calendar.
 * @internal
 * @module
 */
import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import type { CalendarIndex } from '../calendar/CalendarIndexShape';
import { raise } from '../errors/ReformRulesError';
import type { ReportingPeriod } from './types/ReportingPeriod';

/** @internal A period's window as epoch days. */
export interface PeriodDays {
  readonly fromDay: number;
  readonly toDay: number;
}

/** @internal Checks the shape of a period and returns its window as epoch days. */
export function readPeriod(period: unknown, field = 'period'): PeriodDays {
  if (typeof period !== 'object' || period === null) {
    return raise('invalid_reporting_period', { field, detail: 'not an object', received: period });
  }
  const p = period as Partial<ReportingPeriod>;
  const fromDay = parseCivilDate(p.from);
  const toDay = parseCivilDate(p.to);
  if (fromDay === undefined) return raise('invalid_reporting_period', { field, detail: "'from' is not a date 'YYYY-MM-DD'", received: p.from });
  if (toDay === undefined) return raise('invalid_reporting_period', { field, detail: "'to' is not a date 'YYYY-MM-DD'", received: p.to });
  if (toDay < fromDay) return raise('invalid_reporting_period', { field, detail: "'to' is before 'from'", received: `${p.from}..${p.to}` });
  return { fromDay, toDay };
}

/** @internal Throws `period_outside_calendar` unless the calendar covers every day of [fromDay, toDay]. */
export function checkCovered(days: PeriodDays, index: CalendarIndex, field = 'period'): void {
  if (!index.covers(days.fromDay) || !index.covers(days.toDay)) {
    raise('period_outside_calendar', {
      field,
      from: formatCivilDate(days.fromDay),
      to: formatCivilDate(days.toDay),
      calendarFrom: formatCivilDate(index.firstDay),
      calendarTo: formatCivilDate(index.lastDay),
      received: `${formatCivilDate(days.fromDay)}..${formatCivilDate(days.toDay)}`,
    });
  }
}
