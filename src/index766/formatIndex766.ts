import { DEFAULT_LOCALE } from '../errors/locale';
import { guardShape, requireObjectArg, requireShape } from '../errors/args';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import type { Reconciliation766 } from './reconcile766';
import type { Group766 } from './scheme';
import type { Index766Unit, Indicator766, ServiceIndex766 } from './types';

/**
 * Options of {@link formatIndex766} and {@link formatReconciliation766}.
 * @example
 * ```ts
 * import type { FormatIndex766Options } from 'reform-rules/index766';
 * const o: FormatIndex766Options = { format: 'md', locale: 'vi' };
 * ```
 * @category Index 766
 */
export interface FormatIndex766Options {
  /** Markdown tables, CSV (one line per unit and indicator), JSON, or HTML (a page that prints on A4, one table per unit; {@link formatIndex766} only). */
  readonly format: 'md' | 'csv' | 'json' | 'html';
  /** The language of headings and labels; default `'vi'`. */
  readonly locale?: Locale | undefined;
}

const GROUP_NAMES: Record<Group766, { vi: string; en: string }> = {
  publication: { vi: 'Công khai, minh bạch', en: 'Publicity, transparency' },
  progress: { vi: 'Tiến độ giải quyết', en: 'Handling progress' },
  online: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  payment: { vi: 'Thanh toán trực tuyến', en: 'Online payment' },
  digitisation: { vi: 'Số hóa hồ sơ', en: 'Dossier digitisation' },
  satisfaction: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
};

const T = {
  vi: { title: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)', unit: 'Đơn vị', all: 'Toàn bộ', code: 'Mã', name: 'Chỉ số', num: 'Tử số', den: 'Mẫu số', ratio: 'Tỷ lệ', score: 'Điểm', max: 'Tối đa', note: 'Ghi chú', missing: 'thiếu', group: 'Nhóm', total: 'Tổng điểm', partial: 'Tổng các nhóm tính được', counting: 'Cách đếm', rec: 'Đối chiếu với Cổng DVCQG', ours: 'Thư viện', portal: 'Cổng', diff: 'Chênh lệch', diffs: 'Số dòng chênh lệch' },
  en: { title: 'National service index (QĐ 766)', unit: 'Unit', all: 'All', code: 'Code', name: 'Indicator', num: 'Numerator', den: 'Denominator', ratio: 'Ratio', score: 'Score', max: 'Max', note: 'Note', missing: 'missing', group: 'Group', total: 'Total', partial: 'Total of the scorable groups', counting: 'Counting', rec: 'Reconciliation with the national portal', ours: 'Library', portal: 'Portal', diff: 'Difference', diffs: 'Rows that differ' },
} as const;

const show = (v: number | null): string => (v === null ? '—' : String(v));
const pct = (i: Indicator766): string => (i.ratio === null || i.ratio.denominator === 0 ? '—' : `${(Math.round((10000 * i.ratio.numerator) / i.ratio.denominator) / 100).toFixed(2)}%`);
const csvCell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function unitTable(u: Index766Unit, locale: Locale): string[] {
  const t = T[locale];
  const lines = [`| ${t.code} | ${t.name} | ${t.num} | ${t.den} | ${t.ratio} | ${t.score} | ${t.max} | ${t.note} |`, '|---|---|---:|---:|---:|---:|---:|---|'];
  for (const i of u.indicators) {
    const note = i.missing !== undefined ? `${t.missing}: ${i.missing.join(', ')}` : i.notRecorded !== undefined ? `${i.notRecorded} n/r` : '';
    lines.push(`| ${i.code} | ${i.label[locale]} | ${show(i.numerator)} | ${show(i.denominator)} | ${pct(i)} | ${show(i.score)} | ${i.max} | ${note} |`);
  }
  lines.push('', `| ${t.group} | ${t.score} | ${t.max} |`, '|---|---:|---:|');
  for (const g of u.groups) lines.push(`| ${GROUP_NAMES[g.group][locale]} | ${show(g.score)} | ${g.max} |`);
  lines.push(`| **${t.total}** | **${show(u.total)}** | 100 |`, `| ${t.partial} | ${u.partialTotal.score} | ${u.partialTotal.max} |`);
  return lines;
}

const escapeHtml = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @internal One unit as an HTML table (indicators, then groups and totals), as the report HTML lays numbers out. */
function unitHtml(u: Index766Unit, locale: Locale): string[] {
  const t = T[locale];
  const th = (cells: readonly string[]) => `<tr>${cells.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const n = (v: string) => `<td class="n">${escapeHtml(v)}</td>`;
  const rows = u.indicators.map((i) => {
    const note = i.missing !== undefined ? `${t.missing}: ${i.missing.join(', ')}` : i.notRecorded !== undefined ? `${i.notRecorded} n/r` : '';
    return `<tr><td>${escapeHtml(i.code)}</td><td>${escapeHtml(i.label[locale])}</td>${n(show(i.numerator))}${n(show(i.denominator))}${n(pct(i))}${n(show(i.score))}${n(String(i.max))}<td>${escapeHtml(note)}</td></tr>`;
  });
  const groups = u.groups.map((g) => `<tr><td>${escapeHtml(GROUP_NAMES[g.group][locale])}</td>${n(show(g.score))}${n(String(g.max))}</tr>`);
  return [
    `<section><h2>${escapeHtml(`${t.unit}: ${u.unit ?? t.all}`)}</h2>`,
    `<table><thead>${th([t.code, t.name, t.num, t.den, t.ratio, t.score, t.max, t.note])}</thead><tbody>`, ...rows, '</tbody></table>',
    `<table><thead>${th([t.group, t.score, t.max])}</thead><tbody>`, ...groups,
    `<tr><th scope="row">${escapeHtml(t.total)}</th>${n(show(u.total))}${n('100')}</tr>`,
    `<tr><td>${escapeHtml(t.partial)}</td>${n(String(u.partialTotal.score))}${n(String(u.partialTotal.max))}</tr>`, '</tbody></table></section>',
  ];
}

/** @internal The index as one HTML page (escaped text, numbers right-aligned, A4 print rules). */
function indexHtml(index: ServiceIndex766, locale: Locale): string {
  const t = T[locale];
  const title = `${t.title}, ${index.period.label[locale]}`;
  const css = 'body{font-family:"Times New Roman",serif;margin:1rem}table{border-collapse:collapse;margin:.5rem 0;max-width:100%}th,td{border:1px solid #000;padding:2px 6px}td.n{text-align:right}@page{size:A4;margin:15mm}@media print{section{break-inside:avoid}}';
  const head = `<!DOCTYPE html>\n<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>`;
  const lead = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(`${t.counting}: ${index.counting.id}. Scheme: ${index.scheme.id} (${index.scheme.basis}).`)}</p>`;
  const body = [index.total, ...index.units].flatMap((u) => unitHtml(u, locale));
  return `${[head, lead, ...body, '</body></html>'].join('\n')}\n`;
}

/**
 * Writes a {@link ServiceIndex766} as Markdown (a table per unit: indicators, then groups and
 * totals), CSV (one line per unit and indicator), JSON or HTML (one page, a table per unit).
 * @param index - The index.
 * @param options - Format and locale.
 * @returns The text.
 * @example
 * ```ts
 * import { formatIndex766 } from 'reform-rules/index766';
 * formatIndex766(index, { format: 'csv' }).split('\n')[0]; // => 'Đơn vị,Mã,Chỉ số,Tử số,Mẫu số,Điểm,Tối đa,thiếu'
 * ```
 * @category Index 766
 */
export function formatIndex766(index: ServiceIndex766, options: FormatIndex766Options): string {
  requireShape(index, 'index', 'an index from serviceIndex766()', { total: 'object', units: 'array', period: 'object' });
  requireObjectArg(options, 'options', 'an options object');
  return guardShape('index', 'an index from serviceIndex766()', index, () => {
    const locale = options.locale ?? DEFAULT_LOCALE;
    const t = T[locale];
    if (options.format === 'json') return `${JSON.stringify(index, null, 2)}\n`;
    if (options.format === 'html') return indexHtml(index, locale);
    const units = [index.total, ...index.units];
    if (options.format === 'csv') {
      const rows = [[t.unit, t.code, t.name, t.num, t.den, t.score, t.max, t.missing].join(',')];
      for (const u of units) {
        for (const i of u.indicators) rows.push([u.unit ?? t.all, i.code, i.label[locale], show(i.numerator), show(i.denominator), show(i.score), String(i.max), (i.missing ?? []).join('; ')].map(csvCell).join(','));
      }
      return `${rows.join('\n')}\n`;
    }
    const out = [`## ${t.title}, ${index.period.label[locale]}`, '', `${t.counting}: ${index.counting.id}. Scheme: ${index.scheme.id} (${index.scheme.basis}).`, ''];
    for (const u of units) out.push(`### ${t.unit}: ${u.unit ?? t.all}`, '', ...unitTable(u, locale), '');
    return `${out.join('\n')}`;
  });
}

/**
 * Writes a {@link Reconciliation766} as Markdown, CSV or JSON: per unit and indicator, the library's
 * numerator / denominator / score, the portal's, and the difference.
 * @param rec - The reconciliation.
 * @param options - Format and locale.
 * @returns The text.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `format` is `'html'` (the reconciliation has no HTML form).
 * @example
 * ```ts
 * import { formatReconciliation766 } from 'reform-rules/index766';
 * formatReconciliation766(rec, { format: 'md', locale: 'en' });
 * ```
 * @category Index 766
 */
export function formatReconciliation766(rec: Reconciliation766, options: FormatIndex766Options): string {
  requireShape(rec, 'rec', 'a reconciliation from reconcile766()', { rows: 'array' });
  requireObjectArg(options, 'options', 'an options object');
  return guardShape('rec', 'a reconciliation from reconcile766()', rec, () => {
    const locale = options.locale ?? DEFAULT_LOCALE;
    const t = T[locale];
    if (options.format === 'json') return `${JSON.stringify(rec, null, 2)}\n`;
    if (options.format === 'html') raise('invalid_enum', { field: 'options.format', expected: "'md', 'csv' or 'json'", received: options.format });
    const cells = (s: { numerator: number | null; denominator: number | null; score: number | null }) => [show(s.numerator), show(s.denominator), show(s.score)];
    const rows = rec.rows.map((r) => [r.unit ?? t.all, r.code, ...cells(r.ours), ...cells(r.portal), ...cells(r.difference)]);
    const head = [t.unit, t.code, ...[t.ours, t.portal, t.diff].flatMap((w) => [`${w} ${t.num}`, `${w} ${t.den}`, `${w} ${t.score}`])];
    if (options.format === 'csv') return `${[head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
    const lines = [`## ${t.rec}`, '', `| ${head.join(' | ')} |`, `|---|---|${'---:|'.repeat(9)}`, ...rows.map((r) => `| ${r.join(' | ')} |`), '', `${t.diffs}: ${rec.differences}`];
    if (rec.portalOnly.length > 0) lines.push(`${t.portal} only: ${rec.portalOnly.join(', ')}`);
    if (rec.libraryOnly.length > 0) lines.push(`${t.ours} only: ${rec.libraryOnly.join(', ')}`);
    return `${lines.join('\n')}\n`;
  });
}
