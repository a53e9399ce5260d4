/**
 * @internal The display side of a form: its columns in layout order with their heading groups,
 * the heading rows (flat, grouped, HTML with spans) and the text of each cell.
 * @module
 */
import type { Locale } from '../../errors/messages/index';
import type { Ratio } from '../../metrics/ratio';
import type { ReportForm, ReportFormColumn, ReportFormGroup } from './ReportForm';

/** @internal A column in display order, with its ancestor groups (outermost first). */
export interface LaidOutColumn {
  readonly column: ReportFormColumn;
  readonly path: readonly string[];
  readonly groups: readonly ReportFormGroup[];
}

/** @internal A heading cell of the HTML head: text and spans. */
export interface HeadCell {
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
}

/** @internal The form's columns in layout order. */
export function laidOut(form: ReportForm): LaidOutColumn[] {
  const byId = new Map(form.columns.map((c) => [c.id, c]));
  const out: LaidOutColumn[] = [];
  const visit = (nodes: readonly (string | ReportFormGroup)[], groups: readonly ReportFormGroup[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        const column = byId.get(node) as ReportFormColumn;
        out.push({ column, path: column.id.split('.'), groups });
      } else visit(node.children, [...groups, node]);
    }
  };
  visit(form.layout, []);
  return out;
}

/** @internal The heading of a column under its groups (or alone). */
function leafText(c: LaidOutColumn, locale: Locale): string {
  return ((c.groups.length > 0 ? c.column.subheading : undefined) ?? c.column.heading)[locale];
}

/** @internal How many heading rows the groups need (1 without groups). */
export function headDepth(columns: readonly LaidOutColumn[]): number {
  return 1 + Math.max(0, ...columns.map((c) => c.groups.length));
}

/**
 * @internal The CSV heading rows after the two leading columns: `'flat'`, the full headings;
 * `'grouped'`, one row per level, a group's heading over its first column, cells top-aligned.
 */
export function csvHeadRows(form: ReportForm, columns: readonly LaidOutColumn[], locale: Locale): string[][] {
  if (form.headerRows === 'flat') return [columns.map((c) => c.column.heading[locale])];
  const depth = headDepth(columns);
  return Array.from({ length: depth }, (_, level) =>
    columns.map((c, i) => {
      if (level < c.groups.length) {
        const g = c.groups[level] as ReportFormGroup;
        return columns[i - 1]?.groups[level] === g ? '' : g.heading[locale];
      }
      return level === c.groups.length ? leafText(c, locale) : '';
    }),
  );
}

/** @internal The Markdown heading of each column: the full heading, or "Group: column" when grouped. */
export function markdownHeadings(form: ReportForm, columns: readonly LaidOutColumn[], locale: Locale): string[] {
  if (form.headerRows === 'flat') return columns.map((c) => c.column.heading[locale]);
  return columns.map((c) => [...c.groups.map((g) => g.heading[locale]), leafText(c, locale)].join(': '));
}

/** @internal The HTML head rows (after the two leading cells, which span every row). */
export function htmlHeadRows(columns: readonly LaidOutColumn[], locale: Locale): HeadCell[][] {
  const depth = headDepth(columns);
  const rows: HeadCell[][] = Array.from({ length: depth }, () => []);
  columns.forEach((c, i) => {
    c.groups.forEach((g, level) => {
      if (columns[i - 1]?.groups[level] === g) return;
      let span = 0;
      while (columns[i + span]?.groups[level] === g) span++;
      rows[level]?.push({ text: g.heading[locale], colspan: span, rowspan: 1 });
    });
    rows[c.groups.length]?.push({ text: leafText(c, locale), colspan: 1, rowspan: depth - c.groups.length });
  });
  return rows;
}

/** @internal `n/d` as a decimal string with `places` digits, rounded half up, exactly (BigInt); `''` for `0/0`. */
export function decimal(r: Ratio, places: number, separator = '.'): string {
  if (r.denominator === 0) return '';
  const scale = 10n ** BigInt(places);
  const n = BigInt(r.numerator) * scale * 2n + BigInt(r.denominator);
  const q = n / (BigInt(r.denominator) * 2n);
  const whole = q / scale;
  const frac = (q % scale).toString().padStart(places, '0');
  return places === 0 ? whole.toString() : `${whole}${separator}${frac}`;
}

/** @internal The value at a column's dotted path in a row. */
export function cellValue(row: object, path: readonly string[]): unknown {
  let at: unknown = row;
  for (const p of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[p] : undefined;
  return at;
}

/** @internal The text of a column's cell: a count, a mean with its decimals, or "—" when not available. */
export function cellText(row: object, c: LaidOutColumn, separator: string): string {
  const v = cellValue(row, c.path);
  if (c.column.kind === 'unavailable' || v === null || v === undefined) return '—';
  if (c.column.kind === 'mean') return decimal(v as Ratio, c.column.places ?? 2, separator);
  return String(v);
}

/** @internal The sum of count or sum columns of a row. */
export function sumOfColumns(row: object, ids: readonly string[]): number {
  return ids.reduce((a, id) => a + Number(cellValue(row, id.split('.')) ?? 0), 0);
}

