/**
 * Thin Node adapters over the library's readers (src/io): a file, a FIFO or stdin (`-`) becomes a
 * stream of byte chunks; the readers do the rest (decoding, splitting, limits, rejected records).
 * @internal
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileChunks, READ_CHUNK_BYTES } from './fileChunks';
import { DEFAULT_MAX_RECORD_BYTES } from '../io/index';
import { describeJsonFault } from '../io/jsonSyntax';
import { ReformRulesError } from '../errors/ReformRulesError';
import { createCalendar } from '../calendar/index';
import type { ReadRecord } from '../io/index';
import type { DossierCsvMapping } from '../io/index';
import { DOSSIER_REGISTER_MAPPING, formatFromName, parseDossierCsvMapping, parseDvcqgDossiers, readDossierCsv, readDossierXlsx, readJsonArray, readJsonLines, readRegisterWorkbook } from '../io/index';
import type { Locale } from '../errors/messages/index';
import type { JsonLinesTarget } from '../io/addJsonLines';
import { addJsonLinesFromText } from '../io/addJsonLines';
import { decodeSource } from '../io/decode';
import { resolveReaderOptions } from '../io/options';
import { CliError, EXIT } from './CliError';
import { errorText, msg } from './messages';

/** @internal The input formats (`--input-format`). */
export type InputFormat = 'json' | 'jsonl' | 'csv' | 'xlsx' | 'dvcqg' | 'register' | 'slips';

/** @internal Every `--input-format` value. */
export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'jsonl', 'csv', 'xlsx', 'dvcqg', 'register', 'slips'];

/** @internal How the CLI reads a dossier input: the forced format, the mapping file's content, the locale. */
export interface InputOptions {
  readonly format?: InputFormat | undefined;
  readonly mapping?: DossierCsvMapping | undefined;
  readonly locale?: Locale | undefined;
}

/** @internal The issue codes of records a reader could not read (as opposed to invalid dossiers). */
export const READER_CODES: ReadonlySet<string> = new Set([
  'invalid_json', 'invalid_encoding', 'record_too_large', 'not_json_array', 'truncated_input',
  'trailing_content', 'csv_field_count', 'csv_unterminated_quote', 'csv_invalid_quote',
]);

/**
 * @internal Whether an input is read as a stream, its format sniffed from its first bytes, never
 * read at a position: `-` (stdin), `/dev/stdin` and `/dev/fd/N` (whatever they are redirected from),
 * and anything that is not a regular file (a FIFO, a terminal, a socket).
 */
export function isStreamInput(file: string): boolean {
  if (file === '-' || /^\/(dev\/(stdin|fd\/\d+)|proc\/self\/fd\/\d+)$/.test(file)) return true;
  try {
    return !statSync(file).isFile() && !statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** @internal The input format of a file, from its extension (`-`, stdin, is sniffed from its content). */
export function formatOf(file: string): InputFormat {
  if (/\.xlsx$/i.test(file)) return 'xlsx';
  const named = formatFromName(file);
  if (named !== undefined) return named;
  return file !== '-' && startsWithZip(file) ? 'xlsx' : 'json';
}

/** Whether a file starts with the ZIP signature (an .xlsx under another name). */
function startsWithZip(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false; // never read a FIFO here: its bytes would be lost
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4);
      return readSync(fd, buf, 0, 4, 0) === 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** @internal Whether a parsed JSON value is a portal sync payload: a `DongBoHoSoMC` message, or `{ sync, progress }`. */
export function isDvcqgPayload(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as { service?: unknown; sync?: { service?: unknown } };
  return v.service === 'DongBoHoSoMC' || (v.sync !== null && typeof v.sync === 'object' && v.sync.service === 'DongBoHoSoMC');
}

/**
 * @internal The records of a portal sync payload: dossiers as accepted records, excluded (never
 * received) and rejected records as rejected lines (line = position + 1), with their reasons.
 */
export function* dvcqgRecords(value: unknown, locale: Locale): Generator<ReadRecord<unknown>> {
  const v = value as { sync?: unknown; progress?: unknown };
  const message = isDvcqgPayload(v.sync) ? v.sync : value;
  const r = parseDvcqgDossiers(message, { locale, calendar: createCalendar(), ...(v.progress === undefined ? {} : { progress: v.progress }) });
  const out: { index: number; record: ReadRecord<unknown> }[] = [];
  const list = (message as { data?: unknown[] }).data ?? (message as unknown[]);
  const byIndex = new Map<number, ReadRecord<unknown>>();
  for (const e of r.excluded) byIndex.set(e.index, { ok: false, line: e.index + 1, ...(e.id === undefined ? {} : { id: e.id }), input: e.id ?? '', issues: [e.reason] });
  for (const x of r.rejected) byIndex.set(x.index, { ok: false, line: x.index + 1, ...(x.id === undefined ? {} : { id: x.id }), input: x.id ?? '', issues: x.issues });
  let k = 0;
  for (let i = 0; i < list.length; i++) out.push({ index: i, record: byIndex.get(i) ?? { ok: true, line: i + 1, value: r.value[k++] } });
  for (const o of out) yield o.record;
}

function checkReadable(file: string): void {
  if (file === '-') return;
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? msg('no_such_file') : code === 'EISDIR' ? msg('is_directory') : String(code ?? e);
    throw new CliError('file_not_found', { received: file, reason }, EXIT.input);
  }
}

/** @internal Reads a whole JSON file (a value of any shape: a bundle, a catalogue). */
export function readJsonFile(file: string): unknown {
  checkReadable(file);
  const size = file === '-' ? 0 : statSync(file).size;
  if (size > DEFAULT_MAX_RECORD_BYTES) throw new CliError('input_too_large', { file, size, limit: DEFAULT_MAX_RECORD_BYTES }, EXIT.input);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE') throw new CliError('input_too_large', { file, size: 'more than 2 GB', limit: DEFAULT_MAX_RECORD_BYTES }, EXIT.input);
    throw e;
  }
  if (bytes.length > DEFAULT_MAX_RECORD_BYTES) throw new CliError('input_too_large', { file, size: bytes.length, limit: DEFAULT_MAX_RECORD_BYTES }, EXIT.input);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    const f = describeJsonFault(text);
    throw new CliError('malformed_input', { file, line: f.line, detail: msg('not_json', f) }, EXIT.input);
  }
}

/** @internal Whether a JSON file holds a top-level array (streamed) rather than an object (a bundle, read whole). */
export function isJsonArrayFile(file: string): boolean {
  if (isStreamInput(file)) return true;
  checkReadable(file);
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    for (let i = 0; i < n; i++) {
      const b = buf[i] as number;
      if (b === 0x5b) return true;
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x00 || b >= 0xef) continue;
      return false;
    }
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * @internal The records of an already parsed JSON file: an array of records, or an object whose
 * `dossiers` array is used, or else the value itself as one record.
 */
export function* recordsOf(value: unknown): Generator<ReadRecord<unknown>> {
  const list = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { dossiers?: unknown }).dossiers)
      ? (value as { dossiers: unknown[] }).dossiers
      : [value];
  let i = 0;
  for (const v of list) {
    i += 1;
    yield { ok: true, line: i, value: v as unknown };
  }
}

/** Whether `file` names stdin (`-`, `/dev/stdin`, `/dev/fd/0`). */
function isStdin(file: string): boolean {
  return file === '-' || /^\/dev\/(stdin|fd\/0)$/.test(file);
}

/** The bytes of a file, a FIFO or stdin (`-`), as a stream of chunks. */
function openInput(file: string): AsyncIterable<Uint8Array> {
  return isStdin(file) ? (process.stdin as AsyncIterable<Uint8Array>) : createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
}

/** The format of stdin from its first non-space byte, and the stream with that chunk put back. */
async function sniffStream(input: AsyncIterable<Uint8Array>): Promise<{ format: InputFormat; stream: AsyncIterable<Uint8Array> }> {
  const it = input[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let format: InputFormat | undefined;
  while (format === undefined) {
    const n = await it.next();
    if (n.done === true) break;
    seen.push(n.value);
    for (const b of n.value) {
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x00 || b >= 0xef) continue;
      format = b === 0x5b ? 'json' : b === 0x7b ? 'jsonl' : 'csv';
      break;
    }
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* seen;
    for (let n = await it.next(); n.done !== true; n = await it.next()) yield n.value;
  }
  return { format: format ?? 'jsonl', stream: replay() };
}

/**
 * @internal Streams the records of a file (`-` is stdin; a FIFO is read as a stream): a JSON array
 * element by element, JSON Lines line by line, CSV in the dossier layouts. Unreadable records come
 * as rejected records with their line; a bad CSV header is one `malformed_input` error.
 */
export async function* readRecords(file: string, format?: InputFormat, options: InputOptions = {}): AsyncGenerator<ReadRecord<unknown>> {
  checkReadable(file);
  const streamed = isStreamInput(file);
  let f = options.format ?? format ?? (streamed ? undefined : formatOf(file));
  if (f === 'dvcqg' || (f === 'json' && !streamed && !isJsonArrayFile(file))) {
    const value = readJsonFile(file);
    if (f === 'dvcqg' && !isDvcqgPayload(value) && !Array.isArray(value)) throw new CliError('malformed_input', { file, line: 1, detail: msg('not_dvcqg') }, EXIT.input);
    if (f === 'dvcqg' || isDvcqgPayload(value)) return yield* dvcqgRecords(value, options.locale ?? DEFAULT_LOCALE);
  }
  // slips: a workbook of the register and its handover slips, opened once per sheet (so not stdin).
  if (f === 'slips' && file === '-') throw new CliError('malformed_input', { file, line: 1, detail: '--input-format slips reads the workbook twice (register, then slips): give a file' }, EXIT.input);
  // A file's .xlsx is opened by the reader (twice when its sheet precedes its shared strings: flat memory).
  const opensItself = file !== '-' && (f === 'slips' || f === 'xlsx' || (f === 'register' && formatOf(file) === 'xlsx'));
  let stream = opensItself ? (async function* () {})() : openInput(file);
  let mapping = options.mapping;
  if (f === 'register') {
    mapping = { ...mapping, columns: { ...DOSSIER_REGISTER_MAPPING.columns, ...mapping?.columns } };
    f = !streamed && formatOf(file) === 'xlsx' ? 'xlsx' : 'csv';
  }
  if (f === undefined) ({ format: f, stream } = await sniffStream(stream));
  const csv = { ...(mapping === undefined ? {} : { mapping }), ...(options.locale === undefined ? {} : { locale: options.locale }) };
  try {
    const reader = options.locale === undefined ? {} : { locale: options.locale };
    if (f === 'json') yield* readJsonArray(stream, reader);
    else if (f === 'jsonl') yield* readJsonLines(stream, reader);
    else if (f === 'xlsx') yield* readDossierXlsx(file === '-' ? stream : () => openInput(file), csv);
    else if (f === 'slips') yield* readRegisterWorkbook(() => openInput(file), csv);
    else yield* readDossierCsv(stream, csv);
  } catch (e) {
    throwInputError(e, file);
  }
}

/** An error while reading `file` as the CLI reports it: a reader's error is malformed input, a system error a file not found. */
function throwInputError(e: unknown, file: string): never {
  if (e instanceof ReformRulesError) throw new CliError('malformed_input', { file, line: 1, detail: errorText(e) }, EXIT.input);
  const err = e as NodeJS.ErrnoException;
  if (typeof err.code === 'string') throw new CliError('file_not_found', { received: file, reason: err.code === 'EISDIR' ? msg('is_directory') : err.code }, EXIT.input);
  throw e;
}

/**
 * @internal Reads a JSON Lines file (or stdin) straight into a report accumulator (`addJsonLines`:
 * the records `readRecords` gives, added as the report command adds them, canonical lines read in
 * place); `onRecord` is told of each record. Returns how many records were added.
 */
export async function addJsonLinesFile(target: JsonLinesTarget, file: string, locale: Locale | undefined, onRecord: () => void): Promise<number> {
  checkReadable(file);
  try {
    return (await addJsonLinesFromText(target, decodeSource(isStdin(file) ? openInput(file) : fileChunks(file)), resolveReaderOptions(locale === undefined ? {} : { locale }), 1, 0, onRecord)).records;
  } catch (e) {
    return throwInputError(e, file);
  }
}

/** @internal Reads and validates a `--mapping` file (its JSON Schema: docs/schemas/DossierCsvMapping.schema.json). */
export function readMappingFile(file: string | undefined, locale: Locale): DossierCsvMapping | undefined {
  if (file === undefined) return undefined;
  const value = readJsonFile(file);
  const r = parseDossierCsvMapping(value, { locale });
  if (!r.ok) throw new CliError('malformed_input', { file, line: 1, detail: r.issues.map((i) => i.message).join('; ') }, EXIT.input);
  return r.value;
}
