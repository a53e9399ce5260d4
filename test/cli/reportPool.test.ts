/**
 * `report --jobs N`: a JSON Lines file read by N worker threads (each handed byte ranges as it
 * becomes free, on one serialized calendar) gives the one pass's report byte for byte, whatever the
 * file holds: junk lines, blank lines, CRLF, invalid UTF-8, a BOM, repeated ids (within one
 * worker's ranges, rejected as the one pass does; across workers, the pool steps back to one pass).
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
import { accumulateInWorkers, guidedTargets, PART_BYTES, splitAt } from '../../src/cli/reportPool';
import { idHash, sortedSetsMeet, sortedUnique } from '../../src/cli/reportPoolProtocol';
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

async function reportText(file: string, jobs: number, locale: 'vi' | 'en' = 'vi'): Promise<string> {
  const out = capture();
  await reportCommand(file, { ...base, locale, jobs, parallelMinBytes: 1 }, out);
  return out.text();
}

const JUNK = ['{"id": oops', '', '   ', '{"id":"J","channel":"fax"}', 'null', '{"id":"\xff\xfe"}'];
const END = ['\n', '\r\n'];

/** A JSONL file's bytes: dense dossiers with distinct ids, junk lines among them, one line ending style. */
const fileArb = fc
  .tuple(denseDossiersArb(50), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK)), { maxLength: 6 }), fc.constantFrom(...END), fc.boolean(), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }))
  .map(([ds, junk, end, bom, invalidByte, repeats]) => {
    const lines = ds.map((d, i) => JSON.stringify({ ...d, id: `HS-${i}` }));
    // Now and then a record repeated further on (the same id twice).
    for (const [from, to] of repeats) if (lines.length > 0) lines.splice(to % (lines.length + 1), 0, lines[from % lines.length] as string);
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
      fc.asyncProperty(fileArb, fc.integer({ min: 2, max: 3 }), fc.constantFrom('vi' as const, 'en' as const), async (bytes, jobs, locale) => {
        const file = fresh();
        writeFileSync(file, bytes);
        expect(await reportText(file, jobs, locale)).toBe(await reportText(file, 1, locale));
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
    // The first record again in the second range (a quarter to 44% of the file), which the second
    // worker reads first: an id seen by two workers.
    const dup = fresh();
    writeFileSync(dup, `${[...lines.slice(0, 140), lines[0] as string, ...lines.slice(140)].join('\n')}\n`);
    const untouched = createReportAccumulator({ ...spec, calendar });
    expect(await accumulateInWorkers({ file: dup, jobs: 2, spec, calendar, minBytes: 1 }, untouched)).toBe(false);
    expect(untouched.result().inputs).toBe(0);
    expect(await reportText(dup, 2)).toBe(await reportText(dup, 1));
    // A blank line is a line but not a record: the ranges after it start one line further on.
    const blank = fresh();
    writeFileSync(blank, `${lines.slice(0, 300).join('\n')}\n\n${lines.slice(300).join('\n')}\n`);
    const counted = createReportAccumulator({ ...spec, calendar });
    expect(await accumulateInWorkers({ file: blank, jobs: 2, spec, calendar, minBytes: 1 }, counted)).toBe(true);
    expect(counted.result().inputs).toBe(400);
    expect(await reportText(blank, 2)).toBe(await reportText(blank, 1));
    // Within the last range (read by whichever reader is free): a junk line and an id repeated, in
    // English, each named at its line in the whole file although its reader numbered it from the range's byte offset.
    const late = fresh();
    writeFileSync(late, `${[...lines, '{"id": oops', lines[398] as string].join('\n')}\n`);
    const placed = createReportAccumulator({ ...spec, calendar });
    expect(await accumulateInWorkers({ file: late, jobs: 2, spec, calendar, minBytes: 1 }, placed)).toBe(true);
    expect(placed.result().rejected.map((r) => [r.index, r.line, r.issues[0]?.message])).toEqual([
      [400, 401, 'line 401: not valid JSON (unexpected character at column 8)'],
      [401, 402, 'id: id "HS-398" is used by an earlier record (line 399)'],
    ]);
    expect(await reportText(late, 2, 'en')).toBe(await reportText(late, 1, 'en'));
  }, 120_000);

  it('cuts a file for the pool into shrinking ranges: at least four per worker, the last ones small, covering the file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 2, max: 64 }), fc.integer({ min: 1, max: 2 ** 24 }), (size, jobs, minPart) => {
        const t = guidedTargets(size, jobs, minPart);
        const cuts = [0, ...t, size];
        const lengths = cuts.slice(1).map((c, i) => c - (cuts[i] as number));
        expect(lengths.every((l) => l > 0)).toBe(true);
        const least = Math.max(1, Math.min(minPart, Math.ceil(size / (4 * jobs))));
        // Every range but the last is at least the smallest and at most a (2 * jobs)th of what was left.
        lengths.slice(0, -1).forEach((l, i) => {
          expect(l).toBeGreaterThanOrEqual(least);
          expect(l).toBeLessThanOrEqual(Math.max(least, Math.floor((size - (cuts[i] as number)) / (2 * jobs))));
        });
        expect(lengths[lengths.length - 1]).toBeLessThanOrEqual(Math.max(least, Math.ceil(size / (2 * jobs))));
        if (size >= 4 * jobs) expect(lengths.length).toBeGreaterThanOrEqual(2 * jobs);
      }),
    );
    // 757 MB on two workers: 23 ranges, from 189 MB down to about 1 MiB.
    const t = guidedTargets(757_000_000, 2, PART_BYTES);
    expect(t.length + 1).toBe(23);
    expect(t[0]).toBe(189_250_000);
    expect(757_000_000 - (t[t.length - 1] as number)).toBeLessThanOrEqual(PART_BYTES);
  });

  it('cuts at given targets after a line break, each range starting plainly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }).map((s) => s.replace(/[\n\r]/g, '')), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 12 }), (lines, raw) => {
        const file = fresh();
        const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
        writeFileSync(file, bytes);
        const targets = [...new Set(raw.map((r) => 1 + (r % bytes.length)))].sort((a, b) => a - b);
        const ranges = splitAt(file, bytes.length, targets);
        expect(ranges[0]?.[0]).toBe(0);
        expect(ranges[ranges.length - 1]?.[1]).toBe(bytes.length);
        ranges.forEach(([a, b], k) => {
          expect(b).toBeGreaterThan(a);
          if (k > 0) expect([bytes[a - 1], ranges[k - 1]?.[1], (bytes[a] as number) < 0xef]).toEqual([0x0a, a, true]);
        });
        expect(ranges.length).toBeLessThanOrEqual(targets.length + 1);
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

  it('finds a hash two ranges share with one merge over their sorted sets, as a set union would', () => {
    fc.assert(
      // Small values (so that sets share some) and any hash up to 2^53 - 1 (every digit of the radix sort).
      fc.property(fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.maxSafeNat(), fc.nat(2 ** 21 - 1).map((n) => n * 4294967296)), { maxLength: 20 }), { maxLength: 4 }), (ranges) => {
        const sets = ranges.map((r) => sortedUnique(r));
        for (const [k, s] of sets.entries()) expect([...s]).toEqual([...new Set(ranges[k])].sort((a, b) => a - b));
        const seen = new Map<number, number>();
        let shared = false;
        ranges.forEach((r, k) => {
          for (const h of r) {
            const first = seen.get(h);
            if (first !== undefined && first !== k) shared = true;
            if (first === undefined) seen.set(h, k);
          }
        });
        expect(sortedSetsMeet(sets)).toBe(shared);
      }),
    );
  });
});
