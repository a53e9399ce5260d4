/**
 * Handlers for the small parts read whole: the workbook (sheet names, date system), relationships
 * and the style sheet (number format of each cell format).
 * @internal
 * @module
 */
import type { XlsxNumberFormat } from './types';
import { isDateFormat } from './isDateFormat';
import { attr } from './_xmlAttrs';
import type { XmlHandler } from './_xmlTokenizer';
import { XmlSyntaxError } from './_xmlTokenizer';

/** Standard codes of the built-in formats (ECMA-376 Part 1, § 18.8.30); 27–36 and 50–58 are East Asian dates. */
const BUILT_IN_CODES: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};
const EAST_ASIAN_DATE_IDS: ReadonlySet<number> = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function need(value: string | undefined | null, what: string): string {
  if (value === undefined || value === null) throw new XmlSyntaxError(`${what} is missing or malformed`, String(value));
  return value;
}

/** @internal Reads xl/workbook.xml: the sheets in order (name and relationship id) and the date system. */
export class WorkbookReader implements XmlHandler {
  wantText = false;
  readonly sheets: { name: string; rid: string }[] = [];
  date1904 = false;
  open(name: string, attrs: string): void {
    if (name === 'sheet') this.sheets.push({ name: need(attr(attrs, 'name'), 'a sheet name'), rid: need(attr(attrs, 'id'), 'a sheet r:id') });
    else if (name === 'workbookPr') {
      const v = attr(attrs, 'date1904');
      this.date1904 = v === '1' || v === 'true';
    }
  }
  close(): void {}
  text(): void {}
}

/** @internal Reads a relationships part: id → type (last path segment) and target. */
export class RelsReader implements XmlHandler {
  wantText = false;
  readonly byId = new Map<string, { type: string; target: string }>();
  open(name: string, attrs: string): void {
    if (name !== 'Relationship') return;
    const type = need(attr(attrs, 'Type'), 'a relationship Type');
    this.byId.set(need(attr(attrs, 'Id'), 'a relationship Id'), { type: type.slice(type.lastIndexOf('/') + 1), target: need(attr(attrs, 'Target'), 'a relationship Target') });
  }
  close(): void {}
  text(): void {}
}

/** @internal Reads xl/styles.xml: the number format of each cell format (`cellXfs`) index. */
export class StylesReader implements XmlHandler {
  wantText = false;
  private readonly codes = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private inCellXfs = false;
  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'numFmt') {
      const id = Number(need(attr(attrs, 'numFmtId'), 'a numFmtId'));
      this.codes.set(id, need(attr(attrs, 'formatCode'), 'a formatCode'));
    } else if (name === 'cellXfs') {
      this.inCellXfs = !selfClosing;
    } else if (name === 'xf' && this.inCellXfs) {
      this.xfFormatIds.push(Number(attr(attrs, 'numFmtId') ?? 0));
    }
  }
  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }
  text(): void {}

  /** The number format of each cell format index; `null` for General. */
  formats(): (XlsxNumberFormat | null)[] {
    const cache = new Map<number, XlsxNumberFormat | null>();
    return this.xfFormatIds.map((id) => {
      if (!cache.has(id)) {
        const custom = this.codes.get(id);
        const code = custom ?? BUILT_IN_CODES[id];
        const known = Number.isInteger(id) && id > 0;
        const isDate = custom !== undefined ? isDateFormat(custom) : isDateFormat(id) || EAST_ASIAN_DATE_IDS.has(id);
        cache.set(id, known && code !== 'General' ? Object.freeze({ id, code: code ?? `[numFmtId ${id}]`, isDate }) : null);
      }
      return cache.get(id) as XlsxNumberFormat | null;
    });
  }
}
