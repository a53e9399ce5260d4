/**
 * Reads records from JSON, JSON Lines or CSV files, streaming the line-based formats so that
 * large exports never sit in memory whole.
 * @internal
 * @module
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { CliError, EXIT } from './CliError';
import { csvRowToDossier, DOSSIER_CSV_COLUMNS } from './csvDossier';

/** @internal */
export type InputFormat = 'json' | 'jsonl' | 'csv';

/** @internal One record and where it came from (1-based line for JSONL/CSV, array index + 1 for JSON). */
export interface InputRecord {
  readonly line: number;
  readonly value: unknown;
}

/** @internal The input format of a file, from its extension. */
export function formatOf(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  return 'json';
}

function checkReadable(file: string): void {
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code ?? e);
    throw new CliError('file_not_found', { received: file, reason }, EXIT.input);
  }
}

function lineOfPosition(text: string, message: string): number {
  const m = /position (\d+)/.exec(message);
  if (m === null) return 1;
  const pos = Number(m[1]);
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** @internal Reads a whole JSON file (a value of any shape). */
export function readJsonFile(file: string): unknown {
  checkReadable(file);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new CliError('malformed_input', { file, line: lineOfPosition(text, message), detail: `not valid JSON (${message})` }, EXIT.input);
  }
}

/**
 * @internal The records of an already parsed JSON file: an array of records, or an object whose
 * `dossiers` array is used, or else the value itself as one record.
 */
export function* recordsOf(value: unknown): Generator<InputRecord> {
  const list = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { dossiers?: unknown }).dossiers)
      ? (value as { dossiers: unknown[] }).dossiers
      : [value];
  let i = 0;
  for (const v of list) {
    i += 1;
    yield { line: i, value: v };
  }
}

/**
 * @internal Streams the records of a file. A JSON file holds an array of records (or an object
 * whose `dossiers` array is used); JSONL one record per non-empty line; CSV the dossier layout.
 */
export async function* readRecords(file: string, format: InputFormat = formatOf(file)): AsyncGenerator<InputRecord> {
  checkReadable(file);
  if (format === 'json') {
    yield* recordsOf(readJsonFile(file));
    return;
  }
  if (format === 'jsonl') {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let line = 0;
    for await (const raw of lines) {
      line += 1;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      try {
        yield { line, value: JSON.parse(text) };
      } catch (e) {
        throw new CliError('malformed_input', { file, line, detail: `not valid JSON (${(e as Error).message})` }, EXIT.input);
      }
    }
    return;
  }
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false }),
  );
  try {
    let checked = false;
    for await (const chunk of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!checked) {
        checked = true;
        for (const column of Object.keys(chunk.record)) {
          if (!(DOSSIER_CSV_COLUMNS as readonly string[]).includes(column)) {
            throw new CliError('unknown_column', { file, received: column, expected: DOSSIER_CSV_COLUMNS.join(', ') }, EXIT.input);
          }
        }
      }
      yield { line: chunk.info.lines, value: csvRowToDossier(chunk.record) };
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const err = e as Error & { lines?: number };
    throw new CliError('malformed_input', { file, line: err.lines ?? 1, detail: `not valid CSV (${err.message})` }, EXIT.input);
  }
}
