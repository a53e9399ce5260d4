/**
 * The CLI and the library take the same road: on random record sets (valid dossiers, repeated ids,
 * broken records, unreadable lines, dossiers outside the period) the CLI's `report` (run in-process
 * through the command's own builder) and the library (`resolutionReport`, or the readers of
 * reform-rules/io feeding an accumulator) give identical reports.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { buildReport } from '../../src/cli/commands/report';
import type { Output } from '../../src/cli/output';
import { readJsonLines } from '../../src/io/index';
import { createReportAccumulator, parsePeriod, resolutionReport } from '../../src/report/index';
import { denseDossiersArb } from '../report/_arbitraries';

const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-equivalence-'));
const silent: Output = { line: () => undefined, write: () => undefined, progress: () => undefined, flushTo: () => undefined, bytes: () => undefined };
const calendar = createCalendar();
const period = parsePeriod('2025-Q1');
const options = { period: '2025-Q1', convention: 'decree09', by: 'department', format: 'json', locale: 'en', procedures: undefined } as const;

/** Records with repeats and broken ones; the dense arbitrary already spans before, in and after the period. */
const recordsArb = fc
  .tuple(denseDossiersArb(30), fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.record({ at: fc.nat(), bad: fc.constantFrom<unknown>({ id: 'X' }, null, 7, { id: 'HS-0', channel: 'fax' }) }), { maxLength: 3 }))
  .map(([list, repeats, broken]) => {
    const out: unknown[] = [...list];
    for (const r of repeats) if (list.length > 0) out.push(structuredClone(list[r % list.length]));
    for (const b of broken) out.splice(b.at % (out.length + 1), 0, b.bad);
    return out;
  });

/** The report without what a JSON round trip or the reading path may spell differently (none today). */
const comparable = (r: { rows: unknown; total: unknown; inputs: number; excluded: unknown; rejected: readonly { index: number; issues: readonly { code: string }[] }[] }) => ({
  rows: r.rows,
  total: r.total,
  inputs: r.inputs,
  excluded: r.excluded,
  rejected: r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)]),
});

describe('the CLI report and the library', () => {
  it('give identical reports on a JSON array file (CLI) and the same array (resolutionReport)', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, async (records) => {
        const file = join(tmp, 'records.json');
        writeFileSync(file, JSON.stringify(records));
        const cli = await buildReport(file, options, silent);
        const lib = resolutionReport(records, { period, calendar, groupBy: 'department', locale: 'en' });
        expect(comparable(cli)).toEqual(comparable(lib));
      }),
      { numRuns: 25 },
    );
  });

  it('give identical reports on a JSON Lines file with unreadable lines (CLI) and the io readers feeding an accumulator', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, fc.array(fc.constantFrom('{"id": oops}', '[1,', 'not json'), { maxLength: 3 }), async (records, garbage) => {
        const lines = records.map((r) => JSON.stringify(r));
        garbage.forEach((g, i) => lines.splice((i * 7) % (lines.length + 1), 0, g));
        const text = `${lines.join('\n')}\n`;
        const file = join(tmp, 'records.jsonl');
        writeFileSync(file, text);
        const cli = await buildReport(file, options, silent);
        const acc = createReportAccumulator({ period, calendar, groupBy: 'department', locale: 'en' });
        let n = 0;
        for await (const r of readJsonLines(text)) {
          if (r.ok) acc.add(r.value, n, r.line);
          else acc.addRejected({ index: n, line: r.line, input: r.input, issues: r.issues });
          n += 1;
        }
        const lib = acc.result();
        expect(comparable(cli)).toEqual(comparable(lib));
        expect(cli.inputs).toBe(lines.length);
        expect(cli.rejected.map((x) => x.line)).toEqual(lib.rejected.map((x) => x.line));
      }),
      { numRuns: 25 },
    );
  });
});
