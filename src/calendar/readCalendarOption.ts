/**
 * The one check of a `calendar` option: every function that takes one throws the same
 * `ReformRulesError` (code `invalid_calendar`, field `options.calendar`) for anything but a calendar
 * made by `createCalendar`.
 * @internal
 * @module
 */
import { raiseCore as raise } from '../errors/raiseCore';
import type { WorkCalendar } from './WorkCalendar';

/** The methods of a {@link WorkCalendar}: a value lacking one (or without a known `profile`) is not a calendar (the code that takes it may call any, and print the profile). */
const METHODS = ['isWorkingDay', 'nextWorkingDay', 'previousWorkingDay', 'addWorkingDays', 'workingDaysBetween', 'addWorkingTime', 'workingMinutesBetween', 'nextWorkingStart', 'holidays', 'coverage'] as const;

/** @internal Returns `value` as a calendar, or throws `invalid_calendar` naming `field`. */
export function readCalendarOption(value: unknown, field = 'options.calendar'): WorkCalendar {
  const profile = typeof value === 'object' && value !== null ? (value as { profile?: unknown }).profile : undefined;
  if (typeof value !== 'object' || value === null || (profile !== 'civil-service' && profile !== 'private') || METHODS.some((m) => typeof (value as Record<string, unknown>)[m] !== 'function')) {
    return raise('invalid_calendar', { field, received: value });
  }
  return value as WorkCalendar;
}
