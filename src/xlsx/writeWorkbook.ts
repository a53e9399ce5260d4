import { raise } from '../errors/ReformRulesError';
import { raiseCore } from '../errors/raiseCore';
import type { XlsxSheetSpec, XlsxWorkbookSpec } from './types';
import { checkSheetNames } from './_sheetName';
import { SharedStringTable, type SheetContext, writeSheetData } from './_sheetData';
import { StyleSheet } from './_styleSheet';
import { mergeCellsXml, printTitlesName, worksheetHead, worksheetPrint } from './_worksheetParts';
import { ZipArchive } from './_zipArchive';
import { escapeXml } from './_xmlText';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function contentTypes(sheetCount: number, shared: boolean): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`);
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${sheets.join('')}<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${
    shared ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` : ''
  }</Types>`;
}

function workbookRels(sheetCount: number, shared: boolean): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${NS_REL}/${type}" Target="${target}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) => rel(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`));
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets.join('')}${rel(sheetCount + 1, 'styles', 'styles.xml')}${
    shared ? rel(sheetCount + 2, 'sharedStrings', 'sharedStrings.xml') : ''
  }</Relationships>`;
}

function workbookXml(sheets: readonly XlsxSheetSpec[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const names = sheets.map((s, i) => printTitlesName(s.name, i, s.print, `sheets[${i}]`)).join('');
  return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr date1904="0"/><bookViews><workbookView/></bookViews><sheets>${list.join('')}</sheets>${
    names === '' ? '' : `<definedNames>${names}</definedNames>`
  }</workbook>`;
}

function sharedStringsXml(table: SharedStringTable): string {
  const items = table.list.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`);
  return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${table.count}" uniqueCount="${table.list.length}">${items.join('')}</sst>`;
}

function checkSpec(spec: XlsxWorkbookSpec): { name: string; size: number } {
  if (typeof spec !== 'object' || spec === null || !Array.isArray(spec.sheets) || spec.sheets.length === 0) {
    raise('invalid_xlsx_option', { field: 'sheets', expected: 'at least one sheet', expectedVi: 'ít nhất một trang tính', received: spec?.sheets });
  }
  checkSheetNames(spec.sheets.map((s) => s?.name));
  spec.sheets.forEach((sheet, i) => {
    const rows: unknown = sheet.rows;
    if (typeof rows !== 'object' || rows === null || typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
      raiseCore('invalid_type', { field: `sheets[${i}].rows`, expected: 'an iterable of rows (an array or a generator)', received: rows });
    }
  });
  if (spec.strings !== undefined && spec.strings !== 'shared' && spec.strings !== 'inline') {
    raise('invalid_xlsx_option', { field: 'strings', expected: "'shared' or 'inline'", expectedVi: "'shared' hoặc 'inline'", received: spec.strings });
  }
  const size = spec.font?.size ?? 11;
  if (!(size >= 1 && size <= 409)) raise('invalid_xlsx_option', { field: 'font.size', expected: 'a size from 1 to 409 points', expectedVi: 'cỡ chữ từ 1 đến 409', received: size });
  return { name: spec.font?.name ?? 'Calibri', size };
}

/**
 * Writes an Excel workbook (.xlsx, Office Open XML SpreadsheetML) into bytes, in memory, with no
 * Node API (it runs in a browser too).
 *
 * @remarks Numbers are numeric cells, text is text (shared strings by default, never a formula),
 * booleans are logical cells, `{ date }` cells are date serials with a date format. Styles (font,
 * alignment, wrap, borders, fill, number formats), merged ranges, column widths, row heights, frozen
 * panes, print setup (paper, orientation, fit to width, margins, repeated header rows as
 * `_xlnm.Print_Titles`, header and footer) are supported. Text is escaped for XML, and characters
 * XML 1.0 cannot carry (control characters, carriage return) are written `_xHHHH_` as OOXML says, so
 * they read back exactly. The output is deterministic: the same spec gives the same bytes (fixed
 * ZIP timestamps, styles and strings numbered in first-use order, no clock or time zone read).
 * The rows of a sheet may be any iterable; the XML is compressed as it is produced, so only the
 * compressed workbook and the shared strings are held.
 * @param spec - The sheets, their rows and layout.
 * @returns The bytes of the .xlsx file.
 * @throws `ReformRulesError` (from `reform-rules`) With code `invalid_sheet_name`, `duplicate_sheet_name`,
 *   `invalid_cell` (a non-finite number, text over 32,767 characters, an unknown cell shape),
 *   `invalid_cell_range` (a bad or overlapping merge), `invalid_xlsx_option`, `invalid_excel_serial`
 *   (a bad date) or `xlsx_limit_exceeded` (over 1,048,576 rows or 16,384 columns).
 * @example
 * ```ts
 * import { writeWorkbook } from 'reform-rules/xlsx';
 * const bytes = writeWorkbook({
 *   sheets: [{
 *     name: 'Biểu 06',
 *     rows: [
 *       [{ value: 'Đơn vị', style: { bold: true, border: 'thin' } }, { value: 'Tiếp nhận', style: { bold: true, border: 'thin' } }],
 *       ['Phòng Tư pháp', { value: 1234, style: { numberFormat: '#,##0', border: 'thin' } }],
 *       ['Ngày', { date: '2025-03-14' }],
 *     ],
 *     columns: [{ width: 30 }, { width: 12 }],
 *     merges: [],
 *     freeze: { rows: 1 },
 *     print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
 *   }],
 * });
 * bytes instanceof Uint8Array; // => true
 * ```
 * @category Excel
 */
export function writeWorkbook(spec: XlsxWorkbookSpec): Uint8Array {
  const font = checkSpec(spec);
  const styles = new StyleSheet(font);
  const strings = spec.strings === 'inline' ? undefined : new SharedStringTable();
  const ctx: SheetContext = { styles, strings, neutralise: spec.neutraliseFormulas === true };
  const zip = new ZipArchive();
  const count = spec.sheets.length;
  zip.text('[Content_Types].xml', contentTypes(count, strings !== undefined));
  zip.text('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.text('xl/workbook.xml', workbookXml(spec.sheets));
  zip.text('xl/_rels/workbook.xml.rels', workbookRels(count, strings !== undefined));
  spec.sheets.forEach((sheet, i) => {
    const field = `sheets[${i}]`;
    const entry = zip.open(`xl/worksheets/sheet${i + 1}.xml`);
    const head = worksheetHead(sheet, field);
    const merges = mergeCellsXml(sheet.merges, field);
    const tail = worksheetPrint(sheet.print, field);
    entry.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${head}`);
    writeSheetData(sheet.rows, ctx, (xml) => entry.write(xml), field);
    entry.write(`${merges}${tail}</worksheet>`);
    entry.close();
  });
  zip.text('xl/styles.xml', styles.toXml());
  if (strings !== undefined) zip.text('xl/sharedStrings.xml', sharedStringsXml(strings));
  return zip.finish();
}
