/**
 * The `<sheetData>` of a worksheet: rows of typed cells, written as they come so a generator of
 * rows never has to be held in memory.
 * @internal
 * @module
 */
import { raise } from '../errors/ReformRulesError';
import { civilToExcelSerial } from './civilToExcelSerial';
import { neutraliseFormula } from './neutraliseFormula';
import type { XlsxCellInput, XlsxRowInput, XlsxStyle } from './types';
import { MAX_COLUMNS, MAX_ROWS, columnName } from './_cellRef';
import type { StyleSheet } from './_styleSheet';
import { escapeXml } from './_xmlText';

const MAX_TEXT = 32_767;
const DATE_STYLE: XlsxStyle = { numberFormat: 'dd/mm/yyyy' };
const DATE_TIME_STYLE: XlsxStyle = { numberFormat: 'dd/mm/yyyy hh:mm' };

/** @internal What the cells of every sheet share: the style sheet, the string table, the options. */
export interface SheetContext {
  readonly styles: StyleSheet;
  /** Shared strings (text → index), or `undefined` to write inline strings. */
  readonly strings: SharedStringTable | undefined;
  readonly neutralise: boolean;
}

/** @internal The shared string table: each distinct text once, in first-use order. */
export class SharedStringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  /** Occurrences (the `count` attribute). */
  count = 0;
  indexOf(text: string): number {
    this.count += 1;
    const found = this.index.get(text);
    if (found !== undefined) return found;
    this.list.push(text);
    this.index.set(text, this.list.length - 1);
    return this.list.length - 1;
  }
}

/** Merges a row style under a cell style, remembering the result per pair of objects. */
class StyleMerger {
  private readonly cache = new WeakMap<XlsxStyle, WeakMap<XlsxStyle, XlsxStyle>>();
  merge(under: XlsxStyle | undefined, over: XlsxStyle | undefined): XlsxStyle | undefined {
    if (under === undefined) return over;
    if (over === undefined) return under;
    let inner = this.cache.get(under);
    if (inner === undefined) {
      inner = new WeakMap();
      this.cache.set(under, inner);
    }
    let merged = inner.get(over);
    if (merged === undefined) {
      merged = { ...under, ...over };
      inner.set(over, merged);
    }
    return merged;
  }
}

function cellFail(field: string, reason: string, reasonVi: string, received: unknown): never {
  return raise('invalid_cell', { field, reason, reasonVi, received });
}

/** Where a cell is in the spec, for messages only (built when something fails). */
interface CellAt {
  readonly sheet: string;
  row: number;
  column: number;
}
const fieldOf = (at: CellAt) => (): string => `${at.sheet}.rows[${at.row - 1}][${at.column}]`;

function textCell(ref: string, s: number, text: string, ctx: SheetContext, at: CellAt): string {
  const value = ctx.neutralise ? neutraliseFormula(text) : text;
  if (value.length > MAX_TEXT) cellFail(fieldOf(at)(), `a cell holds at most ${MAX_TEXT} characters, this text has ${value.length}`, `một ô chứa tối đa ${MAX_TEXT} ký tự, văn bản này có ${value.length}`, `${value.slice(0, 40)}...`);
  const style = s === 0 ? '' : ` s="${s}"`;
  if (ctx.strings !== undefined) return `<c r="${ref}"${style} t="s"><v>${ctx.strings.indexOf(value)}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The XML of one cell, or '' for no cell. */
function cellXml(cell: XlsxCellInput, ref: string, rowStyle: XlsxStyle | undefined, ctx: SheetContext, merger: StyleMerger, at: CellAt): string {
  const field = fieldOf(at);
  if (cell === null || cell === undefined) return rowStyle === undefined ? '' : `<c r="${ref}" s="${ctx.styles.indexOf(rowStyle, field)}"/>`;
  let value: unknown = cell;
  let style = rowStyle;
  if (typeof cell === 'object') {
    if ('date' in cell) {
      const serial = civilToExcelSerial(cell.date);
      const s = ctx.styles.indexOf(merger.merge(merger.merge(Number.isInteger(serial) ? DATE_STYLE : DATE_TIME_STYLE, rowStyle), cell.style), field);
      return `<c r="${ref}" s="${s}"><v>${serial}</v></c>`;
    }
    if (!('value' in cell)) return cellFail(field(), 'expected a string, number, boolean, null, { value } or { date }', 'cần chuỗi, số, giá trị logic, null, { value } hoặc { date }', cell);
    value = cell.value;
    style = merger.merge(rowStyle, cell.style);
  }
  const s = ctx.styles.indexOf(style, field);
  switch (typeof value) {
    case 'string':
      return textCell(ref, s, value, ctx, at);
    case 'number':
      if (!Number.isFinite(value)) cellFail(field(), 'a number cell needs a finite number', 'ô số cần một số hữu hạn', value);
      return `<c r="${ref}"${s === 0 ? '' : ` s="${s}"`}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${s === 0 ? '' : ` s="${s}"`} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      if (value === null) return s === 0 ? '' : `<c r="${ref}" s="${s}"/>`;
      return cellFail(field(), 'expected a string, number, boolean or null value', 'cần giá trị chuỗi, số, logic hoặc null', value);
  }
}

function rowHeightAttr(height: number | undefined, field: string): string {
  if (height === undefined) return '';
  if (!(height > 0 && height <= 409)) raise('invalid_xlsx_option', { field: `${field}.height`, expected: 'a height from 0 to 409 points', expectedVi: 'chiều cao từ 0 đến 409 point', received: height });
  return ` ht="${height}" customHeight="1"`;
}

/** @internal Writes `<sheetData>` for the rows; returns the number of rows written. */
export function writeSheetData(rows: Iterable<XlsxRowInput>, ctx: SheetContext, write: (xml: string) => void, sheetField: string): number {
  const merger = new StyleMerger();
  const names: string[] = [];
  const at: CellAt = { sheet: sheetField, row: 0, column: 0 };
  write('<sheetData>');
  let r = 0;
  for (const row of rows) {
    r += 1;
    const field = `${sheetField}.rows[${r - 1}]`;
    if (r > MAX_ROWS) raise('xlsx_limit_exceeded', { field, maximum: MAX_ROWS, unit: 'rows', unitVi: 'dòng', received: r });
    if (typeof row !== 'object' || row === null) cellFail(field, 'expected an array of cells or { cells }', 'cần mảng ô hoặc { cells }', row);
    const spec = Array.isArray(row) ? { cells: row as readonly XlsxCellInput[] } : (row as { cells: readonly XlsxCellInput[]; height?: number; style?: XlsxStyle });
    if (!Array.isArray(spec.cells)) cellFail(field, 'expected an array of cells or { cells }', 'cần mảng ô hoặc { cells }', row);
    if (spec.cells.length > MAX_COLUMNS) raise('xlsx_limit_exceeded', { field, maximum: MAX_COLUMNS, unit: 'columns', unitVi: 'cột', received: spec.cells.length });
    let xml = `<row r="${r}"${rowHeightAttr(spec.height, field)}>`;
    at.row = r;
    for (let c = 0; c < spec.cells.length; c += 1) {
      at.column = c;
      const name = names[c] ?? (names[c] = columnName(c));
      xml += cellXml(spec.cells[c], `${name}${r}`, spec.style, ctx, merger, at);
    }
    write(`${xml}</row>`);
  }
  write('</sheetData>');
  return r;
}
