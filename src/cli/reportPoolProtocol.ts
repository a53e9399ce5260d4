/**
 * What the main thread and the workers of `report --jobs N` send each other.
 * @internal
 * @module
 */
import type { SerializedCalendar } from '../calendar/serializedIndex';
import type { ReaderOptions } from '../io/index';
import type { ReportAccumulatorState, ResolutionReportOptions } from '../report/index';

/** @internal The accumulator's options but the calendar (sent once, serialized). */
export type AccumulatorSpec = Omit<ResolutionReportOptions<'bieu06' | 'portal-summary'>, 'calendar'>;

/** @internal One worker's task: a byte range [start, end) of `file` that starts and ends at line breaks. */
export interface RangeTask {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly spec: AccumulatorSpec;
  readonly calendar: SerializedCalendar;
  /** The reader's options: those of the one pass (`readRecords` reads JSON Lines with the defaults). */
  readonly reader: ReaderOptions;
}

/** @internal A worker's messages: its range's counts, then its state and id hashes (or an error). */
export type PoolMessage =
  | { readonly kind: 'counts'; readonly lines: number; readonly records: number }
  | { readonly kind: 'done'; readonly state: ReportAccumulatorState; readonly ids: Float64Array }
  | { readonly kind: 'error'; readonly message: string };

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
