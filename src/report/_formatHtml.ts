/**
 * @internal The HTML formatter: one self-contained page that reads on a phone (only the table
 * scrolls sideways, in its own container) and prints on A4 landscape (header rows repeated, the
 * chart kept with its table), with the reporting unit, the place/date line and the signature blocks.
 * @module
 */
import type { Ratio } from '../metrics/ratio';
import { decimal, htmlHeadRows, sumOfColumns } from './forms/_formLayout';
import type { HeadCell } from './forms/_formLayout';
import type { ReportForm } from './forms/ReportForm';
import type { View } from './_formatView';
import { bodyRows, footer, instantDay, leading, periodLine, rowLabel } from './_formatView';

/** @internal Who and where: every field from the caller's options, none invented. */
export interface Signing {
  readonly unitName?: string | undefined;
  readonly place?: string | undefined;
  /** `YYYY-MM-DD`, already checked. */
  readonly signedOn?: string | undefined;
  readonly preparer?: string | undefined;
  readonly head?: string | undefined;
}

const HTML_TEXT = {
  vi: {
    unit: 'Đơn vị báo cáo',
    preparer: 'NGƯỜI LẬP BIỂU',
    preparerHint: '(Ký, ghi rõ họ tên)',
    head: 'THỦ TRƯỞNG ĐƠN VỊ',
    headHint: '(Ký tên, đóng dấu)',
    tableLabel: 'Bảng số liệu',
    legend: 'Thanh viền nét đứt, chữ đậm: tổng cộng.',
  },
  en: {
    unit: 'Reporting unit',
    preparer: 'PREPARED BY',
    preparerHint: '(signature and full name)',
    head: 'HEAD OF THE UNIT',
    headHint: '(signature and seal)',
    tableLabel: 'Data table',
    legend: 'Dashed outline, bold text: the total.',
  },
} as const;

/** @internal Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `*{box-sizing:border-box}body{font-family:system-ui,Arial,sans-serif;margin:24px;color:#1b1b1b}
h1{font-size:18px;margin:0 0 4px}p{margin:4px 0 12px;font-size:13px;overflow-wrap:anywhere}
.unit{font-weight:bold}.blank{display:inline-block;width:14em;max-width:100%;border-bottom:1px dotted}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:12px}th,td{border:1px solid #999;padding:4px 6px}
th{background:#f0f3f7;vertical-align:bottom}td{text-align:right}tbody th{background:none;text-align:left;font-weight:normal;min-width:10em}
tr.total *{font-weight:bold}svg{font-size:12px;margin-top:16px;max-width:100%;height:auto}
figure{margin:16px 0;break-inside:avoid;break-before:avoid}figcaption{font-size:13px;font-weight:bold}figcaption p{font-weight:normal}
.sign{display:flex;flex-wrap:wrap;justify-content:space-between;margin-top:24px;break-inside:avoid}
.sign div{flex:0 1 26em;text-align:center}em .blank{width:8em}.sign p{margin:2px 0}.role,.name{font-weight:bold}.name{padding-top:64px}
@media print{@page{size:A4 landscape;margin:10mm}body{margin:0;print-color-adjust:exact}
p{font-size:10px}.table-wrap{overflow:visible}table{font-size:8px;width:100%}th,td{padding:2px 3px}
thead{display:table-header-group}tr{break-inside:avoid}svg{max-height:60mm}.name{padding-top:40px}}`;

/** @internal The table head, its spans derived from the form's groups. */
function htmlHead(v: View): string[] {
  const rows = htmlHeadRows(v.columns, v.locale);
  const span = (n: number, name: string) => (n > 1 ? ` ${name}="${n}"` : '');
  const th = (c: HeadCell) => `<th${span(c.rowspan, 'rowspan')}${span(c.colspan, 'colspan')}>${escapeHtml(c.text)}</th>`;
  const lead = leading(v).map((h) => th({ text: h, rowspan: rows.length, colspan: 1 }));
  return rows.map((r, level) => `<tr>${level === 0 ? lead.join('') : ''}${r.map(th).join('')}</tr>`);
}

/** @internal One bar of the chart: the row's share, its label and its counts. */
interface Bar {
  readonly label: string;
  readonly total: boolean;
  readonly ratio: Ratio;
  readonly pct: string;
}

function bars(v: View, spec: NonNullable<ReportForm['chart']>): Bar[] {
  const { report, locale } = v;
  const sep = locale === 'vi' ? ',' : '.';
  const entries = [...report.rows.map((row) => ({ row, total: false })), { row: report.total, total: true }];
  return entries.map(({ row, total }) => {
    const ratio: Ratio = { numerator: sumOfColumns(row, spec.numerator), denominator: sumOfColumns(row, spec.denominator) };
    const pct = ratio.denominator === 0 ? '—' : `${decimal({ numerator: ratio.numerator * 100, denominator: ratio.denominator }, 1, sep)}%`;
    return { label: rowLabel(row, total, locale), total, ratio, pct };
  });
}

/**
 * @internal The SVG bar chart of the form's share per row (and the total): a title and a text
 * description listing every value, the percentage printed beside each bar, the total with a dashed outline and bold text.
 */
function chart(v: View, spec: NonNullable<ReportForm['chart']>): string {
  const entries = bars(v, spec);
  // Room for the longest label (about 7 px a character at 12 px), so no name is clipped; names
  // longer than 60 characters are shortened with an ellipsis (the full name is in the description).
  const MAX_CHARS = 60;
  const shown = (label: string) => (label.length > MAX_CHARS ? `${label.slice(0, MAX_CHARS - 1)}…` : label);
  const labelWidth = Math.max(120, Math.ceil(Math.max(...entries.map((e) => shown(e.label).length)) * 7) + 16);
  const barWidth = 360;
  const rowHeight = 26;
  const top = 8;
  const height = top + entries.length * rowHeight + 24;
  const width = labelWidth + barWidth + 80;
  const caption = spec.caption[v.locale];
  const desc = entries.map((e) => `${e.label}: ${e.pct} (${e.ratio.numerator}/${e.ratio.denominator})`).join('; ');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="rr-chart-title rr-chart-desc">`,
    `<title id="rr-chart-title">${escapeHtml(caption)}</title>`,
    `<desc id="rr-chart-desc">${escapeHtml(desc)}</desc>`,
  ];
  entries.forEach((e, i) => {
    const y = top + i * rowHeight;
    const w = e.ratio.denominator === 0 ? 0 : Math.round((barWidth * e.ratio.numerator) / e.ratio.denominator);
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end"${e.total ? ' font-weight="bold"' : ''}>${escapeHtml(shown(e.label))}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="18" fill="#eef1f5"/>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="18" ${e.total ? 'fill="#1f4e79" stroke="#000" stroke-width="2" stroke-dasharray="5 3"' : 'fill="#2e75b6"'}/>`,
      `<text x="${labelWidth + barWidth + 6}" y="${y + 17}"${e.total ? ' font-weight="bold"' : ''}>${escapeHtml(e.pct)}</text>`,
    );
  });
  const axisY = top + entries.length * rowHeight + 4;
  for (const tick of [0, 50, 100]) parts.push(`<text x="${labelWidth + (barWidth * tick) / 100}" y="${axisY + 14}" text-anchor="middle" class="tick">${tick}%</text>`);
  parts.push('</svg>');
  return ['<figure>', `<figcaption>${escapeHtml(caption)}<p>${escapeHtml(HTML_TEXT[v.locale].legend)}</p></figcaption>`, ...parts, '</figure>'].join('\n');
}

const BLANK = '<span class="blank"></span>';

/** @internal "Hà Nội, ngày 05 tháng 3 năm 2025" (day below 10 and months 1–2 with a leading zero), blanks when absent. */
function placeDate(s: Signing, locale: View['locale']): string {
  const place = s.place === undefined ? BLANK : escapeHtml(s.place);
  if (s.signedOn === undefined) return locale === 'vi' ? `${place}, ngày ..... tháng ..... năm ..........` : `${place}, date ....../....../..........`;
  const [y, m, d] = s.signedOn.split('-').map(Number) as [number, number, number];
  if (locale === 'en') return `${place}, ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** @internal The two signature blocks: the preparer (left), the place/date line and the head of the unit (right). */
function signatures(v: View, s: Signing): string[] {
  const t = HTML_TEXT[v.locale];
  const name = (n: string | undefined) => `<p class="name">${n === undefined ? BLANK : escapeHtml(n)}</p>`;
  return [
    '<div class="sign">',
    `<div><p>&nbsp;</p><p class="role">${t.preparer}</p><p class="hint">${t.preparerHint}</p>${name(s.preparer)}</div>`,
    `<div><p><em>${placeDate(s, v.locale)}</em></p><p class="role">${t.head}</p><p class="hint">${t.headHint}</p>${name(s.head)}</div>`,
    '</div>',
  ];
}

/** @internal The table, in its own scrolling container. */
function table(v: View): string[] {
  const body = bodyRows(v, v.locale === 'vi' ? ',' : '.');
  return [
    `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(HTML_TEXT[v.locale].tableLabel)}">`,
    '<table>',
    '<thead>',
    ...htmlHead(v),
    '</thead>',
    '<tbody>',
    ...body.map(
      (r, i) =>
        `<tr${i === body.length - 1 ? ' class="total"' : ''}>${r.map((c, j) => (j === 1 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td class="n">${escapeHtml(c)}</td>`)).join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
    '</div>',
  ];
}

/** @internal The whole page. */
export function toHtml(v: View, s: Signing): string {
  const { report, form, locale } = v;
  const title = `${form.title[locale]}: ${report.period.label[locale]}`;
  const unit = s.unitName === undefined ? BLANK : escapeHtml(s.unitName);
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
    `<p class="unit">${HTML_TEXT[locale].unit}: ${unit}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(form.number[locale])}. ${escapeHtml(periodLine(v, instantDay(report.asOf)))}</p>`,
    '<div class="sheet">',
    ...table(v),
    ...(form.chart === undefined ? [] : [chart(v, form.chart)]),
    '</div>',
    ...footer(v).map((l) => `<p>${escapeHtml(l)}</p>`),
  ];
  if (report.rejected.length > 0) {
    lines.push('<ul>');
    for (const r of report.rejected) {
      lines.push(`<li>#${r.index}${r.id === undefined ? '' : ` (${escapeHtml(r.id)})`}: ${escapeHtml(r.issues.map((i) => i.message).join('; '))}</li>`);
    }
    lines.push('</ul>');
  }
  lines.push(...signatures(v, s), '</body>', '</html>', '');
  return lines.join('\n');
}
