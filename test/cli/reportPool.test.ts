/**
 * `report --jobs N`: a JSON Lines file read by N worker threads (each on a byte range, on one
 * serialized calendar) gives the one pass's report byte for byte, whatever the file holds: junk
 * lines, blank lines, CRLF, invalid UTF-8, a BOM, repeated ids (then the pool steps back to one pass).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { reportCommand } from '../../src/cli/commands/report';
import type { ReportCommandOptions } from '../../src/cli/commands/report';
import type { Output } from '../../src/cli/output';
import { accumulateInWorkers, splitRanges } from '../../src/cli/reportPool';
import { idHash } from '../../src/cli/reportPoolProtocol';
import { createReportAccumulator, parsePeriod } from '../../src/report/index';
import { denseDossiersArb } from '../report/_arbitraries';

const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-pool-'));
let seq = 0;
const fresh = (): string => join(tmp, `f${seq++}.jsonl`);

function capture(): Output & { text: () => string } {
  const chunks: string[] = [];
  return { terminal: false, line: (t) => chunks.push(`${t}\n`), write: (t) => chunks.push(t), bytes: () => undefined, progress: () => undefined, flushTo: () => undefined, text: () => chunks.join('') };
}

const base: ReportCommandOptions = { period: '2025-Q2', convention: 'calendar', by: 'department', format: 'json', locale: 'vi', procedures: undefined, allowRejected: true };

async function reportText(file: string, jobs: number): Promise<string> {
  const out = capture();
  await reportCommand(file, { ...base, jobs, parallelMinBytes: 1 }, out);
  return out.text();
}

const JUNK = ['{"id": oops', '', '   ', '{"id":"J","channel":"fax"}', 'null', '{"id":"\xff\xfe"}'];
const END = ['\n', '\r\n'];

/** A JSONL file's bytes: dense dossiers with distinct ids, junk lines among them, one line ending style. */
const fileArb = fc
  .tuple(denseDossiersArb(50), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK)), { maxLength: 6 }), fc.constantFrom(...END), fc.boolean(), fc.boolean())
  .map(([ds, junk, end, bom, invalidByte]) => {
    const lines = ds.map((d, i) => JSON.stringify({ ...d, id: `HS-${i}` }));
    for (const [at, j] of junk) lines.splice(at % (lines.length + 1), 0, j);
    const text = `${bom ? '\uFEFF' : ''}${lines.join(end)}${end}`;
    const bytes = Buffer.from(text, 'utf8');
    return invalidByte && lines.length > 3 ? Buffer.concat([bytes, Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a])]) : bytes;
  });

describe('report --jobs N (worker threads)', () => {
  beforeEach(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the one pass\'s report byte for byte, for any file and any number of workers', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.integer({ min: 2, max: 3 }), async (bytes, jobs) => {
        const file = fresh();
        writeFileSync(file, bytes);
        expect(await reportText(file, jobs)).toBe(await reportText(file, 1));
      }),
      { numRuns: 3 },
    );
  }, 240_000);

  it('really splits the file (the states of the workers are merged), and steps back to one pass when an id repeats across ranges', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `HS-${i}`, procedureId: 'P1', departmentId: `D${i % 3}`, channel: 'online', receivedAt: '2025-04-02T09:00:00+07:00', processingDays: 5 }));
    const file = fresh();
    writeFileSync(file, `${lines.join('\n')}\n`);
    const calendar = createCalendar();
    const spec = { period: parsePeriod('2025-Q2', { convention: 'calendar' }), locale: 'en' as const, names: {} };
    const acc = createReportAccumulator({ ...spec, calendar });
    expect(await accumulateInWorkers({ file, jobs: 2, spec, calendar, minBytes: 1 }, acc)).toBe(true);
    expect(acc.result().inputs).toBe(400);
    const dup = fresh();
    writeFileSync(dup, `${[...lines, lines[0] as string].join('\n')}\n`);
    const untouched = createReportAccumulator({ ...spec, calendar });
    expect(await accumulateInWorkers({ file: dup, jobs: 2, spec, calendar, minBytes: 1 }, untouched)).toBe(false);
    expect(untouched.result().inputs).toBe(0);
    expect(await reportText(dup, 2)).toBe(await reportText(dup, 1));
  }, 120_000);

  it('cuts ranges after a line break, covering the file', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }).map((s) => s.replace(/[\n\r]/g, '')), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (lines, jobs) => {
        const file = fresh();
        const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
        writeFileSync(file, bytes);
        const ranges = splitRanges(file, bytes.length, jobs);
        expect(ranges[0]?.[0]).toBe(0);
        expect(ranges[ranges.length - 1]?.[1]).toBe(bytes.length);
        ranges.forEach(([a, b], k) => {
          expect(b).toBeGreaterThan(a);
          if (k > 0) expect([bytes[a - 1], ranges[k - 1]?.[1]]).toEqual([0x0a, a]);
        });
        expect(ranges.length).toBeLessThanOrEqual(jobs);
      }),
    );
  });

  it('hashes ids deterministically into safe integers', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(idHash(id)).toBe(idHash(`${id}`));
        expect(Number.isSafeInteger(idHash(id))).toBe(true);
      }),
    );
  });
});
