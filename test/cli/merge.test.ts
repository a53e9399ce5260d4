/**
 * `reform-rules merge`, in process: the states written by `report --state-out` for the pieces of a
 * file, merged in any order and any grouping, give the one pass's report; bad or incoherent states
 * are one clear error naming the file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeCommand } from '../../src/cli/commands/merge';
import type { MergeCommandOptions } from '../../src/cli/commands/merge';
import { reportCommand } from '../../src/cli/commands/report';
import type { ReportCommandOptions } from '../../src/cli/commands/report';
import { CliError } from '../../src/cli/CliError';
import type { Output } from '../../src/cli/output';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createReportAccumulator, parsePeriod } from '../../src/report/index';
import { denseDossiersArb } from '../report/_arbitraries';

const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-merge-'));
let seq = 0;
const fresh = (ext: string): string => join(tmp, `f${seq++}.${ext}`);

function capture(): Output & { text: () => string } {
  const chunks: string[] = [];
  return { terminal: false, line: (t) => chunks.push(`${t}\n`), write: (t) => chunks.push(t), bytes: () => undefined, progress: () => undefined, flushTo: () => undefined, text: () => chunks.join('') };
}

const base: ReportCommandOptions = { period: '2025-Q2', convention: 'calendar', by: 'department', format: 'json', locale: 'en', procedures: undefined, jobs: 1, allowRejected: true };
const calendar = createCalendar();
const mergeBase: MergeCommandOptions = { format: 'json', locale: 'en', allowRejected: true, calendar };
const period = parsePeriod('2025-Q2', { convention: 'calendar' });

/** The state file of records `from..to` of `lines`, added with their positions in the whole file (as the worker pool does). */
function shardState(lines: readonly string[], from: number, to: number, maxRejected?: number): string {
  const acc = createReportAccumulator({ period, calendar, locale: 'en', names: {}, ...(maxRejected === undefined ? {} : { maxRejected }) });
  for (let i = from; i < to; i++) acc.add(JSON.parse(lines[i] as string), i, i + 1);
  const file = fresh('json');
  writeFileSync(file, JSON.stringify(acc.toJSON()));
  return file;
}

/** The report of a JSONL text, and the file of its state. */
async function reportOf(lines: readonly string[], options: Partial<ReportCommandOptions> = {}): Promise<{ text: string; state: string }> {
  const file = fresh('jsonl');
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  const state = fresh('json');
  const out = capture();
  await reportCommand(file, { ...base, ...options, stateOut: state }, out);
  return { text: out.text(), state };
}

function merged(states: readonly string[], options: Partial<MergeCommandOptions> = {}): { text: string; state: string } {
  const out = capture();
  const state = fresh('json');
  mergeCommand(states, { ...mergeBase, ...options, stateOut: state }, out);
  return { text: out.text(), state };
}

/** Dossiers as JSONL lines, with distinct ids, and three cut points. */
const piecesArb = denseDossiersArb(40).chain((ds) =>
  fc.tuple(
    fc.constant(ds.map((d, i) => JSON.stringify({ ...d, id: `HS-${i}` }))),
    fc.array(fc.integer({ min: 0, max: ds.length }), { minLength: 2, maxLength: 2 }).map((cuts) => [...cuts].sort((a, b) => a - b)),
  ),
);

/** Like {@link piecesArb}, with bad records (invalid, repeated ids, no channel) mixed in and a small `maxRejected`. */
const junkyPiecesArb = fc
  .tuple(denseDossiersArb(30), fc.array(fc.tuple(fc.constantFrom('{"id":"X"}', '{"id":"HS-0"}', '{"channel":"fax"}', '[]'), fc.nat()), { maxLength: 10 }), fc.integer({ min: 0, max: 5 }))
  .chain(([ds, junk, max]) => {
    const lines = ds.map((d, i) => JSON.stringify({ ...d, id: `HS-${i}` }));
    for (const [j, at] of junk) lines.splice(at % (lines.length + 1), 0, j);
    return fc.tuple(
      fc.constant(lines),
      fc.array(fc.integer({ min: 0, max: lines.length }), { minLength: 2, maxLength: 2 }).map((cuts) => [...cuts].sort((a, b) => a - b)),
      fc.constant(max),
    );
  });

describe('reform-rules merge', () => {
  // The commands print their rejected-records summary on stderr: keep the test output clean.
  beforeEach(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is the one pass, and associative and commutative, over states of a file cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(piecesArb, async ([lines, cuts]) => {
        const [c1, c2] = cuts as [number, number];
        const whole = await reportOf(lines);
        const [a, b, c] = [shardState(lines, 0, c1), shardState(lines, c1, c2), shardState(lines, c2, lines.length)].map((state) => ({ state })) as [{ state: string }, { state: string }, { state: string }];
        const abc = merged([a.state, b.state, c.state]);
        expect(abc.text).toBe(whole.text);
        expect(readFileSync(abc.state, 'utf8')).toBe(readFileSync(whole.state, 'utf8'));
        expect(merged([merged([a.state, b.state]).state, c.state]).text).toBe(whole.text);
        expect(merged([a.state, merged([b.state, c.state]).state]).text).toBe(whole.text);
        expect(merged([c.state, a.state, b.state]).text).toBe(whole.text);
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('with --max-rejected small: the one pass, associative and commutative, totals exact', async () => {
    await fc.assert(
      fc.asyncProperty(junkyPiecesArb, async ([lines, cuts, max]) => {
        const [c1, c2] = cuts as [number, number];
        const whole = await reportOf(lines, { maxRejected: max });
        const [a, b, c] = [shardState(lines, 0, c1, max), shardState(lines, c1, c2, max), shardState(lines, c2, lines.length, max)];
        const abc = merged([a, b, c]);
        expect(abc.text).toBe(whole.text);
        expect(readFileSync(abc.state, 'utf8')).toBe(readFileSync(whole.state, 'utf8'));
        expect(merged([merged([a, b]).state, c]).text).toBe(whole.text);
        expect(merged([a, merged([b, c]).state]).text).toBe(whole.text);
        expect(merged([c, a, b]).text).toBe(whole.text);
        const report = JSON.parse(whole.text) as { inputs: number; rejected: unknown[]; rejectedCount: number; rejectedByCode: Record<string, number> };
        const all = JSON.parse((await reportOf(lines, { maxRejected: Number.POSITIVE_INFINITY })).text) as typeof report;
        expect(report.rejected).toEqual(all.rejected.slice(0, max));
        expect([report.rejectedCount, report.rejectedByCode]).toEqual([all.rejected.length, all.rejectedByCode]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('says on stderr how many were left out and how many are listed, and counts them all for --summary-json', async () => {
    const lines = ['{"id":"A"}', 'not json', '{"id":"B"}', '{"id":"C"}'];
    const file = fresh('jsonl');
    writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
    const notices: string[] = [];
    let counts: unknown;
    const out = { ...capture(), notice: (t: string) => notices.push(t), count: (c: unknown) => (counts = c) } as unknown as Output;
    expect(await reportCommand(file, { ...base, allowRejected: false, maxRejected: 2 }, out)).toBe(4);
    expect(notices.join('')).toContain('4 record(s) left out of the report (0 never received, 4 invalid), the first 2 listed as rejected');
    expect(counts).toEqual({ in: 4, accepted: 0, rejected: 4, excluded: 0 });
  });

  it('keeps every rejected record of every shard, in an order that does not depend on the merge order', async () => {
    const a = await reportOf(['{"id":"A"}', '{"id": oops']);
    const b = await reportOf(['not json', '{"id":"B","channel":"fax"}']);
    const ab = merged([a.state, b.state]);
    const ba = merged([b.state, a.state]);
    expect(ab.text).toBe(ba.text);
    const report = JSON.parse(ab.text) as { inputs: number; rejected: { index: number }[] };
    expect(report.inputs).toBe(4);
    expect(report.rejected.map((r) => r.index)).toEqual([0, 0, 1, 1]);
  });

  it('writes Markdown and CSV as report does', async () => {
    const lines = ['{"id":"HS-1","procedureId":"P1","departmentId":"D1","channel":"online","receivedAt":"2025-04-02T09:00:00+07:00","processingDays":5}'];
    const one = await reportOf(lines, { format: 'md' });
    expect(merged([one.state], { format: 'md' }).text).toBe(one.text);
    const csv = await reportOf(lines, { format: 'csv' });
    expect(merged([one.state], { format: 'csv' }).text).toBe(csv.text);
  });

  it('refuses bad or incoherent states with one error naming the file', async () => {
    const good = (await reportOf(['{"id":"HS-1","procedureId":"P1","departmentId":"D1","channel":"online","receivedAt":"2025-04-02T09:00:00+07:00","processingDays":5}'])).state;
    const q3 = (await reportOf([], { period: '2025-Q3' })).state;
    const portal = (await reportOf([], { form: 'portal-summary' })).state;
    const notJson = fresh('json');
    writeFileSync(notJson, '{"format":');
    const notState = fresh('json');
    writeFileSync(notState, '{"rows":[]}');
    const broken = fresh('json');
    const s = JSON.parse(readFileSync(good, 'utf8')) as { rows: [string, number[]][] };
    const row = s.rows[0] as [string, number[]];
    row[1][0] = (row[1][0] as number) + 7;
    writeFileSync(broken, JSON.stringify(s));
    const fails = (states: string[], options: Partial<MergeCommandOptions> = {}): CliError => {
      try {
        merged(states, options);
      } catch (e) {
        expect(e).toBeInstanceOf(CliError);
        return e as CliError;
      }
      throw new Error('merge did not fail');
    };
    expect(fails([]).exitCode).toBe(2);
    expect(fails([good, join(tmp, 'missing.json')]).exitCode).toBe(3);
    expect(fails([good, notJson]).message).toContain(notJson);
    expect(fails([notState]).message).toMatch(/not a mergeable report state/);
    expect(fails([broken]).message).toMatch(/identity/);
    expect(fails([good, q3]).message).toMatch(new RegExp(`${q3}.*period`));
    expect(fails([good, portal]).message).toMatch(/form/);
    expect(fails([good], { form: 'portal-summary' }).message).toMatch(/form/);
  });
});
