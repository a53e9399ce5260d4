/**
 * The positions of `report --jobs N`: a reader numbers each range from its byte offset, and the
 * pool moves every position to the whole file's once it knows what each range held. One reader
 * over the ranges of any file (junk, blank lines, CRLF and lone CR, invalid UTF-8, too-large
 * lines, repeated ids), its state moved, is the state of one pass over the whole file, exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { LINE_LED_CODES, placedState, positionMap, provisionalStart, UNMOVED_CODES } from '../../src/cli/poolPositions';
import type { RangeCount } from '../../src/cli/poolPositions';
import { messages } from '../../src/errors/messages/index';
import { addJsonLinesFromText } from '../../src/io/addJsonLines';
import { decodeSource } from '../../src/io/decode';
import { resolveReaderOptions } from '../../src/io/options';
import { createReportAccumulator, parsePeriod } from '../../src/report/index';
import type { ReportAccumulatorState } from '../../src/report/index';

const calendar = createCalendar();
const period = parsePeriod('2025-Q2', { convention: 'calendar' });

const dossierLine = (id: string, day: number): string =>
  JSON.stringify({ id, procedureId: 'P1', departmentId: `D${day % 2}`, channel: 'online', receivedAt: `2025-04-${String(1 + (day % 28)).padStart(2, '0')}T09:00:00+07:00`, processingDays: 5 });

/** Lines of a JSON Lines file: dossiers with ids from a small set (so that some repeat), and every kind of line a reader rejects or skips. */
const piecesArb = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 12 }), fc.nat(60)).map(([k, day]) => dossierLine(`HS-${k}`, day)) },
    fc.constantFrom('', '   ', '{"id": oops', '{"id":"J","channel":"fax"}', 'null', '{\xff}', '\r', '\uFEFF{}', 'é{"a":1}', `{"id":"L","x":"${'y'.repeat(300)}"}`),
  ),
  { maxLength: 40 },
);

/** The places a pool may cut `bytes`: after a `\n`, where the next line starts plainly (as `splitAt` requires). */
function cutsOf(bytes: Uint8Array, picks: readonly number[]): number[] {
  const candidates: number[] = [];
  for (let i = 0; i + 2 < bytes.length; i++) {
    const a = bytes[i + 1] as number;
    const b = bytes[i + 2] as number;
    if (bytes[i] === 10 && a !== 0 && b !== 0 && a < 0xef) candidates.push(i + 1);
  }
  if (candidates.length === 0) return [];
  return [...new Set(picks.map((p) => candidates[p % candidates.length] as number))].sort((x, y) => x - y);
}

async function stateOf(ranges: readonly [Uint8Array, number][], locale: 'vi' | 'en'): Promise<{ state: ReportAccumulatorState; counts: RangeCount[] }> {
  const acc = createReportAccumulator({ period, calendar, locale, maxRejected: Number.POSITIVE_INFINITY });
  const o = resolveReaderOptions({ locale, maxRecordBytes: 200 });
  const counts: RangeCount[] = [];
  for (const [bytes, start] of ranges) {
    const at = provisionalStart(start);
    counts.push(await addJsonLinesFromText(acc, decodeSource([bytes]), o, at.line, at.index));
  }
  return { state: acc.toJSON(), counts };
}

describe('report --jobs N: positions found after the reading', () => {
  it('one reader over the ranges of any file, its state moved, gives the one pass\'s state exactly', async () => {
    let moved = 0;
    await fc.assert(
      fc.asyncProperty(piecesArb, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 5 }), fc.constantFrom('vi' as const, 'en' as const), async (pieces, end, picks, locale) => {
        const bytes = Buffer.from(pieces.join(end) + end, 'utf8');
        const whole = await stateOf([[bytes, 0]], locale);
        const cuts = [0, ...cutsOf(bytes, picks), bytes.length];
        const ranges = cuts.slice(0, -1).map((c, i) => [c, cuts[i + 1] as number] as [number, number]);
        const parts = await stateOf(ranges.map(([a, b]) => [bytes.subarray(a, b), a]), locale);
        // What the ranges held adds up to the whole (a blank line is a line, not a record).
        expect(parts.counts.reduce((n, c) => n + c.records, 0)).toBe(whole.counts[0]?.records);
        expect(parts.counts.reduce((n, c) => n + c.lines, 0)).toBe(whole.counts[0]?.lines);
        const placed = placedState(parts.state, positionMap(ranges, parts.counts));
        expect(placed).toEqual(whole.state);
        if (ranges.length > 1 && parts.state.rejected.some((r) => r.index >= (ranges[1] as [number, number])[0])) moved++;
      }),
      { numRuns: 200 },
    );
    // Rejected records past the first range (whose positions really move) were among the cases.
    expect(moved).toBeGreaterThan(0);
  });

  it('maps a provisional index or line to the whole file\'s, and nothing outside what each range held', () => {
    // Ranges at bytes 0, 100 and 250, holding 3/4, 0/1 (a blank line) and 2/2 records/lines.
    const map = positionMap([[0, 100], [100, 250], [250, 300]], [{ records: 3, lines: 4 }, { records: 0, lines: 1 }, { records: 2, lines: 2 }]);
    expect([0, 1, 2, 250, 251].map(map.index)).toEqual([0, 1, 2, 3, 4]);
    expect([1, 4, 101, 251, 252].map(map.line)).toEqual([1, 4, 5, 6, 7]);
    for (const p of [3, 99, 100, 252, 300, -1]) expect(map.index(p)).toBeUndefined();
    for (const p of [0, 5, 100, 102, 250, 253]) expect(map.line(p)).toBeUndefined();
  });

  it('moves the messages that name a position, and refuses (one pass then) a message not of the form it expects', () => {
    const map = positionMap([[0, 100], [100, 200]], [{ records: 5, lines: 6 }, { records: 3, lines: 3 }]);
    const state = (issues: unknown[], index = 101, line = 102): ReportAccumulatorState => ({ rejected: [{ index, line, input: null, issues }] }) as unknown as ReportAccumulatorState;
    const dup = { code: 'duplicate_id', path: [101, 'id'], message: 'id: mã "A" trùng với bản ghi trước (dòng 101)', received: 'A' };
    expect(placedState(state([dup]), map)?.rejected[0]).toEqual({ index: 6, line: 8, input: null, issues: [{ ...dup, path: [6, 'id'], message: 'id: mã "A" trùng với bản ghi trước (dòng 7)' }] });
    const json = { code: 'invalid_json', path: [], message: 'line 102: not valid JSON (unexpected character at column 2)' };
    expect(placedState(state([json]), map)?.rejected[0]?.issues[0]?.message).toBe('line 8: not valid JSON (unexpected character at column 2)');
    // The lead names another line, the issue path another record, a first occurrence outside every range, a code whose line is not moved.
    expect(placedState(state([{ ...json, message: 'line 7: not valid JSON' }]), map)).toBeUndefined();
    expect(placedState(state([{ ...dup, path: [5, 'id'] }]), map)).toBeUndefined();
    expect(placedState(state([{ ...dup, message: 'id: id "A" is used by an earlier record (line 150)' }]), map)).toBeUndefined();
    expect(placedState(state([{ code: 'slip_unmatched', path: [], message: 'handover slip line 102: ...' }]), map)).toBeUndefined();
    // A record outside every range.
    expect(placedState(state([json], 104, 102), map)).toBeUndefined();
  });

  it('knows every message of the library that shows a position', () => {
    const at = { line: 987654, firstLine: 987653, firstIndex: 987652, index: 987651, row: 987650 };
    const shown = new Set<string>();
    for (const [code, pair] of Object.entries(messages)) {
      for (const locale of ['en', 'vi'] as const) {
        const m = (pair as Record<typeof locale, (p: object) => string>)[locale]({ field: 'f', received: 'r', ...at });
        if (!/98765\d/.test(m)) continue;
        shown.add(code);
        if (LINE_LED_CODES.has(code as never)) expect(m).toMatch(/^(line|dòng) 987654: /);
        if (code === 'duplicate_id') expect(m).toMatch(/\((line|dòng) 987653\)$/);
      }
    }
    expect([...shown].sort()).toEqual(['duplicate_id', ...LINE_LED_CODES, ...UNMOVED_CODES].sort());
  });
});
