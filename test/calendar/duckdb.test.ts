/**
 * The DuckDB recipe of docs/calendar.md on a real (in-memory) DuckDB: the CSV export of 2010–2030
 * written to a temp file, the recipe's SQL block taken from the docs as written (only the file name
 * replaced), and rr_add_working_days / rr_working_days_between compared with the library on
 * thousands of random pairs. The Spark SQL recipe is documented but not tested (no Spark here).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import type { CivilDate } from '../../src/_lib/dateTypes';
import { createCalendar } from '../../src/calendar/createCalendar';
import { exportCalendarCsv } from '../../src/calendar/export/table';

/** The ```sql block of docs/calendar.md that starts with `-- DuckDB`. */
function duckdbRecipe(): string {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'calendar.md'), 'utf8');
  const block = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] as string).find((b) => b.startsWith('-- DuckDB'));
  if (block === undefined) throw new Error('docs/calendar.md has no ```sql block starting with "-- DuckDB"');
  return block;
}

/** `(DATE 'a', n), …` for a VALUES list (the values are generated dates and integers, nothing else). */
const values = (rows: readonly (readonly [string, number | string])[]): string =>
  rows.map(([a, b], i) => `(${i}, DATE '${a}', ${typeof b === 'number' ? String(b) : `DATE '${b}'`})`).join(', ');

describe('DuckDB recipe (docs/calendar.md) on the CSV export', () => {
  const calendar = createCalendar();
  let dir: string | undefined;
  let instance: DuckDBInstance | undefined;
  let db: DuckDBConnection | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-duckdb-'));
    const csvPath = join(dir, 'calendar.csv');
    writeFileSync(csvPath, exportCalendarCsv(calendar, { from: 2010, to: 2030 }));
    const recipe = duckdbRecipe();
    expect(recipe).toContain("'calendar.csv'");
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
    await db.run(recipe.replaceAll("'calendar.csv'", `'${csvPath.replaceAll("'", "''")}'`));
  }, 120_000);

  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  // Far enough inside 2010–2030 that 40 working days never leave the exported table.
  const day = fc.integer({ min: daysFromCivil(2010, 5, 1), max: daysFromCivil(2030, 10, 15) }).map(formatCivilDate);

  it('loads one row per day of 2010–2030 with the library ordinals', async () => {
    const r = await (db as DuckDBConnection).runAndReadAll(
      "SELECT count(*)::INTEGER AS n, max(working_ordinal)::INTEGER AS o FROM rr_calendar_day WHERE day <= DATE '2030-12-31'",
    );
    const [row] = r.getRowObjectsJS();
    expect(row?.['n']).toBe(daysFromCivil(2030, 12, 31) - daysFromCivil(2010, 1, 1) + 1);
    const last = exportCalendarCsv(calendar, { from: 2030, to: 2030 }).trim().split('\n').at(-1)?.split(',')[2];
    expect(String(row?.['o'])).toBe(last);
  });

  it('rr_add_working_days equals addWorkingDays on thousands of random pairs (negative n, n = 0, days off)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(day, fc.integer({ min: -40, max: 40 })), { minLength: 300, maxLength: 600 }), async (pairs) => {
        const r = await (db as DuckDBConnection).runAndReadAll(
          `SELECT strftime(rr_add_working_days(d, n), '%Y-%m-%d') AS r FROM (VALUES ${values(pairs)}) AS q(i, d, n) ORDER BY i`,
        );
        expect(r.getRowsJS().map((row) => row[0])).toEqual(pairs.map(([d, n]) => calendar.addWorkingDays(d, n)));
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('rr_working_days_between equals workingDaysBetween on thousands of random pairs (both directions)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(day, day), { minLength: 300, maxLength: 600 }), async (pairs) => {
        const r = await (db as DuckDBConnection).runAndReadAll(
          `SELECT rr_working_days_between(a, b)::INTEGER AS r FROM (VALUES ${values(pairs)}) AS q(i, a, b) ORDER BY i`,
        );
        expect(r.getRowsJS().map((row) => row[0])).toEqual(pairs.map(([a, b]) => calendar.workingDaysBetween(a, b)));
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('agrees on the edge cases and gives NULL outside the exported years', async () => {
    const cases: [CivilDate, number][] = [['2025-01-29', 0], ['2025-01-29', 1], ['2025-01-29', -1], ['2025-04-26', 1], ['2025-04-26', -1], ['2025-04-27', -3], ['2019-01-05', 2], ['2018-12-28', 1]];
    const r = await (db as DuckDBConnection).runAndReadAll(
      `SELECT strftime(rr_add_working_days(d, n), '%Y-%m-%d') AS r FROM (VALUES ${values(cases)}) AS q(i, d, n) ORDER BY i`,
    );
    expect(r.getRowsJS().map((row) => row[0])).toEqual(cases.map(([d, n]) => calendar.addWorkingDays(d, n)));
    const out = await (db as DuckDBConnection).runAndReadAll("SELECT rr_add_working_days(DATE '2030-12-31', 5) AS r");
    expect(out.getRowsJS()[0]?.[0]).toBeNull();
  });
});
