/**
 * The numeric, allocation-free view of a WorkCalendar used on hot paths (dossier clock, reports).
 * Epoch days are days since 1970-01-01 (Vietnam civil days); instants are epoch milliseconds.
 * Get it with `calendarIndex(calendar)` from `./calendarIndex`.
 * @internal
 * @module
 */

/** @internal */
export interface CalendarIndex {
  /** First covered epoch day (inclusive). */
  readonly firstDay: number;
  /** Last covered epoch day (inclusive). */
  readonly lastDay: number;
  /** Working minutes per working day. */
  readonly minutesPerDay: number;
  /** Office-hour intervals as [startMinute, endMinute) pairs after midnight, in order. */
  readonly intervals: readonly (readonly [number, number])[];
  /** Whether the epoch day is covered by the calendar. */
  covers(day: number): boolean;
  /** Whether the epoch day is a working day. Throws `calendar_out_of_range` when not covered. */
  isWorkingDay(day: number): boolean;
  /** addWorkingDays on epoch days. */
  addWorkingDays(day: number, n: number): number;
  /** workingDaysBetween on epoch days. */
  workingDaysBetween(from: number, to: number): number;
  /** addWorkingTime on epoch milliseconds. */
  addWorkingMinutes(ms: number, minutes: number): number;
  /** workingMinutesBetween on epoch milliseconds (fractional when seconds are involved). */
  workingMinutesBetween(a: number, b: number): number;
  /** nextWorkingStart on epoch milliseconds. */
  nextWorkingStart(ms: number): number;
  /** The instant (epoch ms) at which office hours close on an epoch day. */
  closeOfDay(day: number): number;
  /**
   * The raw tables, read-only by contract (batch functions loop over them): `flags[i]` = 1 when day
   * `firstDay + i` is worked; `prefix[i]` = working days among offsets [0, i); `working[j]` = offset of
   * the j-th working day.
   */
  readonly tables: { readonly flags: Uint8Array; readonly prefix: Int32Array; readonly working: Int32Array };
}
