/**
 * The JSON Lines reader: one JSON value per non-empty line.
 * @module
 */
import type { TextChunk } from './decode';
import { decodeSource } from './decode';
import { jsonFaultParams } from './jsonSyntax';
import type { LineProblem } from './lines';
import { splitLines } from './lines';
import type { ReaderOptions, ResolvedReaderOptions } from './options';
import { resolveReaderOptions } from './options';
import type { ReadRecord } from './records';
import { isBlank, rejectLine, rejectRecord } from './records';
import type { ReaderSource } from './source';
import { checkSource } from './source';

/** @internal The record of one line of JSON Lines (its problem, if the splitter found one), or `undefined` for a blank line. */
export function lineRecord(text: string, problem: LineProblem | undefined, line: number, o: ResolvedReaderOptions): ReadRecord<unknown> | undefined {
  if (problem !== undefined) return rejectLine(line, text, problem, o);
  if (isBlank(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return rejectRecord(line, text, 'invalid_json', jsonFaultParams(text), o);
  }
  return { ok: true, line, value };
}

/** @internal JSON Lines over decoded text; lines are numbered from `firstLine` (a later part of a file read on its own). */
export async function* jsonLinesFromText(chunks: AsyncIterable<TextChunk>, o: ResolvedReaderOptions, firstLine = 1): AsyncGenerator<ReadRecord<unknown>> {
  for await (const { first, lines, problems } of splitLines(chunks, o.max, o.preview, firstLine)) {
    for (let i = 0; i < lines.length; i++) {
      const r = lineRecord(lines[i] as string, problems?.get(i), first + i, o);
      if (r !== undefined) yield r;
    }
  }
}

/**
 * Reads JSON Lines (`.jsonl`, `.ndjson`): one JSON value per line, blank lines skipped. Streams:
 * memory stays bounded by the longest line (at most `maxRecordBytes`). A line that is not valid JSON
 * (including a truncated last line), holds invalid UTF-8 or is over the size limit is a
 * {@link RejectedLine} with its line number, and reading goes on.
 *
 * @param source - The text, bytes or chunks (UTF-8 with or without BOM, or UTF-16).
 * @param options - Size limit, preview length, message locale.
 * @returns The records in input order: non-blank lines = accepted + rejected.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_source`) When `source` is not a {@link ReaderSource}.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_reader_option`) When an option is out of range.
 * @example
 * ```ts
 * import { readJsonLines } from 'reform-rules/io';
 * for await (const r of readJsonLines('{"id":"HS-1"}\n{"id": oops}\n')) {
 *   // { ok: true, line: 1, value: { id: 'HS-1' } }, then { ok: false, line: 2, issues: [{ code: 'invalid_json', ... }] }
 * }
 * ```
 * @category Input
 */
export function readJsonLines(source: ReaderSource, options?: ReaderOptions): AsyncGenerator<ReadRecord<unknown>> {
  checkSource(source);
  const o = resolveReaderOptions(options);
  return jsonLinesFromText(decodeSource(source), o);
}
