/**
 * A report laid out as its form prints: the heading cells with their row and column spans, the
 * body as numbers in layout order, the total row and the notes. What a spreadsheet or any
 * other grid output reads, so no output re-encodes a form's columns.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { checkReportShape } from './checkReportShape';
import { rejectedCountOf } from './_rejectedList';
import { guardShape, optionalObjectArg } from '../errors/args';
import { raise } from '../errors/ReformRulesError';
import type { Locale } from '../errors/messages/index';
import type { Ratio } from '../metrics/ratio';
import { compileForm } from './forms/_compileForm';
import { cellValue, headDepth, laidOut } from './forms/_formLayout';
import type { LaidOutColumn } from './forms/_formLayout';
import type { ReportFormSelector } from './forms/reportForms';
import { resolveReportForm } from './forms/reportForms';
import type { ReportForm, ReportFormColumn, ReportFormGroup } from './forms/ReportForm';
import type { ReportGroupBy, ReportRowBase, ResolutionReport } from './types/ResolutionReport';

/**
 * A heading cell of a {@link ReportGrid}: its text and its place in the heading rows (0-based),
 * with its spans. The two leading columns (STT and the row label) span every heading row.
 * @example
 * ```ts
 * import type { ReportGridHeadCell } from 'reform-rules/xlsx';
 * const cell: ReportGridHeadCell = { row: 0, column: 2, rowSpan: 1, columnSpan: 4, text: 'Số hồ sơ nhận giải quyết' };
 * ```
 * @category Report
 */
export interface ReportGridHeadCell {
  /** Heading row, 0-based. */
  readonly row: number;
  /** Column, 0-based, counting the two leading columns (STT is 0, the label 1). */
  readonly column: number;
  /** Rows covered (at least 1). */
  readonly rowSpan: number;
  /** Columns covered (at least 1). */
  readonly columnSpan: number;
  /** The heading text in the grid's locale. */
  readonly text: string;
}

/**
 * A value column of a {@link ReportGrid}, in layout order.
 * @example
 * ```ts
 * import type { ReportGridColumn } from 'reform-rules/xlsx';
 * const c: ReportGridColumn = { id: 'resolved.late', kind: 'count', unit: 'dossiers', places: 0 };
 * ```
 * @category Report
 */
export interface ReportGridColumn {
  /** The form's column id. */
  readonly id: string;
  /** The column kind of the form. */
  readonly kind: ReportFormColumn['kind'];
  /** The unit of the values. */
  readonly unit: ReportFormColumn['unit'];
  /** Decimals shown (0 for counts; a mean's `places`, default 2). */
  readonly places: number;
}

/**
 * A body or total row of a {@link ReportGrid}.
 * @example
 * ```ts
 * import type { ReportGridRow } from 'reform-rules/xlsx';
 * const row: ReportGridRow = { no: 1, label: 'Phòng Tư pháp', values: [12, 3.5, null] };
 * ```
 * @category Report
 */
export interface ReportGridRow {
  /** The STT (1-based); `null` for the total row. */
  readonly no: number | null;
  /** The row label: the name, else the key; "Tổng cộng"/"Total" for the total row. */
  readonly label: string;
  /**
   * The values in layout order: a count; a mean as `numerator / denominator` (a double; the exact
   * ratio stays in the report); `null` for a mean of nothing or a column the data cannot fill.
   */
  readonly values: readonly (number | null)[];
}

/**
 * A report laid out by its form ({@link reportGrid}).
 * @example
 * ```ts
 * import type { ReportGrid } from 'reform-rules/xlsx';
 * const width = (g: ReportGrid) => 2 + g.columns.length;
 * ```
 * @category Report
 */
export interface ReportGrid {
  /** The report's form. */
  readonly form: ReportForm;
  /** The locale of the texts. */
  readonly locale: Locale;
  /** How many heading rows (1 for a form without groups). */
  readonly headDepth: number;
  /** The heading cells, the two leading ones first. */
  readonly head: readonly ReportGridHeadCell[];
  /** The value columns in layout order (after the two leading columns). */
  readonly columns: readonly ReportGridColumn[];
  /** The body rows. */
  readonly rows: readonly ReportGridRow[];
  /** The total row. */
  readonly total: ReportGridRow;
  /** The accounting of every record, the form's notes and one note per column the data cannot fill. */
  readonly notes: readonly string[];
}

/**
 * Options of {@link reportGrid}.
 * @example
 * ```ts
 * import type { ReportGridOptions } from 'reform-rules/xlsx';
 * const o: ReportGridOptions = { locale: 'vi' };
 * ```
 * @category Report
 */
export interface ReportGridOptions {
  /** The language of headings and labels. @defaultValue `'vi'` */
  readonly locale?: Locale | undefined;
  /** The report's form, needed only for a custom form (it must be the report's). @defaultValue the report's form */
  readonly form?: ReportFormSelector | undefined;
}

const KEY_HEADING: Readonly<Record<Locale, Readonly<Record<ReportGroupBy, string>>>> = {
  vi: { department: 'Đơn vị', field: 'Lĩnh vực', procedure: 'Thủ tục hành chính', official: 'Cán bộ, công chức, viên chức' },
  en: { department: 'Department', field: 'Field', procedure: 'Procedure', official: 'Official' },
};

const TEXT = {
  vi: { no: 'STT', total: 'Tổng cộng', noOfficial: '(Chưa ghi cán bộ)', accounting: 'Tổng số bản ghi: {n}. Bản ghi không hợp lệ, không tính vào bảng: {r}. Ngoài kỳ: nhận sau kỳ {a}, đã kết thúc trước kỳ {b}.' },
  en: { no: 'No.', total: 'Total', noOfficial: '(no official recorded)', accounting: 'Records given: {n}. Invalid records, not counted in the table: {r}. Outside the period: received after it {a}, ended before it {b}.' },
} as const;

function formOf(report: ResolutionReport<ReportRowBase>, given: ReportFormSelector | undefined): ReportForm {
  const id = (report as { form?: unknown }).form ?? 'bieu06';
  const form = resolveReportForm(given ?? (id as ReportFormSelector), given === undefined ? 'report.form' : 'form');
  if (form.id !== id) raise('invalid_report_form', { field: 'form', detail: `the report is of form '${String(id)}'`, received: form.id });
  compileForm(form);
  return form;
}

function leafText(c: LaidOutColumn, locale: Locale): string {
  return ((c.groups.length > 0 ? c.column.subheading : undefined) ?? c.column.heading)[locale];
}

/** The heading cells after the two leading columns, from the form's groups. */
function headCells(columns: readonly LaidOutColumn[], depth: number, locale: Locale): ReportGridHeadCell[] {
  const out: ReportGridHeadCell[] = [];
  columns.forEach((c, i) => {
    c.groups.forEach((g: ReportFormGroup, level) => {
      if (columns[i - 1]?.groups[level] === g) return;
      let span = 0;
      while (columns[i + span]?.groups[level] === g) span++;
      out.push({ row: level, column: 2 + i, rowSpan: 1, columnSpan: span, text: g.heading[locale] });
    });
    out.push({ row: c.groups.length, column: 2 + i, rowSpan: depth - c.groups.length, columnSpan: 1, text: leafText(c, locale) });
  });
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}

function value(row: object, c: LaidOutColumn): number | null {
  const v = cellValue(row, c.path);
  if (c.column.kind === 'unavailable' || v === null || v === undefined) return null;
  if (c.column.kind === 'mean') {
    const r = v as Ratio;
    return r.denominator === 0 ? null : r.numerator / r.denominator;
  }
  return v as number;
}

function notesOf(report: ResolutionReport<ReportRowBase>, form: ReportForm, locale: Locale): string[] {
  const accounting = TEXT[locale].accounting
    .replace('{n}', String(report.inputs))
    .replace('{r}', String(rejectedCountOf(report)))
    .replace('{a}', String(report.excluded.receivedAfter))
    .replace('{b}', String(report.excluded.endedBefore));
  const unavailable = form.columns.flatMap((c) => (c.kind === 'unavailable' ? [`— ${c.note[locale]}`] : []));
  return [accounting, ...(form.notes ?? []).map((n) => n[locale]), ...unavailable];
}

/**
 * Lays a report out as its form prints: the heading cells with their spans (derived from the
 * form's groups, as the HTML output does), the body rows as numbers in layout order, the total
 * row and the notes. A spreadsheet output (`reportWorkbook` of `reform-rules/xlsx`) reads this.
 * @param report - The report, from `resolutionReport` or an accumulator.
 * @param options - The locale (default `'vi'`) and, for a custom form, the form.
 * @returns The grid.
 * @throws `ReformRulesError` (code `invalid_enum`) When `locale` is not `'vi'` or `'en'`.
 * @throws `ReformRulesError` (code `invalid_report_form`) When the report's form is not built in and `form` is not given, or `form` is not the report's.
 * @example
 * ```ts
 * import { reportGrid } from 'reform-rules/xlsx';
 * const grid = reportGrid(report, { locale: 'vi' });
 * grid.head[0]?.text; // => 'STT'
 * ```
 * @category Report
 */
export function reportGrid(report: ResolutionReport<ReportRowBase>, options: ReportGridOptions = {}): ReportGrid {
  checkReportShape(report);
  optionalObjectArg(options, 'options');
  return guardShape('report', 'a report from resolutionReport()', report, () => {
    const locale = options.locale ?? DEFAULT_LOCALE;
    if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'locale', expected: "'vi', 'en'", received: locale });
    const form = formOf(report, options.form);
    const laid = laidOut(form);
    const depth = headDepth(laid);
    const t = TEXT[locale];
    const lead: ReportGridHeadCell[] = [
      { row: 0, column: 0, rowSpan: depth, columnSpan: 1, text: t.no },
      { row: 0, column: 1, rowSpan: depth, columnSpan: 1, text: KEY_HEADING[locale][report.groupBy] },
    ];
    const rowOf = (row: ReportRowBase, no: number | null): ReportGridRow => ({
      no,
      label: no === null ? t.total : row.key === null ? t.noOfficial : row.name === '' ? row.key : row.name,
      values: laid.map((c) => value(row, c)),
    });
    return {
      form,
      locale,
      headDepth: depth,
      head: [...lead, ...headCells(laid, depth, locale)].sort((a, b) => a.row - b.row || a.column - b.column),
      columns: laid.map((c) => ({ id: c.column.id, kind: c.column.kind, unit: c.column.unit, places: c.column.kind === 'mean' ? (c.column.places ?? 2) : 0 })),
      rows: report.rows.map((row, i) => rowOf(row, i + 1)),
      total: rowOf(report.total, null),
      notes: notesOf(report, form, locale),
    };
  });
}
