/**
 * @internal The CSV formatter: two dialects (RFC 4180 for machines, `excel-vi` for Excel in a
 * Vietnamese locale), every text cell neutralised against spreadsheet formulas (OWASP).
 * @module
 */
import { neutraliseFormula } from '../xlsx/neutraliseFormula';
import { csvHeadRows } from './forms/_formLayout';
import type { View } from './_formatView';
import { bodyRows, leading } from './_formatView';

/** @internal The CSV dialects: field separator and decimal separator. */
export const CSV_DIALECTS = {
  rfc4180: { separator: ',', decimal: '.' },
  'excel-vi': { separator: ';', decimal: ',' },
} as const;

/** @internal A CSV dialect name. */
export type CsvDialectName = keyof typeof CSV_DIALECTS;

/** @internal One CSV field: quoted when it holds the separator, a quote, CR or LF; quotes doubled. */
export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * @internal The CSV text of a view. Text cells (headings and row labels) go through
 * {@link neutraliseFormula}; number cells (STT, counts, means) are written as numbers, untouched.
 */
export function toCsv(v: View, bom: boolean, dialect: CsvDialectName): string {
  const { separator, decimal } = CSV_DIALECTS[dialect];
  const text = (s: string) => csvField(neutraliseFormula(s), separator);
  const head = csvHeadRows(v.form, v.columns, v.locale).map((r, level) => [...(level === 0 ? leading(v) : ['', '']), ...r].map(text));
  const body = bodyRows(v, decimal).map((r) => r.map((cell, i) => (i === 1 ? text(cell) : csvField(cell, separator))));
  const lines = [...head, ...body].map((row) => row.join(separator));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
