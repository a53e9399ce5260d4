/**
 * Batch working-day arithmetic over typed arrays of day numbers (see {@link dayNumber}): millions of
 * deadlines per second, no string parsing, no allocation beyond the result.
 * @module
 */
import { formatCivilDate } from '../_lib/civilDate';
import { raiseCore as raise } from '../errors/raiseCore';
import { calendarIndex } from './calendarIndex';
import type { WorkCalendar } from './WorkCalendar';

function outOfRange(field: string, received: unknown, first: number, last: number): never {
  return raise('calendar_out_of_range', { field, received, from: formatCivilDate(first), to: formatCivilDate(last) });
}

function output(out: Int32Array | undefined, length: number, field: string): Int32Array {
  if (out === undefined) return new Int32Array(length);
  if (!(out instanceof Int32Array) || out.length < length) {
    return raise('invalid_type', { field, expected: `an Int32Array of length >= ${length}`, received: out });
  }
  return out;
}

function checkArray(value: unknown, field: string): Int32Array {
  if (!(value instanceof Int32Array)) return raise('invalid_type', { field, expected: 'an Int32Array of day numbers', received: value });
  return value;
}

/**
 * `calendar.addWorkingDays` for many days at once: `out[i]` = the `n[i]`-th working day after
 * `days[i]` (before it when negative, the day itself when 0), all as day numbers.
 * @param calendar - The calendar.
 * @param days - Start days, as day numbers ({@link dayNumber}).
 * @param n - Working days to add: one number for all, or one per day (same length as `days`).
 * @param out - Optional result array to fill (length >= `days.length`); a new one otherwise.
 * @returns The result day numbers.
 * @throws {@link ReformRulesError} (code `calendar_out_of_range`, `invalid_type`, `not_integer`) When a day
 * or result is outside the calendar (the field names the index, e.g. `days[3]`), or an argument is not
 * an Int32Array.
 * @example
 * ```ts
 * import { addWorkingDaysMany, createCalendar, dayNumber, fromDayNumber } from 'reform-rules';
 * const calendar = createCalendar();
 * const due = addWorkingDaysMany(calendar, Int32Array.of(dayNumber('2025-01-24')), 1);
 * fromDayNumber(due[0]!); // => '2025-02-03'
 * ```
 * @category Calendar
 */
export function addWorkingDaysMany(calendar: WorkCalendar, days: Int32Array, n: Int32Array | number, out?: Int32Array): Int32Array {
  const d = checkArray(days, 'days');
  const index = calendarIndex(calendar);
  const { firstDay, lastDay } = index;
  const { prefix, working } = index.tables;
  const count = working.length;
  const len = d.length;
  const result = output(out, len, 'out');
  const single = typeof n === 'number';
  if (single && !Number.isInteger(n)) return raise('not_integer', { field: 'n', received: n });
  const steps = single ? undefined : checkArray(n, 'n');
  if (steps !== undefined && steps.length !== len) {
    return raise('invalid_type', { field: 'n', expected: `an Int32Array of length ${len} or one integer`, received: n });
  }
  const last = lastDay - firstDay;
  for (let i = 0; i < len; i += 1) {
    const offset = (d[i] as number) - firstDay;
    if (offset < 0 || offset > last) outOfRange(`days[${i}]`, d[i], firstDay, lastDay);
    const k = steps === undefined ? (n as number) : (steps[i] as number);
    const j = k > 0 ? (prefix[offset + 1] as number) + k - 1 : (prefix[offset] as number) + k;
    if (k === 0) result[i] = offset + firstDay;
    else if (j < 0 || j >= count) outOfRange(single ? 'n' : `n[${i}]`, k, firstDay, lastDay);
    else result[i] = (working[j] as number) + firstDay;
  }
  return result;
}

/**
 * `calendar.workingDaysBetween` for many pairs at once: `out[i]` = the working days stepped onto
 * from `from[i]` to `to[i]` (start excluded, end included; negative backwards).
 * @param calendar - The calendar.
 * @param from - Start days, as day numbers.
 * @param to - End days, as day numbers (same length).
 * @param out - Optional result array to fill (length >= `from.length`).
 * @returns The counts.
 * @throws {@link ReformRulesError} (code `calendar_out_of_range`, `invalid_type`) When a day is outside the
 * calendar (the field names it, e.g. `to[2]`), or the arrays are not Int32Arrays of the same length.
 * @example
 * ```ts
 * const counts = workingDaysBetweenMany(calendar, Int32Array.of(dayNumber('2025-01-24')), Int32Array.of(dayNumber('2025-02-03')));
 * counts[0]; // => 1
 * ```
 * @category Calendar
 */
export function workingDaysBetweenMany(calendar: WorkCalendar, from: Int32Array, to: Int32Array, out?: Int32Array): Int32Array {
  const a = checkArray(from, 'from');
  const b = checkArray(to, 'to');
  const len = a.length;
  if (b.length !== len) return raise('invalid_type', { field: 'to', expected: `an Int32Array of length ${len}`, received: to });
  const index = calendarIndex(calendar);
  const { firstDay, lastDay } = index;
  const { prefix } = index.tables;
  const result = output(out, len, 'out');
  for (let i = 0; i < len; i += 1) {
    const x = (a[i] as number) - firstDay;
    const y = (b[i] as number) - firstDay;
    if (x < 0 || x > lastDay - firstDay) outOfRange(`from[${i}]`, a[i], firstDay, lastDay);
    if (y < 0 || y > lastDay - firstDay) outOfRange(`to[${i}]`, b[i], firstDay, lastDay);
    result[i] = y >= x ? (prefix[y + 1] as number) - (prefix[x + 1] as number) : (prefix[y] as number) - (prefix[x] as number);
  }
  return result;
}
