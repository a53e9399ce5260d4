/**
 * A report as the official Excel workbook of its form (Biểu 06, the portal summary, a custom form).
 * @module
 */
import { checkReportShape } from '../report/checkReportShape';
import { guardShape, optionalObjectArg, requireArrayArg, requireObjectArg } from '../errors/args';
import type { ReportFormSelector, ReportGrid, ReportGroupBy, ReportRowBase, ResolutionReport } from '../report/index';
import { reportGrid } from '../report/index';
import type { XlsxCellInput, XlsxSheetSpec } from '../xlsx/index';
import { writeWorkbook } from '../xlsx/index';
import type { Checked, Draft } from './_sheet';
import { FONT, STYLE, checkOptions, decimalsFormat, dmy, notes, push, range, sheetOf, signatures, title, uniqueName, unitLine, wide } from './_sheet';
import type { WorkbookOptions } from './WorkbookOptions';

/**
 * One more sheet of a report workbook: another report of the same form (the same period by
 * field, by procedure ...), with its tab name.
 * @example
 * ```ts
 * import type { ReportWorkbookSheet } from 'reform-rules/xlsx';
 * const sheet: ReportWorkbookSheet = { report: byField, name: 'Theo lĩnh vực' };
 * ```
 * @category Outputs
 */
export interface ReportWorkbookSheet {
  /** The report of this sheet. */
  readonly report: ResolutionReport<ReportRowBase>;
  /** The tab name; default by the report's grouping ("Theo đơn vị", "Theo lĩnh vực" ...). */
  readonly name?: string | undefined;
}

/**
 * Options of {@link reportWorkbook}.
 * @example
 * ```ts
 * import type { ReportWorkbookOptions } from 'reform-rules/xlsx';
 * const o: ReportWorkbookOptions = { profile: { unitName: 'UBND xã Minh Tân' }, sheets: [{ report: byField }] };
 * ```
 * @category Outputs
 */
export interface ReportWorkbookOptions extends WorkbookOptions {
  /** The report's form, needed only for a custom form. @defaultValue the report's form */
  readonly form?: ReportFormSelector | undefined;
  /** More sheets after the report's own, one per grouping asked for. @defaultValue none: one sheet, the report as it is */
  readonly sheets?: readonly ReportWorkbookSheet[] | undefined;
  /** The first sheet's tab name. @defaultValue by the report's grouping */
  readonly name?: string | undefined;
}

const SHEET_NAME: Readonly<Record<'vi' | 'en', Readonly<Record<ReportGroupBy, string>>>> = {
  vi: { department: 'Theo đơn vị', field: 'Theo lĩnh vực', procedure: 'Theo TTHC', official: 'Theo cán bộ' },
  en: { department: 'By department', field: 'By field', procedure: 'By procedure', official: 'By official' },
};

function periodText(report: ResolutionReport<ReportRowBase>, c: Checked): string {
  const p = report.period;
  const asOf = dmy(report.asOf.slice(0, 10));
  return c.locale === 'vi'
    ? `Kỳ báo cáo: ${p.label.vi} (từ ngày ${dmy(p.from)} đến ngày ${dmy(p.to)}); số liệu tính đến ngày ${asOf}`
    : `Reporting period: ${p.label.en} (${dmy(p.from)} to ${dmy(p.to)}); data as of ${asOf}`;
}

/** The heading rows with their merges, then the column-number row "(1) (2) …". */
function heading(draft: Draft, grid: ReportGrid): { first: number; last: number } {
  const first = draft.rows.length + 1;
  const rows: XlsxCellInput[][] = Array.from({ length: grid.headDepth }, () => Array.from({ length: draft.width }, () => ({ value: null, style: STYLE.head })));
  for (const h of grid.head) {
    (rows[h.row] as XlsxCellInput[])[h.column] = { value: h.text, style: STYLE.head };
    if (h.rowSpan > 1 || h.columnSpan > 1) draft.merges.push(range(first + h.row, h.column, h.column + h.columnSpan - 1, first + h.row + h.rowSpan - 1));
  }
  rows.forEach((cells, i) => draft.rows.push({ cells, height: i === rows.length - 1 ? 78 : 32 }));
  push(draft, Array.from({ length: draft.width }, (_, i) => ({ value: `(${i + 1})`, style: STYLE.number })));
  return { first, last: draft.rows.length };
}

function bodyRow(draft: Draft, grid: ReportGrid, row: ReportGrid['rows'][number], total: boolean): void {
  const bold = total ? { bold: true } : {};
  const cells: XlsxCellInput[] = [
    { value: row.no, style: { ...STYLE.center, ...bold } },
    { value: row.label, style: { ...STYLE.text, ...bold } },
    ...row.values.map((v, i) => ({ value: v, style: { ...STYLE.count, numberFormat: decimalsFormat(grid.columns[i]?.places ?? 0), ...bold } })),
  ];
  push(draft, cells);
}

function reportSheet(report: ResolutionReport<ReportRowBase>, name: string, form: ReportFormSelector | undefined, c: Checked): XlsxSheetSpec {
  const grid = reportGrid(report, { locale: c.locale, form });
  const draft: Draft = { width: 2 + grid.columns.length, rows: [], merges: [] };
  unitLine(draft, c, grid.form.number[c.locale]);
  title(draft, grid.form.title[c.locale]);
  wide(draft, periodText(report, c), { italic: true, horizontal: 'center' });
  wide(draft, grid.form.unitLine[c.locale], { italic: true, horizontal: 'right' });
  const head = heading(draft, grid);
  for (const row of grid.rows) bodyRow(draft, grid, row, false);
  bodyRow(draft, grid, grid.total, true);
  push(draft, []);
  notes(draft, grid.notes);
  signatures(draft, c);
  const widths = [6, 30, ...grid.columns.map((col) => (col.places > 0 ? 11 : 9))];
  return sheetOf(name, draft, widths, { ...head, freezeColumns: 2 }, c);
}

/**
 * Writes a report as the official Excel workbook of its form: the unit line and the form number,
 * the title, the period and unit lines, the multi-level heading with its cells merged as printed
 * (derived from the form's groups by {@link reportGrid}), the column-number row, one row per
 * report row with numeric cells (counts `#,##0`, means with their decimals), the total row in
 * bold, the notes (the accounting of every record, the form's notes, the columns the data cannot
 * fill), the place/date line and the signature blocks "Người lập biểu" and "Thủ trưởng đơn vị".
 * Printed on A4 landscape, fitted to the page width, the heading rows repeated on every page.
 *
 * @remarks The unit, place, date and signers come from `options` only; what is not given is left
 * blank for hand filling. A column the data cannot fill, and a mean of nothing, is an empty cell.
 * The same input gives the same bytes (no clock, no time zone).
 * @param report - The report of the first sheet.
 * @param options - The agency profile, the signing date, the locale (default `'vi'`), more sheets (one per grouping), the form of a custom report.
 * @returns The `.xlsx` file's bytes.
 * @throws `ReformRulesError` (code `invalid_agency_profile`) When the profile is not valid (the issues are attached).
 * @throws `ReformRulesError` (code `invalid_workbook_option`) When `date` is not a `yyyy-MM-dd` date.
 * @throws `ReformRulesError` (code `invalid_report_form`) When a report's form is unknown or not the one given.
 * @example
 * ```ts
 * import { reportWorkbook } from 'reform-rules/xlsx';
 * const bytes = reportWorkbook(report, { profile: { unitName: 'UBND xã Minh Tân', place: 'Minh Tân' }, date: '2025-03-20' });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // => true (a ZIP archive)
 * ```
 * @category Outputs
 */
export function reportWorkbook(report: ResolutionReport<ReportRowBase>, options: ReportWorkbookOptions = {}): Uint8Array {
  checkReportShape(report);
  optionalObjectArg(options, 'options');
  return guardShape('report', 'a report from resolutionReport()', report, () => {
    if (options.sheets !== undefined) {
      requireArrayArg(options.sheets, 'options.sheets');
      options.sheets.forEach((s, i) => {
        requireObjectArg(s, `options.sheets[${i}]`, 'a sheet { report, name? }');
        checkReportShape(s.report, `options.sheets[${i}].report`);
      });
    }
    const c = checkOptions(options);
    const used = new Set<string>();
    const all: ReportWorkbookSheet[] = [{ report, name: options.name }, ...(options.sheets ?? [])];
    const sheets = all.map((s) => reportSheet(s.report, uniqueName(s.name ?? SHEET_NAME[c.locale][s.report.groupBy], used), options.form, c));
    return writeWorkbook({ font: FONT, sheets });
  });
}
