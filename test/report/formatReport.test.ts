import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { formatReport, parsePeriod, resolutionReport } from '../../src/report/index';
import type { ResolutionReport } from '../../src/report/index';
import { arbitraryProcedures } from '../arbitraries/dossier';
import { denseDossiersArb } from './_arbitraries';

const calendar = createCalendar();
const period = parsePeriod('2025-Q1');

const records = [
  { id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', channel: 'online', onlineLevel: 'full', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3, events: [{ type: 'processed', at: '2025-01-08T10:00:00+07:00' }] },
  { id: 'HS-2', procedureId: 'P1', departmentId: 'P-DT', channel: 'direct', receivedAt: '2025-02-03T09:00:00+07:00', processingDays: 1, events: [{ type: 'processed', at: '2025-02-10T09:00:00+07:00' }] },
  { id: 'HS-3', procedureId: 'P1', departmentId: 'VP', channel: 'postal', receivedAt: '2025-03-10T09:00:00+07:00', processingDays: 10 },
  { id: 'HS-4', channel: 'fax' },
];
const names = { 'P-DT': 'Phòng Quản lý đầu tư, "Doanh nghiệp"', VP: 'Văn phòng <b>Ban</b> & bộ phận một cửa' };
const report = resolutionReport(records, { period, calendar, names });

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const VI_HEADINGS = [
  'STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', 'Trong đó: Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước',
  'Số hồ sơ đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
  'Số lượng hồ sơ đang giải quyết', 'Trong hạn', 'Quá hạn',
  'Rút hồ sơ', 'Dừng giải quyết', 'Từ chối giải quyết', 'Quá hạn có văn bản xin lỗi', 'Bưu chính công ích',
  'Trực tuyến toàn trình', 'Trực tuyến một phần', 'Giải quyết trong ngày',
  'Thời gian giải quyết bình quân (ngày làm việc)', 'Thời hạn quy định bình quân (ngày làm việc)',
];

describe('formatReport', () => {
  it('writes the Vietnamese CSV with the Biểu 06 headings, quoted where needed, CRLF', () => {
    const csv = formatReport(report, { format: 'csv', locale: 'vi' });
    expect(csv.split('\r\n')[0]).toBe(VI_HEADINGS.map((h) => (h.includes(',') ? `"${h}"` : h)).join(','));
    expect(parseCsv(csv)).toEqual([
      VI_HEADINGS,
      ['1', 'Phòng Quản lý đầu tư, "Doanh nghiệp"', '2', '1', '1', '0', '2', '1', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '1', '0', '0', '3.50', '2.00'],
      ['2', 'Văn phòng <b>Ban</b> & bộ phận một cửa', '1', '0', '1', '0', '0', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0', '1', '0', '0', '0', '', ''],
      ['', 'Tổng cộng', '3', '1', '2', '0', '2', '1', '0', '1', '1', '1', '0', '0', '0', '0', '0', '1', '1', '0', '0', '3.50', '2.00'],
    ]);
    expect(csv).toContain('"Phòng Quản lý đầu tư, ""Doanh nghiệp"""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('adds a UTF-8 byte order mark on request', () => {
    expect(formatReport(report, { format: 'csv', bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(formatReport(report, { format: 'csv' }).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes English headings and the grouping in the key column', () => {
    const csv = formatReport(resolutionReport(records, { period, calendar, groupBy: 'official' }), { format: 'csv', locale: 'en' });
    expect(parseCsv(csv)[0]?.slice(0, 13)).toEqual(['No.', 'Official', 'Received', 'Of which online', 'In person or by post', 'Carried over', 'Resolved', 'Early', 'On time', 'Late', 'Pending', 'Within deadline', 'Overdue']);
    expect(parseCsv(csv)[1]?.[1]).toBe('(no official recorded)');
  });

  it('writes Markdown with the period, the headings, the total in bold and the rejected records', () => {
    const md = formatReport(report, { format: 'markdown', locale: 'vi' });
    expect(md).toContain('## TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu số 06/VPCP/KSTT): Quý I năm 2025');
    expect(md).toContain('Thời gian chốt số liệu: 15/12/2024 – 14/03/2025 (theo Nghị định 09/2019/NĐ-CP)');
    expect(md).toContain('| STT | Đơn vị | Số hồ sơ nhận giải quyết | Trong đó: Trực tuyến | Trực tiếp, dịch vụ bưu chính | Từ kỳ trước | Số hồ sơ đã giải quyết | Trước hạn | Đúng hạn | Quá hạn | Số lượng hồ sơ đang giải quyết | Trong hạn | Quá hạn |');
    expect(md).toContain('|  | **Tổng cộng** | **3** |');
    expect(md).toContain('**3,50**');
    expect(md).toContain('- #3 (HS-4): ');
  });

  it('escapes pipes in Markdown cells', () => {
    const r = resolutionReport(records, { period, calendar, names: { 'P-DT': 'a|b' } });
    expect(formatReport(r, { format: 'markdown', locale: 'en' })).toContain('| 1 | a\\|b |');
  });

  it('writes one self-contained HTML page: escaped text, inline CSS and SVG, nothing external', () => {
    const html = formatReport(report, { format: 'html', locale: 'vi' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|href=/i);
    expect(html.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
    expect(html).not.toContain('<b>Ban</b>');
    expect(html).toContain('Văn phòng &lt;b&gt;Ban&lt;/b&gt; &amp; bộ phận một cửa');
    expect(html).toContain('Phòng Quản lý đầu tư, &quot;Doanh nghiệp&quot;');
    // On-time rate of P-DT: 1 early of 2 resolved.
    expect(html).toContain('>50,0%</text>');
    expect(html).toContain('>—</text>');
  });

  it('round-trips the report through its JSON', () => {
    fc.assert(
      fc.property(denseDossiersArb(40), fc.constantFrom('department' as const, 'official' as const, 'field' as const), (dossiers, groupBy) => {
        const r = resolutionReport([...dossiers, { id: 'bad', receivedAt: 5 }], { period, calendar, groupBy, procedures: arbitraryProcedures });
        expect(JSON.parse(formatReport(r, { format: 'json', locale: 'vi' })) as ResolutionReport).toEqual(r);
      }),
    );
  });

  it('keeps the pinned headings for any report, and one CSV line per row plus heading and total', () => {
    fc.assert(
      fc.property(denseDossiersArb(40), (dossiers) => {
        const r = resolutionReport(dossiers, { period, calendar, procedures: arbitraryProcedures });
        const rows = parseCsv(formatReport(r, { format: 'csv', locale: 'vi' }));
        expect(rows[0]).toEqual(VI_HEADINGS);
        expect(rows).toHaveLength(r.rows.length + 2);
        expect(rows[rows.length - 1]?.[2]).toBe(String(r.total.received.total));
      }),
    );
  });

  it('rejects an unknown format or locale', () => {
    expect(() => formatReport(report, { format: 'pdf' as never })).toThrow(expect.objectContaining({ code: 'invalid_enum' }));
    expect(() => formatReport(report, { format: 'csv', locale: 'fr' as never })).toThrow(expect.objectContaining({ code: 'invalid_enum' }));
  });
});
