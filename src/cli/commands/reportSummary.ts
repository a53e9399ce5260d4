/**
 * The terminal view of `reform-rules report`: a compact per-unit summary that fits 100 columns,
 * printed when stdout is a terminal and no --format is given (piped output stays the full form).
 * @internal
 * @module
 */
import type { Locale } from '../../errors/messages/index';
import type { ReportRowBase, ResolutionReport } from '../../report/index';

/** @internal The widest line the summary writes. */
export const SUMMARY_WIDTH = 100;

const T = {
  vi: {
    title: 'Tóm tắt kết quả giải quyết TTHC',
    window: 'Thời gian chốt số liệu',
    asOf: 'số liệu tính đến',
    unit: 'Đơn vị',
    total: 'Tổng cộng',
    noOfficial: '(Chưa ghi cán bộ)',
    groups: ['', 'Đã giải quyết', 'Đang giải quyết', 'Tỷ lệ'],
    heads: ['Nhận', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trong hạn', 'Quá hạn', 'đúng hạn'],
    share: 'Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết.',
    rejected: (n: number) => `${n} bản ghi không hợp lệ không tính vào bảng.`,
    full: (formats: string) => `Biểu đầy đủ: thêm --format ${formats} (và --out <tệp> để ghi ra tệp).`,
  },
  en: {
    title: 'Summary of TTHC results',
    window: 'Data window',
    asOf: 'data as of',
    unit: 'Unit',
    total: 'Total',
    noOfficial: '(no official recorded)',
    groups: ['', 'Resolved', 'Pending', 'On-time'],
    heads: ['Received', 'Early', 'On time', 'Late', 'Within', 'Overdue', 'share'],
    share: 'On-time share = (early + on time) / resolved.',
    rejected: (n: number) => `${n} invalid record(s) not counted in the table.`,
    full: (formats: string) => `The full form: add --format ${formats} (and --out <file> to write a file).`,
  },
} as const;

/** @internal A count at a dotted path of a row, or undefined when the form has no such number. */
function count(row: object, path: string): number | undefined {
  let at: unknown = row;
  for (const p of path.split('.')) at = typeof at === 'object' && at !== null && Object.hasOwn(at, p) ? (at as Record<string, unknown>)[p] : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

/** @internal The first path with a count, or the sum of the second list when every part is there. */
function either(row: object, path: string, parts: readonly string[]): number | undefined {
  const direct = count(row, path);
  if (direct !== undefined) return direct;
  const values = parts.map((p) => count(row, p));
  return values.every((v) => v !== undefined) ? values.reduce<number>((a, v) => a + (v as number), 0) : undefined;
}

/** @internal `n/d` as a percentage with one decimal, rounded half up exactly (integers only). */
function percent(n: number, d: number, sep: string): string {
  if (d === 0) return '—';
  const tenths = Math.floor((n * 2000 + d) / (2 * d));
  return `${Math.floor(tenths / 10)}${sep}${tenths % 10}%`;
}

/** @internal The seven numbers of a row, as text. */
function cells(row: object, sep: string): string[] {
  const early = count(row, 'resolved.early');
  const onTime = count(row, 'resolved.onTime');
  const good = early !== undefined && onTime !== undefined ? early + onTime : count(row, 'resolved.onTimeOrEarly');
  const resolved = count(row, 'resolved.total');
  const values = [
    count(row, 'received.total'),
    early,
    onTime,
    either(row, 'resolved.late', ['resolved.lateWithApology', 'resolved.lateWithoutApology']),
    count(row, 'pending.within'),
    either(row, 'pending.overdue', ['pending.overdueWithApology', 'pending.overdueWithoutApology']),
  ].map((v) => (v === undefined ? '—' : String(v)));
  return [...values, good === undefined || resolved === undefined ? '—' : percent(good, resolved, sep)];
}

/** @internal Cuts text to `width` characters (code points), with an ellipsis when cut. */
function fit(text: string, width: number): string {
  const chars = [...text.replace(/[\r\n\t]+/g, ' ')];
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

const pad = (s: string, w: number, right: boolean) => {
  const n = [...s].length;
  return n >= w ? s : right ? `${' '.repeat(w - n)}${s}` : `${s}${' '.repeat(w - n)}`;
};

/**
 * @internal The summary: a title, the window, a two-line heading, one line per unit and the
 * total, the share's definition and how to get the full form. Every line at most 100 columns.
 */
export function reportSummary(report: ResolutionReport<ReportRowBase>, locale: Locale, formats: readonly string[]): string {
  const t = T[locale];
  const sep = locale === 'vi' ? ',' : '.';
  const widths = [8, 9, 8, 7, 9, 7, 8]; // the number columns
  const nameWidth = SUMMARY_WIDTH - 4 - widths.reduce((a, w) => a + w + 1, 0);
  const line = (no: string, name: string, values: readonly string[]) =>
    `${pad(no, 3, true)} ${pad(fit(name, nameWidth), nameWidth, false)}${values.map((v, i) => ` ${pad(fit(v, widths[i] as number), widths[i] as number, true)}`).join('')}`.trimEnd();
  const group = (label: string, from: number, to: number) => pad(fit(label, widths.slice(from, to).reduce((a, w) => a + w + 1, -1)), widths.slice(from, to).reduce((a, w) => a + w + 1, -1), false);
  const label = (row: ReportRowBase) => (row.key === null ? t.noOfficial : row.name === '' ? row.key : row.name);
  const d = (s: string) => s.split('-').reverse().join('/');
  const asOfDay = /^\d{4}-\d{2}-\d{2}/.exec(report.asOf)?.[0];
  const lines = [
    fit(`${t.title}: ${report.period.label[locale]}`, SUMMARY_WIDTH),
    fit(`${t.window}: ${d(report.period.from)} – ${d(report.period.to)}; ${t.asOf} ${asOfDay === undefined ? report.asOf : d(asOfDay)}`, SUMMARY_WIDTH),
    '',
    `${' '.repeat(4 + nameWidth + 1 + (widths[0] as number) + 1)}${group(t.groups[1], 1, 4)} ${group(t.groups[2], 4, 6)} ${pad(t.groups[3], widths[6] as number, true)}`.trimEnd(),
    line('#', t.unit, t.heads),
    '-'.repeat(SUMMARY_WIDTH),
    ...report.rows.map((row, i) => line(String(i + 1), label(row), cells(row, sep))),
    '-'.repeat(SUMMARY_WIDTH),
    line('', t.total, cells(report.total, sep)),
    '',
    t.share,
    ...(report.rejectedCount > 0 ? [t.rejected(report.rejectedCount)] : []),
    fit(t.full(formats.join('|')), SUMMARY_WIDTH),
    '',
  ];
  return lines.join('\n');
}
