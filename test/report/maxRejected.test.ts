/**
 * The bound on a report's rejected list (`maxRejected`): the option is checked, the list is the
 * first records by position, the totals stay exact, and a state written before the bound (version
 * 2, which listed every rejected record) still loads with its totals read from its list.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { createReportAccumulator, formatReport, parsePeriod, reportAccumulatorFromJSON, resolutionReport } from '../../src/report/index';
import type { ReportAccumulatorState } from '../../src/report/index';

const calendar = createCalendar();
const period = parsePeriod('2025-Q1');
const good = { id: 'HS-1', procedureId: 'P1', departmentId: 'D1', channel: 'online', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 };
const records = [good, { id: 'HS-2' }, good, { id: 'HS-4' }, { ...good, id: 'HS-5', channel: 'unknown' }];

/** A version 2 state as the previous version wrote it (every rejected record listed, no totals). */
const V2_STATE = {
  format: 'reform-rules/report-accumulator',
  version: 2,
  form: 'bieu06',
  period: { kind: 'quarter', year: 2025, index: 1, convention: 'decree09', code: '2025-Q1', from: '2024-12-15', to: '2025-03-14', label: { vi: 'Quý I năm 2025', en: 'Q1 2025' } },
  asOf: '2025-03-14T23:59:59.999+07:00',
  groupBy: 'department',
  fields: [
    'received.online', 'received.directOrPostal', 'received.carriedOver', 'resolved.early', 'resolved.onTime', 'resolved.late', 'pending.within', 'pending.overdue',
    'extra.withdrawn', 'extra.stopped', 'extra.rejected', 'extra.lateWithApology', 'extra.postal', 'extra.onlineFull', 'extra.onlinePartial', 'extra.sameDay',
    'averageWorkingDays.actual.numerator', 'averageWorkingDays.actual.denominator', 'averageWorkingDays.statutory.numerator', 'averageWorkingDays.statutory.denominator',
  ],
  inputs: 3,
  rows: [['D1', [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]],
  rejected: [
    { index: 1, id: 'HS-2', input: { id: 'HS-2' }, issues: [{ code: 'required', path: [1, 'procedureId'], message: 'procedureId: is required' }] },
    { index: 2, id: 'HS-1', input: { id: 'HS-1' }, issues: [{ code: 'duplicate_id', path: [2, 'id'], message: 'id: id "HS-1" is used by an earlier record (index 0)', received: 'HS-1' }] },
  ],
  excluded: { receivedAfter: 0, endedBefore: 0 },
};

function fails(f: () => unknown): ReformRulesError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ReformRulesError);
    return e as ReformRulesError;
  }
  throw new Error('did not throw');
}

describe('maxRejected', () => {
  it('defaults to 1000 and lists every rejected record below it, with totals per first issue code', () => {
    const r = resolutionReport(records, { period, calendar, locale: 'en' });
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4]);
    expect(r.rejectedCount).toBe(4);
    expect(r.rejectedByCode).toEqual({ channel_not_recorded: 1, duplicate_id: 1, required: 2 });
    expect(createReportAccumulator({ period, calendar }).toJSON().maxRejected).toBe(1000);
  });

  it('lists the first records by position and counts all; 0 lists none; Infinity lists all', () => {
    const two = resolutionReport(records, { period, calendar, maxRejected: 2 });
    expect(two.rejected.map((x) => x.index)).toEqual([1, 2]);
    expect(two.rejectedCount).toBe(4);
    expect(two.rejectedByCode).toEqual({ channel_not_recorded: 1, duplicate_id: 1, required: 2 });
    const none = resolutionReport(records, { period, calendar, maxRejected: 0 });
    expect(none.rejected).toEqual([]);
    expect(none.rejectedCount).toBe(4);
    const all = createReportAccumulator({ period, calendar, maxRejected: Number.POSITIVE_INFINITY });
    records.forEach((x, i) => all.add(x, i));
    expect(all.result().rejected.map((x) => x.index)).toEqual([1, 2, 3, 4]);
    expect(JSON.parse(JSON.stringify(all.toJSON())).maxRejected).toBeNull();
  });

  it('keeps the first positions when records come in any order', () => {
    const acc = createReportAccumulator({ period, calendar, maxRejected: 3 });
    const order = [9, 3, 7, 1, 8, 0, 5, 2, 6, 4];
    for (const i of order) acc.add({ id: `J-${i}` }, i);
    expect(acc.result().rejected.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(acc.result().rejectedCount).toBe(10);
  });

  it('counts records a reader could not read like the others', () => {
    const acc = createReportAccumulator({ period, calendar, maxRejected: 1 });
    const issue = { code: 'invalid_json', path: [0], message: 'line 1: invalid JSON' } as never;
    acc.addRejected({ index: 0, line: 1, input: '{', issues: [issue] });
    acc.addRejected({ index: 1, line: 2, input: '{', issues: [issue] });
    expect(acc.result().rejected.map((x) => x.index)).toEqual([0]);
    expect(acc.result().rejectedByCode).toEqual({ invalid_json: 2 });
    expect(acc.result().inputs).toBe(2);
  });

  it('refuses a bound that is not a whole number at least 0 (or Infinity), naming the field and value', () => {
    for (const bad of [-1, 1.5, Number.NaN, '10', null, Number.NEGATIVE_INFINITY]) {
      const e = fails(() => createReportAccumulator({ period, calendar, maxRejected: bad as number }));
      expect(['not_integer', 'out_of_range']).toContain(e.code);
      expect(e.message).toContain('maxRejected');
    }
    expect(fails(() => resolutionReport([], { period, calendar, maxRejected: -3 })).message).toMatch(/maxRejected.*-3/);
  });

  it('says when the list is cut: "N rejected, the first K listed"', () => {
    const r = resolutionReport(records, { period, calendar, maxRejected: 2, locale: 'en' });
    expect(formatReport(r, { format: 'markdown', locale: 'en' })).toContain('Invalid records, not counted in the table: 4 (the first 2 listed).');
    expect(formatReport(r, { format: 'markdown', locale: 'vi' })).toContain('không tính vào bảng: 4 (liệt kê 2 bản ghi đầu tiên).');
    expect(formatReport(resolutionReport(records, { period, calendar }), { format: 'markdown', locale: 'en' })).toContain('not counted in the table: 4. ');
  });

  it('still loads a version 2 state, its totals read from its list', () => {
    const acc = reportAccumulatorFromJSON(V2_STATE as unknown as ReportAccumulatorState, { calendar });
    const r = acc.result();
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2]);
    expect(r.rejectedCount).toBe(2);
    expect(r.rejectedByCode).toEqual({ duplicate_id: 1, required: 1 });
    expect(r.inputs).toBe(3);
    const s = acc.toJSON();
    expect([s.version, s.rejectedCount, s.maxRejected]).toEqual([3, 2, 1000]);
    // Merged into a bounded accumulator, the old full list is cut like any other.
    const one = createReportAccumulator({ period, calendar, maxRejected: 1 }).merge(V2_STATE as unknown as ReportAccumulatorState).result();
    expect([one.rejected.map((x) => x.index), one.rejectedCount]).toEqual([[1], 2]);
  });

  it('refuses states whose totals do not match their list', () => {
    const v3 = createReportAccumulator({ period, calendar, maxRejected: 1 });
    records.forEach((x, i) => v3.add(x, i));
    const state = JSON.parse(JSON.stringify(v3.toJSON())) as Record<string, unknown>;
    const load = (patch: Record<string, unknown>) => fails(() => reportAccumulatorFromJSON({ ...state, ...patch } as unknown as ReportAccumulatorState, { calendar }));
    expect(load({ rejectedCount: 0 }).code).toBe('invalid_accumulator_state');
    expect(load({ rejectedCount: undefined }).message).toContain('rejectedCount');
    expect(load({ rejectedByCode: { required: 1 } }).message).toContain('add up');
    expect(load({ rejectedByCode: { required: -1, duplicate_id: 5 } }).code).toBe('invalid_accumulator_state');
    expect(load({ rejectedByCode: { duplicate_id: 4 } }).message).toContain("'required'");
    expect(load({ maxRejected: 'x' }).message).toContain('maxRejected');
    expect(load({ maxRejected: 0 }).message).toContain('maxRejected');
    expect(load({ version: 4 }).message).toContain('version 3');
    expect(load({ rejected: [{ index: 0, input: 1, issues: [] }] }).message).toContain('no issue');
  });
});
