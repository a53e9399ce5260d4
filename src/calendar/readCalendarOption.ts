/**
 * The one check of a `calendar` option: every function that takes one throws the same
 * `ReformRulesError` (code `invalid_calendar`, field `options.calendar`) for anything but a calendar
 * made by `createCalendar`.
 * @internal
 * @module
 */
import { raiseCore as raise } from '../errors/raiseCore';
import type { WorkCalendar } from './WorkCalendar';

/** @internal Returns `value` as a calendar, or throws `invalid_calendar` naming `field`. */
export function readCalendarOption(value: unknown, field = 'options.calendar'): WorkCalendar {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as Partial<WorkCalendar>).addWorkingDays !== 'function' ||
    typeof (value as Partial<WorkCalendar>).isWorkingDay !== 'function'
  ) {
    return raise('invalid_calendar', { field, received: value });
  }
  return value as WorkCalendar;
}
