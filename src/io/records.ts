/**
 * What every reader yields: an accepted record with its line, or a rejected record with its line,
 * a bounded preview of its text and the issues found. Records in = accepted + rejected, always.
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { IssueCode } from '../errors/messages/index';
import type { MessageParams } from '../errors/messages/types';
import type { LineProblem } from './lines';
import type { ResolvedReaderOptions } from './options';

/**
 * A record a reader could read.
 * @typeParam T - The record's value type.
 * @example
 * ```ts
 * import type { AcceptedRecord } from 'reform-rules/io';
 * const r: AcceptedRecord<unknown> = { ok: true, line: 1, value: { id: 'HS-1' } };
 * ```
 * @category Input
 */
export interface AcceptedRecord<T> {
  /** Always `true`. */
  readonly ok: true;
  /** The 1-based line where the record starts. */
  readonly line: number;
  /** The record. */
  readonly value: T;
}

/**
 * A record a reader could not read (invalid JSON, a wrong number of CSV fields, invalid bytes, a
 * record over the size limit, a truncated end), with the line where it starts: the readers' form
 * of the one rejected-record shape `{ index | line, id?, input, issues }` (batches use `index`).
 * @example
 * ```ts
 * import type { RejectedLine } from 'reform-rules/io';
 * // { ok: false, line: 2, input: '{"id": oops}', issues: [{ code: 'invalid_json', path: [], ... }] }
 * ```
 * @category Input
 */
export interface RejectedLine {
  /** Always `false`. */
  readonly ok: false;
  /** The 1-based line where the record starts. */
  readonly line: number;
  /** The record's id, when it could be read. */
  readonly id?: string;
  /** The start of the record's text, at most `previewChars` characters (then `…`). */
  readonly input: string;
  /** Every problem found, at least one. */
  readonly issues: [Issue, ...Issue[]];
}

/**
 * One item a reader yields, in input order.
 * @typeParam T - The accepted value's type.
 * @example
 * ```ts
 * import { readJsonLines } from 'reform-rules/io';
 * for await (const r of readJsonLines('{"id":"HS-1"}\n')) if (r.ok) r.value; // => { id: 'HS-1' }
 * ```
 * @category Input
 */
export type ReadRecord<T> = AcceptedRecord<T> | RejectedLine;

/** @internal The bounded preview of a record's text. */
export function preview(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** @internal A rejected record with one issue. */
export function rejectRecord(line: number, text: string, code: IssueCode, params: MessageParams, o: ResolvedReaderOptions, path: (string | number)[] = []): RejectedLine {
  return { ok: false, line, input: preview(text, o.preview), issues: [createIssue(code, path, { line, ...params }, o.locale)] };
}

/** @internal The rejected record of a line with a problem. */
export function rejectLine(line: number, text: string, problem: LineProblem, o: ResolvedReaderOptions): RejectedLine {
  const r =
    problem.kind === 'record_too_large'
      ? rejectRecord(line, text, 'record_too_large', { limit: o.max }, o)
      : rejectRecord(line, text, 'invalid_encoding', { encoding: problem.kind === 'invalid_utf8' ? 'UTF-8' : 'UTF-16' }, o);
  // A too-large line comes as its preview already: mark it as cut.
  return problem.kind === 'record_too_large' && !r.input.endsWith('…') ? { ...r, input: `${r.input}…` } : r;
}

/** @internal Whether a line holds only white space. */
export function isBlank(text: string): boolean {
  return text.length === 0 || (text.charCodeAt(0) <= 32 && text.charCodeAt(text.length - 1) <= 32 && text.trim() === '');
}
