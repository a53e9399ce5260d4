/**
 * The calendar as a PostgreSQL script: the table `rr_calendar_day` and the functions
 * `rr_add_working_days` and `rr_working_days_between` with the library's semantics.
 * @module
 */
import { optionalObjectArg } from '../../errors/args';
import { raiseCore as raise } from '../../errors/raiseCore';
import type { WorkCalendar } from '../WorkCalendar';
import { calendarDays, type CalendarExportRange } from './days';

/** Options of {@link exportCalendarSql}. @category Calendar */
export interface SqlExportOptions {
  /** The schema to create the table and functions in (default `'public'`); a plain identifier. */
  readonly schema?: string;
}

const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** @internal The function definitions (PostgreSQL, plpgsql) for a quoted schema. */
export function sqlFunctions(q: string): string {
  return `CREATE OR REPLACE FUNCTION ${q}.rr_add_working_days(day date, n integer) RETURNS date
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
s ${q}.rr_calendar_day%ROWTYPE;
target integer;
result date;
BEGIN
SELECT * INTO s FROM ${q}.rr_calendar_day c WHERE c.day = $1;
IF NOT FOUND THEN RAISE EXCEPTION 'calendar_out_of_range: %', $1; END IF;
IF $2 = 0 THEN RETURN $1; END IF;
IF $2 > 0 THEN
target := s.working_ordinal + $2;
ELSE
target := s.working_ordinal - (CASE WHEN s.is_working THEN 1 ELSE 0 END) + $2 + 1;
END IF;
SELECT c.day INTO result FROM ${q}.rr_calendar_day c WHERE c.is_working AND c.working_ordinal = target;
IF result IS NULL THEN RAISE EXCEPTION 'calendar_out_of_range: % + %', $1, $2; END IF;
RETURN result;
END
$fn$;
CREATE OR REPLACE FUNCTION ${q}.rr_working_days_between(a date, b date) RETURNS integer
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
x ${q}.rr_calendar_day%ROWTYPE;
y ${q}.rr_calendar_day%ROWTYPE;
BEGIN
SELECT * INTO x FROM ${q}.rr_calendar_day c WHERE c.day = $1;
IF NOT FOUND THEN RAISE EXCEPTION 'calendar_out_of_range: %', $1; END IF;
SELECT * INTO y FROM ${q}.rr_calendar_day c WHERE c.day = $2;
IF NOT FOUND THEN RAISE EXCEPTION 'calendar_out_of_range: %', $2; END IF;
IF $2 >= $1 THEN RETURN y.working_ordinal - x.working_ordinal; END IF;
RETURN (y.working_ordinal - (CASE WHEN y.is_working THEN 1 ELSE 0 END)) - (x.working_ordinal - (CASE WHEN x.is_working THEN 1 ELSE 0 END));
END
$fn$;
`;
}

/**
 * The calendar as a PostgreSQL script: `CREATE SCHEMA IF NOT EXISTS`, the table
 * `rr_calendar_day(day, is_working, working_ordinal, kind, name_vi, name_en, basis, provisional)` filled
 * with one row per day, an index, and the functions `rr_add_working_days(day date, n integer) returns
 * date` and `rr_working_days_between(a date, b date) returns integer` with exactly the semantics of
 * `addWorkingDays` and `workingDaysBetween` (start day not counted; `n = 0` returns the day; a result
 * outside the exported range raises `calendar_out_of_range`). Running it again replaces the table.
 * @param calendar - The calendar.
 * @param range - Years or days.
 * @param options - The schema.
 * @returns The SQL text.
 * @throws {@link ReformRulesError} (code `invalid_date`, `not_integer`, `calendar_out_of_range`, `invalid_enum`) When the range is malformed or the schema is not a plain identifier.
 * @example
 * ```ts
 * import { createCalendar, exportCalendarSql } from 'reform-rules';
 * const sql = exportCalendarSql(createCalendar(), { from: 2010, to: 2030 }, { schema: 'hr' });
 * ```
 * @category Calendar
 */
export function exportCalendarSql(calendar: WorkCalendar, range: CalendarExportRange, options: SqlExportOptions = {}): string {
  optionalObjectArg(options, 'options');
  const schema = options.schema ?? 'public';
  if (typeof schema !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    raise('invalid_enum', { field: 'schema', expected: 'a lower-case identifier (a-z, 0-9, _)', received: schema });
  }
  const q = `"${schema}"`;
  const rows = calendarDays(calendar, range);
  const out: string[] = [
    `-- reform-rules working calendar ${rows[0]?.day ?? ''}..${rows[rows.length - 1]?.day ?? ''} (${calendar.profile}); generated, do not edit.`,
    'BEGIN;',
    `CREATE SCHEMA IF NOT EXISTS ${q};`,
    `DROP TABLE IF EXISTS ${q}.rr_calendar_day CASCADE;`,
    `CREATE TABLE ${q}.rr_calendar_day (
  day date PRIMARY KEY,
  is_working boolean NOT NULL,
  working_ordinal integer NOT NULL,
  kind text NOT NULL,
  name_vi text NOT NULL,
  name_en text NOT NULL,
  basis text NOT NULL,
  provisional boolean NOT NULL
);`,
  ];
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map(
      (r) => `(${literal(r.day)},${r.isWorking},${r.workingOrdinal},${literal(r.kind)},${literal(r.nameVi)},${literal(r.nameEn)},${literal(r.basis)},${r.provisional})`,
    );
    out.push(`INSERT INTO ${q}.rr_calendar_day (day, is_working, working_ordinal, kind, name_vi, name_en, basis, provisional) VALUES\n${values.join(',\n')};`);
  }
  out.push(`CREATE INDEX ON ${q}.rr_calendar_day (working_ordinal) WHERE is_working;`, sqlFunctions(q), 'COMMIT;');
  return `${out.join('\n')}\n`;
}
