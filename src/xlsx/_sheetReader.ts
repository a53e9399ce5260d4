import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { XlsxCellValue, XlsxNumberFormat, XlsxRow } from './types';
import { MAX_ROWS, columnName, parseColumn } from './_cellRef';
import type { SharedStrings } from './_stringTable';
import type { CellAttrs } from './_xmlAttrs';
import { attr, cellAttrs } from './_xmlAttrs';
import { decodeXml, decodeXstring } from './_xmlText';
import type { XmlHandler } from './_xmlTokenizer';
import { XmlSyntaxError } from './_xmlTokenizer';

/** @internal What a sheet reader needs from the rest of the workbook. */
export interface SheetReaderContext {
  readonly strings: SharedStrings;
  readonly formats: readonly (XlsxNumberFormat | null)[];
  readonly date1904: boolean;
  readonly locale: Locale;
  readonly emit: (row: XlsxRow) => void;
}

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/**
 * @internal Reads a worksheet's `<sheetData>` as it streams, one row at a time: cells placed by
 * their `r` reference (or after the previous one), typed by `t`, formatted by `s`.
 */
export class SheetReader implements XmlHandler {
  wantText = false;
  private line = 0;
  private cells: XlsxCellValue[] = [];
  private formats: (XlsxNumberFormat | null)[] = [];
  private issues: Issue[] = [];
  private inRow = false;
  private column = -1;
  private type = 'n';
  private style = 0;
  private value: string | undefined;
  private inInline = false;
  private phonetic = 0;
  private readonly attrs: CellAttrs = { r: undefined, s: undefined, t: undefined };

  constructor(private readonly ctx: SheetReaderContext) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    switch (name) {
      case 'row':
        this.startRow(attrs);
        if (selfClosing) this.endRow();
        return;
      case 'c':
        this.startCell(attrs);
        if (selfClosing) this.endCell();
        return;
      case 'v':
        if (!this.inInline && !selfClosing) this.wantText = true;
        return;
      case 'is':
        this.inInline = !selfClosing;
        return;
      case 'rPh':
        if (!selfClosing) this.phonetic += 1;
        return;
      case 't':
        if (this.inInline && this.phonetic === 0 && !selfClosing) this.wantText = true;
        return;
      default:
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.wantText = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic -= 1;
        return;
      case 'c':
        this.endCell();
        return;
      case 'row':
        this.endRow();
        return;
      default:
    }
  }

  text(raw: string, cdata: boolean): void {
    const text = cdata ? raw : decodeXml(raw);
    if (text === undefined) throw new XmlSyntaxError('a malformed entity in a cell', raw.slice(0, 60));
    this.value = this.value === undefined ? text : this.value + text;
  }

  private startRow(attrs: string): void {
    const r = attr(attrs, 'r');
    const line = r === undefined ? this.line + 1 : Number(r);
    if (!(Number.isInteger(line) && line >= 1 && line <= MAX_ROWS)) throw new XmlSyntaxError('a row number out of range', String(r));
    this.line = line;
    this.inRow = true;
    this.cells = [];
    this.formats = [];
    this.issues = [];
    this.column = -1;
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    const c = this.ctx;
    c.emit({ line: this.line, cells: this.cells, formats: this.formats, issues: this.issues, date1904: c.date1904 });
  }

  private startCell(attrs: string): void {
    if (!this.inRow) throw new XmlSyntaxError('a cell outside a row', attrs.slice(0, 60));
    const a = cellAttrs(attrs, this.attrs);
    const ref = a.r;
    if (ref === undefined) this.column += 1;
    else {
      const col = ref === null ? undefined : parseColumn(ref);
      if (col === undefined) throw new XmlSyntaxError('a malformed cell reference', String(ref));
      this.column = col.column;
    }
    this.type = a.t ?? 'n';
    const s = a.s;
    this.style = s === undefined || s === null ? 0 : Number(s);
    this.value = undefined;
  }

  private endCell(): void {
    const col = this.column;
    while (this.cells.length <= col) {
      this.cells.push(null);
      this.formats.push(null);
    }
    const value = this.cellValue();
    this.cells[col] = value;
    this.formats[col] = value === null ? null : (this.ctx.formats[this.style] ?? null);
    this.wantText = false;
  }

  private issue(code: 'xlsx_error_cell' | 'invalid_xlsx_value', reason: string, reasonVi: string, received: unknown): null {
    const letters = columnName(this.column);
    this.issues.push(createIssue(code, [this.line, letters], { field: `${letters}${this.line}`, reason, reasonVi, received }, this.ctx.locale));
    return null;
  }

  private cellValue(): XlsxCellValue {
    const v = this.value;
    switch (this.type) {
      case 's': {
        if (v === undefined) return null;
        const text = this.ctx.strings.get(Number(v));
        return text ?? this.issue('invalid_xlsx_value', 'no shared string has this index', 'không có chuỗi dùng chung nào có chỉ số này', v);
      }
      case 'str':
      case 'inlineStr':
        return v === undefined ? (this.type === 'inlineStr' ? '' : null) : decodeXstring(v);
      case 'd':
        return v ?? null;
      case 'b':
        if (v === undefined) return null;
        if (v === '1' || v === 'true') return true;
        if (v === '0' || v === 'false') return false;
        return this.issue('invalid_xlsx_value', 'a logical cell holds 0 or 1', 'ô logic chỉ chứa 0 hoặc 1', v);
      case 'e':
        return this.issue('xlsx_error_cell', '', '', v ?? '#N/A');
      case 'n':
        if (v === undefined) return null;
        return NUMBER.test(v) ? Number(v) : this.issue('invalid_xlsx_value', 'a number cell holds no number', 'ô số không chứa số', v);
      default:
        return this.issue('invalid_xlsx_value', `unknown cell type t="${this.type}"`, `kiểu ô t="${this.type}" không xác định`, v ?? null);
    }
  }
}
