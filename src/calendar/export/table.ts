/**
 * CSV and JSON exports of the calendar (one row per day) and their import back into calendar options.
 * @module
 */
import { dayOfWeek } from '../../_lib/civilDate';
import { optionalObjectArg, requireArrayArg } from '../../errors/args';
import { raiseCore as raise } from '../../errors/raiseCore';
import type { CalendarDecision, CalendarOptions, DecisionDay, HolidayBlock } from '../CalendarOptions';
import { dayNumber } from '../dayNumber';
import type { CivilDate, HolidayKind, WorkCalendar } from '../WorkCalendar';
import { calendarDays, type CalendarDayKind, type CalendarDayRow, type CalendarExportRange } from './days';

/** @internal The CSV / SQL column names, in order. */
export const CALENDAR_COLUMNS = [
  'day', 'is_working', 'working_ordinal', 'kind', 'name_vi', 'name_en', 'basis', 'provisional', 'office_minutes_prefix',
] as const;

const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The calendar as CSV (RFC 4180, header row, LF line ends, UTF-8): one row per day with the
 * columns `day, is_working, working_ordinal, kind, name_vi, name_en, basis, provisional,
 * office_minutes_prefix` (booleans as `true`/`false`). Loads as-is into PostgreSQL, DuckDB and Spark.
 * @param calendar - The calendar.
 * @param range - Years or days.
 * @returns The CSV text.
 * @throws {@link ReformRulesError} (code `invalid_date`, `not_integer`, `calendar_out_of_range`) When the range is malformed.
 * @example
 * ```ts
 * import { createCalendar, exportCalendarCsv } from 'reform-rules';
 * exportCalendarCsv(createCalendar(), { from: 2025, to: 2025 }).split('\n')[0]; // => 'day,is_working,working_ordinal,…'
 * ```
 * @category Calendar
 */
export function exportCalendarCsv(calendar: WorkCalendar, range: CalendarExportRange): string {
  const lines = [CALENDAR_COLUMNS.join(',')];
  for (const r of calendarDays(calendar, range)) {
    lines.push(
      [r.day, String(r.isWorking), String(r.workingOrdinal), r.kind, csvField(r.nameVi), csvField(r.nameEn), csvField(r.basis), String(r.provisional), String(r.officeMinutesPrefix)].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The calendar as JSON: an array of {@link CalendarDayRow}, one per day.
 * @param calendar - The calendar.
 * @param range - Years or days.
 * @returns The JSON text.
 * @throws {@link ReformRulesError} (code `invalid_date`, `not_integer`, `calendar_out_of_range`) When the range is malformed.
 * @example
 * ```ts
 * JSON.parse(exportCalendarJson(createCalendar(), { from: 2025, to: 2025 })).length; // => 365
 * ```
 * @category Calendar
 */
export function exportCalendarJson(calendar: WorkCalendar, range: CalendarExportRange): string {
  return `${JSON.stringify(calendarDays(calendar, range), null, 1)}\n`;
}

/** Parses RFC 4180 CSV with a header row into records (quoted fields, doubled quotes, CRLF or LF). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return raise('invalid_type', { field: 'text', expected: 'a JSON array of day rows', received: text });
  }
}

function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.length > 1 || row[0] !== '') records.push(row);
      (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) records.push([...row, field]);
  const [header, ...body] = records;
  if (header === undefined) return [];
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

const KINDS: readonly CalendarDayKind[] = ['working', 'weekend', 'holiday', 'compensatory', 'swap', 'makeUpWorkday'];
const ALL_BLOCKS: readonly HolidayBlock[] = ['newYear', 'tet', 'hungKings', 'reunification', 'nationalDay', 'cultureDay'];

function bool(v: unknown, field: string): boolean {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return raise('invalid_type', { field, expected: 'true or false', received: v });
}

/** Reads one imported row (from CSV strings or JSON values) into a checked row. */
function readRow(raw: Record<string, unknown>, i: number, csv: boolean): CalendarDayRow {
  const f = (name: string): string => `rows[${i}].${name}`;
  const pick = (csvName: string, jsonName: string): unknown => raw[csv ? csvName : jsonName];
  const day = pick('day', 'day');
  dayNumber(typeof day === 'string' ? (day as CivilDate) : (raise('invalid_date', { field: f('day'), received: day }) as CivilDate));
  const kind = pick('kind', 'kind') as CalendarDayKind;
  if (!KINDS.includes(kind)) raise('invalid_enum', { field: f('kind'), expected: KINDS.join(', '), received: kind });
  const text = (csvName: string, jsonName: string): string => {
    const v = pick(csvName, jsonName) ?? '';
    return typeof v === 'string' ? v : raise('invalid_type', { field: f(jsonName), expected: 'a string', received: v });
  };
  const num = (csvName: string, jsonName: string): number => {
    const v = pick(csvName, jsonName);
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) ? n : raise('not_integer', { field: f(jsonName), received: v });
  };
  return {
    day: day as CivilDate,
    isWorking: bool(pick('is_working', 'isWorking'), f('isWorking')),
    kind,
    nameVi: text('name_vi', 'nameVi'),
    nameEn: text('name_en', 'nameEn'),
    basis: text('basis', 'basis'),
    provisional: bool(pick('provisional', 'provisional'), f('provisional')),
    workingOrdinal: num('working_ordinal', 'workingOrdinal'),
    officeMinutesPrefix: num('office_minutes_prefix', 'officeMinutesPrefix'),
  };
}

/**
 * Reads a CSV or JSON export back into rows (checked: every field named on error).
 * @param text - The text of {@link exportCalendarCsv} or {@link exportCalendarJson}.
 * @param format - `'csv'` or `'json'`.
 * @returns The rows.
 * @throws {@link ReformRulesError} (code `invalid_date`, `invalid_enum`, `invalid_type`, `not_integer`) When a row is malformed; the field names the row.
 * @example
 * ```ts
 * const rows = parseCalendarExport(exportCalendarCsv(calendar, { from: 2025, to: 2025 }), 'csv');
 * ```
 * @category Calendar
 */
export function parseCalendarExport(text: string, format: 'csv' | 'json'): CalendarDayRow[] {
  if (typeof text !== 'string') return raise('invalid_type', { field: 'text', expected: 'a string', received: typeof text });
  if (format !== 'csv' && format !== 'json') return raise('invalid_enum', { field: 'format', expected: "'csv', 'json'", received: format });
  const raw: unknown = format === 'csv' ? parseCsv(text) : parseJson(text);
  if (!Array.isArray(raw)) return raise('invalid_type', { field: 'text', expected: 'an array of day rows', received: typeof raw });
  return raw.map((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) return raise('invalid_type', { field: `rows[${i}]`, expected: 'a day row', received: r });
    return readRow(r as Record<string, unknown>, i, format === 'csv');
  });
}

/**
 * Calendar options that reproduce exported rows exactly: one decision per year settling every
 * statutory block, listing each weekday off and each weekend day worked, with the bundled decisions
 * off. `createCalendar(calendarOptionsFromDays(rows))` then answers like the exported calendar on
 * every day of the rows' years (whole years should be exported; outside them the statutory rules apply).
 * @param rows - Rows from {@link parseCalendarExport} or {@link calendarDays}.
 * @param base - Other options to keep (office hours, say); `decisions` and `bundledDecisions` are set here.
 * @returns The options.
 * @throws {@link ReformRulesError} (code `invalid_decision_day`) When a row's flag contradicts its weekday (a worked weekend day must be a `makeUpWorkday`).
 * @example
 * ```ts
 * const again = createCalendar(calendarOptionsFromDays(parseCalendarExport(csv, 'csv')));
 * ```
 * @category Calendar
 */
export function calendarOptionsFromDays(rows: readonly CalendarDayRow[], base: CalendarOptions = {}): CalendarOptions {
  requireArrayArg(rows, 'rows', 'an array of day rows');
  optionalObjectArg(base, 'base', 'calendar options or nothing');
  const checked: CalendarDayRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r: unknown = rows[i];
    if (typeof r !== 'object' || r === null) return raise('invalid_type', { field: `rows[${i}]`, expected: 'a day row', received: r });
    checked.push(readRow(r as Record<string, unknown>, i, false));
  }
  return optionsFromRows(checked, base);
}

function optionsFromRows(rows: readonly CalendarDayRow[], base: CalendarOptions): CalendarOptions {
  const byYear = new Map<number, DecisionDay[]>();
  for (const r of rows) {
    const dow = dayOfWeek(dayNumber(r.day));
    const weekend = dow === 0 || dow === 6;
    if (r.isWorking === !weekend) continue; // a plain day
    const kind: HolidayKind = weekend ? 'makeUpWorkday' : r.kind === 'working' || r.kind === 'weekend' || r.kind === 'makeUpWorkday' ? 'holiday' : r.kind;
    const name = { vi: r.nameVi === '' ? 'Ngày nghỉ' : r.nameVi, en: r.nameEn === '' ? 'Day off' : r.nameEn };
    const year = Number(r.day.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push(r.provisional ? { date: r.day, kind, name, provisional: true } : { date: r.day, kind, name });
    byYear.set(year, list);
  }
  const years = new Set(rows.map((r) => Number(r.day.slice(0, 4))));
  const decisions: CalendarDecision[] = [...years].sort((a, b) => a - b).map((year) => ({
    document: `Imported calendar ${year}`,
    knownFrom: `${String(year - 1).padStart(4, '0')}-01-01` as CivilDate,
    name: { vi: `Lịch làm việc năm ${year} (nhập từ tệp)`, en: `Working calendar ${year} (imported)` },
    year,
    settles: ALL_BLOCKS,
    days: byYear.get(year) ?? [],
  }));
  return { ...base, profile: 'civil-service', bundledDecisions: false, decisions };
}
