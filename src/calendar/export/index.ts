/**
 * Exports of the working calendar (CSV, JSON, ICS, PostgreSQL) and their import. Separate from
 * `createCalendar` so that a calendar-only import stays small.
 * @module
 */
export { calendarDays } from './days';
export type { CalendarDayKind, CalendarDayRow, CalendarExportRange } from './days';
export { calendarOptionsFromDays, exportCalendarCsv, exportCalendarJson, parseCalendarExport } from './table';
export { exportCalendarIcs } from './ics';
export type { IcsExportOptions } from './ics';
export { exportCalendarSql } from './sql';
export type { SqlExportOptions } from './sql';
