/**
 * `reform-rules/calendar`: the Vietnamese working calendar alone (lunar dates, holidays, working time); no schema library is loaded with it.
 * @module
 */

// Errors
export { ReformRulesError } from '../errors/ReformRulesErrorClass';
export type { ReformRulesErrorOptions } from '../errors/ReformRulesErrorClass';
export type { Failure, Issue, IssuePath, Result, Success } from '../errors/Issue';
export type { IssueCode, Locale } from '../errors/messages/index';
export { DEFAULT_LOCALE } from '../errors/locale'; // one default locale (issue 11)

// Calendar: lunar dates, holidays, working time
export { createCalendar, fromLunar, lunarNewYear, toLunar } from '../calendar/index';
export type {
  CalendarDecision,
  CalendarOptions,
  CalendarProfile,
  DecisionDay,
  HolidayBlock,
  LunarDate,
  LunarDateInput,
} from '../calendar/index';
export type {
  CalendarRange,
  CivilDate,
  HolidayEntry,
  HolidayKind,
  Instant,
  LocalizedName,
  OfficeHoursInterval,
  WorkCalendar,
} from '../calendar/WorkCalendar';

// Dates and instants at the boundary: checked constructors and guards for values read from data (issue 11)
export { civilDate, instant, isCivilDate, isInstant } from '../_lib/dateGuards';


// Calendar history, day numbers, batch arithmetic and exports (issue 16)
export { CALENDAR_ERA_RULES, addWorkingDaysMany, dayNumber, fromDayNumber, workingDaysBetweenMany } from '../calendar/index';
export type { CalendarConfidence, CalendarEraRule, CalendarEras } from '../calendar/index';
export {
  calendarDays,
  calendarOptionsFromDays,
  exportCalendarCsv,
  exportCalendarIcs,
  exportCalendarJson,
  exportCalendarSql,
  parseCalendarExport,
} from '../calendar/export/index';
export type { CalendarDayKind, CalendarDayRow, CalendarExportRange, IcsExportOptions, SqlExportOptions } from '../calendar/export/index';
