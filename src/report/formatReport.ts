import { raise } from '../errors/ReformRulesError';
import type { Locale } from '../errors/messages/index';
import type { Ratio } from '../metrics/ratio';
import { compileForm } from './forms/_compileForm';
import { cellText, csvHeadRows, decimal, htmlHeadRows, laidOut, markdownHeadings, sumOfColumns } from './forms/_formLayout';
import type { HeadCell, LaidOutColumn } from './forms/_formLayout';
import type { ReportFormSelector } from './forms/reportForms';
import { resolveReportForm } from './forms/reportForms';
import type { ReportForm } from './forms/ReportForm';
import type { ReportGroupBy, ReportRowBase, ResolutionReport } from './types/ResolutionReport';

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
   * Vietnamese text as UTF-8. @defaultValue `false`
   */
  readonly bom?: boolean | undefined;
  /**
   * The report's form: needed only for a custom form (a built-in form is found by the report's
   * `form` id); when given it must be the report's. @defaultValue the report's form
   */
  readonly form?: ReportFormSelector | undefined;
}


/** @internal The column headings, in order, per locale (Biểu 06 for `vi`, then the extra columns). */

const FORMATS: readonly ReportFormat[] = ['csv', 'markdown', 'json', 'html'];

const KEY_HEADING: Readonly<Record<Locale, Readonly<Record<ReportGroupBy, string>>>> = {
  vi: { department: 'Đơn vị', field: 'Lĩnh vực', procedure: 'Thủ tục hành chính', official: 'Cán bộ, công chức, viên chức' },
  en: { department: 'Department', field: 'Field', procedure: 'Procedure', official: 'Official' },
};

/** The texts common to every form (the form supplies its title, number, unit line, notes and chart). */
const TEXT = {
  vi: {
    no: 'STT',
    total: 'Tổng cộng',
    noOfficial: '(Chưa ghi cán bộ)',
    window: 'Thời gian chốt số liệu',
    asOf: 'số liệu tính đến',
    conventions: { decree09: 'theo Nghị định 09/2019/NĐ-CP', calendar: 'theo tháng dương lịch' },
    rejected: 'Bản ghi không hợp lệ, không tính vào bảng',
    excluded: 'Ngoài kỳ: nhận sau kỳ {a}, đã kết thúc trước kỳ {b}',
    inputs: 'Tổng số bản ghi',
  },
  en: {
    no: 'No.',
    total: 'Total',
    noOfficial: '(no official recorded)',
    window: 'Data window',
    asOf: 'data as of',
    conventions: { decree09: 'Decree 09/2019/NĐ-CP cut-off', calendar: 'calendar months' },
    rejected: 'Invalid records, not counted in the table',
    excluded: 'Outside the period: received after it {a}, ended before it {b}',
    inputs: 'Records given',
  },
} as const;

/** @internal What the formatters read: the report, its form laid out, the locale. */
interface View {
  readonly report: ResolutionReport<ReportRowBase>;
  readonly form: ReportForm;
  readonly columns: readonly LaidOutColumn[];
  readonly locale: Locale;
}

function rowLabel(row: ReportRowBase, isTotal: boolean, locale: Locale): string {
  if (isTotal) return TEXT[locale].total;
  if (row.key === null) return TEXT[locale].noOfficial;
  return row.name === '' ? row.key : row.name;
}

/** @internal The body rows: STT, label, then the cells in layout order; the total row last. */
function bodyRows(v: View, separator: string): string[][] {
  const cells = (row: ReportRowBase) => v.columns.map((c) => cellText(row, c, separator));
  const out = v.report.rows.map((row, i) => [String(i + 1), rowLabel(row, false, v.locale), ...cells(row)]);
  out.push(['', rowLabel(v.report.total, true, v.locale), ...cells(v.report.total)]);
  return out;
}

/** @internal The two leading headings: STT and the key column (by grouping). */
function leading(v: View): [string, string] {
  return [TEXT[v.locale].no, KEY_HEADING[v.locale][v.report.groupBy]];
}

/** @internal One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsv(v: View, bom: boolean): string {
  const head = csvHeadRows(v.form, v.columns, v.locale).map((r, level) => [...(level === 0 ? leading(v) : ['', '']), ...r]);
  const lines = [...head, ...bodyRows(v, '.')].map((row) => row.map(csvField).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function formatDate(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

function periodLine(v: View): string {
  const t = TEXT[v.locale];
  const p = v.report.period;
  const convention = (t.conventions as Record<string, string>)[p.convention] ?? p.convention;
  return `${t.window}: ${formatDate(p.from, v.locale)} – ${formatDate(p.to, v.locale)} (${convention}); ${t.asOf} ${v.report.asOf}. ${v.form.unitLine[v.locale]}`;
}

/** @internal The accounting of every record, the form's notes, and a note per column the data cannot fill. */
function footer(v: View): string[] {
  const t = TEXT[v.locale];
  const { report, form, locale } = v;
  const unavailable = form.columns.flatMap((c) => (c.kind === 'unavailable' ? [`— ${c.note[locale]}`] : []));
  return [
    `${t.inputs}: ${report.inputs}. ${t.rejected}: ${report.rejected.length}. ${t.excluded.replace('{a}', String(report.excluded.receivedAfter)).replace('{b}', String(report.excluded.endedBefore))}.`,
    ...(form.notes ?? []).map((n) => n[locale]),
    ...unavailable,
  ];
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

/** @internal Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** @internal The SVG bar chart of the form's share per row (and the total). */
function chart(v: View, spec: NonNullable<ReportForm['chart']>): string {
  const { report, locale } = v;
  const sep = locale === 'vi' ? ',' : '.';
  const entries = [...report.rows.map((row) => ({ row, total: false })), { row: report.total, total: true }];
  // Room for the longest label (about 7 px a character at 12 px), so no name is clipped; names
  // longer than 60 characters are shortened with an ellipsis (the full name is in the bar's title).
  const MAX_CHARS = 60;
  const shown = (label: string) => (label.length > MAX_CHARS ? `${label.slice(0, MAX_CHARS - 1)}…` : label);
  const longest = Math.max(...entries.map(({ row, total }) => shown(rowLabel(row, total, locale)).length));
  const labelWidth = Math.max(120, Math.ceil(longest * 7) + 16);
  const barWidth = 360;
  const rowHeight = 26;
  const top = 8;
  const height = top + entries.length * rowHeight + 24;
  const width = labelWidth + barWidth + 80;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeHtml(spec.caption[locale])}">`,
  );
  entries.forEach(({ row, total }, i) => {
    const y = top + i * rowHeight;
    const r: Ratio = { numerator: sumOfColumns(row, spec.numerator), denominator: sumOfColumns(row, spec.denominator) };
    const label = rowLabel(row, total, locale);
    const pct = r.denominator === 0 ? '—' : `${decimal({ numerator: r.numerator * 100, denominator: r.denominator }, 1, sep)}%`;
    const w = r.denominator === 0 ? 0 : Math.round((barWidth * r.numerator) / r.denominator);
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end"${total ? ' font-weight="bold"' : ''}>${escapeHtml(shown(label))}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="18" fill="#eef1f5"/>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="18" fill="${total ? '#1f4e79' : '#2e75b6'}"><title>${escapeHtml(`${label}: ${r.numerator}/${r.denominator}`)}</title></rect>`,
      `<text x="${labelWidth + barWidth + 6}" y="${y + 17}">${escapeHtml(pct)}</text>`,
    );
  });
  const axisY = top + entries.length * rowHeight + 4;
  for (const tick of [0, 50, 100]) {
    const x = labelWidth + (barWidth * tick) / 100;
    parts.push(`<text x="${x}" y="${axisY + 14}" text-anchor="middle" class="tick">${tick}%</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#1b1b1b}
h1{font-size:18px;margin:0 0 4px}p{margin:4px 0 12px;font-size:13px}
table{border-collapse:collapse;font-size:12px}th,td{border:1px solid #999;padding:4px 6px}
th{background:#f0f3f7;vertical-align:bottom}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#f7f7f7}svg{font-size:12px;margin-top:16px}svg .tick{fill:#555}
figure{margin:16px 0}figcaption{font-size:13px;font-weight:bold}`;

/** @internal The table head, its spans derived from the form's groups. */
function htmlHead(v: View): string[] {
  const rows = htmlHeadRows(v.columns, v.locale);
  const span = (n: number, name: string) => (n > 1 ? ` ${name}="${n}"` : '');
  const th = (c: HeadCell) => `<th${span(c.rowspan, 'rowspan')}${span(c.colspan, 'colspan')}>${escapeHtml(c.text)}</th>`;
  const lead = leading(v).map((h) => th({ text: h, rowspan: rows.length, colspan: 1 }));
  return rows.map((r, level) => `<tr>${level === 0 ? lead.join('') : ''}${r.map(th).join('')}</tr>`);
}

function toHtml(v: View): string {
  const { report, form, locale } = v;
  const body = bodyRows(v, locale === 'vi' ? ',' : '.');
  const title = `${form.title[locale]}: ${report.period.label[locale]}`;
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(form.number[locale])}. ${escapeHtml(periodLine(v))}</p>`,
    '<table>',
    '<thead>',
    ...htmlHead(v),
    '</thead>',
    '<tbody>',
    ...body.map(
      (r, i) =>
        `<tr${i === body.length - 1 ? ' class="total"' : ''}>${r.map((c, j) => `<td${j === 1 ? '' : ' class="n"'}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
    ...footer(v).map((l) => `<p>${escapeHtml(l)}</p>`),
  ];
  if (report.rejected.length > 0) {
    lines.push('<ul>');
    for (const r of report.rejected) {
      lines.push(`<li>#${r.index}${r.id === undefined ? '' : ` (${escapeHtml(r.id)})`}: ${escapeHtml(r.issues.map((i) => i.message).join('; '))}</li>`);
    }
    lines.push('</ul>');
  }
  if (form.chart !== undefined) lines.push('<figure>', `<figcaption>${escapeHtml(form.chart.caption[locale])}</figcaption>`, chart(v, form.chart), '</figure>');
  lines.push('</body>', '</html>', '');
  return lines.join('\n');
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
 * - **CSV** (RFC 4180): the heading row (one per heading level for a form with grouped headings),
 *   one row per report row, then the total row; fields with a comma, quote or line break are
 *   quoted, quotes doubled; lines end in CRLF; decimals use `.`. Set `bom: true` for Excel on Windows.
 * - **Markdown**: a title with the form and the period, the window and `asOf`, the table (total
 *   in bold), the accounting of every record (given, rejected, outside the period), the form's
 *   notes and the rejected records' issues.
 * - **JSON**: `JSON.stringify(report, null, 2)`; `JSON.parse` of it deep-equals the report.
 * - **HTML**: one file with inline CSS, the table with the form's grouped headings (`colspan` and
 *   `rowspan` derived from its groups) and, when the form has one, an inline SVG bar chart (for
 *   Biểu 06 the on-time rate, early + on time over resolved) per row; no scripts, no external
 *   styles or fonts; every text escaped.
 *
 * Means are shown with the column's decimals (two by default), rounded half up from the exact
 * ratios; a column the data cannot fill shows "—".
 * @param report - The report, from {@link resolutionReport} or {@link ReportAccumulator.result}.
 * @param options - The format, the locale (default `'vi'`), for CSV the byte order mark, and the form (needed for a custom form).
 * @returns The rendered text.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `format` or `locale` is not one of the allowed values.
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
  const format = options?.format;
  if (!FORMATS.includes(format)) raise('invalid_enum', { field: 'format', expected: FORMATS.map((f) => `'${f}'`).join(', '), received: format });
  const locale = options.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'locale', expected: "'vi', 'en'", received: locale });
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const form = formOf(report, options.form);
  const view: View = { report, form, columns: laidOut(form), locale };
  switch (format) {
    case 'csv':
      return toCsv(view, options.bom === true);
    case 'markdown':
      return toMarkdown(view);
    case 'html':
      return toHtml(view);
  }
}
