/**
 * @internal The pieces every printed sheet shares: the options check, the unit and title lines,
 * the notes, the place/date line and the signature blocks, styles and the A4 landscape print setup.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import type { CivilDate } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';
import type { Locale } from '../errors/messages/index';
import type { XlsxCellInput, XlsxPrintSetup, XlsxRowInput, XlsxSheetSpec, XlsxStyle } from '../xlsx/index';
import type { AgencyProfile } from './AgencyProfile';
import { parseAgencyProfile } from './AgencyProfile';
import type { WorkbookOptions } from './WorkbookOptions';

/** @internal The checked common options. */
export interface Checked {
  readonly locale: Locale;
  readonly profile: AgencyProfile | undefined;
  readonly date: CivilDate | undefined;
}

/** @internal A sheet being written: its rows and merged ranges. */
export interface Draft {
  readonly width: number;
  readonly rows: XlsxRowInput[];
  readonly merges: string[];
}

/** @internal The workbook's default font (the font of Vietnamese administrative documents). */
export const FONT = { name: 'Times New Roman', size: 12 } as const;

/** @internal Styles. */
export const STYLE = {
  head: { bold: true, wrap: true, horizontal: 'center', vertical: 'center', border: 'thin' },
  number: { italic: true, horizontal: 'center', vertical: 'center', border: 'thin', fontSize: 10 },
  text: { wrap: true, vertical: 'center', border: 'thin' },
  center: { horizontal: 'center', vertical: 'center', border: 'thin' },
  count: { numberFormat: '#,##0', vertical: 'center', border: 'thin' },
} as const satisfies Record<string, XlsxStyle>;

/** @internal The number format of a value with `places` decimals. */
export function decimalsFormat(places: number): string {
  return places <= 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const m = DATE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return y >= 1900 && d >= 1 && d <= days;
}

/** @internal Checks the options common to every workbook (one `ReformRulesError` for misuse). */
export function checkOptions(options: WorkbookOptions | undefined): Checked {
  const o = options ?? {};
  const locale = o.locale ?? DEFAULT_LOCALE;
  if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'locale', expected: "'vi', 'en'", received: locale });
  let profile: AgencyProfile | undefined;
  if (o.profile !== undefined) {
    const r = parseAgencyProfile(o.profile, { locale: 'en' });
    if (!r.ok) raise('invalid_agency_profile', { field: `profile.${r.issues[0].path.join('.')}`, detail: r.issues[0].message, detailVi: r.issues[0].message, received: r.issues[0].received }, { issues: r.issues });
    profile = r.value;
  }
  if (o.date !== undefined && (typeof o.date !== 'string' || !validDate(o.date))) {
    raise('invalid_workbook_option', { field: 'date', detail: 'expected the signing date as yyyy-MM-dd', detailVi: 'cần ngày ký dạng yyyy-MM-dd', received: o.date });
  }
  return { locale, profile, date: o.date };
}

/** @internal The column letters of a 0-based index (0 → A). */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** @internal A range from 0-based columns on a 1-based row (to another row). */
export function range(row: number, from: number, to: number, toRow = row): string {
  return `${columnName(from)}${row}:${columnName(to)}${toRow}`;
}

/** @internal `dd/mm/yyyy` of a civil date. */
export function dmy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** @internal Adds a row; merges `[from, to]` column spans on it. */
export function push(draft: Draft, cells: readonly XlsxCellInput[], spans: readonly (readonly [number, number])[] = [], height?: number): number {
  draft.rows.push(height === undefined ? cells : { cells, height });
  const row = draft.rows.length;
  for (const [a, b] of spans) if (b > a) draft.merges.push(range(row, a, b));
  return row;
}

/** @internal A row with one text merged over every column. */
export function wide(draft: Draft, text: string, style: XlsxStyle, height?: number): number {
  return push(draft, [{ value: text, style }], [[0, draft.width - 1]], height);
}

const BLANK = '……………………';

/** @internal The unit line (left) and the form number (right), above the title. */
export function unitLine(draft: Draft, c: Checked, right: string): void {
  const mid = Math.max(1, Math.floor(draft.width / 2));
  const label = c.locale === 'vi' ? 'Đơn vị báo cáo' : 'Reporting unit';
  const left = { value: `${label}: ${c.profile?.unitName ?? BLANK}`, style: { bold: true, vertical: 'center' } } as const;
  const cells: XlsxCellInput[] = [left];
  cells[mid] = { value: right, style: { bold: true, horizontal: 'right' } };
  push(draft, cells, [[0, mid - 1], [mid, draft.width - 1]]);
}

/** @internal The title, bold and centred over every column. */
export function title(draft: Draft, text: string): void {
  wide(draft, text, { bold: true, fontSize: 14, horizontal: 'center', vertical: 'center', wrap: true }, 36);
}

/** @internal The notes under the table, one merged row each. */
export function notes(draft: Draft, lines: readonly string[]): void {
  for (const line of lines) {
    const perRow = Math.max(40, draft.width * 9);
    wide(draft, line, { italic: true, wrap: true, vertical: 'top' }, 16 * Math.max(1, Math.ceil(line.length / perRow)));
  }
}

/** @internal The place/date line: "…, ngày dd tháng mm năm yyyy", blanks where nothing was given. */
export function placeDateText(c: Checked): string {
  const place = c.profile?.place ?? '……………';
  if (c.locale === 'en') return `${place}, ${c.date === undefined ? '…… / …… / ……' : dmy(c.date)}`;
  if (c.date === undefined) return `${place}, ngày …… tháng …… năm ……`;
  const [y, m, d] = c.date.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/** @internal The place/date line, then the two signature blocks, then the names (blank when not given). */
export function signatures(draft: Draft, c: Checked): void {
  const last = draft.width - 1;
  const mid = Math.max(1, Math.floor(draft.width / 2));
  const vi = c.locale === 'vi';
  const pair = (l: XlsxCellInput, r: XlsxCellInput, height?: number) => {
    const cells: XlsxCellInput[] = [l];
    cells[mid] = r;
    push(draft, cells, [[0, mid - 1], [mid, last]], height);
  };
  const centre = (style: XlsxStyle): XlsxStyle => ({ horizontal: 'center', vertical: 'center', ...style });
  push(draft, []);
  const dateCells: XlsxCellInput[] = [];
  dateCells[mid] = { value: placeDateText(c), style: centre({ italic: true }) };
  push(draft, dateCells, [[mid, last]]);
  pair({ value: vi ? 'NGƯỜI LẬP BIỂU' : 'PREPARED BY', style: centre({ bold: true }) }, { value: vi ? 'THỦ TRƯỞNG ĐƠN VỊ' : 'HEAD OF UNIT', style: centre({ bold: true }) });
  pair({ value: vi ? '(Ký, ghi rõ họ tên)' : '(signature and full name)', style: centre({ italic: true }) }, { value: vi ? '(Ký, ghi rõ họ tên, đóng dấu)' : '(signature, full name and seal)', style: centre({ italic: true }) });
  pair(null, null, 60);
  const name = (n: string | undefined): XlsxCellInput => (n === undefined ? null : { value: n, style: centre({ bold: true }) });
  pair(name(c.profile?.signers?.preparer), name(c.profile?.signers?.head));
}

/** @internal A4 landscape, fit to the page width, the heading rows repeated on every page. */
export function printSetup(first: number, last: number, c: Checked): XlsxPrintSetup {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToWidth: true,
    margins: { top: 15, bottom: 15, left: 20, right: 15 },
    repeatRows: { first, last },
    footer: { center: c.locale === 'vi' ? 'Trang {page}/{pages}' : 'Page {page} of {pages}' },
    centerHorizontally: true,
  };
}

/** @internal A sheet spec from a draft. */
export function sheetOf(name: string, draft: Draft, columns: readonly number[], head: { first: number; last: number; freezeColumns: number }, c: Checked): XlsxSheetSpec {
  return {
    name,
    rows: draft.rows,
    merges: draft.merges,
    columns: columns.map((width) => ({ width })),
    freeze: { rows: head.last, columns: head.freezeColumns },
    print: printSetup(head.first, head.last, c),
  };
}

/** @internal A sheet name unique in `used` (a suffix " (2)", " (3)" ...), at most 31 characters, without the characters a sheet name refuses. */
export function uniqueName(name: string, used: Set<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31) || 'Sheet';
  let out = clean;
  for (let i = 2; used.has(out.toLowerCase()); i++) out = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
  used.add(out.toLowerCase());
  return out;
}
