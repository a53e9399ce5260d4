import { DEFAULT_LOCALE } from '../errors/locale';
import { optionalObjectArg } from '../errors/args';
import { ReformRulesError, raise } from '../errors/ReformRulesError';
import type { ReadXlsxOptions, XlsxRow } from './types';
import { PartError } from './_partSink';
import { XlsxSession } from './_xlsxSession';
import { XmlSyntaxError } from './_xmlTokenizer';

/**
 * Bytes handed to the ZIP reader at a time, so rows come out in small batches: 16 KiB of compressed
 * sheet is some 400 rows of a dossier export, handed over before they outlive a young-generation
 * collection (64 KiB batches of 1,700 rows were promoted, and doubled the peak heap).
 */
const SLICE = 1 << 14;

/** @internal The source as slices of at most {@link SLICE} bytes. */
async function* slices(source: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const chunks = source instanceof Uint8Array ? [source] : source;
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) raise('invalid_xlsx_option', { field: 'source', expected: 'a Uint8Array or an iterable of Uint8Array chunks', expectedVi: 'Uint8Array hoặc dãy các đoạn Uint8Array', received: chunk });
    for (let at = 0; at < chunk.length; at += SLICE) yield chunk.subarray(at, Math.min(chunk.length, at + SLICE));
  }
}

/** Turns anything thrown inside the ZIP or XML layers into one ReformRulesError with a code. */
function asReformRulesError(error: unknown): ReformRulesError {
  if (error instanceof ReformRulesError) return error;
  const inner = error instanceof PartError ? error.cause : error;
  const part = error instanceof PartError ? error.part : 'archive';
  try {
    if (inner instanceof ReformRulesError) return inner;
    if (inner instanceof XmlSyntaxError) raise('invalid_xlsx_xml', { field: 'source', part, detail: inner.detail, received: inner.near }, { cause: error });
    raise('invalid_xlsx_zip', { field: 'source', detail: `${part}: ${inner instanceof Error ? inner.message : String(inner)}` }, { cause: error });
  } catch (converted) {
    return converted as ReformRulesError;
  }
}

/**
 * The bytes of an .xlsx file: whole, or as chunks (a file stream, a fetch body).
 * @example
 * ```ts
 * import type { XlsxBytes } from 'reform-rules/xlsx';
 * const bytes: XlsxBytes = new Uint8Array();
 * ```
 * @category Excel
 */
export type XlsxBytes = Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
type Source = XlsxBytes;

/** One pass over the archive: feeds it to the session and hands over its rows as they come. */
async function* pass(source: Source, session: XlsxSession): AsyncGenerator<XlsxRow> {
  try {
    // Rows are yielded one by one (`yield*` over an array costs twice as much per row in an async generator).
    for await (const slice of slices(source)) {
      session.push(slice, false);
      if (session.out.length > 0) for (const row of take(session)) yield row;
    }
    session.push(new Uint8Array(0), true);
    for (const row of take(session)) yield row;
    for (const _ of session.finish()) for (const row of take(session)) yield row;
    for (const row of take(session)) yield row;
  } catch (error) {
    throw asReformRulesError(error);
  }
}

/** The rows; with a function source, a sheet stored before its shared strings is read in a second pass. */
async function* readRows(source: Source | (() => Source), sheet: string | number, locale: 'en' | 'vi'): AsyncGenerator<XlsxRow> {
  if (typeof source !== 'function') return yield* pass(source, new XlsxSession(sheet, locale));
  const first = new XlsxSession(sheet, locale, true);
  yield* pass(opened(source), first);
  if (first.secondPass) yield* pass(opened(source), new XlsxSession(sheet, locale, false, first.preset()));
}

function opened(open: () => Source): Source {
  const s: unknown = open();
  if (s === null || typeof s !== 'object' || (!(s instanceof Uint8Array) && !(Symbol.asyncIterator in s) && !(Symbol.iterator in s))) {
    raise('invalid_xlsx_option', { field: 'source()', expected: 'a Uint8Array or an iterable of Uint8Array chunks', expectedVi: 'Uint8Array hoặc dãy các đoạn Uint8Array', received: s });
  }
  return s as Source;
}

function take(session: XlsxSession): XlsxRow[] {
  const rows = session.out;
  session.out = [];
  return rows;
}

/**
 * Reads the rows of one sheet of an .xlsx workbook as a stream, with flat memory: the archive is
 * unzipped as its bytes arrive (fflate's streaming `Unzip`) and the sheet's XML is tokenized
 * incrementally, so a million-row sheet never sits in memory as XML or as rows. Works in a browser
 * (no Node API): give it the file's bytes, or any async iterable of chunks (a Node `ReadStream`, a
 * web `ReadableStream` iterated).
 *
 * @remarks Held in memory: the shared strings table (every distinct text of the workbook, as Excel
 * stores them once), the number format of each cell style, the sheet names, and the rows parsed
 * from the current 16 KiB slice of the input. With a function source (below), or a sheet stored after
 * its shared strings, only the table grows with the data, and it grows with the workbook's
 * `sharedStrings.xml`, not with the rows read: it is complete before the sheet's first row comes out
 * and nothing is added while rows stream. It is compact (one byte arena in typed arrays, decoded when
 * a cell looks a string up): a Latin-1 string takes one byte per character, any other two per UTF-16
 * code unit (plus at most one of alignment), plus 5 bytes of offset and flag; measured 24.9 bytes per
 * shared string on a dossier export of ids and Vietnamese names (21 for a 16-character id), so
 * 47.5 MiB for a million rows with a distinct id and name each. Strings looked up more than once are
 * also kept decoded (at most 4,096 of at most 256 characters). When the sheet comes in the archive
 * before the shared strings or styles it needs (Excel writes them after the sheets), the sheet is kept *compressed* until the end of the
 * archive and parsed then; other sheets and parts are skipped without being inflated. A cell's value
 * is its text, number or logical value (a formula cell gives its cached result); dates are numbers
 * whose {@link XlsxRow.formats | format} says `isDate` (convert with {@link excelSerialToCivil}); an
 * error cell (`#DIV/0!`, `#N/A`) is `null` with an `xlsx_error_cell` issue in the row. Missing cells
 * are `null` so every value keeps its column; rows absent from the file are not produced (their
 * numbers are skipped in `line`). Iterating the result reads the source once. To keep memory flat
 * on such workbooks too, give a function that opens the source (`() => createReadStream(file)`):
 * the sheet is then skipped on the first pass (only the small parts are read) and streamed on a
 * second one, so neither its XML nor its compressed bytes are ever held (the rows are the same).
 * @param source - The workbook's bytes, or its chunks in order, or a function returning either (called once or twice).
 * @param options - The sheet (name or 0-based index; default the first) and the messages' locale.
 * @returns The rows, in sheet order.
 * @throws `ReformRulesError` (from `reform-rules`) While iterating: `invalid_xlsx_zip` (not a ZIP, truncated,
 *   corrupt), `invalid_xlsx_xml` (a malformed part), `missing_xlsx_part`, `xlsx_sheet_not_found`;
 *   at once: `invalid_xlsx_option` for a bad option.
 * @example
 * ```ts
 * import { excelSerialToCivil, readXlsxRows } from 'reform-rules/xlsx';
 * // In Node, createReadStream('export.xlsx') of node:fs is an async iterable of chunks.
 * for await (const row of readXlsxRows(createReadStream('export.xlsx'), { sheet: 'Hồ sơ' })) {
 *   const received = row.cells[3];
 *   if (typeof received === 'number' && row.formats[3]?.isDate) {
 *     excelSerialToCivil(received, { date1904: row.date1904 }); // => '2024-12-17T10:53:00'
 *   }
 * }
 * const bytes = await readFile('export.xlsx');
 * for await (const row of readXlsxRows(bytes)) row.line; // => 1, 2, 3, ...
 * ```
 * @category Excel
 */
export function readXlsxRows(source: Source | (() => Source), options: ReadXlsxOptions = {}): AsyncIterable<XlsxRow> {
  optionalObjectArg(options, 'options');
  const sheet = options.sheet ?? 0;
  if (typeof sheet === 'number' ? !(Number.isInteger(sheet) && sheet >= 0) : typeof sheet !== 'string') {
    raise('invalid_xlsx_option', { field: 'options.sheet', expected: 'a sheet name or a 0-based sheet index', expectedVi: 'tên trang tính hoặc số thứ tự từ 0', received: sheet });
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (locale !== 'en' && locale !== 'vi') raise('invalid_xlsx_option', { field: 'options.locale', expected: "'en' or 'vi'", expectedVi: "'en' hoặc 'vi'", received: locale });
  if (typeof source !== 'function' && (source === null || typeof source !== 'object' || (!(source instanceof Uint8Array) && !(Symbol.asyncIterator in source) && !(Symbol.iterator in source)))) {
    raise('invalid_xlsx_option', { field: 'source', expected: 'a Uint8Array or an iterable of Uint8Array chunks', expectedVi: 'Uint8Array hoặc dãy các đoạn Uint8Array', received: source });
  }
  return { [Symbol.asyncIterator]: () => readRows(source, sheet, locale) };
}
