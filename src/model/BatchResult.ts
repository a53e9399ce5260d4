/**
 * The shapes every batch of records comes back in: the records kept, the records rejected with
 * their position and issues. One shape for every parser, reader and report.
 * @module
 */
import type { Issue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';

/** Options of every `parse*` function. @category Model */
export interface ParseOptions {
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/**
 * A record that could not be used, with where it was and why: the one shape of a rejected record
 * in every batch parser, reader and report (a record the agency refused is a dossier with a
 * `refused` end, never a rejected record).
 * @example
 * ```ts
 * import type { RejectedRecord } from 'reform-rules';
 * const r: RejectedRecord = { index: 3, line: 5, id: 'HS-4', input: { id: 'HS-4' }, issues: [] as never };
 * ```
 * @category Model
 */
export interface RejectedRecord {
  /** The record's 0-based position in the input (array index, or order in a stream). */
  readonly index: number;
  /** Its 1-based line in a text input, when it was read from one. */
  readonly line?: number | undefined;
  /** Its id, when it had a non-empty string one. */
  readonly id?: string | undefined;
  /** The record as it was received (a bounded preview for text that could not be parsed). */
  readonly input: unknown;
  /** Every problem found in it (paths start with the index). */
  readonly issues: [Issue, ...Issue[]];
}

/**
 * The outcome of a batch parse: every valid record kept (in input order), every bad one reported;
 * `value.length + rejected.length` always equals the number of records given.
 * @typeParam T - The record type.
 * @example
 * ```ts
 * import { parseDossiers } from 'reform-rules';
 * const r = parseDossiers([]);
 * r.value.length + r.rejected.length; // => 0
 * ```
 * @category Model
 */
export interface BatchResult<T> {
  /** True when no record was rejected. */
  readonly ok: boolean;
  /** The valid records, in input order. */
  readonly value: T[];
  /** The rejected records, in input order. */
  readonly rejected: RejectedRecord[];
  /** All issues of all rejected records, flattened (paths start with the record index). */
  readonly issues: Issue[];
}

/** @internal The id of a record, when it has a non-empty string one (own property only). */
export function recordId(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !Object.prototype.hasOwnProperty.call(input, 'id')) return undefined;
  const id: unknown = (input as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
