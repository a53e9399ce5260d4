/**
 * How to add a report form as one file: this test defines a small third form (supplementation
 * requests by channel) and runs it through resolutionReport, the accumulator and every formatter.
 * A form of your own is this one value in a file of its own (see docs/reports.md, "Adding a form").
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/calendar/createCalendar';
import { createReportAccumulator, formatReport, parsePeriod, reportAccumulatorFromJSON, resolutionReport } from '../../../src/report/index';
import type { FormRow, ReportForm } from '../../../src/report/index';

/** The third form: dossiers by channel (two levels: new by channel, carried over), supplemented ones, and the mean number of requests. */
const supplementForm: ReportForm<'supplements'> = {
  id: 'supplements',
  title: { vi: 'HỒ SƠ YÊU CẦU BỔ SUNG', en: 'SUPPLEMENTATION REQUESTS' },
  number: { vi: 'Mẫu nội bộ BS-01', en: 'Internal form BS-01' },
  unitLine: { vi: 'Đơn vị tính: Số hồ sơ.', en: 'Unit: dossiers.' },
  headerRows: 'grouped',
  columns: [
    { id: 'dossiers.total', kind: 'sum', unit: 'dossiers', of: ['dossiers.online', 'dossiers.offline', 'dossiers.carriedOver'], heading: { vi: 'Hồ sơ', en: 'Dossiers' }, subheading: { vi: 'Tổng số', en: 'Total' } },
    { id: 'dossiers.online', kind: 'count', unit: 'dossiers', heading: { vi: 'Trực tuyến', en: 'Online' } },
    { id: 'dossiers.offline', kind: 'count', unit: 'dossiers', heading: { vi: 'Trực tiếp, bưu chính', en: 'In person or by post' } },
    { id: 'dossiers.carriedOver', kind: 'count', unit: 'dossiers', heading: { vi: 'Kỳ trước chuyển qua', en: 'Carried over' } },
    { id: 'supplemented', kind: 'count', unit: 'dossiers', heading: { vi: 'Có yêu cầu bổ sung', en: 'Supplemented' }, count: (f) => f.supplementRequests > 0 },
    { id: 'requests', kind: 'mean', unit: 'dossiers', places: 1, heading: { vi: 'Số lần yêu cầu bình quân', en: 'Mean requests' }, value: (f) => f.supplementRequests },
  ],
  layout: [
    {
      heading: { vi: 'Hồ sơ', en: 'Dossiers' },
      children: [
        'dossiers.total',
        {
          heading: { vi: 'Nhận trong kỳ', en: 'New in the period' },
          children: ['dossiers.online', 'dossiers.offline'],
          classify: (f) => (!f.receivedInPeriod ? undefined : f.dossier.channel === 'online' ? 'dossiers.online' : 'dossiers.offline'),
        },
        'dossiers.carriedOver',
      ],
      classify: (f) => (f.receivedInPeriod ? undefined : 'dossiers.carriedOver'),
    },
    'supplemented',
    'requests',
  ],
  identities: [{ id: 'supplemented <= dossiers', left: ['supplemented'], relation: '<=', right: ['dossiers.total'] }],
};

const calendar = createCalendar();
const period = parsePeriod('2025-Q1');
const base = { procedureId: 'P1', departmentId: 'A', processingDays: 5 };
const records = [
  { ...base, id: 'S-1', channel: 'online', receivedAt: '2025-01-06T09:00:00+07:00', events: [{ type: 'supplement-requested', at: '2025-01-07T09:00:00+07:00' }, { type: 'supplement-received', at: '2025-01-08T09:00:00+07:00' }] },
  { ...base, id: 'S-2', channel: 'direct', receivedAt: '2025-02-03T09:00:00+07:00' },
  { ...base, id: 'S-3', channel: 'postal', departmentId: 'B', receivedAt: '2024-12-10T09:00:00+07:00', events: [{ type: 'supplement-requested', at: '2024-12-11T09:00:00+07:00' }] },
  { id: 'bad', channel: 'fax' },
];

describe('a custom form (worked example)', () => {
  const report = resolutionReport(records, { form: supplementForm, period, calendar });

  it('counts each dossier into its columns, rows shaped by the dotted column ids', () => {
    expect(report.form).toBe('supplements');
    const total: FormRow = report.total;
    expect(total).toEqual({
      key: null,
      name: '',
      dossiers: { total: 3, online: 1, offline: 1, carriedOver: 1 },
      supplemented: 2,
      requests: { numerator: 2, denominator: 3 },
    });
    expect(report.rows.map((r) => r.key)).toEqual(['A', 'B']);
    expect(report.rejected.map((r) => r.id)).toEqual(['bad']);
  });

  it('renders in every format from the form: headings, three heading levels, order, decimals', () => {
    const csv = formatReport(report, { format: 'csv', locale: 'en', form: supplementForm }).split('\r\n');
    expect(csv.slice(0, 4)).toEqual([
      'No.,Department,Dossiers,,,,Supplemented,Mean requests',
      ',,Total,New in the period,,Carried over,,',
      ',,,Online,In person or by post,,,',
      '1,A,2,1,1,0,1,0.5',
    ]);
    const html = formatReport(report, { format: 'html', locale: 'en', form: supplementForm });
    expect(html).toContain('<tr><th rowspan="3">No.</th><th rowspan="3">Department</th><th colspan="4">Dossiers</th><th rowspan="3">Supplemented</th><th rowspan="3">Mean requests</th></tr>');
    expect(html).toContain('<tr><th rowspan="2">Total</th><th colspan="2">New in the period</th><th rowspan="2">Carried over</th></tr>');
    expect(html).toContain('<tr><th>Online</th><th>In person or by post</th></tr>');
    expect(html).not.toContain('<svg'); // no chart in this form
    const md = formatReport(report, { format: 'markdown', locale: 'vi', form: supplementForm });
    expect(md).toContain('## HỒ SƠ YÊU CẦU BỔ SUNG (Mẫu nội bộ BS-01): Quý I năm 2025');
    expect(md).toContain('| STT | Đơn vị | Hồ sơ: Tổng số | Hồ sơ: Nhận trong kỳ: Trực tuyến | Hồ sơ: Nhận trong kỳ: Trực tiếp, bưu chính | Hồ sơ: Kỳ trước chuyển qua | Có yêu cầu bổ sung | Số lần yêu cầu bình quân |');
    expect(md).toContain('|  | **Tổng cộng** | **3** | **1** | **1** | **1** | **2** | **0,7** |');
    expect(JSON.parse(formatReport(report, { format: 'json' }))).toEqual(report);
  });

  it('needs the form to format a report of a custom form (only built-in forms are found by id)', () => {
    expect(() => formatReport(report, { format: 'csv' })).toThrow(expect.objectContaining({ code: 'invalid_report_form' }));
  });

  it('streams, saves and restores like Biểu 06 (the state names the form and its counters)', () => {
    const acc = createReportAccumulator({ form: supplementForm, period, calendar });
    records.slice(0, 2).forEach((r, i) => acc.add(r, i));
    const saved = JSON.parse(JSON.stringify(acc.toJSON())) as ReturnType<typeof acc.toJSON>;
    expect(saved.form).toBe('supplements');
    expect(saved.fields).toEqual(['dossiers.online', 'dossiers.offline', 'dossiers.carriedOver', 'supplemented', 'requests.numerator', 'requests.denominator']);
    const restored = reportAccumulatorFromJSON(saved, { form: supplementForm, calendar });
    records.slice(2).forEach((r, i) => restored.add(r, i + 2));
    expect(restored.result()).toEqual(report);
    expect(() => reportAccumulatorFromJSON(saved, { calendar })).toThrow(expect.objectContaining({ code: 'invalid_report_form' }));
  });
});
