import { DEFAULT_LOCALE } from '../errors/locale';
import { checkReportShape } from './checkReportShape';
import { guardShape, requireObjectArg } from '../errors/args';
import { parseCivilDate } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';
import { compileForm } from './forms/_compileForm';
import { laidOut, markdownHeadings } from './forms/_formLayout';
import type { ReportFormSelector } from './forms/reportForms';
import { resolveReportForm } from './forms/reportForms';
import type { ReportForm } from './forms/ReportForm';
import type { ReportRowBase, ResolutionReport } from './types/ResolutionReport';
import type { Locale } from '../errors/messages/index';
import { toCsv } from './_formatCsv';
import type { Signing } from './_formatHtml';
import { toHtml } from './_formatHtml';
import type { View } from './_formatView';
import { bodyRows, footer, leading, periodLine } from './_formatView';

/**
 * The output formats of {@link formatReport}.
 * @example
 * ```ts
 * import type { ReportFormat } from 'reform-rules';
 * const f: ReportFormat = 'csv';
 * ```
 * @category Report
 */
export type ReportFormat = 'csv' | 'markdown' | 'json' | 'html';

/**
 * Options of {@link formatReport}.
 * @example
 * ```ts
 * import type { FormatReportOptions } from 'reform-rules';
 * const options: FormatReportOptions = { format: 'csv', locale: 'vi', bom: true };
 * ```
 * @category Report
 */
export interface FormatReportOptions {
  /** The output format. */
  readonly format: ReportFormat;
  /** The language of headings and labels: `'vi'` (the Biểu 06 headings) or `'en'`. @defaultValue `'vi'` */
  readonly locale?: Locale | undefined;
  /**
   * CSV only: start with a UTF-8 byte order mark (U+FEFF) so that Excel on Windows reads the
   * Vietnamese text as UTF-8 (the CLI sets it for CSV written to a file with `--out`). @defaultValue `false`
   */
  readonly bom?: boolean | undefined;
  /**
   * CSV only: `'rfc4180'` (`,` between fields, decimal point: for machines) or `'excel-vi'` (`;`
   * between fields, decimal comma: what Excel expects in a Vietnamese locale). @defaultValue `'rfc4180'`
   */
  readonly dialect?: CsvDialect | undefined;
  /**
   * The report's form: needed only for a custom form (a built-in form is found by the report's
   * `form` id); when given it must be the report's. @defaultValue the report's form
   */
  readonly form?: ReportFormSelector | undefined;
  /** HTML only: the reporting unit's name, as the agency writes it. Absent: a blank line to fill by hand. */
  readonly unitName?: string | undefined;
  /** HTML only: the place of the place/date line (e.g. `'Hà Nội'`). Absent: a blank to fill by hand. */
  readonly place?: string | undefined;
  /** HTML only: the signing date, `YYYY-MM-DD`, of the place/date line. Absent: blanks to fill by hand. */
  readonly signedOn?: string | undefined;
  /** HTML only: the names under the signature blocks. Absent: blank lines to fill by hand. */
  readonly signers?: ReportSigners | undefined;
}

/**
 * The people who sign a report (HTML output): each name is printed under its block, or a blank
 * line is left for hand filling. Never invented by the library.
 * @example
 * ```ts
 * import type { ReportSigners } from 'reform-rules';
 * const signers: ReportSigners = { preparer: 'Nguyễn Văn A', head: 'Trần Thị B' };
 * ```
 * @category Report
 */
export interface ReportSigners {
  /** "Người lập biểu": who prepared the report. */
  readonly preparer?: string | undefined;
  /** "Thủ trưởng đơn vị": the head of the reporting unit. */
  readonly head?: string | undefined;
}

/**
 * The CSV dialects of {@link formatReport}: `'rfc4180'` (comma, decimal point) and `'excel-vi'`
 * (semicolon, decimal comma).
 * @example
 * ```ts
 * import type { CsvDialect } from 'reform-rules';
 * const d: CsvDialect = 'excel-vi';
 * ```
 * @category Report
 */
export type CsvDialect = 'rfc4180' | 'excel-vi';


const FORMATS: readonly ReportFormat[] = ['csv', 'markdown', 'json', 'html'];
const DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel-vi'];

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function toMarkdown(v: View): string {
  const { report, form, locale } = v;
  const head = [...leading(v), ...markdownHeadings(form, v.columns, locale)];
  const body = bodyRows(v, locale === 'vi' ? ',' : '.');
  const lines = [
    `## ${form.title[locale]} (${form.number[locale]}): ${report.period.label[locale]}`,
    '',
    periodLine(v),
    '',
    `| ${head.map(mdCell).join(' | ')} |`,
    `| ${head.map((_, i) => (i === 1 ? '---' : '---:')).join(' | ')} |`,
    ...body.map((r, i) => {
      const cellsOut = r.map(mdCell);
      if (i === body.length - 1) return `| ${cellsOut.map((c, j) => (j === 0 || c === '' ? c : `**${c}**`)).join(' | ')} |`;
      return `| ${cellsOut.join(' | ')} |`;
    }),
    '',
    ...footer(v).flatMap((l) => [l, '']),
  ];
  if (report.rejected.length > 0) {
    for (const r of report.rejected) {
      lines.push(`- #${r.index}${r.id === undefined ? '' : ` (${mdCell(r.id)})`}: ${r.issues.map((i) => mdCell(i.message)).join('; ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** @internal A text option: absent, or a non-empty string (kept as given). */
function textOption(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') raise('invalid_format_option', { field, expected: 'text', expectedVi: 'chuỗi', received: value });
  return value;
}

/** @internal The unit, place, date and signers of the options, checked; nothing filled in. */
function readSigning(options: FormatReportOptions): Signing {
  const signers: unknown = options.signers;
  if (signers !== undefined && (signers === null || typeof signers !== 'object' || Array.isArray(signers))) {
    raise('invalid_format_option', { field: 'signers', expected: '{ preparer?, head? }', received: signers });
  }
  const s = (signers ?? {}) as Record<string, unknown>;
  const signedOn = textOption(options.signedOn, 'signedOn');
  if (signedOn !== undefined && parseCivilDate(signedOn) === undefined) {
    raise('invalid_format_option', { field: 'signedOn', expected: 'YYYY-MM-DD', received: signedOn });
  }
  return {
    unitName: textOption(options.unitName, 'unitName'),
    place: textOption(options.place, 'place'),
    signedOn,
    preparer: textOption(Object.hasOwn(s, 'preparer') ? s['preparer'] : undefined, 'signers.preparer'),
    head: textOption(Object.hasOwn(s, 'head') ? s['head'] : undefined, 'signers.head'),
  };
}

/** @internal The form of a report: the one given (it must be the report's), else the built-in form the report names. */
function formOf(report: ResolutionReport<ReportRowBase>, given: ReportFormSelector | undefined): ReportForm {
  const id = (report as { form?: unknown }).form ?? 'bieu06';
  const form = resolveReportForm(given ?? (id as ReportFormSelector), given === undefined ? 'report.form' : 'form');
  if (form.id !== id) raise('invalid_report_form', { field: 'form', detail: `the report is of form '${String(id)}'`, received: form.id });
  compileForm(form); // checks the definition
  return form;
}

/**
 * Renders a report as CSV, Markdown, JSON or a self-contained HTML page, in Vietnamese (the column
 * headings of the report's form, e.g. Biểu 06/VPCP/KSTT, so a clerk can paste the table into the
 * official form) or English. Headings, their groups and the column order come from the form.
 *
 * @remarks
 * - **CSV**: the heading row (one per heading level for a form with grouped headings), one row
 *   per report row, then the total row; fields holding the separator, a quote or a line break are
 *   quoted, quotes doubled; lines end in CRLF. `dialect: 'rfc4180'` (default) uses `,` and a decimal
 *   point; `'excel-vi'` uses `;` and a decimal comma, as Excel expects in a Vietnamese locale. Text
 *   cells starting with `=` `+` `-` `@` tab or CR get a leading apostrophe (`neutraliseFormula` of `reform-rules/xlsx`,
 *   OWASP); number cells are never changed. Set `bom: true` for Excel on Windows.
 * - **Markdown**: a title with the form and the period, the window and `asOf`, the table (total
 *   in bold), the accounting of every record (given, rejected, outside the period), the form's
 *   notes and the rejected records' issues.
 * - **JSON**: `JSON.stringify(report, null, 2)`; `JSON.parse` of it deep-equals the report.
 * - **HTML**: one file with inline CSS: the reporting unit, the title, the period line with the
 *   cut-off date written `DD/MM/YYYY`, the table with the form's grouped headings (`colspan` and
 *   `rowspan` derived from its groups) in its own sideways-scrolling container, when the form has
 *   one an inline SVG bar chart with a text description (for Biểu 06 the on-time rate, early + on
 *   time over resolved), the notes, then the place/date line and the signature blocks from
 *   `unitName`, `place`, `signedOn` and `signers` (blank lines when absent, never invented). Print
 *   CSS: A4 landscape, header rows repeated, the chart kept with its table. No scripts, no external
 *   styles or fonts; every text escaped.
 *
 * Means are shown with the column's decimals (two by default), rounded half up from the exact
 * ratios; a column the data cannot fill shows "—".
 * @param report - The report, from {@link resolutionReport} or {@link ReportAccumulator.result}.
 * @param options - The format, the locale (default `'vi'`), for CSV the byte order mark and the dialect, the form (needed for a custom form), for HTML the unit, place, date and signers.
 * @returns The rendered text.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `format`, `locale` or `dialect` is not one of the allowed values.
 * @throws {@link ReformRulesError} (code `invalid_format_option`) When `unitName`, `place`, `signedOn` (a `YYYY-MM-DD` date) or a signer is given but is not a non-empty text, or `signers` is not an object.
 * @throws {@link ReformRulesError} (code `invalid_report_form`) When the report's form is not built in and `form` is not given, or `form` is not the report's.
 * @example
 * ```ts
 * import { formatReport } from 'reform-rules';
 * const csv = formatReport(report, { format: 'csv', locale: 'vi' });
 * csv.split('\r\n')[0]?.startsWith('STT,Đơn vị,Số hồ sơ nhận giải quyết,Trong đó: Trực tuyến'); // => true
 * ```
 * @category Report
 */
export function formatReport(report: ResolutionReport<ReportRowBase>, options: FormatReportOptions): string {
  checkReportShape(report);
  requireObjectArg(options, 'options', 'an options object { format }');
  return guardShape('report', 'a report from resolutionReport()', report, () => {
    const format = options?.format;
    if (!FORMATS.includes(format)) raise('invalid_enum', { field: 'format', expected: FORMATS.map((f) => `'${f}'`).join(', '), received: format });
    const locale = options.locale ?? DEFAULT_LOCALE;
    if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'locale', expected: "'vi', 'en'", received: locale });
    const dialect = options.dialect ?? 'rfc4180';
    if (!DIALECTS.includes(dialect)) raise('invalid_enum', { field: 'dialect', expected: DIALECTS.map((d) => `'${d}'`).join(', '), received: dialect });
    const signing = readSigning(options);
    if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
    const form = formOf(report, options.form);
    const view: View = { report, form, columns: laidOut(form), locale };
    switch (format) {
      case 'csv':
        return toCsv(view, options.bom === true, dialect);
      case 'markdown':
        return toMarkdown(view);
      case 'html':
        return toHtml(view, signing);
    }
  });
}
