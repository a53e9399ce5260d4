/**
 * @internal What every table formatter shares: the view of a report (its form laid out, the
 * locale), the common texts, the body rows, the period line and the footer.
 * @module
 */
import { civilFromDays, pad } from '../_lib/civilDate';
import { parseInstant, vnDay } from '../_lib/instant';
import type { Locale } from '../errors/messages/index';
import { cellText } from './forms/_formLayout';
import { rejectedCountOf } from './_rejectedList';
import type { LaidOutColumn } from './forms/_formLayout';
import type { ReportForm } from './forms/ReportForm';
import type { ReportGroupBy, ReportRowBase, ResolutionReport } from './types/ResolutionReport';

/** @internal What the formatters read: the report, its form laid out, the locale. */
export interface View {
  readonly report: ResolutionReport<ReportRowBase>;
  readonly form: ReportForm;
  readonly columns: readonly LaidOutColumn[];
  readonly locale: Locale;
}

const KEY_HEADING: Readonly<Record<Locale, Readonly<Record<ReportGroupBy, string>>>> = {
  vi: { department: 'Đơn vị', field: 'Lĩnh vực', procedure: 'Thủ tục hành chính', official: 'Cán bộ, công chức, viên chức' },
  en: { department: 'Department', field: 'Field', procedure: 'Procedure', official: 'Official' },
};

/** @internal The texts common to every form (the form supplies its title, number, unit line, notes and chart). */
export const TEXT = {
  vi: {
    no: 'STT',
    total: 'Tổng cộng',
    noOfficial: '(Chưa ghi cán bộ)',
    window: 'Thời gian chốt số liệu',
    asOf: 'số liệu tính đến',
    conventions: { decree09: 'theo Nghị định 09/2019/NĐ-CP', calendar: 'theo tháng dương lịch' },
    rejected: 'Bản ghi không hợp lệ, không tính vào bảng',
    listed: 'liệt kê {k} bản ghi đầu tiên',
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
    listed: 'the first {k} listed',
    excluded: 'Outside the period: received after it {a}, ended before it {b}',
    inputs: 'Records given',
  },
} as const;

/** @internal The label of a row: its name, else its key; the total and the "no official" row by text. */
export function rowLabel(row: ReportRowBase, isTotal: boolean, locale: Locale): string {
  if (isTotal) return TEXT[locale].total;
  if (row.key === null) return TEXT[locale].noOfficial;
  return row.name === '' ? row.key : row.name;
}

/** @internal The body rows: STT, label, then the cells in layout order; the total row last. */
export function bodyRows(v: View, separator: string): string[][] {
  const cells = (row: ReportRowBase) => v.columns.map((c) => cellText(row, c, separator));
  const out = v.report.rows.map((row, i) => [String(i + 1), rowLabel(row, false, v.locale), ...cells(row)]);
  out.push(['', rowLabel(v.report.total, true, v.locale), ...cells(v.report.total)]);
  return out;
}

/** @internal The two leading headings: STT and the key column (by grouping). */
export function leading(v: View): [string, string] {
  return [TEXT[v.locale].no, KEY_HEADING[v.locale][v.report.groupBy]];
}

/** @internal `YYYY-MM-DD` as `DD/MM/YYYY` in Vietnamese, unchanged in English (the Markdown and CSV convention). */
export function formatDate(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  return dayMonthYear(date);
}

/** @internal `YYYY-MM-DD` as `DD/MM/YYYY` (how people write dates in Vietnam, in either language). */
export function dayMonthYear(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** @internal The civil date (Vietnam time) of an instant, `DD/MM/YYYY`; the text itself when it is not an instant. */
export function instantDay(instant: string): string {
  const ms = parseInstant(instant);
  if (typeof ms !== 'number') return instant;
  const { year, month, day } = civilFromDays(vnDay(ms));
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/** @internal The window, its convention and `asOf`, then the form's unit line. */
export function periodLine(v: View, asOf: string = v.report.asOf): string {
  const t = TEXT[v.locale];
  const p = v.report.period;
  const convention = (t.conventions as Record<string, string>)[p.convention] ?? p.convention;
  return `${t.window}: ${formatDate(p.from, v.locale)} – ${formatDate(p.to, v.locale)} (${convention}); ${t.asOf} ${asOf}. ${v.form.unitLine[v.locale]}`;
}

/** @internal How many records were rejected, "N (the first K listed)" when the list was cut. */
export function rejectedText(report: View['report'], locale: Locale): string {
  const count = rejectedCountOf(report);
  const listed = report.rejected.length;
  return listed < count ? `${count} (${TEXT[locale].listed.replace('{k}', String(listed))})` : String(count);
}

/** @internal The accounting of every record, the form's notes, and a note per column the data cannot fill. */
export function footer(v: View): string[] {
  const t = TEXT[v.locale];
  const { report, form, locale } = v;
  const unavailable = form.columns.flatMap((c) => (c.kind === 'unavailable' ? [`— ${c.note[locale]}`] : []));
  return [
    `${t.inputs}: ${report.inputs}. ${t.rejected}: ${rejectedText(report, locale)}. ${t.excluded.replace('{a}', String(report.excluded.receivedAfter)).replace('{b}', String(report.excluded.endedBefore))}.`,
    ...(form.notes ?? []).map((n) => n[locale]),
    ...unavailable,
  ];
}
