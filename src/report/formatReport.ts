import { raise } from '../errors/ReformRulesError';
import type { Locale } from '../errors/messages/index';
import type { Ratio } from '../metrics/ratio';
import type { ReportGroupBy, ReportRow, ResolutionReport } from './types/ResolutionReport';

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
}

const FORMATS: readonly ReportFormat[] = ['csv', 'markdown', 'json', 'html'];

/** @internal The column headings, in order, per locale (Biểu 06 for `vi`, then the extra columns). */
export const REPORT_HEADINGS: Readonly<Record<Locale, readonly string[]>> = {
  vi: [
    'STT',
    '', // the key column, by grouping
    'Số hồ sơ nhận giải quyết',
    'Trong đó: Trực tuyến',
    'Trực tiếp, dịch vụ bưu chính',
    'Từ kỳ trước',
    'Số hồ sơ đã giải quyết',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Số lượng hồ sơ đang giải quyết',
    'Trong hạn',
    'Quá hạn',
    'Rút hồ sơ',
    'Dừng giải quyết',
    'Từ chối giải quyết',
    'Quá hạn có văn bản xin lỗi',
    'Bưu chính công ích',
    'Trực tuyến toàn trình',
    'Trực tuyến một phần',
    'Giải quyết trong ngày',
    'Thời gian giải quyết bình quân (ngày làm việc)',
    'Thời hạn quy định bình quân (ngày làm việc)',
  ],
  en: [
    'No.',
    '',
    'Received',
    'Of which online',
    'In person or by post',
    'Carried over',
    'Resolved',
    'Early',
    'On time',
    'Late',
    'Pending',
    'Within deadline',
    'Overdue',
    'Withdrawn',
    'Stopped',
    'Refused',
    'Late with apology',
    'By public post',
    'Full online',
    'Partial online',
    'Same day',
    'Average processing time (working days)',
    'Average statutory time (working days)',
  ],
};

const KEY_HEADING: Readonly<Record<Locale, Readonly<Record<ReportGroupBy, string>>>> = {
  vi: { department: 'Đơn vị', field: 'Lĩnh vực', procedure: 'Thủ tục hành chính', official: 'Cán bộ, công chức, viên chức' },
  en: { department: 'Department', field: 'Field', procedure: 'Procedure', official: 'Official' },
};

const TEXT = {
  vi: {
    title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    form: 'Biểu số 06/VPCP/KSTT',
    total: 'Tổng cộng',
    noOfficial: '(Chưa ghi cán bộ)',
    window: 'Thời gian chốt số liệu',
    asOf: 'số liệu tính đến',
    unit: 'Đơn vị tính: Số hồ sơ TTHC.',
    conventions: { decree09: 'theo Nghị định 09/2019/NĐ-CP', calendar: 'theo tháng dương lịch' },
    rejected: 'Bản ghi không hợp lệ, không tính vào bảng',
    excluded: 'Ngoài kỳ: nhận sau kỳ {a}, đã kết thúc trước kỳ {b}',
    inputs: 'Tổng số bản ghi',
    chart: 'Tỷ lệ giải quyết trước hạn và đúng hạn',
    notes: 'Hồ sơ rút, dừng giải quyết, từ chối giải quyết là hồ sơ đã kết thúc: tính trong số đã giải quyết và ghi riêng ở các cột bổ sung.',
  },
  en: {
    title: 'RESULTS OF HANDLING ADMINISTRATIVE PROCEDURES',
    form: 'Form 06/VPCP/KSTT',
    total: 'Total',
    noOfficial: '(no official recorded)',
    window: 'Data window',
    asOf: 'data as of',
    unit: 'Unit: dossiers.',
    conventions: { decree09: 'Decree 09/2019/NĐ-CP cut-off', calendar: 'calendar months' },
    rejected: 'Invalid records, not counted in the table',
    excluded: 'Outside the period: received after it {a}, ended before it {b}',
    inputs: 'Records given',
    chart: 'On-time rate (early or on time) of resolved dossiers',
    notes: 'Withdrawn, stopped and refused dossiers have ended: they count as resolved and are shown again in the extra columns.',
  },
} as const;

/** @internal `n/d` as a decimal string with `places` digits, rounded half up, exactly (BigInt). */
export function decimal(r: Ratio, places: number, separator = '.'): string {
  if (r.denominator === 0) return '';
  const scale = 10n ** BigInt(places);
  const n = BigInt(r.numerator) * scale * 2n + BigInt(r.denominator);
  const q = n / (BigInt(r.denominator) * 2n);
  const whole = q / scale;
  const frac = (q % scale).toString().padStart(places, '0');
  return places === 0 ? whole.toString() : `${whole}${separator}${frac}`;
}

function rowLabel(row: ReportRow, isTotal: boolean, locale: Locale): string {
  if (isTotal) return TEXT[locale].total;
  if (row.key === null) return TEXT[locale].noOfficial;
  return row.name === '' ? row.key : row.name;
}

/** @internal The cells of one row after the STT and label: counts, then the two averages. */
function cells(row: ReportRow, separator: string): string[] {
  const { received: r, resolved: s, pending: p, extra: x, averageWorkingDays: a } = row;
  return [
    r.total, r.online, r.directOrPostal, r.carriedOver,
    s.total, s.early, s.onTime, s.late,
    p.total, p.within, p.overdue,
    x.withdrawn, x.stopped, x.rejected, x.lateWithApology, x.postal, x.onlineFull, x.onlinePartial, x.sameDay,
  ]
    .map(String)
    .concat([decimal(a.actual, 2, separator), decimal(a.statutory, 2, separator)]);
}

function table(report: ResolutionReport, locale: Locale, separator: string): string[][] {
  const headings = [...REPORT_HEADINGS[locale]];
  headings[1] = KEY_HEADING[locale][report.groupBy];
  const out: string[][] = [headings];
  report.rows.forEach((row, i) => out.push([String(i + 1), rowLabel(row, false, locale), ...cells(row, separator)]));
  out.push(['', rowLabel(report.total, true, locale), ...cells(report.total, separator)]);
  return out;
}

/** @internal One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsv(report: ResolutionReport, locale: Locale, bom: boolean): string {
  const lines = table(report, locale, '.').map((row) => row.map(csvField).join(','));
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

function periodLine(report: ResolutionReport, locale: Locale): string {
  const t = TEXT[locale];
  const p = report.period;
  const convention = (t.conventions as Record<string, string>)[p.convention] ?? p.convention;
  return `${t.window}: ${formatDate(p.from, locale)} – ${formatDate(p.to, locale)} (${convention}); ${t.asOf} ${report.asOf}. ${t.unit}`;
}

function footer(report: ResolutionReport, locale: Locale): string[] {
  const t = TEXT[locale];
  return [
    `${t.inputs}: ${report.inputs}. ${t.rejected}: ${report.rejected.length}. ${t.excluded.replace('{a}', String(report.excluded.receivedAfter)).replace('{b}', String(report.excluded.endedBefore))}.`,
    t.notes,
  ];
}

function toMarkdown(report: ResolutionReport, locale: Locale): string {
  const t = TEXT[locale];
  const rows = table(report, locale, locale === 'vi' ? ',' : '.');
  const [head, ...body] = rows as [string[], ...string[][]];
  const lines = [
    `## ${t.title} (${t.form}): ${report.period.label[locale]}`,
    '',
    periodLine(report, locale),
    '',
    `| ${head.map(mdCell).join(' | ')} |`,
    `| ${head.map((_, i) => (i === 1 ? '---' : '---:')).join(' | ')} |`,
    ...body.map((r, i) => {
      const cellsOut = r.map(mdCell);
      if (i === body.length - 1) return `| ${cellsOut.map((c, j) => (j === 0 || c === '' ? c : `**${c}**`)).join(' | ')} |`;
      return `| ${cellsOut.join(' | ')} |`;
    }),
    '',
    ...footer(report, locale).flatMap((l) => [l, '']),
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

function onTimeRatio(row: ReportRow): Ratio {
  return { numerator: row.resolved.early + row.resolved.onTime, denominator: row.resolved.total };
}

function chart(report: ResolutionReport, locale: Locale): string {
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
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeHtml(TEXT[locale].chart)}">`,
  );
  entries.forEach(({ row, total }, i) => {
    const y = top + i * rowHeight;
    const r = onTimeRatio(row);
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

function toHtml(report: ResolutionReport, locale: Locale): string {
  const t = TEXT[locale];
  const rows = table(report, locale, locale === 'vi' ? ',' : '.');
  const [head, ...body] = rows as [string[], ...string[][]];
  const title = `${t.title}: ${report.period.label[locale]}`;
  const groups =
    locale === 'vi'
      ? ['Số hồ sơ nhận giải quyết', 'Số hồ sơ đã giải quyết', 'Số lượng hồ sơ đang giải quyết']
      : ['Received', 'Resolved', 'Pending'];
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
    `<p>${escapeHtml(t.form)}. ${escapeHtml(periodLine(report, locale))}</p>`,
    '<table>',
    '<thead>',
    `<tr><th rowspan="2">${escapeHtml(head[0] as string)}</th><th rowspan="2">${escapeHtml(head[1] as string)}</th>` +
      `<th colspan="4">${escapeHtml(groups[0] as string)}</th><th colspan="4">${escapeHtml(groups[1] as string)}</th><th colspan="3">${escapeHtml(groups[2] as string)}</th>` +
      head.slice(13).map((h) => `<th rowspan="2">${escapeHtml(h)}</th>`).join('') +
      '</tr>',
    `<tr>${head.slice(2, 13).map((h, i) => `<th>${escapeHtml(i === 0 || i === 4 || i === 8 ? (locale === 'vi' ? 'Tổng số' : 'Total') : h)}</th>`).join('')}</tr>`,
    '</thead>',
    '<tbody>',
    ...body.map(
      (r, i) =>
        `<tr${i === body.length - 1 ? ' class="total"' : ''}>${r.map((c, j) => `<td${j === 1 ? '' : ' class="n"'}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
    ...footer(report, locale).map((l) => `<p>${escapeHtml(l)}</p>`),
  ];
  if (report.rejected.length > 0) {
    lines.push('<ul>');
    for (const r of report.rejected) {
      lines.push(`<li>#${r.index}${r.id === undefined ? '' : ` (${escapeHtml(r.id)})`}: ${escapeHtml(r.issues.map((i) => i.message).join('; '))}</li>`);
    }
    lines.push('</ul>');
  }
  lines.push('<figure>', `<figcaption>${escapeHtml(t.chart)}</figcaption>`, chart(report, locale), '</figure>', '</body>', '</html>', '');
  return lines.join('\n');
}

/**
 * Renders a report as CSV, Markdown, JSON or a self-contained HTML page, in Vietnamese (the column
 * headings of Biểu 06/VPCP/KSTT, so a clerk can paste the table into the official form) or English.
 *
 * @remarks
 * - **CSV** (RFC 4180): one heading row, one row per report row, then the total row; fields with
 *   a comma, quote or line break are quoted, quotes doubled; lines end in CRLF; decimals use `.`.
 *   Set `bom: true` for Excel on Windows.
 * - **Markdown**: a title with the period, the window and `asOf`, the table (total in bold), the
 *   accounting of every record (given, rejected, outside the period), the rejected records' issues.
 * - **JSON**: `JSON.stringify(report, null, 2)`; `JSON.parse` of it deep-equals the report.
 * - **HTML**: one file with inline CSS, the table with grouped headings and an inline SVG bar
 *   chart of the on-time rate (early + on time over resolved) per row; no scripts, no external
 *   styles or fonts; every text escaped.
 *
 * The averages are shown with two decimals, rounded half up from the exact ratios.
 * @param report - The report, from {@link resolutionReport} or {@link ReportAccumulator.result}.
 * @param options - The format, the locale (default `'vi'`) and, for CSV, the byte order mark.
 * @returns The rendered text.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `format` or `locale` is not one of the allowed values.
 * @example
 * ```ts
 * import { formatReport } from 'reform-rules';
 * const csv = formatReport(report, { format: 'csv', locale: 'vi' });
 * csv.split('\r\n')[0]?.startsWith('STT,Đơn vị,Số hồ sơ nhận giải quyết,Trong đó: Trực tuyến'); // => true
 * ```
 * @category Report
 */
export function formatReport(report: ResolutionReport, options: FormatReportOptions): string {
  const format = options?.format;
  if (!FORMATS.includes(format)) raise('invalid_enum', { field: 'format', expected: FORMATS.map((f) => `'${f}'`).join(', '), received: format });
  const locale = options.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'locale', expected: "'vi', 'en'", received: locale });
  switch (format) {
    case 'csv':
      return toCsv(report, locale, options.bom === true);
    case 'markdown':
      return toMarkdown(report, locale);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'html':
      return toHtml(report, locale);
  }
}
