/**
 * The calendar area: Vietnamese lunar dates, holidays, yearly decisions and working-time arithmetic.
 * @module
 */
export { createCalendar } from './createCalendar';
export { toLunar } from './toLunar';
export { fromLunar } from './fromLunar';
export { lunarNewYear } from './lunarNewYear';
export type { LunarDate, LunarDateInput } from './LunarDate';
export type { CalendarDecision, CalendarOptions, CalendarProfile, DecisionDay, HolidayBlock } from './CalendarOptions';
export type {
  CalendarRange,
  CivilDate,
  HolidayEntry,
  HolidayKind,
  Instant,
  LocalizedName,
  OfficeHoursInterval,
  WorkCalendar,
} from './WorkCalendar';
export { CALENDAR_ERA_RULES } from './eras';
export type { CalendarConfidence, CalendarEraRule, CalendarEras } from './eras';
export { dayNumber, fromDayNumber } from './dayNumber';
export { addWorkingDaysMany, workingDaysBetweenMany } from './batch';
