/**
 * One entry point for every record format: JSON array, JSON Lines or CSV, chosen by the caller, by
 * the name's extension, or by the content's first non-space character.
 * @module
 */
import { raise } from '../errors/ReformRulesError';
import type { CsvOptions } from './readCsv';
import { csvFromText, resolveCsvOptions } from './readCsv';
import type { TextChunk } from './decode';
import { decodeSource } from './decode';
import { jsonArrayFromText } from './readJsonArray';
import { jsonLinesFromText } from './readJsonLines';
import type { ReadRecord } from './records';
import type { ReaderSource } from './source';
import { checkSource } from './source';

/** The record formats {@link readRecords} reads. @category Input */
export type InputFormat = 'json' | 'jsonl' | 'csv';

/**
 * Options of {@link readRecords}: the format or a file name to take it from, and the CSV options.
 * @example
 * ```ts
 * import type { ReadRecordsOptions } from 'reform-rules/io';
 * const options: ReadRecordsOptions = { name: 'export.csv', delimiter: ';' };
 * ```
 * @category Input
 */
export interface ReadRecordsOptions extends CsvOptions {
  /** The format; by default from `name`, else from the content. */
  readonly format?: InputFormat;
  /** A file name whose extension names the format (`.json`, `.jsonl`/`.ndjson`, `.csv`/`.tsv`). */
  readonly name?: string;
}

/**
 * The format a file name's extension names, if any.
 * @param name - A file name or path.
 * @returns `'json'`, `'jsonl'` or `'csv'`, or `undefined` for any other extension.
 * @example
 * ```ts
 * import { formatFromName } from 'reform-rules/io';
 * formatFromName('Q1/dossiers.ndjson'); // => 'jsonl'
 * ```
 * @category Input
 */
export function formatFromName(name: string): InputFormat | undefined {
  if (typeof name !== 'string') return raise('invalid_type', { field: 'name', expected: 'a file name', received: name });
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return undefined;
}

/** The format from the first non-space character: `[` JSON array, `{` JSON Lines, else CSV. */
async function sniff(chunks: AsyncIterator<TextChunk>): Promise<{ format: InputFormat; seen: TextChunk[] }> {
  const seen: TextChunk[] = [];
  for (;;) {
    const n = await chunks.next();
    if (n.done === true) return { format: 'jsonl', seen };
    seen.push(n.value);
    const m = /\S/.exec(n.value.text);
    if (m !== null) return { format: m[0] === '[' ? 'json' : m[0] === '{' ? 'jsonl' : 'csv', seen };
  }
}

async function* replay(seen: TextChunk[], rest: AsyncIterator<TextChunk>): AsyncGenerator<TextChunk> {
  yield* seen;
  for (;;) {
    const n = await rest.next();
    if (n.done === true) return;
    yield n.value;
  }
}

/**
 * Reads records in any of the three formats. JSON yields the elements of a top-level array
 * ({@link readJsonArray}), JSON Lines one value per line ({@link readJsonLines}), CSV header-keyed
 * rows ({@link readCsv}). The format is `options.format`, else the extension of `options.name`, else
 * the content's first non-space character (`[` JSON, `{` JSON Lines, anything else CSV).
 *
 * @param source - The text, bytes or chunks.
 * @param options - Format or name, and the reader options.
 * @returns The records in order, accepted or rejected.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_reader_option`) On an unknown format or a bad option.
 * @example
 * ```ts
 * import { readRecords } from 'reform-rules/io';
 * for await (const r of readRecords('id,channel\nHS-1,online\n')) if (r.ok) r.value; // => { id: 'HS-1', channel: 'online' }
 * ```
 * @category Input
 */
export async function* readRecords(source: ReaderSource, options?: ReadRecordsOptions): AsyncGenerator<ReadRecord<unknown>> {
  checkSource(source);
  const o = resolveCsvOptions(options);
  const given = options?.format;
  if (given !== undefined && given !== 'json' && given !== 'jsonl' && given !== 'csv') {
    raise('invalid_reader_option', { field: 'format', expected: "'json', 'jsonl' or 'csv'", expectedVi: "'json', 'jsonl' hoặc 'csv'", received: given });
  }
  const name = options?.name;
  if (name !== undefined && typeof name !== 'string') raise('invalid_reader_option', { field: 'name', expected: 'a file name', expectedVi: 'một tên tệp', received: name });
  let format = given ?? (name === undefined ? undefined : formatFromName(name));
  let text: AsyncIterable<TextChunk> = decodeSource(source);
  if (format === undefined) {
    const it = text[Symbol.asyncIterator]();
    const s = await sniff(it);
    format = s.format;
    text = replay(s.seen, it);
  }
  if (format === 'json') yield* jsonArrayFromText(text, o);
  else if (format === 'jsonl') yield* jsonLinesFromText(text, o);
  else yield* csvFromText(text, o);
}
