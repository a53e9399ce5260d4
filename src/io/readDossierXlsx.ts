/**
 * One-stop exports in Excel (.xlsx): the same header aliases, value tables and mapping as the
 * dossier CSV reader, over the streaming sheet reader; Excel date cells are Vietnam wall-clock time.
 * @module
 */
import type { XlsxBytes } from '../xlsx/readXlsxRows';
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { XlsxRow } from '../xlsx/index';
import { excelSerialToCivil, readXlsxRows } from '../xlsx/index';
import { serialToVietnamInstant } from '../xlsx/excelSerialToCivil';
import type { DossierCsvOptions, Plan } from './readDossierCsv';
import { planColumns, resolveDossierOptions, rowToDossier } from './readDossierCsv';
import type { ReadRecord } from './records';
import { preview } from './records';

type XlsxSource = XlsxBytes;

/**
 * Options of {@link readDossierXlsx}: the dossier CSV options (mapping, procedure names, locale)
 * and the sheet.
 * @example
 * ```ts
 * import type { DossierXlsxOptions } from 'reform-rules/io';
 * const options: DossierXlsxOptions = { sheet: 'Sổ theo dõi', locale: 'vi' };
 * ```
 * @category Input
 */
export interface DossierXlsxOptions extends DossierCsvOptions {
  /** The sheet: its name or 0-based position (default the first). */
  readonly sheet?: string | number;
}

/** @internal A cell as the text the CSV layouts read: a date cell as an ISO instant in Vietnam time. */
export function cellText(row: XlsxRow, i: number): string {
  const v = row.cells[i];
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (row.formats[i]?.isDate !== true) return String(v);
    const fast = serialToVietnamInstant(v, row.date1904);
    if (fast !== undefined) return fast;
    // Not a date Excel can show: excelSerialToCivil says why.
    const text = excelSerialToCivil(v, { date1904: row.date1904 });
    // 'yyyy-MM-dd', 'yyyy-MM-ddTHH:mm:ss' or 'yyyy-MM-ddTHH:mm:ss.SSS' (the milliseconds dropped).
    const civil = text.length > 19 ? text.slice(0, 19) : text;
    return `${civil.length === 10 ? `${civil}T00:00:00` : civil}+07:00`;
  }
  return typeof v === 'boolean' ? String(v) : v;
}

function isBlank(cells: XlsxRow['cells']): boolean {
  for (const c of cells) if (c !== null && c !== '') return false;
  return true;
}

function headerOf(row: XlsxRow): string[] {
  return row.cells.map((_, i) => {
    const t = cellText(row, i).trim();
    return t === '' ? `#${i + 1}` : t;
  });
}

function record(row: XlsxRow, headers: readonly string[], plan: Plan, ids: ReadonlyMap<string, string> | undefined, o: ReturnType<typeof resolveDossierOptions>['o']): ReadRecord<Record<string, unknown>> {
  const cells: string[] = [];
  for (let i = 0; i < headers.length; i++) cells.push(cellText(row, i));
  const { value, issues } = rowToDossier(cells, plan, ids, o);
  const all: Issue[] = row.issues.length === 0 ? issues : [...row.issues, ...issues];
  for (let i = headers.length; i < row.cells.length; i++) {
    const extra = cellText(row, i).trim();
    if (extra !== '') all.push(createIssue('unnamed_column_value', [`#${i + 1}`], { field: `#${i + 1}`, received: preview(extra, o.preview) }, o.locale));
  }
  const [first, ...rest] = all;
  if (first === undefined) return { ok: true, line: row.line, value };
  const id = typeof value['id'] === 'string' ? value['id'] : undefined;
  const input = preview(Object.entries(value).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', '), o.preview);
  return id === undefined ? { ok: false, line: row.line, input, issues: [first, ...rest] } : { ok: false, line: row.line, id, input, issues: [first, ...rest] };
}

/**
 * Reads dossiers from a one-stop Excel export (.xlsx), streamed with flat memory through
 * `readXlsxRows` of `reform-rules/xlsx`: the first non-empty row is the header, matched through the
 * same alias table and mapping as {@link readDossierCsv} (Vietnamese headers with or without
 * diacritics, the English layout); Excel date cells become instants in Vietnam time (+07:00), text
 * dates read as in the CSV layouts; personal-data columns are never copied; a source without a
 * channel column gives channel `'unknown'`. Each accepted record is a dossier-shaped object for the
 * ingest step. Rows = accepted + rejected.
 * @remarks Memory: nothing is kept from row to row; what is held while rows stream is what
 * `readXlsxRows` holds, which grows only with the workbook's shared string table (every distinct
 * text of the workbook, read before the first row): 24.9 bytes per shared string measured on an
 * export of dossier ids and Vietnamese names, so 47.5 MiB for a million rows with a distinct id
 * and applicant name each. Give a function that opens the file so a sheet stored before its shared
 * strings streams on a second pass instead of being kept compressed.
 * @param source - The workbook's bytes, or its chunks in order, or a function that opens it (then a
 *   sheet stored before its shared strings, as Excel writes it, is streamed on a second pass: flat memory).
 * @param options - Sheet, mapping, procedure names, locale.
 * @returns The data rows in order.
 * @throws `ReformRulesError` (from `reform-rules`) (code `unknown_header`) For a header neither in the table nor in the mapping; `invalid_xlsx_zip` / `invalid_xlsx_xml` for a broken workbook.
 * @example
 * ```ts
 * import { readDossierXlsx } from 'reform-rules/io';
 * const bytes = await readFile('export.xlsx'); // node:fs/promises
 * for await (const r of readDossierXlsx(bytes, { locale: 'vi' })) if (r.ok) r.value; // => { id: 'HS-1', ... }
 * ```
 * @category Input
 */
export async function* readDossierXlsx(source: XlsxSource | (() => XlsxSource), options?: DossierXlsxOptions): AsyncGenerator<ReadRecord<Record<string, unknown>>> {
  const { o, mapping, ids } = resolveDossierOptions(options);
  const locale: Locale = o.locale;
  let headers: string[] | undefined;
  let plan: Plan | undefined;
  for await (const row of readXlsxRows(source, { locale, ...(options?.sheet === undefined ? {} : { sheet: options.sheet }) })) {
    if (row.issues.length === 0 && isBlank(row.cells)) continue;
    if (headers === undefined || plan === undefined) {
      headers = headerOf(row);
      plan = planColumns(headers, mapping);
      continue;
    }
    yield record(row, headers, plan, ids, o);
  }
}
