/**
 * What the main thread and the workers of `report --jobs N` send each other, and how each of them
 * reads a range.
 * @internal
 * @module
 */
import { createReadStream } from 'node:fs';
import type { SerializedCalendar } from '../calendar/serializedIndex';
import { decodeSource } from '../io/decode';
import type { ReaderOptions } from '../io/index';
import { splitLines } from '../io/lines';
import { resolveReaderOptions } from '../io/options';
import { isBlank } from '../io/records';
import { addJsonLinesFromText } from '../io/addJsonLines';
import type { ReaderSource } from '../io/source';
import type { ReportAccumulator, ReportAccumulatorState, ReportRowBase, ResolutionReportOptions } from '../report/index';
import { READ_CHUNK_BYTES } from './fileChunks';

/** @internal The accumulator's options but the calendar (sent once, serialized). */
export type AccumulatorSpec = Omit<ResolutionReportOptions<'bieu06' | 'portal-summary'>, 'calendar'>;

/** @internal What every worker of the pool is given: the file, the accumulator's options, the calendar, the reader's options. */
export interface PoolTask {
  readonly file: string;
  readonly spec: AccumulatorSpec;
  readonly calendar: SerializedCalendar;
  /** The reader's options: those of the one pass (`readRecords` reads JSON Lines with the defaults). */
  readonly reader: ReaderOptions;
}

/**
 * @internal The main thread's messages to a worker: read the byte range [start, end) of the file
 * (it starts and ends at line breaks), its first line numbered `firstLine` and its first record
 * `firstIndex` in the whole file; or send your state, there is no more.
 */
export type PoolCommand =
  | { readonly kind: 'range'; readonly start: number; readonly end: number; readonly firstLine: number; readonly firstIndex: number }
  | { readonly kind: 'finish' };

/** @internal A worker's messages: a range read (give me the next), then its state and id hashes (or an error). */
export type PoolMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'done'; readonly state: ReportAccumulatorState; readonly ids: Float64Array /** ascending, each once */ }
  | { readonly kind: 'error'; readonly message: string };

/** @internal A range to read, with where it starts in the whole file. */
export type RangeCommand = Extract<PoolCommand, { kind: 'range' }>;

/**
 * @internal Reads the range [start, end) of a JSON Lines file into `acc`, the records numbered from
 * `firstIndex`, the lines from `firstLine`, and the hashes of their ids into `ids`: what a worker,
 * or the main thread as one of the readers, does with each range it is handed.
 */
export async function accumulateRange(acc: ReportAccumulator<ReportRowBase>, ids: number[], file: string, reader: ReaderOptions, range: RangeCommand): Promise<void> {
  // `end` is inclusive for createReadStream; an empty range reads nothing.
  const bytes = range.end > range.start ? createReadStream(file, { start: range.start, end: range.end - 1, highWaterMark: READ_CHUNK_BYTES }) : [];
  await addJsonLinesFromText(acc, decodeSource(bytes), resolveReaderOptions(reader), range.firstLine, range.firstIndex, (id, parsed) => {
    if (parsed && typeof id === 'string') ids.push(idHash(id));
  });
}

/**
 * @internal A 53-bit hash of an id (cyrb53). Equal ids have equal hashes; the pool compares the
 * hashes of different ranges, and any equality (a repeated id, or a rare collision) makes it read
 * the file again in one pass, so the hash never decides a result.
 */
export function idHash(id: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** @internal The lines and the records (non-blank lines, or lines with a problem) of a range, as the JSON Lines reader counts them. */
export interface RangeCount {
  readonly lines: number;
  readonly records: number;
}

/**
 * @internal The count of a range whose every line starts with a printable ASCII character (`!`
 * to `~`) and which holds no carriage return: then every line is a record (none is blank), and the
 * lines are the `\n`-separated parts (a last part without `\n` counted when not empty), counted
 * in the bytes without decoding them. `undefined` for any other range (a blank line, a line that
 * starts with a space, a byte order mark or a multi-byte character, a `\r`): the caller counts it
 * the reader's way ({@link exactCount}). Property-tested against that count. `chunks` may reuse
 * one buffer (each chunk is read before the next is asked for).
 */
export async function plainCount(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<RangeCount | undefined> {
  let lines = 0;
  let lineStart = true;
  for await (const chunk of chunks) {
    // A Buffer view: Buffer's indexOf is memchr, Uint8Array's a loop in V8 (the count of 757 MB
    // took 630 ms of CPU with it, 60 ms with memchr).
    const c = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (c.indexOf(13) >= 0) return undefined;
    for (let i = 0; i < c.length; ) {
      if (lineStart) {
        const b = c[i] as number;
        if (b < 0x21 || b > 0x7e) return undefined;
        lineStart = false;
      }
      const nl = c.indexOf(10, i);
      if (nl < 0) break;
      lines++;
      lineStart = true;
      i = nl + 1;
    }
  }
  if (!lineStart) lines++;
  return { lines, records: lines };
}

/** @internal The count of a range with the reader's own decoder and splitter (exact for any bytes). */
export async function exactCount(source: ReaderSource, reader: ReaderOptions): Promise<RangeCount> {
  const o = resolveReaderOptions(reader);
  let lines = 0;
  let records = 0;
  for await (const batch of splitLines(decodeSource(source), o.max, o.preview)) {
    lines += batch.lines.length;
    for (let i = 0; i < batch.lines.length; i++) if (batch.problems?.has(i) === true || !isBlank(batch.lines[i] as string)) records++;
  }
  return { lines, records };
}

/** @internal The hashes ascending, each once (a worker sorts its own, so the main thread only merges). */
export function sortedUnique(hashes: readonly number[]): Float64Array {
  const s = Float64Array.from(hashes).sort();
  let k = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[k - 1]) s[k++] = s[i] as number;
  return s.slice(0, k);
}

/** @internal Whether two of the ascending, duplicate-free sets share a value: one merge pass over them all. */
export function sortedSetsMeet(sets: readonly Float64Array[]): boolean {
  const at = sets.map(() => 0);
  let previous = Number.NaN;
  for (;;) {
    let min = -1;
    for (let k = 0; k < sets.length; k++) {
      const s = sets[k] as Float64Array;
      const i = at[k] as number;
      if (i < s.length && (min < 0 || (s[i] as number) < ((sets[min] as Float64Array)[at[min] as number] as number))) min = k;
    }
    if (min < 0) return false;
    const v = (sets[min] as Float64Array)[at[min] as number] as number;
    if (v === previous) return true;
    previous = v;
    at[min] = (at[min] as number) + 1;
  }
}
