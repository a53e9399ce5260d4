/**
 * What the main thread and the workers of `report --jobs N` send each other, and how each of them
 * reads a range.
 * @internal
 * @module
 */
import type { SerializedCalendar } from '../calendar/serializedIndex';
import { decodeSource } from '../io/decode';
import type { ReaderOptions } from '../io/index';
import { resolveReaderOptions } from '../io/options';
import { addJsonLinesFromText } from '../io/addJsonLines';
import type { ReportAccumulator, ReportAccumulatorState, ReportRowBase, ResolutionReportOptions } from '../report/index';
import { fileChunks } from './fileChunks';
import type { RangeCount } from './poolPositions';
import { provisionalStart } from './poolPositions';

/** @internal The accumulator's options but the calendar (sent once, serialized). */
export type AccumulatorSpec = Omit<ResolutionReportOptions<'bieu06' | 'portal-summary'>, 'calendar'>;

/** @internal What every worker of the pool is given: the file, the accumulator's options, the calendar, the reader's options. */
export interface PoolTask {
  readonly file: string;
  readonly spec: AccumulatorSpec;
  readonly calendar: SerializedCalendar;
  /** The reader's options: those of the one pass (its locale, else the defaults). */
  readonly reader: ReaderOptions;
}

/**
 * @internal The main thread's messages to a worker: read the byte range [start, end) of the file
 * (it starts and ends at line breaks), numbered provisionally from its start
 * ({@link provisionalStart}); or send your state, there is no more.
 */
export type PoolCommand = { readonly kind: 'range'; readonly start: number; readonly end: number } | { readonly kind: 'finish' };

/** @internal A worker's messages: a range read, with what it held (give me the next), then its state and id hashes (or an error). */
export type PoolMessage =
  | { readonly kind: 'ready'; readonly count: RangeCount }
  | { readonly kind: 'done'; readonly state: ReportAccumulatorState; readonly ids: Float64Array /** ascending, each once */ }
  | { readonly kind: 'error'; readonly message: string };

/** @internal A range to read, with where it starts in the whole file. */
export type RangeCommand = Extract<PoolCommand, { kind: 'range' }>;

/**
 * @internal Reads the range [start, end) of a JSON Lines file into `acc`, its records and lines
 * numbered provisionally from its start ({@link provisionalStart}), and the hashes of their ids
 * into `ids`: what a worker, or the main thread as one of the readers, does with each range it is
 * handed. Returns how many lines and records the range held.
 */
export async function accumulateRange(acc: ReportAccumulator<ReportRowBase>, ids: HashList, file: string, reader: ReaderOptions, range: RangeCommand): Promise<RangeCount> {
  const bytes = fileChunks(file, range.start, range.end);
  const at = provisionalStart(range.start);
  return addJsonLinesFromText(acc, decodeSource(bytes), resolveReaderOptions(reader), at.line, at.index, (id, parsed) => {
    if (parsed && typeof id === 'string') ids.push(idHash(id));
  });
}

/**
 * @internal The hashes of a reader's ids, in a typed array that doubles as it fills (a `number[]`
 * of a million hashes lives in V8's heap, copied as it grows and marked by every full collection).
 * With the radix sort and the counting pass gone, `report --jobs 2` on 2,000,000 lines went from
 * 6.45-6.70 s to 6.06-6.36 s in interleaved runs; the hashes still cost the pool about 0.3 s.
 */
export class HashList {
  private values = new Float64Array(1 << 14);
  private n = 0;

  push(hash: number): void {
    if (this.n === this.values.length) {
      const grown = new Float64Array(2 * this.n);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.n++] = hash;
  }

  /** The hashes pushed, in order (a view, until the next push). */
  view(): Float64Array {
    return this.values.subarray(0, this.n);
  }
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

/** The 16-bit digit `d` (0: lowest) of a whole number below 2^53. */
function digit(v: number, d: number): number {
  if (d < 2) return d === 0 ? v & 0xffff : (v >>> 16) & 0xffff;
  const hi = Math.floor(v / 4294967296);
  return d === 2 ? hi & 0xffff : hi >>> 16;
}

/**
 * @internal The hashes ascending, each once (a worker sorts its own, so the main thread only
 * merges): a least-significant-digit radix sort in four passes of 16 bits (a million hashes in
 * about 50 ms, where `Float64Array.prototype.sort` took 120).
 */
export function sortedUnique(hashes: ArrayLike<number>): Float64Array {
  let a = Float64Array.from(hashes);
  let b = new Float64Array(a.length);
  const counts = new Uint32Array(0x10000);
  for (let d = 0; d < 4; d++) {
    counts.fill(0);
    for (let i = 0; i < a.length; i++) {
      const c = digit(a[i] as number, d);
      counts[c] = (counts[c] as number) + 1;
    }
    let at = 0;
    for (let c = 0; c < 0x10000; c++) {
      const n = counts[c] as number;
      counts[c] = at;
      at += n;
    }
    for (let i = 0; i < a.length; i++) {
      const v = a[i] as number;
      const c = digit(v, d);
      b[counts[c] as number] = v;
      counts[c] = (counts[c] as number) + 1;
    }
    [a, b] = [b, a];
  }
  let k = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[k - 1]) a[k++] = a[i] as number;
  return a.slice(0, k);
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
