/**
 * Options of {@link createCalendar} and the shape of a holiday decision (quyết định / thông báo nghỉ lễ).
 * @module
 */
import type { CalendarEras } from './eras';
import type { CivilDate, HolidayKind, LocalizedName, OfficeHoursInterval } from './WorkCalendar';

/**
 * Whose schedule the calendar follows: `'civil-service'` (cán bộ, công chức, viên chức: statutory
 * days plus the yearly swaps and make-up Saturdays) or `'private'` (statutory days and the Tết and
 * National Day placement only, no swaps, no make-up days).
 * @category Calendar
 */
export type CalendarProfile = 'civil-service' | 'private';

/**
 * A group of statutory days that a yearly decision can settle (replace with its own days):
 * `'newYear'` (1/1), `'tet'` (Tết Âm lịch), `'hungKings'` (10/3 lunar), `'reunification'` (30/4 and
 * 1/5 together), `'nationalDay'` (2/9 and its adjacent day), `'cultureDay'` (24/11, from 2026).
 * @category Calendar
 */
export type HolidayBlock = 'newYear' | 'tet' | 'hungKings' | 'reunification' | 'nationalDay' | 'cultureDay';

/**
 * One day fixed by a decision: a weekday off (`'holiday'`, `'compensatory'`, or `'swap'`, a weekday
 * off exchanged for a worked weekend day) or a weekend day worked (`'makeUpWorkday'`, làm bù).
 * @category Calendar
 */
export interface DecisionDay {
  /** The day, `'YYYY-MM-DD'`: a Monday–Friday for the day-off kinds, a Saturday or Sunday for `'makeUpWorkday'`. */
  readonly date: CivilDate;
  /** What the decision makes of the day. */
  readonly kind: HolidayKind;
  /** The day's name in Vietnamese and English. */
  readonly name: LocalizedName;
  /** `true` when the day rests on an unconfirmed source (e.g. one peer, no notice text read). */
  readonly provisional?: boolean;
}

/**
 * A decision about days off: the yearly notice fixing Tết and National Day, a swap of a weekday for a
 * Saturday, an extra day off. Each is data with its citation; `knownFrom` lets a calendar built
 * `knownAsOf` an earlier date ignore it.
 *
 * @remarks `settles` names the statutory blocks of `year` this decision fixes: the calendar drops its
 * own default days for those blocks (holidays and compensatory days) and uses the decision's days.
 * Days of a decision that settles nothing are added on top of the statutory schedule. When two known
 * decisions settle the same block of the same year, the one known later wins; a decision all of whose
 * blocks are settled again later is ignored. The `'private'` profile ignores `'swap'` and
 * `'makeUpWorkday'` days. A year is `'decided'` when a known decision settles its `'tet'` block.
 * @category Calendar
 */
export interface CalendarDecision {
  /** The document, e.g. `'Thông báo 9441/TB-BNV'`. */
  readonly document: string;
  /** Who issued it, e.g. `'Bộ Nội vụ'` (omitted when the references do not say). */
  readonly issuer?: string;
  /** The date it was signed, `'YYYY-MM-DD'` (omitted when the references do not say). */
  readonly signedOn?: CivilDate;
  /** The date from which it was publicly known, `'YYYY-MM-DD'` (compared with `knownAsOf`). */
  readonly knownFrom: CivilDate;
  /** What it is about, in Vietnamese and English. */
  readonly name: LocalizedName;
  /** The calendar year whose schedule it sets. */
  readonly year: number;
  /** The statutory blocks of `year` whose default days it replaces (none by default). */
  readonly settles?: readonly HolidayBlock[];
  /** The days it fixes (only weekdays off and weekend days worked need listing). */
  readonly days: readonly DecisionDay[];
  /** Free-text provenance: where it was read, confidence, related documents. */
  readonly note?: string;
}

/**
 * Options of {@link createCalendar}. See also {@link CALENDAR_ERA_RULES}.
 * @category Calendar
 */
export interface CalendarOptions {
  /** Whose schedule to follow (default `'civil-service'`). */
  readonly profile?: CalendarProfile;
  /** Extra decisions, applied together with the bundled ones (e.g. next year's notice, a provincial day off). */
  readonly decisions?: readonly CalendarDecision[];
  /** Ignore every decision (bundled or extra) whose `knownFrom` is after this date, `'YYYY-MM-DD'` (default: none ignored). */
  readonly knownAsOf?: CivilDate;
  /** Office hours of a working day, in order (default 07:00–11:30 and 13:30–17:00, 480 minutes). */
  readonly officeHours?: readonly OfficeHoursInterval[];
  /** Whether Ngày Văn hóa Việt Nam (24/11, from 2026) falling on a weekend is compensated on the next working day (default `false`). */
  readonly cultureDayCompensated?: boolean;
  /** Whether to use the bundled civil-service decisions (2010–2026; default `true`). */
  readonly bundledDecisions?: boolean;
  /** Override the first year of era rules (see {@link CALENDAR_ERA_RULES}); default: the documented years. */
  readonly eras?: Partial<CalendarEras>;
}
