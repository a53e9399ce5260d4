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
import { rejectRecord } from './records';
import type { ReaderSource } from './source';
import { checkSource } from './source';

type Phase = 'start' | 'array' | 'element' | 'scalar' | 'after' | 'done';

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** @internal The element splitter's state machine. */
function arraySplitter(o: ResolvedReaderOptions) {
  let phase: Phase = 'start';
  let line = 1;
  let prevCR = false;
  let parts: string[] = [];
  let size = 0;
  let head = '';
  let start = 0;
  let startLine = 1;
  let depth = 0;
  let inString = false;
  let escape = false;
  let bad = false;
  let afterComma = false;
  let encoding: string | undefined;
  const out: ReadRecord<unknown>[] = [];

  const begin = (at: number, p: Phase): void => {
    phase = p;
    start = at;
    startLine = line;
    parts = [];
    size = 0;
    head = '';
    depth = 0;
    inString = false;
    escape = false;
    bad = false;
  };
  const collect = (text: string, from: number, to: number): void => {
    if (to <= from) return;
    if (head.length < o.preview) head += text.slice(from, Math.min(to, from + o.preview - head.length));
    size += to - from;
    if (size <= o.max) parts.push(text.slice(from, to));
    else parts = [];
  };
  const finish = (truncated: boolean): void => {
    const text = parts.join('');
    parts = [];
    if (size > o.max) out.push(rejectRecord(startLine, `${head}…`, 'record_too_large', { limit: o.max }, o));
    else if (bad) out.push(rejectRecord(startLine, text, 'invalid_encoding', { encoding: encoding === undefined || encoding === 'utf-8' ? 'UTF-8' : 'UTF-16' }, o));
    else if (truncated) out.push(rejectRecord(startLine, text, 'truncated_input', { detail: 'the JSON array is not closed', detailVi: 'mảng JSON không được đóng' }, o));
    else if (phase === 'scalar') {
      try {
        out.push(rejectRecord(startLine, text, 'not_json_array', { kind: kindOf(JSON.parse(text)) }, o));
      } catch (e) {
        out.push(rejectRecord(startLine, text, 'invalid_json', { detail: (e as Error).message }, o));
      }
    } else {
      try {
        out.push({ ok: true, line: startLine, value: JSON.parse(text) as unknown });
      } catch (e) {
        out.push(rejectRecord(startLine, text, 'invalid_json', { detail: text.trim() === '' ? 'an empty element' : (e as Error).message }, o));
      }
    }
  };
  /** Scans one character outside an element; returns false to stop scanning the chunk. */
  const between = (text: string, i: number, c: number): boolean => {
    if (phase === 'start') {
      if (c === 91) {
        phase = 'array';
        afterComma = false;
      } else begin(i, 'scalar');
    } else if (phase === 'array') {
      if (c === 93 || c === 44) {
        if (c === 44 || afterComma) {
          begin(i, 'element');
          finish(false);
        }
        phase = c === 93 ? 'after' : 'array';
        afterComma = c === 44;
      } else begin(i, 'element');
    } else if (phase === 'after') {
      out.push(rejectRecord(line, text.slice(i, i + o.preview), 'trailing_content', {}, o));
      phase = 'done';
      return false;
    }
    return true;
  };
  /** Scans one character of an element; returns true when the element ended at it. */
  const inside = (c: number): boolean => {
    if (inString) {
      if (escape) escape = false;
      else if (c === 92) escape = true;
      else if (c === 34) inString = false;
      return false;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || (c === 93 && depth > 0)) depth--;
    else if (depth === 0 && (c === 44 || c === 93)) return true;
    return false;
  };
  return {
    out,
    feed(chunk: TextChunk): void {
      const text = chunk.text;
      encoding = chunk.encoding;
      const badAt = chunk.bad ?? [];
      let b = 0;
      start = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
          if (!prevCR) line++;
        } else if (c === 13) line++;
        prevCR = c === 13;
        while (b < badAt.length && (badAt[b] as number) < i) b++;
        if (phase === 'done') return;
        if (phase === 'element' || phase === 'scalar') {
          if (badAt[b] === i) bad = true;
          if (phase === 'element' && inside(c)) {
            collect(text, start, i);
            finish(false);
            phase = c === 93 ? 'after' : 'array';
            afterComma = c === 44;
          }
          continue;
        }
        if (isSpace(c)) continue;
        if (!between(text, i, c)) return;
        // The first character of an element: scanned again as part of it.
        if ((phase as Phase) === 'element' || (phase as Phase) === 'scalar') i--;
      }
      if (phase === 'element' || phase === 'scalar') collect(text, start, text.length);
    },
    end(): void {
      if (phase === 'element') finish(true);
      else if (phase === 'scalar') finish(false);
      else if (phase === 'array') {
        begin(0, 'element');
        finish(true);
      }
      phase = 'done';
    },
  };
}

/** @internal A JSON array over decoded text. */
export async function* jsonArrayFromText(chunks: AsyncIterable<TextChunk>, o: ResolvedReaderOptions): AsyncGenerator<ReadRecord<unknown>> {
  const s = arraySplitter(o);
  for await (const chunk of chunks) {
    s.feed(chunk);
    if (s.out.length > 0) yield* s.out.splice(0);
  }
  s.end();
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
 * @throws {@link ReformRulesError} (code `invalid_source`) When `source` is not a {@link ReaderSource}.
 * @throws {@link ReformRulesError} (code `invalid_reader_option`) When an option is out of range.
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
