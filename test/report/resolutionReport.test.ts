import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import type { Procedure } from '../../src/model/procedure';
import { createReportAccumulator, parsePeriod, reportingPeriod, resolutionReport } from '../../src/report/index';
import type { ReportRow } from '../../src/report/index';

const calendar = createCalendar();
const period = parsePeriod('2025-Q1'); // 2024-12-15..2025-03-14

const processed = (at: string) => ({ type: 'processed', at });

/** A worked example for Q1 2025 (Decree 09 window), each dossier one case. */
const RECORDS: unknown[] = [
  // A: new online (full), due 09/01 close, processed 08/01 -> early; 2 working days of 3.
  { id: 'HS-1', procedureId: 'P1', departmentId: 'A', channel: 'online', onlineLevel: 'full', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3, events: [processed('2025-01-08T10:00:00+07:00')] },
  // A: new direct, same-day procedure processed the same afternoon -> on time, same day.
  { id: 'HS-2', procedureId: 'P0', departmentId: 'A', channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 0, events: [processed('2025-01-06T15:00:00+07:00')] },
  // A: new by post, due 04/02 close, processed 10/02 -> late, with an apology; 5 working days of 1.
  { id: 'HS-3', procedureId: 'P1', departmentId: 'A', channel: 'postal', receivedAt: '2025-02-03T09:00:00+07:00', processingDays: 1, events: [{ type: 'apology', at: '2025-02-03T15:00:00+07:00' }, processed('2025-02-10T09:00:00+07:00')] },
  // A: carried over (received 10/12/2024), never ended -> pending overdue.
  { id: 'HS-4', procedureId: 'P1', departmentId: 'A', channel: 'direct', receivedAt: '2024-12-10T09:00:00+07:00', processingDays: 2 },
  // A: ended before the period -> excluded.
  { id: 'HS-5', procedureId: 'P1', departmentId: 'A', channel: 'direct', receivedAt: '2024-12-01T09:00:00+07:00', processingDays: 5, events: [processed('2024-12-05T09:00:00+07:00')] },
  // A: received after the period -> excluded.
  { id: 'HS-6', procedureId: 'P1', departmentId: 'A', channel: 'direct', receivedAt: '2025-03-15T09:00:00+07:00', processingDays: 5 },
  // A: new online (partial), 10 days, pending within.
  { id: 'HS-7', procedureId: 'P1', departmentId: 'A', channel: 'online', onlineLevel: 'partial', receivedAt: '2025-03-10T09:00:00+07:00', processingDays: 10 },
  // A: new direct, withdrawn the next day -> resolved early (an end), shown as withdrawn.
  { id: 'HS-8', procedureId: 'P1', departmentId: 'A', channel: 'direct', receivedAt: '2025-02-10T09:00:00+07:00', processingDays: 5, events: [{ type: 'withdrawn', at: '2025-02-11T09:00:00+07:00' }] },
  // B: carried over, processed on 16/12/2024 (in the window) -> early; 2 working days of 3.
  { id: 'HS-9', procedureId: 'P1', departmentId: 'B', channel: 'direct', receivedAt: '2024-12-12T09:00:00+07:00', processingDays: 3, events: [processed('2024-12-16T10:00:00+07:00')] },
  // B: new direct, stopped on the cut-off day -> early, stopped.
  { id: 'HS-10', procedureId: 'P1', departmentId: 'B', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 15, events: [{ type: 'stopped', at: '2025-03-14T16:00:00+07:00' }] },
  // B: new direct, refused at 23:00 on the cut-off day (still in the period), after the due -> late, refused.
  { id: 'HS-11', procedureId: 'P1', departmentId: 'B', channel: 'direct', receivedAt: '2025-03-14T08:00:00+07:00', processingDays: 0, events: [{ type: 'rejected', at: '2025-03-14T23:00:00+07:00' }] },
  // Invalid: unknown channel, no reception.
  { id: 'HS-12', procedureId: 'P1', departmentId: 'B', channel: 'fax' },
  // Duplicate of HS-1.
  { id: 'HS-1', procedureId: 'P1', departmentId: 'A', channel: 'online', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 },
];

describe('asOf as a civil date', () => {
  it('means the end of that day in Vietnam: the same report as the instant 23:59:59.999+07:00, in the report and the accumulator', () => {
    for (const day of ['2024-12-15', '2025-01-06', '2025-02-10', '2025-03-13'] as const) {
      const civil = resolutionReport(RECORDS, { period, calendar, asOf: day });
      const instant = resolutionReport(RECORDS, { period, calendar, asOf: `${day}T23:59:59.999+07:00` });
      expect(civil).toEqual(instant);
      expect(civil.asOf).toBe(`${day}T23:59:59.999+07:00`);
      const acc = createReportAccumulator({ period, calendar, asOf: day });
      RECORDS.forEach((r, i) => acc.add(r, i));
      expect(acc.result()).toEqual(civil);
    }
    // On or after the period's last day: the close of the period, as with no asOf.
    expect(resolutionReport(RECORDS, { period, calendar, asOf: '2025-03-14' })).toEqual(resolutionReport(RECORDS, { period, calendar }));
  });
});

function row(rows: readonly ReportRow[], key: string | null): ReportRow {
  const r = rows.find((x) => x.key === key);
  if (r === undefined) throw new Error(`no row ${key}`);
  return r;
}

describe('resolutionReport', () => {
  const report = resolutionReport(RECORDS, { period, calendar });

  it('counts the worked example of department A', () => {
    expect(row(report.rows, 'A')).toEqual({
      key: 'A',
      name: 'A',
      received: { total: 6, online: 2, directOrPostal: 3, carriedOver: 1 },
      resolved: { total: 4, early: 2, onTime: 1, late: 1 },
      pending: { total: 2, within: 1, overdue: 1 },
      extra: { withdrawn: 1, stopped: 0, rejected: 0, lateWithApology: 1, postal: 1, onlineFull: 1, onlinePartial: 1, sameDay: 1 },
      averageWorkingDays: { actual: { numerator: 7, denominator: 3 }, statutory: { numerator: 4, denominator: 3 } },
    });
  });

  it('counts the worked example of department B', () => {
    expect(row(report.rows, 'B')).toEqual({
      key: 'B',
      name: 'B',
      received: { total: 3, online: 0, directOrPostal: 2, carriedOver: 1 },
      resolved: { total: 3, early: 2, onTime: 0, late: 1 },
      pending: { total: 0, within: 0, overdue: 0 },
      extra: { withdrawn: 0, stopped: 1, rejected: 1, lateWithApology: 0, postal: 0, onlineFull: 0, onlinePartial: 0, sameDay: 0 },
      averageWorkingDays: { actual: { numerator: 2, denominator: 1 }, statutory: { numerator: 3, denominator: 1 } },
    });
  });

  it('sums the rows into the total row', () => {
    expect(report.total.key).toBeNull();
    expect(report.total.received).toEqual({ total: 9, online: 2, directOrPostal: 5, carriedOver: 2 });
    expect(report.total.resolved).toEqual({ total: 7, early: 4, onTime: 1, late: 2 });
    expect(report.total.pending).toEqual({ total: 2, within: 1, overdue: 1 });
    expect(report.total.averageWorkingDays).toEqual({ actual: { numerator: 9, denominator: 4 }, statutory: { numerator: 7, denominator: 4 } });
  });

  it('lists bad records and repeated ids in rejected, and accounts for every record', () => {
    expect(report.rejected.map((r) => [r.index, r.id, r.issues.map((i) => i.code)])).toEqual([
      [11, 'HS-12', ['invalid_enum', 'required']],
      [12, 'HS-1', ['duplicate_id']],
    ]);
    expect(report.excluded).toEqual({ receivedAfter: 1, endedBefore: 1 });
    expect(report.inputs).toBe(13);
    expect(report.inputs).toBe(report.rejected.length + report.excluded.receivedAfter + report.excluded.endedBefore + report.total.received.total);
  });

  it('writes issue messages in the requested locale', () => {
    const vi = resolutionReport(RECORDS, { period, calendar, locale: 'vi' });
    expect(vi.rejected[1]?.issues[0]?.message).toBe("id: mã \"HS-1\" trùng với bản ghi trước (vị trí 0)");
  });

  it('evaluates as of the close of the last day, 23:59:59.999+07:00', () => {
    expect(report.asOf).toBe('2025-03-14T23:59:59.999+07:00');
    expect(report.period).toEqual(period);
    expect(report.groupBy).toBe('department');
  });

  it('gives an interim report with an earlier asOf', () => {
    const interim = resolutionReport(RECORDS, { period, calendar, asOf: '2025-02-05T17:00:00+07:00' });
    expect(interim.asOf).toBe('2025-02-05T17:00:00+07:00');
    // HS-3 is not ended yet and its due (04/02) has passed; HS-7, HS-8, HS-10, HS-11 are not received yet.
    expect(row(interim.rows, 'A').pending).toEqual({ total: 2, within: 0, overdue: 2 });
    expect(interim.excluded.receivedAfter).toBe(5);
    const later = resolutionReport(RECORDS, { period, calendar, asOf: '2026-01-01T00:00:00+07:00' });
    expect(later.asOf).toBe('2025-03-14T23:59:59.999+07:00');
  });

  it('groups by official, with a null row for dossiers without one', () => {
    const records = [
      { id: 'X1', procedureId: 'P1', departmentId: 'A', officialId: 'CB-2', channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 },
      { id: 'X2', procedureId: 'P1', departmentId: 'A', channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 },
      { id: 'X3', procedureId: 'P1', departmentId: 'A', officialId: 'CB-1', channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 },
    ];
    const r = resolutionReport(records, { period, calendar, groupBy: 'official', names: { 'CB-1': 'Nguyễn Văn A' } });
    expect(r.rows.map((x) => [x.key, x.name, x.received.total])).toEqual([
      ['CB-1', 'Nguyễn Văn A', 1],
      ['CB-2', 'CB-2', 1],
      [null, '', 1],
    ]);
  });

  it('groups by field and by procedure with the procedures given, rejecting unknown procedures', () => {
    const procedures: Procedure[] = [
      { id: 'P0', name: 'Chứng thực bản sao', field: 'Chứng thực', processingDays: 0, onlineEligible: false, onlineLevel: 'none', hasFees: true, onlinePayment: false },
      { id: 'P1', name: 'Cấp giấy chứng nhận đăng ký đầu tư', field: 'Đầu tư', processingDays: 15, onlineEligible: true, onlineLevel: 'full', hasFees: false, onlinePayment: false },
    ];
    const withUnknown = [...RECORDS.slice(0, 11), { id: 'HS-99', procedureId: 'P9', departmentId: 'A', channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 1 }];
    const byField = resolutionReport(withUnknown, { period, calendar, procedures, groupBy: 'field' });
    expect(byField.rows.map((x) => [x.key, x.received.total])).toEqual([
      ['Chứng thực', 1],
      ['Đầu tư', 8],
    ]);
    expect(byField.rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([[11, 'unknown_procedure']]);
    // Statutory days come from the procedures when given.
    expect(row(byField.rows, 'Đầu tư').averageWorkingDays.statutory).toEqual({ numerator: 45, denominator: 3 });
    const byProcedure = resolutionReport(RECORDS.slice(0, 11), { period, calendar, procedures, groupBy: 'procedure' });
    expect(byProcedure.rows.map((x) => [x.key, x.name])).toEqual([
      ['P0', 'Chứng thực bản sao'],
      ['P1', 'Cấp giấy chứng nhận đăng ký đầu tư'],
    ]);
  });

  it('accepts any iterable, such as a generator', () => {
    function* records() {
      yield* RECORDS;
    }
    expect(resolutionReport(records(), { period, calendar })).toEqual(report);
  });

  it('keeps a received value that JSON cannot carry readable in the rejected list', () => {
    const r = resolutionReport([10n, undefined, { id: 'Z', processingDays: Number.NaN }], { period, calendar });
    expect(r.rejected).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('throws on a period the calendar does not cover, naming the dates', () => {
    expect(() => resolutionReport([], { period: reportingPeriod({ kind: 'quarter', year: 2101, index: 1 }), calendar })).toThrow(
      'period: the period 2100-12-15..2101-03-14 is not covered by the calendar, which covers 1900-01-01..2100-12-31',
    );
  });

  it('throws on bad options with named codes', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return undefined;
    };
    expect(code(() => resolutionReport([], { period, calendar, groupBy: 'field' }))).toBe('group_needs_procedures');
    expect(code(() => resolutionReport([], { period, calendar, groupBy: 'channel' as never }))).toBe('invalid_enum');
    expect(code(() => resolutionReport([], { period, calendar, asOf: '2024-12-14T23:00:00+07:00' }))).toBe('as_of_before_period');
    expect(code(() => resolutionReport([], { period, calendar, asOf: '2025-01-01T00:00:00' }))).toBe('missing_offset');
    expect(code(() => resolutionReport([], { period, calendar, asOf: '2025-02-30' }))).toBe('invalid_date');
    expect(code(() => resolutionReport([], { period, calendar, asOf: '2024-12-14' }))).toBe('as_of_before_period');
    expect(code(() => resolutionReport([], { period: { from: 'x' } as never, calendar }))).toBe('invalid_reporting_period');
    expect(code(() => resolutionReport([], { period, calendar: null as never }))).toBe('invalid_calendar');
    expect(code(() => resolutionReport(42 as never, { period, calendar }))).toBe('invalid_type');
    expect(code(() => resolutionReport(undefined as never, { period, calendar }))).toBe('invalid_type');
  });

  it('refuses a procedures option whose entries are not procedures (null, a hole, no id, in an array or a Map), naming the entry', () => {
    const p1: Procedure = { id: 'P1', name: 'A', field: 'F', processingDays: 5, onlineEligible: false, onlineLevel: 'none', hasFees: false, onlinePayment: false };
    const holed = [p1, p1];
    delete holed[1];
    for (const procedures of [[null], holed, [{ name: 'no id' }], new Map([['P1', null]])] as unknown[]) {
      let caught: unknown;
      try {
        resolutionReport([], { period, calendar, procedures: procedures as never });
      } catch (e) {
        caught = e;
      }
      expect((caught as { code?: string }).code).toBe('invalid_type');
      expect(String((caught as Error).message)).toMatch(/^procedures\[\d\]/);
    }
    expect(resolutionReport([], { period, calendar, procedures: [p1] }).inputs).toBe(0);
  });
});
