/**
 * The PostgreSQL export on a real database: a throwaway cluster (initdb into a temp dir, a free
 * local port, a Unix socket in the same dir), the SQL export of 2010–2030 loaded, and
 * rr_add_working_days / rr_working_days_between compared with the library on thousands of random
 * pairs. Skips when no PostgreSQL binaries are found under /usr/lib/postgresql/*\/bin (or PG_BIN),
 * unless RR_REQUIRE_POSTGRES=1, then it fails. CI: `apt-get install -y postgresql`.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import type { CivilDate } from '../../src/_lib/dateTypes';
import { createCalendar } from '../../src/calendar/createCalendar';
import { exportCalendarSql } from '../../src/calendar/export/sql';

function findBin(): string | undefined {
  const explicit = process.env['PG_BIN'];
  if (explicit !== undefined && existsSync(join(explicit, 'initdb'))) return explicit;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

const bin = findBin();
const required = process.env['RR_REQUIRE_POSTGRES'] === '1';
const reason = 'skipped: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install -y postgresql, or set PG_BIN); set RR_REQUIRE_POSTGRES=1 to fail instead';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a PostgreSQL binary, as the postgres (or nobody) user when we are root: initdb refuses root. */
function runPg(tool: string, args: string[], asUser: string | undefined): void {
  const path = join(bin as string, tool);
  if (asUser === undefined) execFileSync(path, args, { stdio: 'pipe' });
  else execFileSync('runuser', ['-u', asUser, '--', path, ...args], { stdio: 'pipe' });
}

function userId(name: string): number | undefined {
  try {
    return Number(execFileSync('id', ['-u', name], { stdio: 'pipe' }).toString().trim());
  } catch {
    return undefined;
  }
}

if (required && bin === undefined) {
  describe('PostgreSQL export on a real database', () => {
    it('needs PostgreSQL (RR_REQUIRE_POSTGRES=1)', () => {
      throw new Error('RR_REQUIRE_POSTGRES=1 but no PostgreSQL binaries under /usr/lib/postgresql/*/bin (install the Debian package postgresql)');
    });
  });
}

describe.skipIf(bin === undefined)(`PostgreSQL export on a real database${bin === undefined ? ` (${reason})` : ''}`, () => {
  const calendar = createCalendar();
  let dir: string | undefined;
  let started = false;
  let asUser: string | undefined;
  let client: pg.Client | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-pg-'));
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root) {
      asUser = userId('postgres') !== undefined ? 'postgres' : 'nobody';
      const uid = userId(asUser) as number;
      chownSync(dir, uid, Number(execFileSync('id', ['-g', asUser], { stdio: 'pipe' }).toString().trim()));
    }
    const data = join(dir, 'data');
    runPg('initdb', ['-D', data, '-A', 'trust', '-U', 'rr', '-E', 'UTF8', '--locale=C', '--no-sync'], asUser);
    const port = await freePort();
    runPg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '120', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'], asUser);
    started = true;
    client = new pg.Client({ host: '127.0.0.1', port, user: 'rr', database: 'postgres' });
    await client.connect();
    await client.query(exportCalendarSql(calendar, { from: 2010, to: 2030 }, { schema: 'rr_test' }));
  }, 180_000);

  afterAll(async () => {
    await client?.end().catch(() => undefined);
    if (started && dir !== undefined) {
      try {
        runPg('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'], asUser);
      } catch {
        // the cluster may already be down; the directory is removed anyway
      }
    }
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  // Far enough inside 2010–2030 that 40 working days never leave the exported table.
  const day = fc.integer({ min: daysFromCivil(2010, 5, 1), max: daysFromCivil(2030, 10, 15) }).map(formatCivilDate);

  it('rr_add_working_days equals addWorkingDays on thousands of random pairs (negative n, days off)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(day, fc.integer({ min: -40, max: 40 })), { minLength: 300, maxLength: 600 }), async (pairs) => {
        const res = await (client as pg.Client).query(
          'SELECT to_char(rr_test.rr_add_working_days(d, n), \'YYYY-MM-DD\') AS r FROM unnest($1::date[], $2::int[]) WITH ORDINALITY AS t(d, n, i) ORDER BY i',
          [pairs.map(([d]) => d), pairs.map(([, n]) => n)],
        );
        expect(res.rows.map((r: { r: string }) => r.r)).toEqual(pairs.map(([d, n]) => calendar.addWorkingDays(d, n)));
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('rr_working_days_between equals workingDaysBetween on thousands of random pairs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(day, day), { minLength: 300, maxLength: 600 }), async (pairs) => {
        const res = await (client as pg.Client).query(
          'SELECT rr_test.rr_working_days_between(a, b) AS r FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS t(a, b, i) ORDER BY i',
          [pairs.map(([a]) => a), pairs.map(([, b]) => b)],
        );
        expect(res.rows.map((r: { r: number }) => r.r)).toEqual(pairs.map(([a, b]) => calendar.workingDaysBetween(a, b)));
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('agrees on the edge cases: n = 0 on a day off, make-up Saturdays, Tết, and raises outside the table', async () => {
    const c = client as pg.Client;
    const cases: [CivilDate, number][] = [['2025-01-29', 0], ['2025-01-29', 1], ['2025-01-29', -1], ['2025-04-26', 1], ['2025-04-26', -1], ['2025-04-27', -3], ['2019-01-05', 2]];
    for (const [d, n] of cases) {
      const r = await c.query("SELECT to_char(rr_test.rr_add_working_days($1::date, $2), 'YYYY-MM-DD') AS r", [d, n]);
      expect(r.rows[0].r).toBe(calendar.addWorkingDays(d, n));
    }
    await expect(c.query("SELECT rr_test.rr_add_working_days('2009-12-31'::date, 1)")).rejects.toThrow(/calendar_out_of_range/);
    await expect(c.query("SELECT rr_test.rr_add_working_days('2030-12-31'::date, 5)")).rejects.toThrow(/calendar_out_of_range/);
    const rows = await c.query('SELECT count(*)::int AS n FROM rr_test.rr_calendar_day');
    expect(rows.rows[0].n).toBe(daysFromCivil(2030, 12, 31) - daysFromCivil(2010, 1, 1) + 1);
  });
});
