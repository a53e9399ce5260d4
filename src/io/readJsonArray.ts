/**
 * The JSON array reader: a streaming splitter of one top-level array into its elements (tracking
 * strings, escapes and depth), so that a large array is never held whole.
 * @module
 */
import type { TextChunk } from './decode';
import { decodeSource } from './decode';
import type { ReaderOptions, ResolvedReaderOptions } from './options';
import { resolveReaderOptions } from './options';
import type { ReadRecord } from './records';
import { jsonFaultParams } from './jsonSyntax';
import { rejectRecord } from './records';
import type { ReaderSource } from './source';
import { checkSource } from './source';

type Phase = 'start' | 'array' | 'element' | 'scalar' | 'after' | 'done';

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** @internal The element splitter's state. */
interface SplitState {
  readonly o: ResolvedReaderOptions;
  readonly out: ReadRecord<unknown>[];
  phase: Phase;
  line: number;
  prevCR: boolean;
  parts: string[];
  size: number;
  head: string;
  start: number;
  startLine: number;
  depth: number;
  inString: boolean;
  escape: boolean;
  bad: boolean;
  afterComma: boolean;
  encoding: string | undefined;
}

function newState(o: ResolvedReaderOptions): SplitState {
  return { o, out: [], phase: 'start', line: 1, prevCR: false, parts: [], size: 0, head: '', start: 0, startLine: 1, depth: 0, inString: false, escape: false, bad: false, afterComma: false, encoding: undefined };
}

function begin(S: SplitState, at: number, p: Phase): void {
  S.phase = p;
  S.start = at;
  S.startLine = S.line;
  S.parts = [];
  S.size = 0;
  S.head = '';
  S.depth = 0;
  S.inString = false;
  S.escape = false;
  S.bad = false;
}

function collect(S: SplitState, text: string, from: number, to: number): void {
  if (to <= from) return;
  if (S.head.length < S.o.preview) S.head += text.slice(from, Math.min(to, from + S.o.preview - S.head.length));
  S.size += to - from;
  if (S.size <= S.o.max) S.parts.push(text.slice(from, to));
  else S.parts = [];
}

function finish(S: SplitState, truncated: boolean): void {
  const text = S.parts.join('');
  S.parts = [];
  if (S.size > S.o.max) S.out.push(rejectRecord(S.startLine, `${S.head}…`, 'record_too_large', { limit: S.o.max }, S.o));
  else if (S.bad) S.out.push(rejectRecord(S.startLine, text, 'invalid_encoding', { encoding: S.encoding === undefined || S.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16' }, S.o));
  else if (truncated) S.out.push(rejectRecord(S.startLine, text, 'truncated_input', { detail: 'the JSON array is not closed', detailVi: 'mảng JSON không được đóng' }, S.o));
  else if (S.phase === 'scalar') {
    try {
      S.out.push(rejectRecord(S.startLine, text, 'not_json_array', { kind: kindOf(JSON.parse(text)) }, S.o));
    } catch {
      S.out.push(rejectRecord(S.startLine, text, 'invalid_json', jsonFaultParams(text), S.o));
    }
  } else {
    try {
      S.out.push({ ok: true, line: S.startLine, value: JSON.parse(text) as unknown });
    } catch {
      S.out.push(rejectRecord(S.startLine, text, 'invalid_json', text.trim() === '' ? { detail: 'an empty element', detailVi: 'một phần tử rỗng' } : jsonFaultParams(text), S.o));
    }
  }
}

/** Scans one character outside an element; returns false to stop scanning the chunk. */
function between(S: SplitState, text: string, i: number, c: number): boolean {
  if (S.phase === 'start') {
    if (c === 91) {
      S.phase = 'array';
      S.afterComma = false;
    } else begin(S, i, 'scalar');
  } else if (S.phase === 'array') {
    if (c === 93 || c === 44) {
      if (c === 44 || S.afterComma) {
        begin(S, i, 'element');
        finish(S, false);
      }
      S.phase = c === 93 ? 'after' : 'array';
      S.afterComma = c === 44;
    } else begin(S, i, 'element');
  } else if (S.phase === 'after') {
    S.out.push(rejectRecord(S.line, text.slice(i, i + S.o.preview), 'trailing_content', {}, S.o));
    S.phase = 'done';
    return false;
  }
  return true;
}

/** Scans one character of an element; returns true when the element ended at it. */
function inside(S: SplitState, c: number): boolean {
  if (S.inString) {
    if (S.escape) S.escape = false;
    else if (c === 92) S.escape = true;
    else if (c === 34) S.inString = false;
    return false;
  }
  if (c === 34) S.inString = true;
  else if (c === 123 || c === 91) S.depth++;
  else if (c === 125 || (c === 93 && S.depth > 0)) S.depth--;
  else if (S.depth === 0 && (c === 44 || c === 93)) return true;
  return false;
}

/** Scans one chunk of text. */
function feed(S: SplitState, chunk: TextChunk): void {
  const text = chunk.text;
  S.encoding = chunk.encoding;
  const badAt = chunk.bad ?? [];
  let b = 0;
  S.start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!S.prevCR) S.line++;
    } else if (c === 13) S.line++;
    S.prevCR = c === 13;
    while (b < badAt.length && (badAt[b] as number) < i) b++;
    if (S.phase === 'done') return;
    if (S.phase === 'element' || S.phase === 'scalar') {
      if (badAt[b] === i) S.bad = true;
      if (S.phase === 'element' && inside(S, c)) {
        collect(S, text, S.start, i);
        finish(S, false);
        S.phase = c === 93 ? 'after' : 'array';
        S.afterComma = c === 44;
      }
      continue;
    }
    if (isSpace(c)) continue;
    if (!between(S, text, i, c)) return;
    // The first character of an element: scanned again as part of it.
    if ((S.phase as Phase) === 'element' || (S.phase as Phase) === 'scalar') i--;
  }
  if (S.phase === 'element' || S.phase === 'scalar') collect(S, text, S.start, text.length);
}

/** Ends the input: an element still open is truncated. */
function end(S: SplitState): void {
  if (S.phase === 'element') finish(S, true);
  else if (S.phase === 'scalar') finish(S, false);
  else if (S.phase === 'array') {
    begin(S, 0, 'element');
    finish(S, true);
  }
  S.phase = 'done';
}

/** @internal A JSON array over decoded text. */
export async function* jsonArrayFromText(chunks: AsyncIterable<TextChunk>, o: ResolvedReaderOptions): AsyncGenerator<ReadRecord<unknown>> {
  const s = newState(o);
  for await (const chunk of chunks) {
    feed(s, chunk);
    if (s.out.length > 0) yield* s.out.splice(0);
  }
  end(s);
  yield* s.out.splice(0);
}

/**
 * Reads a JSON array of records element by element, streaming: only the current element is held
 * (at most `maxRecordBytes`). Each element gets the line where it starts. An element that is not
 * valid JSON, holds invalid UTF-8 or is over the size limit is a {@link RejectedLine}, and reading
 * goes on; so is a truncated end (the array never closed), content after the array, and a
 * top-level value that is not an array (one rejected record, `not_json_array`).
 *
 * @param source - The text, bytes or chunks (UTF-8 with or without BOM, or UTF-16).
 * @param options - Size limit, preview length, message locale.
 * @returns The elements in order: elements in = accepted + rejected.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_source`) When `source` is not a {@link ReaderSource}.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_reader_option`) When an option is out of range.
 * @example
 * ```ts
 * import { readJsonArray } from 'reform-rules/io';
 * for await (const r of readJsonArray('[\n{"id":"HS-1"},\n{"id":"HS-2"}\n]')) r.line; // => 2, then 3
 * ```
 * @category Input
 */
export function readJsonArray(source: ReaderSource, options?: ReaderOptions): AsyncGenerator<ReadRecord<unknown>> {
  checkSource(source);
  const o = resolveReaderOptions(options);
  return jsonArrayFromText(decodeSource(source), o);
}
