/**
 * The parts of a worksheet around its data, in the order CT_Worksheet requires: sheetPr,
 * sheetViews, sheetFormatPr, cols, (sheetData), mergeCells, printOptions, pageMargins, pageSetup,
 * headerFooter.
 * @internal
 * @module
 */
import { raise } from '../errors/ReformRulesError';
import type { XlsxHeaderFooter, XlsxPrintSetup, XlsxSheetSpec } from './types';
import { MAX_COLUMNS, MAX_ROWS, columnName, parseRange } from './_cellRef';
import { escapeXml } from './_xmlText';

const MM_PER_INCH = 25.4;
const DEFAULT_MARGINS_MM = { top: 20, bottom: 20, left: 20, right: 15, header: 8, footer: 8 } as const;

function optionFail(field: string, expected: string, expectedVi: string, received: unknown): never {
  return raise('invalid_xlsx_option', { field, expected, expectedVi, received });
}

function wholeIn(field: string, value: number | undefined, max: number): number {
  if (value === undefined) return 0;
  if (!(Number.isInteger(value) && value >= 0 && value < max)) optionFail(field, `a whole number from 0 to ${max - 1}`, `số nguyên từ 0 đến ${max - 1}`, value);
  return value;
}

/** @internal `<sheetPr>`, `<sheetViews>`, `<sheetFormatPr>` and `<cols>`. */
export function worksheetHead(sheet: XlsxSheetSpec, field: string): string {
  const fit = sheet.print?.fitToWidth === true ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const rows = wholeIn(`${field}.freeze.rows`, sheet.freeze?.rows, MAX_ROWS);
  const cols = wholeIn(`${field}.freeze.columns`, sheet.freeze?.columns, MAX_COLUMNS);
  let pane = '';
  if (rows > 0 || cols > 0) {
    const active = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    pane = `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${columnName(cols)}${rows + 1}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  const views = `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
  const colXml = (sheet.columns ?? []).flatMap((c, i) => {
    if (c === null || c === undefined || c.width === undefined) return [];
    if (!(c.width >= 0 && c.width <= 255)) optionFail(`${field}.columns[${i}].width`, 'a width from 0 to 255 characters', 'độ rộng từ 0 đến 255 ký tự', c.width);
    return [`<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`];
  });
  if ((sheet.columns?.length ?? 0) > MAX_COLUMNS) raise('xlsx_limit_exceeded', { field: `${field}.columns`, maximum: MAX_COLUMNS, unit: 'columns', unitVi: 'cột', received: sheet.columns?.length });
  return `${fit}${views}<sheetFormatPr defaultRowHeight="15"/>${colXml.length === 0 ? '' : `<cols>${colXml.join('')}</cols>`}`;
}

/** @internal `<mergeCells>`: each range validated, normalised, and checked against overlaps. */
export function mergeCellsXml(merges: readonly string[] | undefined, field: string): string {
  if (merges === undefined || merges.length === 0) return '';
  const ranges = merges.map((m, i) => {
    const r = typeof m === 'string' ? parseRange(m) : undefined;
    if (r === undefined) raise('invalid_cell_range', { field: `${field}.merges[${i}]`, reason: 'not a range', reasonVi: 'không phải vùng ô', received: m });
    if (r.first.row === r.last.row && r.first.column === r.last.column) {
      raise('invalid_cell_range', { field: `${field}.merges[${i}]`, reason: 'a merge needs at least two cells', reasonVi: 'vùng gộp cần ít nhất hai ô', received: m });
    }
    return r;
  });
  for (let i = 0; i < ranges.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      const a = ranges[i] as NonNullable<(typeof ranges)[number]>;
      const b = ranges[j] as NonNullable<(typeof ranges)[number]>;
      const apart = a.last.row < b.first.row || b.last.row < a.first.row || a.last.column < b.first.column || b.last.column < a.first.column;
      if (!apart) raise('invalid_cell_range', { field: `${field}.merges[${i}]`, reason: `it overlaps merges[${j}] ${merges[j]}`, reasonVi: `chồng lên merges[${j}] ${merges[j]}`, received: merges[i] });
    }
  }
  const refs = ranges.map((r) => `<mergeCell ref="${columnName(r.first.column)}${r.first.row}:${columnName(r.last.column)}${r.last.row}"/>`);
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

/** Header/footer text: '&' doubled, {page}/{pages} as the page codes, sections &L &C &R. */
function headerFooterText(hf: XlsxHeaderFooter | undefined): string {
  if (hf === undefined) return '';
  const part = (code: string, text: string | undefined) =>
    text === undefined || text === '' ? '' : `&${code}${text.replace(/&/g, '&&').replace(/\{page\}/g, '&P').replace(/\{pages\}/g, '&N')}`;
  return part('L', hf.left) + part('C', hf.center) + part('R', hf.right);
}

function marginInches(print: XlsxPrintSetup | undefined, side: keyof typeof DEFAULT_MARGINS_MM, field: string): string {
  const mm = print?.margins?.[side] ?? DEFAULT_MARGINS_MM[side];
  if (!(mm >= 0 && mm <= 500)) optionFail(`${field}.print.margins.${side}`, 'a margin from 0 to 500 mm', 'lề từ 0 đến 500 mm', mm);
  return String(Math.round((mm / MM_PER_INCH) * 10_000) / 10_000);
}

/** @internal `<printOptions>`, `<pageMargins>`, `<pageSetup>` and `<headerFooter>`. */
export function worksheetPrint(print: XlsxPrintSetup | undefined, field: string): string {
  const sides = ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const;
  const margins = `<pageMargins ${sides.map((s) => `${s}="${marginInches(print, s, field)}"`).join(' ')}/>`;
  if (print === undefined) return margins;
  const paper = print.paperSize ?? 9;
  if (!(Number.isInteger(paper) && paper >= 1 && paper <= 118)) optionFail(`${field}.print.paperSize`, 'a SpreadsheetML paper size code from 1 to 118 (9 is A4)', 'mã khổ giấy từ 1 đến 118 (9 là A4)', paper);
  const orientation = print.orientation ?? 'portrait';
  if (orientation !== 'portrait' && orientation !== 'landscape') optionFail(`${field}.print.orientation`, "'portrait' or 'landscape'", "'portrait' hoặc 'landscape'", orientation);
  const fit = print.fitToWidth === true ? ' fitToWidth="1" fitToHeight="0"' : '';
  const header = headerFooterText(print.header);
  const footer = headerFooterText(print.footer);
  const hf = header === '' && footer === '' ? '' : `<headerFooter>${header === '' ? '' : `<oddHeader>${escapeXml(header)}</oddHeader>`}${footer === '' ? '' : `<oddFooter>${escapeXml(footer)}</oddFooter>`}</headerFooter>`;
  const options = print.centerHorizontally === true ? '<printOptions horizontalCentered="1"/>' : '';
  return `${options}${margins}<pageSetup paperSize="${paper}" orientation="${orientation}"${fit}/>${hf}`;
}

/** @internal The `_xlnm.Print_Titles` defined name of a sheet, or '' when it repeats no rows. */
export function printTitlesName(sheetName: string, localSheetId: number, print: XlsxPrintSetup | undefined, field: string): string {
  const repeat = print?.repeatRows;
  if (repeat === undefined) return '';
  const { first, last } = repeat;
  if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= first && last <= MAX_ROWS)) {
    optionFail(`${field}.print.repeatRows`, `{ first, last } rows with 1 ≤ first ≤ last ≤ ${MAX_ROWS}`, `{ first, last } với 1 ≤ first ≤ last ≤ ${MAX_ROWS}`, repeat);
  }
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${localSheetId}">${escapeXml(`${quoted}!$${first}:$${last}`)}</definedName>`;
}
