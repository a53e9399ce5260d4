import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { addJsonLines } from '../../src/io/addJsonLines';
import { readJsonLines } from '../../src/io/readJsonLines';
import type { ReaderOptions } from '../../src/io/options';
import type { ReaderSource } from '../../src/io/source';
import { createReportAccumulator, parsePeriod } from '../../src/report/index';
import type { ReportAccumulator } from '../../src/report/types/ReportAccumulator';
import type { ReportRowBase } from '../../src/report/types/ResolutionReport';
import { denseDossiersArb } from '../report/_arbitraries';
import { jsonLineArb, writeJson, writerArb } from '../arbitraries/jsonLines';

const calendar = createCalendar();

/** The loop over `readJsonLines` that every caller wrote before `addJsonLines` (the CLI's). */
async function slowRoad(acc: ReportAccumulator<ReportRowBase>, source: ReaderSource, options?: ReaderOptions): Promise<number> {
  let n = 0;
  for await (const r of readJsonLines(source, options)) {
    if (r.ok) acc.add(r.value, n, r.line);
    else acc.addRejected({ index: n, line: r.line, ...(r.id === undefined ? {} : { id: r.id }), input: r.input, issues: r.issues });
    n++;
  }
  return n;
}

/** Lines of a stream: canonical dossiers (some respelled), near-dossiers, repeats, blanks, bad JSON, non-ASCII. */
const linesArb = fc
  .tuple(
    denseDossiersArb(12),
    writerArb,
    fc.array(fc.oneof(
      { weight: 6, arbitrary: fc.nat().map((i) => ({ kind: 'dossier' as const, i })) },
      { weight: 2, arbitrary: fc.nat().map((i) => ({ kind: 'repeat' as const, i })) },
      { weight: 2, arbitrary: jsonLineArb.map((line) => ({ kind: 'line' as const, line })) },
      { weight: 1, arbitrary: fc.constantFrom('', '  ', '{"id": oops}', '{"id":"Đ-1","procedureId":"P1","departmentId":"DT","channel":"direct","receivedAt":"2025-03-03T09:00:00+07:00"}', '[1,2]', 'null', '{"id":"HS-1"').map((line) => ({ kind: 'line' as const, line })) },
    ), { maxLength: 40 }),
  )
  .map(([dossiers, writer, picks]) => {
    const out: string[] = [];
    for (const p of picks) {
      if (p.kind === 'line') out.push(p.line);
      else if (p.kind === 'repeat' && out.length > 0) out.push(out[p.i % out.length] as string);
      else if (dossiers.length > 0) out.push(p.i % 3 === 0 ? writeJson(dossiers[p.i % dossiers.length], writer) : JSON.stringify(dossiers[p.i % dossiers.length]));
    }
    return out;
  });

/**
 * The text as one string, or as UTF-8 bytes cut at arbitrary places (a cut may fall inside a
 * character or a line break), some chunks as strings where the cut falls between characters, an
 * invalid byte spliced in where asked.
 */
function sourceOf(text: string, how: { bytes: boolean; cuts: readonly number[]; bom: boolean; strings: readonly number[]; badAt: readonly number[] }): ReaderSource {
  if (!how.bytes) return text;
  let bytes = new TextEncoder().encode((how.bom ? '\uFEFF' : '') + text);
  for (const b of how.badAt) {
    const at = b % (bytes.length + 1);
    bytes = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
  }
  const cuts = [...new Set(how.cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: (Uint8Array | string)[] = [];
  let at = 0;
  for (const [k, c] of [...cuts, bytes.length].entries()) {
    const piece = bytes.subarray(at, c);
    // A chunk of whole characters may come as a string (after the first: a string resets the decoder, as documented).
    let asText: string | undefined;
    try {
      asText = k > 0 && how.strings.includes(k) ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(piece) : undefined;
    } catch {
      asText = undefined;
    }
    chunks.push(asText ?? piece);
    at = c;
  }
  return chunks;
}

describe('addJsonLines', () => {
  it('gives the report of the loop over readJsonLines, whatever the lines, line breaks, chunks (bytes, strings, bad bytes) and options', async () => {
    await fc.assert(
      fc.asyncProperty(
        linesArb,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.record({ bytes: fc.boolean(), cuts: fc.array(fc.nat(), { maxLength: 6 }), bom: fc.boolean(), strings: fc.array(fc.nat({ max: 6 }), { maxLength: 2 }), badAt: fc.oneof({ weight: 4, arbitrary: fc.constant<number[]>([]) }, { weight: 1, arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) }) }),
        fc.constantFrom(undefined, 120, 400),
        fc.record({ duplicateIds: fc.constantFrom('reject', 'allow') as fc.Arbitrary<'reject' | 'allow'>, form: fc.constantFrom('bieu06', 'portal-summary') as fc.Arbitrary<'bieu06' | 'portal-summary'>, groupBy: fc.constantFrom('department', 'official') as fc.Arbitrary<'department' | 'official'>, maxRejected: fc.constantFrom(3, 1000) }),
        async (lines, eol, trailing, how, maxRecordBytes, options) => {
          const reader = maxRecordBytes === undefined ? {} : { maxRecordBytes };
          const text = lines.join(eol) + (trailing ? eol : '');
          const make = () => createReportAccumulator({ period: parsePeriod('2025'), calendar, ...options }) as unknown as ReportAccumulator<ReportRowBase>;
          const fast = make();
          const slow = make();
          const added = await addJsonLines(fast, sourceOf(text, how), reader);
          const counted = await slowRoad(slow, sourceOf(text, how), reader);
          expect(added).toBe(counted);
          expect(fast.result()).toStrictEqual(slow.result());
          expect(JSON.stringify(fast.toJSON())).toBe(JSON.stringify(slow.toJSON()));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('numbers from firstIndex, feeds any add/addRejected target the same records, and refuses a bad target or index', async () => {
    const text = '{"id":"HS-1","procedureId":"P1","departmentId":"DT","channel":"direct","receivedAt":"2025-03-03T09:00:00+07:00"}\n\n{"id": oops}\n';
    const seen: unknown[] = [];
    const n = await addJsonLines({ add: (r, i, l) => seen.push(['add', (r as { id: string }).id, i, l]), addRejected: (r) => seen.push(['rejected', r.index, r.line, r.issues[0].code]) }, text, { firstIndex: 10 });
    expect(n).toBe(2);
    expect(seen).toEqual([['add', 'HS-1', 10, 1], ['rejected', 11, 3, 'invalid_json']]);
    expect(() => addJsonLines({} as never, text)).toThrow(expect.objectContaining({ code: 'invalid_type' }));
    expect(() => addJsonLines({ add() {}, addRejected() {} }, text, { firstIndex: -1 })).toThrow(expect.objectContaining({ code: 'invalid_reader_option' }));
  });

  it('keeps no slice of the read text in a rejected record (a copy of the line, deep-equal to JSON.parse of it)', async () => {
    const line = '{"id":"HS-1","procedureId":"P1","departmentId":"DT","channel":"direct","receivedAt":"2025-03-03T09:00:00+07:00","processingDays":5}';
    const acc = createReportAccumulator({ period: parsePeriod('2025'), calendar });
    const add = vi.spyOn(acc, 'add');
    await addJsonLines(acc, `${line}\n${line}\n`);
    // Both lines took the fast road (the accumulator read them in place of JSON.parse + add)...
    expect(add).not.toHaveBeenCalled();
    // So do lines read from bytes in chunks cut anywhere (here inside the second line, then inside its line break).
    const bytes = new TextEncoder().encode(`${line.replace('HS-1', 'HS-7')}\r\n${line.replace('HS-1', 'HS-8')}\r\n`);
    await addJsonLines(acc, [bytes.subarray(0, 150), bytes.subarray(150, bytes.length - 1), bytes.subarray(bytes.length - 1)], { firstIndex: 10 });
    expect(add).not.toHaveBeenCalled();
    // ...and a line in another spelling takes JSON.parse and add.
    await addJsonLines(acc, line.replace('"id":"HS-1"', '"id":"HS-\\u0032"'), { firstIndex: 2 });
    expect(add).toHaveBeenCalledTimes(1);
    const r = acc.result();
    expect(r.inputs).toBe(5);
    expect(r.rejectedCount).toBe(1);
    expect(r.rejected[0]?.input).toStrictEqual(JSON.parse(line));
    expect(r.rejected[0]?.issues[0]?.code).toBe('duplicate_id');
  });
});
