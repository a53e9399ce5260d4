import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { parseProcedures } from '../../src/model/index';
import { parsePeriod, reportGrid, resolutionReport } from '../../src/report/index';
import type { ReportRow } from '../../src/report/index';
import { parseAgencyProfile, reportWorkbook } from '../../src/outputs/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { allText, mergesOf, part, rowsOf } from './_helpers';

const bundle = JSON.parse(readFileSync('examples/data/sample.json', 'utf8')) as { dossiers: unknown[]; procedures: unknown; departments: { id: string; name: string }[] };
const procedures = parseProcedures(bundle.procedures).value ?? [];
const names = Object.fromEntries(bundle.departments.map((d) => [d.id, d.name]));
const calendar = createCalendar();
const report = resolutionReport(bundle.dossiers, { period: parsePeriod('2025-Q1'), calendar, procedures, names });
const profile = { unitName: 'UBND xã Minh Tân', place: 'Minh Tân', signers: { preparer: 'Trần Thị B', head: 'Nguyễn Văn A' } };
const bytes = reportWorkbook(report, { profile, date: '2025-03-20' });

describe('reportWorkbook (Biểu 06)', () => {
  it('writes the title, the form number, the unit, period and unit-of-count lines', async () => {
    const rows = await rowsOf(bytes);
    expect(rows[0]?.cells[0]).toBe('Đơn vị báo cáo: UBND xã Minh Tân');
    expect(rows[0]?.cells[11]).toBe('Biểu số 06/VPCP/KSTT');
    expect(rows[1]?.cells[0]).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(rows[2]?.cells[0]).toBe('Kỳ báo cáo: Quý I năm 2025 (từ ngày 15/12/2024 đến ngày 14/03/2025); số liệu tính đến ngày 14/03/2025');
    expect(rows[3]?.cells[0]).toBe('Đơn vị tính: Số hồ sơ TTHC.');
  });

  it('merges the two-level header as printed on the form', async () => {
    const merges = mergesOf(bytes);
    for (const m of ['A5:A6', 'B5:B6', 'C5:F5', 'G5:J5', 'K5:M5', 'N5:N6', 'W5:W6']) expect(merges).toContain(m);
    const rows = await rowsOf(bytes);
    expect(rows[4]?.cells.slice(0, 11)).toEqual(['STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số lượng hồ sơ đang giải quyết']);
    expect(rows[5]?.cells.slice(2, 13)).toEqual(['Tổng số', 'Trong đó: Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn']);
    expect(rows[6]?.cells[22]).toBe('(23)');
  });

  it('writes numeric cells with number formats and a total row equal to the report total', async () => {
    const rows = await rowsOf(bytes);
    const body = rows.slice(7, 7 + report.rows.length);
    body.forEach((r, i) => {
      const row = report.rows[i] as ReportRow;
      expect(r.cells[0]).toBe(i + 1);
      expect(r.cells[1]).toBe(row.name);
      expect(r.cells[2]).toBe(row.received.total);
      expect(r.cells[9]).toBe(row.resolved.late);
      expect(r.formats[2]?.code).toBe('#,##0');
    });
    const total = rows[7 + report.rows.length];
    const t = report.total;
    expect(total?.cells.slice(0, 13)).toEqual([null, 'Tổng cộng', t.received.total, t.received.online, t.received.directOrPostal, t.received.carriedOver, t.resolved.total, t.resolved.early, t.resolved.onTime, t.resolved.late, t.pending.total, t.pending.within, t.pending.overdue]);
    const mean = t.averageWorkingDays.actual;
    expect(total?.cells[21]).toBeCloseTo(mean.numerator / mean.denominator, 12);
    expect(total?.formats[21]?.code).toBe('#,##0.00');
    expect(typeof total?.cells[22]).toBe('number');
  });

  it('writes the notes, the place/date line and the signature blocks with the names given', async () => {
    const rows = await rowsOf(bytes);
    const texts = rows.map((r) => r.cells.filter((c) => c !== null).join(' | '));
    expect(texts).toContain(`Tổng số bản ghi: ${report.inputs}. Bản ghi không hợp lệ, không tính vào bảng: ${report.rejected.length}. Ngoài kỳ: nhận sau kỳ ${report.excluded.receivedAfter}, đã kết thúc trước kỳ ${report.excluded.endedBefore}.`);
    expect(texts).toContain('Minh Tân, ngày 20 tháng 03 năm 2025');
    expect(texts).toContain('NGƯỜI LẬP BIỂU | THỦ TRƯỞNG ĐƠN VỊ');
    expect(texts).toContain('Trần Thị B | Nguyễn Văn A');
  });

  it('leaves the unit, place, date and names blank when not given (never invented)', async () => {
    const rows = await rowsOf(reportWorkbook(report));
    const texts = rows.map((r) => r.cells.filter((c) => c !== null).join(' | '));
    expect(texts[0]).toBe('Đơn vị báo cáo: …………………… | Biểu số 06/VPCP/KSTT');
    expect(texts).toContain('……………, ngày …… tháng …… năm ……');
    expect(texts.filter((t) => t !== '').at(-1)).toBe('(Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên, đóng dấu)');
  });

  it('prints on A4 landscape fitted to the width with the header rows repeated', () => {
    const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheet).toContain('fitToPage="1"');
    expect(part(bytes, 'xl/workbook.xml')).toContain('_xlnm.Print_Titles');
    expect(part(bytes, 'xl/workbook.xml')).toContain('$5:$7');
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(reportWorkbook(report, { profile, date: '2025-03-20' })).toEqual(bytes);
  });

  it('writes no personal data of the dossiers', () => {
    const text = allText(reportWorkbook(report));
    const personal = (bundle.dossiers as { applicant?: { name?: string }; applicantName?: string }[]).flatMap((d) => [d.applicant?.name, d.applicantName]).filter((x): x is string => typeof x === 'string' && x.length > 3);
    for (const name of personal.slice(0, 200)) expect(text).not.toContain(name);
    for (const d of bundle.dossiers.slice(0, 200) as { id: string }[]) expect(text).not.toContain(`>${d.id}<`);
  });

  it('writes one sheet per grouping asked for, named by the grouping', async () => {
    const byField = resolutionReport(bundle.dossiers, { period: parsePeriod('2025-Q1'), calendar, procedures, groupBy: 'field' });
    const two = reportWorkbook(report, { sheets: [{ report: byField }] });
    expect(part(two, 'xl/workbook.xml')).toContain('name="Theo đơn vị"');
    expect(part(two, 'xl/workbook.xml')).toContain('name="Theo lĩnh vực"');
    const rows = await rowsOf(two, 'Theo lĩnh vực');
    expect(rows[4]?.cells[1]).toBe('Lĩnh vực');
    expect(rows[7 + byField.rows.length]?.cells[2]).toBe(byField.total.received.total);
  });

  it('writes the portal summary form with its own header', async () => {
    const portal = resolutionReport(bundle.dossiers, { form: 'portal-summary', period: parsePeriod('2025-Q1'), calendar, procedures });
    const grid = reportGrid(portal);
    const wb = reportWorkbook(portal);
    const rows = await rowsOf(wb);
    const depth = grid.headDepth;
    expect(rows[1]?.cells[0]).toBe(grid.form.title.vi);
    expect(rows[4 + depth + 1 + portal.rows.length]?.cells.slice(2)).toEqual(grid.total.values);
  });

  it('writes in English with locale en', async () => {
    const rows = await rowsOf(reportWorkbook(report, { locale: 'en', date: '2025-03-20' }));
    expect(rows[4]?.cells[0]).toBe('No.');
    expect(rows.map((r) => r.cells.filter((c) => c !== null).join(' | '))).toContain('PREPARED BY | HEAD OF UNIT');
  });

  it('refuses a bad profile or date with one error naming the field', () => {
    expect(() => reportWorkbook(report, { profile: { unitName: '' } })).toThrow(ReformRulesError);
    expect(() => reportWorkbook(report, { profile: { unitName: '' } })).toThrow(/profile\.unitName/);
    expect(() => reportWorkbook(report, { date: '2025-02-30' })).toThrow(/date/);
    expect(() => reportWorkbook(report, { locale: 'fr' as 'vi' })).toThrow(/locale/);
  });
});

describe('parseAgencyProfile', () => {
  it('accepts a full profile and trims its texts', () => {
    expect(parseAgencyProfile({ unitName: ' Sở Nội vụ ', place: 'Hà Giang', signers: { head: 'Nguyễn Văn A' } })).toEqual({ ok: true, value: { unitName: 'Sở Nội vụ', place: 'Hà Giang', signers: { head: 'Nguyễn Văn A' } } });
  });

  it('names every bad field', () => {
    const r = parseAgencyProfile({ place: 3, signers: { boss: 'x', head: '' }, extra: 1 }, { locale: 'vi' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(['extra', 'unitName', 'place', 'signers.boss', 'signers.head']);
    expect(r.issues.every((i) => i.code === 'invalid_agency_profile')).toBe(true);
    expect(r.issues[1]?.message).toContain('unitName');
    expect(parseAgencyProfile([]).ok).toBe(false);
    expect(parseAgencyProfile({ unitName: 'a\u0001b' }).ok).toBe(false);
  });
});
