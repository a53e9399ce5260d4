/**
 * The writer's style sheet (xl/styles.xml): fonts, fills, borders, number formats and cell formats
 * (`xf`), each de-duplicated by a canonical key so equal styles share one index, in the order first
 * used (deterministic).
 * @internal
 * @module
 */
import { raise } from '../errors/ReformRulesError';
import type { XlsxBorderLine, XlsxStyle } from './types';
import { escapeXml } from './_xmlText';

/** Built-in number format codes and their ids (ECMA-376 Part 1, § 18.8.30), the ones worth reusing. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11,
  '# ?/?': 12, '# ??/??': 13, 'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21, 'm/d/yy h:mm': 22, 'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47,
  '##0.0E+0': 48, '@': 49,
};
const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;
const SIDES = ['left', 'right', 'top', 'bottom'] as const;
const HORIZONTAL: readonly string[] = ['general', 'left', 'center', 'right', 'justify', 'centerContinuous', 'distributed'];
const VERTICAL: readonly string[] = ['top', 'center', 'bottom', 'justify', 'distributed'];

/** A table of unique XML fragments, indexed in first-use order. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[]) {
    for (const x of initial) this.add(x);
  }
  add(xml: string): number {
    const found = this.index.get(xml);
    if (found !== undefined) return found;
    this.items.push(xml);
    this.index.set(xml, this.items.length - 1);
    return this.items.length - 1;
  }
}

function fail(field: string, expected: string, expectedVi: string, received: unknown): never {
  return raise('invalid_xlsx_option', { field, expected, expectedVi, received });
}

function colorOf(field: string, value: string): string {
  if (!HEX_COLOR.test(value)) fail(field, "a colour '#RRGGBB'", "màu dạng '#RRGGBB'", value);
  return `FF${value.slice(1).toUpperCase()}`;
}

function borderXml(border: XlsxStyle['border'], field: string): string {
  if (border === undefined) return '<border><left/><right/><top/><bottom/><diagonal/></border>';
  const sides = typeof border === 'string' ? { left: border, right: border, top: border, bottom: border } : border;
  const allowed: readonly XlsxBorderLine[] = ['thin', 'medium', 'thick', 'dashed', 'dotted', 'double', 'hair'];
  const parts = SIDES.map((side) => {
    const line = sides[side];
    if (line === undefined) return `<${side}/>`;
    if (!allowed.includes(line)) fail(`${field}.border.${side}`, `one of ${allowed.join(', ')}`, `một trong ${allowed.join(', ')}`, line);
    return `<${side} style="${line}"><color auto="1"/></${side}>`;
  });
  return `<border>${parts.join('')}<diagonal/></border>`;
}

/** @internal The style sheet being built while the sheets are written. */
export class StyleSheet {
  private readonly fonts: Table;
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table([borderXml(undefined, '')]);
  private readonly formats = new Table([]);
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly byStyle = new WeakMap<XlsxStyle, number>();

  constructor(private readonly font: { readonly name: string; readonly size: number }) {
    this.fonts = new Table([this.fontXml({})]);
  }

  /** The `xf` index of a style (0 for no style); the same object is looked up once. */
  indexOf(style: XlsxStyle | undefined, field: () => string): number {
    if (style === undefined) return 0;
    const known = this.byStyle.get(style);
    if (known !== undefined) return known;
    const index = this.xfs.add(this.xfXml(style, field()));
    this.byStyle.set(style, index);
    return index;
  }

  private fontXml(s: XlsxStyle): string {
    const size = s.fontSize ?? this.font.size;
    return `<font>${s.bold === true ? '<b/>' : ''}${s.italic === true ? '<i/>' : ''}${s.underline === true ? '<u/>' : ''}<sz val="${size}"/>${
      s.color === undefined ? '' : `<color rgb="${colorOf('style.color', s.color)}"/>`
    }<name val="${escapeXml(s.fontName ?? this.font.name)}"/><family val="2"/></font>`;
  }

  private formatId(code: string | undefined, field: string): number {
    if (code === undefined) return 0;
    if (typeof code !== 'string' || code === '' || code.length > 255) fail(`${field}.numberFormat`, 'a format code of 1 to 255 characters', 'mã định dạng số dài 1 đến 255 ký tự', code);
    const builtIn = BUILT_IN_FORMATS[code];
    return builtIn ?? 164 + this.formats.add(code);
  }

  private xfXml(s: XlsxStyle, field: string): string {
    if (s.fontSize !== undefined && !(s.fontSize >= 1 && s.fontSize <= 409)) fail(`${field}.fontSize`, 'a size from 1 to 409 points', 'cỡ chữ từ 1 đến 409', s.fontSize);
    if (s.indent !== undefined && !(Number.isInteger(s.indent) && s.indent >= 0 && s.indent <= 250)) fail(`${field}.indent`, 'a whole number from 0 to 250', 'số nguyên từ 0 đến 250', s.indent);
    if (s.horizontal !== undefined && !HORIZONTAL.includes(s.horizontal)) fail(`${field}.horizontal`, `one of ${HORIZONTAL.join(', ')}`, `một trong ${HORIZONTAL.join(', ')}`, s.horizontal);
    if (s.vertical !== undefined && !VERTICAL.includes(s.vertical)) fail(`${field}.vertical`, `one of ${VERTICAL.join(', ')}`, `một trong ${VERTICAL.join(', ')}`, s.vertical);
    const fontId = this.fonts.add(this.fontXml(s));
    const fillId = s.fill === undefined ? 0 : this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${colorOf(`${field}.fill`, s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`);
    const borderId = this.borders.add(borderXml(s.border, field));
    const numFmtId = this.formatId(s.numberFormat, field);
    const align = [
      s.horizontal === undefined ? '' : ` horizontal="${s.horizontal}"`,
      s.vertical === undefined ? '' : ` vertical="${s.vertical}"`,
      s.wrap === true ? ' wrapText="1"' : '',
      s.indent === undefined || s.indent === 0 ? '' : ` indent="${s.indent}"`,
    ].join('');
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return align === '' ? `${head}/>` : `${head} applyAlignment="1"><alignment${align}/></xf>`;
  }

  /** The xl/styles.xml part. */
  toXml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = this.formats.items.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`);
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      numFmts.length === 0 ? '' : list('numFmts', numFmts),
      list('fonts', this.fonts.items),
      list('fills', this.fills.items),
      list('borders', this.borders.items),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '</styleSheet>',
    ].join('');
  }
}
