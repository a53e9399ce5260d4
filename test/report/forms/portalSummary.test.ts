import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/calendar/createCalendar';
import { createReportAccumulator, formatReport, parsePeriod, portalSummaryForm, reportingPeriod, resolutionReport } from '../../../src/report/index';
import type { PortalSummaryRow, ReportRow } from '../../../src/report/index';
import { arbitraryProcedures } from '../../arbitraries/dossier';
import { denseDossiersArb } from '../_arbitraries';
import { DOC_NAMES, DOC_RECORDS } from '../_docExample';

const calendar = createCalendar();
const period = parsePeriod('2025-Q1');
const groupByArb = fc.constantFrom('department' as const, 'field' as const, 'procedure' as const, 'official' as const);

/** The portal summary's columns, read from the Biểu 06 row of the same dossiers. */
function expectSameCounts(p: PortalSummaryRow, b: ReportRow): void {
  expect(p.received.total).toBe(b.received.total);
  expect(p.received.onlineFull + p.received.onlinePartial + p.received.onlineOther).toBe(b.received.online);
  expect(p.received.onlineFull).toBe(b.extra.onlineFull);
  expect(p.received.onlinePartial).toBe(b.extra.onlinePartial);
  expect(p.received.direct + p.received.postal).toBe(b.received.directOrPostal);
  expect(p.received.postal).toBe(b.extra.postal);
  expect(p.received.carriedOver).toBe(b.received.carriedOver);
  expect(p.received.nonBoundary).toBeNull();
  expect(p.resolved.total).toBe(b.resolved.total);
  expect(p.resolved.onTimeOrEarly).toBe(b.resolved.early + b.resolved.onTime);
  expect(p.resolved.lateWithApology).toBe(b.extra.lateWithApology);
  expect(p.resolved.lateWithApology + p.resolved.lateWithoutApology).toBe(b.resolved.late);
  expect(p.pending.within).toBe(b.pending.within);
  expect(p.pending.overdueWithApology + p.pending.overdueWithoutApology).toBe(b.pending.overdue);
  expect(p.withdrawn).toBe(b.extra.withdrawn);
  expect(p.stopped).toBe(b.extra.stopped);
}

function expectIdentities(r: PortalSummaryRow): void {
  const { received: x, resolved: s, pending: p } = r;
  expect(x.total).toBe(x.direct + x.onlineFull + x.onlinePartial + x.onlineOther + x.carriedOver + x.postal);
  expect(s.total).toBe(s.onTimeOrEarly + s.lateWithApology + s.lateWithoutApology);
  expect(p.total).toBe(p.within + p.overdueWithApology + p.overdueWithoutApology);
  expect(x.total).toBe(s.total + p.total);
  expect(r.withdrawn + r.stopped).toBeLessThanOrEqual(s.total);
}

describe("the portal's per-unit summary form", () => {
  const report = resolutionReport(DOC_RECORDS, { form: 'portal-summary', period, calendar, names: DOC_NAMES });

  it('counts the example dossiers into the portal columns and remembers its form', () => {
    expect(report.form).toBe('portal-summary');
    expect(report.total.received).toEqual({ total: 7, direct: 2, onlineFull: 1, onlinePartial: 1, onlineOther: 0, nonBoundary: null, carriedOver: 2, postal: 1 });
    expect(report.total.resolved).toEqual({ total: 5, onTimeOrEarly: 4, lateWithApology: 1, lateWithoutApology: 0 });
    expect(report.total.pending).toEqual({ total: 2, within: 1, overdueWithApology: 0, overdueWithoutApology: 1 });
    expect(report.total.withdrawn).toBe(1);
    expect(report.notAvailable?.map((n) => n.column)).toEqual(['received.nonBoundary']);
  });

  it('shows the column the data lacks as not available in every format, never as 0', () => {
    const csv = formatReport(report, { format: 'csv', locale: 'vi' }).split('\r\n');
    // Two heading rows from the groups: the group over its first column, then the columns.
    expect(csv[0]).toBe('STT,Đơn vị,Số hồ sơ tiếp nhận,,,,,,,,Số hồ sơ đã giải quyết,,,,Số hồ sơ đang giải quyết,,,,Hồ sơ rút,Hồ sơ dừng xử lý,Hồ sơ trực tuyến chờ tiếp nhận,,');
    expect(csv[1]).toBe(',,Tổng số,Trực tiếp,Trực tuyến toàn trình,Trực tuyến một phần,Trực tuyến hình thức khác,Phi địa giới,Kỳ trước chuyển qua,Bưu chính công ích,Tổng số,Đúng và trước hạn,Quá hạn (đã có thư xin lỗi),Quá hạn (chưa có thư xin lỗi),Tổng số,Chưa đến hạn,Quá hạn (đã có thư xin lỗi),Quá hạn (chưa có thư xin lỗi),,,Tổng số,Đúng hạn,Quá hạn');
    expect(csv[csv.length - 2]).toBe(',Tổng cộng,7,2,1,1,0,—,2,1,5,4,1,0,2,1,0,1,1,0,0,0,0');
    const md = formatReport(report, { format: 'markdown', locale: 'en' });
    expect(md).toContain('## SUMMARY OF ADMINISTRATIVE PROCEDURE RESULTS BY UNIT (National public service portal summary layout): Q1 2025');
    expect(md).toContain('| No. | Department | Received: Total | Received: In person |');
    expect(md).toContain('| **—** |');
    expect(md).toContain('— Regardless of boundary (phi địa giới): not available');
    const html = formatReport(report, { format: 'html', locale: 'vi' });
    expect(html).toContain('<tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th><th colspan="8">Số hồ sơ tiếp nhận</th><th colspan="4">Số hồ sơ đã giải quyết</th><th colspan="4">Số hồ sơ đang giải quyết</th><th rowspan="2">Hồ sơ rút</th><th rowspan="2">Hồ sơ dừng xử lý</th><th colspan="3">Hồ sơ trực tuyến chờ tiếp nhận</th></tr>');
    expect(html).toContain('<td class="n">—</td>');
    const json = JSON.parse(formatReport(report, { format: 'json' })) as { total: PortalSummaryRow; notAvailable: unknown[] };
    expect(json.total.received.nonBoundary).toBeNull();
    expect(json.notAvailable).toHaveLength(1);
  });

  it('is selected in the accumulator too, and formatReport finds the form from the report', () => {
    const acc = createReportAccumulator({ form: portalSummaryForm, period, calendar, names: DOC_NAMES });
    DOC_RECORDS.forEach((r, i) => acc.add(r, i));
    expect(acc.toJSON().form).toBe('portal-summary');
    expect(formatReport(acc.result(), { format: 'csv' })).toBe(formatReport(report, { format: 'csv' }));
    expect(() => formatReport(report, { format: 'csv', form: 'bieu06' })).toThrow(expect.objectContaining({ code: 'invalid_report_form' }));
  });

  it('agrees with Biểu 06 on the same dossiers and keeps its identities, in every row', () => {
    fc.assert(
      fc.property(denseDossiersArb(50), groupByArb, fc.integer({ min: 1, max: 4 }), (dossiers, groupBy, q) => {
        const options = { period: reportingPeriod({ kind: 'quarter', year: 2025, index: q }), calendar, groupBy, procedures: arbitraryProcedures };
        const portal = resolutionReport(dossiers, { ...options, form: 'portal-summary' });
        const bieu06 = resolutionReport(dossiers, options);
        expect(portal.rows.map((r) => r.key)).toEqual(bieu06.rows.map((r) => r.key));
        portal.rows.forEach((row, i) => {
          expectIdentities(row);
          expectSameCounts(row, bieu06.rows[i] as ReportRow);
        });
        expectSameCounts(portal.total, bieu06.total);
        expect(JSON.parse(formatReport(portal, { format: 'json' }))).toEqual(portal);
      }),
      { numRuns: 40 },
    );
  });
});
