/**
 * `reform-rules sample`, in-process: the streamed output is byte for byte the in-memory reference,
 * and `--out x.jsonl` writes `x.procedures.json` beside it, which `report --procedures` takes so
 * that no dossier is rejected for lack of a procedure.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { generateSample } from '../../src/sample/generateSample';
import { cli } from './_run';

const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-sample-'));
const calendar = createCalendar();
let n = 0;
const fresh = (ext: string) => join(tmp, `s${(n += 1)}${ext}`);

// A seed, a range of up to three weeks in 2024–2025 and a small volume, as the CLI takes them.
const run = fc
  .record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), start: fc.integer({ min: 0, max: 700 }), days: fc.integer({ min: 0, max: 20 }), perDay: fc.integer({ min: 0, max: 20 }) })
  .map(({ seed, start, days, perDay }) => {
    const first = daysFromCivil(2024, 1, 1) + start;
    return { seed, from: formatCivilDate(first), to: formatCivilDate(first + days), perDay };
  });
const args = (r: { seed: number; from: string; to: string; perDay: number }) => ['sample', '--seed', String(r.seed), '--from', r.from, '--to', r.to, '--per-day', String(r.perDay)];
const reference = (r: { seed: number; from: string; to: string; perDay: number }) => generateSample({ seed: r.seed, from: r.from, to: r.to, dossiersPerDay: r.perDay, calendar });

describe('reform-rules sample', () => {
  it('writes to stdout, to x.json and to x.jsonl exactly what the in-memory sample gives', async () => {
    await fc.assert(
      fc.asyncProperty(run, async (r) => {
        const data = reference(r);
        const bundle = `${JSON.stringify(data, null, 1)}\n`;
        const stdout = await cli(args(r));
        expect(stdout.code).toBe(0);
        expect(stdout.stdout).toBe(bundle);
        const json = fresh('.json');
        expect((await cli([...args(r), '--out', json])).code).toBe(0);
        expect(readFileSync(json, 'utf8')).toBe(bundle);
        const jsonl = fresh('.jsonl');
        const lines = await cli([...args(r), '--out', jsonl, '--locale', 'en']);
        expect(lines.code).toBe(0);
        expect(readFileSync(jsonl, 'utf8')).toBe(`${data.dossiers.map((d) => JSON.stringify(d)).join('\n')}\n`);
        expect(lines.stderr).toContain(`wrote ${data.dossiers.length} dossiers`);
      }),
      { numRuns: 6 },
    );
  });

  it('writes x.procedures.json beside x.jsonl, and report --procedures then rejects nothing', async () => {
    await fc.assert(
      fc.asyncProperty(run, async (r) => {
        const jsonl = fresh('.jsonl');
        expect((await cli([...args(r), '--out', jsonl])).code).toBe(0);
        const catalog = jsonl.replace(/\.jsonl$/, '.procedures.json');
        const data = reference(r);
        expect(JSON.parse(readFileSync(catalog, 'utf8'))).toEqual({ departments: data.departments, procedures: data.procedures });
        const summary = fresh('.summary.json');
        const report = await cli(['report', jsonl, '--period', r.from.slice(0, 7), '--procedures', catalog, `--summary-json=${summary}`]);
        expect(report.code).toBe(0);
        const counts = (JSON.parse(readFileSync(summary, 'utf8')) as { records: { in: number; accepted: number; rejected: number; excluded: number } }).records;
        expect(counts.in).toBe(data.dossiers.length);
        expect(counts.rejected).toBe(0);
        expect(counts.accepted + counts.excluded).toBe(counts.in);
      }),
      { numRuns: 5 },
    );
  });

  it('on the default sample: without the catalogue report rejects dossiers for lack of a procedure, with it none', async () => {
    const jsonl = fresh('.jsonl');
    const wrote = await cli(['sample', '--out', jsonl, '--locale', 'en']);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toContain(`wrote the catalogue of 40 procedures to ${jsonl.replace(/\.jsonl$/, '.procedures.json')}`);
    const without = await cli(['report', jsonl, '--period', '2025-Q1', '--locale', 'en']);
    expect(without.code).toBe(4);
    expect(without.stderr).toContain('processingDays');
    const withIt = await cli(['report', jsonl, '--period', '2025-Q1', '--procedures', jsonl.replace(/\.jsonl$/, '.procedures.json'), '--locale', 'en']);
    expect(withIt.code).toBe(0);
    expect(withIt.stderr).not.toContain('processingDays');
  });

  it('checks the catalogue path before the work: a directory there is exit code 5', async () => {
    const jsonl = fresh('.jsonl');
    mkdirSync(jsonl.replace(/\.jsonl$/, '.procedures.json'));
    const r = await cli(['sample', '--out', jsonl, '--locale', 'en']);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('procedures.json');
  });

  it('refuses a --per-day outside 0 to 1000 with the bounds', async () => {
    const r = await cli(['sample', '--per-day', '1330', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--per-day must be a number from 0 to 1000');
  });

  it('names the catalogue in its help, in both languages', async () => {
    expect((await cli(['sample', '--help', '--locale', 'en'])).stdout).toContain('.procedures.json');
    expect((await cli(['sample', '--help'])).stdout).toContain('.procedures.json');
  });
});
