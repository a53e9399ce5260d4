import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instant } from '../../../src/_lib/dateTypes';
import { createCalendar } from '../../../src/calendar/createCalendar';
import { formatInstantVN, MS_PER_MINUTE, parseInstant } from '../../../src/_lib/instant';
import { createReportAccumulator, parsePeriod, portalSummaryForm, resolutionReport } from '../../../src/report/index';
import type { ReportForm } from '../../../src/report/index';

const calendar = createCalendar();
// '2025-08' is the Nghị định 09/2019 window 15/07–14/08/2025 (asOf: the close of Thu 14/08).
const period = parsePeriod('2025-08');
const T = (s: string): Instant => `${s}+07:00` as Instant;

const online = (id: string, submittedAt: string | undefined, receivedAt: string, departmentId = 'P-DT') => ({
  id, procedureId: 'P1', departmentId, channel: 'online', processingDays: 3, receivedAt: T(receivedAt), ...(submittedAt === undefined ? {} : { submittedAt: T(submittedAt) }),
});

describe('portal summary: online dossiers awaiting reception (the reception clock)', () => {
  const records = [
    // Thu 14/08 16:00 on the portal, received after the period: 60 working minutes by the close of 14/08.
    online('A', '2025-08-14T16:00:00', '2025-08-18T08:00:00'),
    // Wed 13/08 08:00: 420 + 480 = 900 working minutes by the close of 14/08, past 8 hours.
    online('B', '2025-08-13T08:00:00', '2025-08-18T08:00:00'),
    // Submitted after the period's close: not awaiting at asOf.
    online('C', '2025-08-15T07:30:00', '2025-08-18T08:00:00'),
    // No portal receipt recorded: cannot be judged.
    online('D', undefined, '2025-08-18T08:00:00'),
    // In person: the reception clock does not apply.
    { ...online('E', '2025-08-13T08:00:00', '2025-08-18T08:00:00'), channel: 'direct' },
    // Received in the period: among the received, never awaiting.
    online('F', '2025-08-04T08:00:00', '2025-08-05T09:00:00'),
  ];
  const report = resolutionReport(records, { form: 'portal-summary', period, calendar });

  it('counts them apart from the received, in time and overdue, and keeps every identity', () => {
    expect(report.total.awaitingReception).toEqual({ total: 2, inTime: 1, overdue: 1 });
    expect(report.total.received.total).toBe(1);
    expect(report.excluded.receivedAfter).toBe(5);
    expect(report.inputs).toBe(report.rejected.length + report.excluded.receivedAfter + report.excluded.endedBefore + report.total.received.total);
    expect(report.total.received.total).toBe(report.total.resolved.total + report.total.pending.total);
  });

  it('moves a dossier from in time to overdue when the report is cut later', () => {
    // Wed 13/08 15:00: 120 + 180 = 300 working minutes by Thu 10:00, 120 + 480 = 600 by its close.
    const d = online('W', '2025-08-13T15:00:00', '2025-08-18T08:00:00');
    const early = resolutionReport([d], { form: 'portal-summary', period, calendar, asOf: T('2025-08-14T10:00:00') });
    expect(early.total.awaitingReception).toEqual({ total: 1, inTime: 1, overdue: 0 });
    expect(resolutionReport([d], { form: 'portal-summary', period, calendar }).total.awaitingReception).toEqual({ total: 1, inTime: 0, overdue: 1 });
  });

  it('reads the limit from the policy: none before 2025-07-01', () => {
    const r = resolutionReport([online('G', '2025-03-03T08:00:00', '2025-04-02T08:00:00')], { form: 'portal-summary', period: parsePeriod('2025-03'), calendar });
    expect(r.total.awaitingReception.total).toBe(0);
    expect(r.excluded.receivedAfter).toBe(1);
  });

  it('lets a form count awaiting dossiers only on reception and the online channel', () => {
    const bad: ReportForm = {
      id: 'bad', title: { vi: 'x', en: 'x' }, number: { vi: 'x', en: 'x' }, unitLine: { vi: 'x', en: 'x' },
      headerRows: 'flat', identities: [],
      columns: [{ id: 'a', kind: 'count', unit: 'dossiers', heading: { vi: 'a', en: 'a' }, count: { reception: 'awaitingOverdue', receivedInPeriod: true } }],
      layout: ['a'],
    };
    expect(() => createReportAccumulator({ form: bad, period, calendar })).toThrow(expect.objectContaining({ code: 'invalid_report_form' }));
  });

  it('law: awaiting ≤ excluded as received after, records in = counted + excluded + rejected, merges exactly', () => {
    const from = parseInstant(T('2025-08-01T00:00:00')) as number;
    const dossierArb = fc.record({
      sub: fc.integer({ min: 0, max: 16 * 1440 }),
      wait: fc.integer({ min: 0, max: 10 * 1440 }),
      known: fc.boolean(),
      dept: fc.constantFrom('P-A', 'P-B'),
    });
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 30 }), fc.nat(), (ds, cut) => {
        const recs = ds.map((d, i) => {
          const s = from + d.sub * MS_PER_MINUTE;
          const at = (ms: number) => formatInstantVN(ms).slice(0, -6);
          return online(`H${i}`, d.known ? at(s) : undefined, at(s + d.wait * MS_PER_MINUTE), d.dept);
        });
        const r = resolutionReport(recs, { form: portalSummaryForm, period, calendar });
        expect(r.total.awaitingReception.total).toBeLessThanOrEqual(r.excluded.receivedAfter);
        expect(r.total.awaitingReception.total).toBe(r.total.awaitingReception.inTime + r.total.awaitingReception.overdue);
        expect(r.inputs).toBe(r.rejected.length + r.excluded.receivedAfter + r.excluded.endedBefore + r.total.received.total);
        const k = recs.length === 0 ? 0 : cut % (recs.length + 1);
        const a = createReportAccumulator({ form: portalSummaryForm, period, calendar });
        const b = createReportAccumulator({ form: portalSummaryForm, period, calendar });
        recs.forEach((x, i) => (i < k ? a : b).add(x, i));
        expect(a.merge(b.toJSON()).result().total).toEqual(r.total);
      }),
    );
  });
});
