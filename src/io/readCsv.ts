/**
 * The CSV reader: RFC 4180 quoting (quoted line breaks, doubled quotes), the delimiter detected among
 * `,` `;` and tab from the header line, header-keyed records.
 * @module
 */
import { raise } from '../errors/ReformRulesError';
import type { CsvDelimiter } from './csvFields';
import { detectDelimiter, oddQuotes, parseFields } from './csvFields';
import type { TextChunk } from './decode';
import { decodeSource } from './decode';
import type { LineProblem } from './lines';
import { splitLines } from './lines';
import type { ReaderOptions, ResolvedReaderOptions } from './options';
import { resolveReaderOptions } from './options';
import type { ReadRecord } from './records';
import { isBlank, rejectLine, rejectRecord } from './records';
import type { ReaderSource } from './source';
import { checkSource } from './source';

/**
 * Options of {@link readCsv}.
 * @example
 * ```ts
 * import type { CsvOptions } from 'reform-rules/io';
 * const options: CsvOptions = { delimiter: ';' };
 * ```
 * @category Input
 */
export interface CsvOptions extends ReaderOptions {
  /** The delimiter; by default the most frequent of `,` `;` tab in the header line. */
  readonly delimiter?: CsvDelimiter;
  /** Whether cells and header names lose surrounding spaces. Default `true`. */
  readonly trim?: boolean;
}

/** A CSV record: header name → cell text, every header an own property. @category Input */
export type CsvRow = Readonly<Record<string, string>>;

/** @internal Resolved CSV options. */
export interface ResolvedCsvOptions extends ResolvedReaderOptions {
  readonly delimiter: CsvDelimiter | undefined;
  readonly trim: boolean;
}

/** @internal Checks and completes the CSV options. */
export function resolveCsvOptions(options: unknown): ResolvedCsvOptions {
  const base = resolveReaderOptions(options);
  const o = (options ?? {}) as Record<string, unknown>;
  const delimiter = o['delimiter'];
  if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    raise('invalid_reader_option', { field: 'delimiter', expected: "',', ';' or '\\t'", expectedVi: "',', ';' hoặc '\\t'", received: delimiter });
  }
  const trim = o['trim'] ?? true;
  if (typeof trim !== 'boolean') raise('invalid_reader_option', { field: 'trim', expected: 'true or false', expectedVi: 'true hoặc false', received: trim });
  return { ...base, delimiter, trim };
}

function headerNames(fields: string[], line: number): string[] {
  const names = fields.map((f, i) => (f === '' ? `#${i + 1}` : f));
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) raise('invalid_csv_header', { line, detail: `the column "${n}" appears twice`, detailVi: `cột "${n}" xuất hiện hai lần`, received: n });
    seen.add(n);
  }
  return names;
}

/** @internal The CSV state machine: physical lines in, records out. */
function csvAssembler(o: ResolvedCsvOptions, onHeader: ((names: readonly string[]) => void) | undefined, transform: ((fields: readonly string[], line: number) => ReadRecord<CsvRow>) | undefined) {
  let header: string[] | undefined;
  let delim: CsvDelimiter = o.delimiter ?? ',';
  let open: { line: number; lines: string[]; nums: number[]; len: number; problem: LineProblem | undefined } | undefined;
  const out: ReadRecord<CsvRow>[] = [];

  const record = (line: number, text: string, problem: LineProblem | undefined): void => {
    if (header === undefined) {
      if (problem !== undefined) raise('invalid_csv_header', { line, detail: problem.kind, received: text.slice(0, o.preview) });
      delim = o.delimiter ?? detectDelimiter(text);
      const f = parseFields(text, delim, o.trim);
      if (typeof f === 'number') raise('invalid_csv_header', { line, detail: `a misplaced quote in column ${f}`, detailVi: `dấu ngoặc kép sai chỗ ở cột ${f}`, received: text.slice(0, o.preview) });
      header = headerNames(f, line);
      onHeader?.(header);
      return;
    }
    if (problem !== undefined) return void out.push(rejectLine(line, text, problem, o));
    const f = parseFields(text, delim, o.trim);
    if (typeof f === 'number') return void out.push(rejectRecord(line, text, 'csv_invalid_quote', { field: f }, o));
    if (f.length !== header.length) return void out.push(rejectRecord(line, text, 'csv_field_count', { expected: header.length, count: f.length }, o));
    if (transform !== undefined) return void out.push(transform(f, line));
    const row: Record<string, string> = {};
    for (let i = 0; i < f.length; i++) {
      const h = header[i] as string;
      // A column named `__proto__` is an own property like any other, never the prototype.
      if (h === '__proto__') Object.defineProperty(row, h, { value: f[i], enumerable: true, writable: true, configurable: true });
      else row[h] = f[i] as string;
    }
    out.push({ ok: true, line, value: row });
  };
  const line = (num: number, text: string, problem: LineProblem | undefined): void => {
    if (open === undefined) {
      if (problem?.kind === 'record_too_large' || (problem === undefined && isBlank(text))) return problem === undefined ? undefined : record(num, text, problem);
      if (oddQuotes(text)) open = { line: num, lines: [text], nums: [num], len: text.length, problem };
      else record(num, text, problem);
      return;
    }
    if (problem?.kind === 'record_too_large' || open.len + text.length > o.max) {
      out.push(rejectRecord(open.line, open.lines[0] as string, 'record_too_large', { limit: o.max }, o));
      open = undefined;
      return;
    }
    open.lines.push(text);
    open.nums.push(num);
    open.len += text.length + 1;
    open.problem ??= problem;
    if (oddQuotes(text)) {
      const done = open;
      open = undefined;
      record(done.line, done.lines.join('\n'), done.problem);
    }
  };
  const end = (): void => {
    // An unterminated quote: its first line is rejected, and the lines after it are read again.
    while (open !== undefined) {
      const o2 = open;
      open = undefined;
      if (header === undefined) raise('invalid_csv_header', { line: o2.line, detail: 'a quoted field is never closed', detailVi: 'một trường trong ngoặc kép không được đóng', received: (o2.lines[0] as string).slice(0, o.preview) });
      out.push(rejectRecord(o2.line, o2.lines[0] as string, 'csv_unterminated_quote', {}, o));
      for (let i = 1; i < o2.lines.length; i++) line(o2.nums[i] as number, o2.lines[i] as string, undefined);
    }
  };
  return { out, line, end };
}

/** @internal CSV over decoded text, calling `onHeader` with the header names before the first record; with `transform`, each row's fields (in header order) become its record instead of a row object. */
export async function* csvFromText<T = CsvRow>(
  chunks: AsyncIterable<TextChunk>,
  o: ResolvedCsvOptions,
  onHeader?: (names: readonly string[]) => void,
  transform?: (fields: readonly string[], line: number) => ReadRecord<T>,
): AsyncGenerator<ReadRecord<T>> {
  const a = csvAssembler(o, onHeader, transform as ((fields: readonly string[], line: number) => ReadRecord<CsvRow>) | undefined) as unknown as { out: ReadRecord<T>[]; line: (n: number, t: string, p: LineProblem | undefined) => void; end: () => void };
  for await (const { first, lines, problems } of splitLines(chunks, o.max, o.preview)) {
    for (let i = 0; i < lines.length; i++) a.line(first + i, lines[i] as string, problems?.get(i));
    if (a.out.length > 0) yield* a.out.splice(0);
  }
  a.end();
  yield* a.out.splice(0);
}

/**
 * Reads CSV with a header row into header-keyed records (every header an own property: a column
 * named `__proto__` is just a column). RFC 4180 quoting: quoted fields may hold the delimiter, doubled
 * quotes and line breaks. The delimiter is detected among `,` `;` and tab from the header line
 * unless given. Blank lines are skipped. A row with the wrong number of fields, a misplaced quote,
 * an unterminated quote (its first line; the lines after it are read again), invalid bytes or a
 * row over the size limit is a {@link RejectedLine} naming its line, and reading goes on.
 *
 * @param source - The text, bytes or chunks (UTF-8 with or without BOM, or UTF-16).
 * @param options - Delimiter, trimming, size limit, preview length, message locale.
 * @returns The data rows in order: non-blank rows after the header = accepted + rejected.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_csv_header`) When the header row is unusable (a column named twice, a broken quote).
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_source` or `invalid_reader_option`) On a bad argument.
 * @example
 * ```ts
 * import { readCsv } from 'reform-rules/io';
 * for await (const r of readCsv('id;note\nHS-1;"a; b"\n')) if (r.ok) r.value['note']; // => 'a; b'
 * ```
 * @category Input
 */
export function readCsv(source: ReaderSource, options?: CsvOptions): AsyncGenerator<ReadRecord<CsvRow>> {
  checkSource(source);
  const o = resolveCsvOptions(options);
  return csvFromText(decodeSource(source), o);
}
