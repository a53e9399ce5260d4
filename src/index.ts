/**
 * reform-rules: Vietnamese administrative-reform rules as typed, deterministic, explainable code.
 *
 * The only public entry point; every export is named here explicitly.
 * @packageDocumentation
 */

// Errors
export { ReformRulesError } from './errors/ReformRulesError';
export type { ReformRulesErrorOptions } from './errors/ReformRulesError';
export type { Issue, IssuePath, Result } from './errors/Issue';
export type { IssueCode, Locale } from './errors/messages/index';

// Metrics
export { ratio, ratioValue, compareRatio } from './metrics/ratio';
export type { Ratio } from './metrics/ratio';

// Calendar (contract)
export type {
  CivilDate,
  HolidayEntry,
  HolidayKind,
  Instant,
  LocalizedName,
  OfficeHoursInterval,
  WorkCalendar,
} from './calendar/WorkCalendar';
