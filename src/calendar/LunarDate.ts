/**
 * Types of Vietnamese lunar (âm lịch) dates.
 * @module
 */

/**
 * A date of the Vietnamese lunar calendar (âm lịch), computed for UTC+7.
 * @category Calendar
 */
export interface LunarDate {
  /** The lunar year, numbered as the Gregorian year in which its first month (Tết) begins. */
  readonly year: number;
  /** The month, 1–12 (a leap month repeats the number of the month before it). */
  readonly month: number;
  /** The day of the month, 1–30. */
  readonly day: number;
  /** Whether the month is the leap month (tháng nhuận) of the year. */
  readonly leap: boolean;
}

/**
 * A lunar date given as input: like {@link LunarDate}, with `leap` optional (default `false`).
 * @category Calendar
 */
export interface LunarDateInput {
  /** The lunar year, numbered as the Gregorian year in which its first month (Tết) begins. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–30. */
  readonly day: number;
  /** Whether the month is the leap month (default `false`). */
  readonly leap?: boolean;
}
