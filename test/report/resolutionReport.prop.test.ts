import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createReportAccumulator, reportingPeriod, resolutionReport } from '../../src/report/index';
import type { ReportRow, ResolutionReport } from '../../src/report/index';
import { arbitraryProcedures } from '../arbitraries/dossier';
import { denseDossiersArb as dossiersArb } from './_arbitraries';

const calendar = createCalendar();
const conventionArb = fc.constantFrom('decree09' as const, 'calendar' as const);
const groupByArb = fc.constantFrom('department' as const, 'field' as const, 'procedure' as const, 'official' as const);

/** Valid dossiers mixed with junk records (which must land in `rejected`). */
const recordsArb = fc
  .tuple(dossiersArb(40), fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.string(), channel: fc.constant('fax') })), { maxLength: 4 }), fc.nat())
  .map(([valid, junk, seed]) => {
    const out: unknown[] = [...valid];
    junk.forEach((j, i) => out.splice((seed + i * 7) % (out.length + 1), 0, j));
    return out;
  });

function expectIdentities(row: ReportRow): void {
  const { received: r, resolved: s, pending: p, extra: x } = row;
  expect(r.total).toBe(r.online + r.directOrPostal + r.carriedOver);
  expect(s.total).toBe(s.early + s.onTime + s.late);
  expect(p.total).toBe(p.within + p.overdue);
  expect(r.total).toBe(s.total + p.total);
  expect(x.withdrawn + x.stopped + x.rejected + x.sameDay).toBeLessThanOrEqual(s.total);
  expect(x.lateWithApology).toBeLessThanOrEqual(s.late);
  expect(x.postal).toBeLessThanOrEqual(r.directOrPostal);
  expect(x.onlineFull + x.onlinePartial).toBeLessThanOrEqual(r.online);
  expect(row.averageWorkingDays.actual.denominator + x.withdrawn + x.stopped + x.rejected).toBe(s.total);
}

const FLOW = (r: ReportRow) => [r.received.online, r.received.directOrPostal, r.resolved.early, r.resolved.onTime, r.resolved.late, r.extra.withdrawn, r.extra.stopped, r.extra.rejected, r.extra.sameDay, r.extra.postal];

function rowMap(report: ResolutionReport): Map<string | null, ReportRow> {
  return new Map(report.rows.map((r) => [r.key, r]));
}

describe('resolutionReport', () => {
  it('satisfies the Biểu 06 identities in every row and the total, for any dossier set', () => {
    fc.assert(
      fc.property(recordsArb, fc.constant(2025), fc.integer({ min: 1, max: 4 }), conventionArb, groupByArb, (records, year, q, convention, groupBy) => {
        const period = reportingPeriod({ kind: 'quarter', year, index: q, convention });
        const report = resolutionReport(records, { period, calendar, groupBy, procedures: arbitraryProcedures });
        for (const row of report.rows) expectIdentities(row);
        expectIdentities(report.total);
      }),
    );
  });

  it('makes the total row the sum of the rows', () => {
    fc.assert(
      fc.property(recordsArb, conventionArb, groupByArb, (records, convention, groupBy) => {
        const period = reportingPeriod({ kind: 'half', year: 2025, index: 2, convention });
        const report = resolutionReport(records, { period, calendar, groupBy, procedures: arbitraryProcedures });
        const sum = (f: (r: ReportRow) => number) => report.rows.reduce((a, r) => a + f(r), 0);
        const leaves = (r: ReportRow): number[] => [
          ...Object.values(r.received), ...Object.values(r.resolved), ...Object.values(r.pending), ...Object.values(r.extra),
          r.averageWorkingDays.actual.numerator, r.averageWorkingDays.actual.denominator,
          r.averageWorkingDays.statutory.numerator, r.averageWorkingDays.statutory.denominator,
        ];
        const total = leaves(report.total);
        total.forEach((value, i) => {
          expect(value).toBe(sum((r) => leaves(r)[i] as number));
        });
      }),
    );
  });

  it('accounts for every record: inputs = rejected + excluded + received', () => {
    fc.assert(
      fc.property(recordsArb, conventionArb, (records, convention) => {
        const report = resolutionReport(records, { period: reportingPeriod({ kind: 'nineMonths', year: 2025, convention }), calendar, procedures: arbitraryProcedures });
        expect(report.inputs).toBe(records.length);
        expect(report.inputs).toBe(report.rejected.length + report.excluded.receivedAfter + report.excluded.endedBefore + report.total.received.total);
      }),
    );
  });

  it('sums the quarters to the year for the flows (received new, resolved) per row', () => {
    fc.assert(
      fc.property(dossiersArb(40), fc.constant(2025), conventionArb, (dossiers, year, convention) => {
        const options = { calendar, procedures: arbitraryProcedures };
        const whole = resolutionReport(dossiers, { ...options, period: reportingPeriod({ kind: 'year', year, convention }) });
        const quarters = [1, 2, 3, 4].map((index) => resolutionReport(dossiers, { ...options, period: reportingPeriod({ kind: 'quarter', year, index, convention }) }));
        const keys = new Set([...whole.rows.map((r) => r.key), ...quarters.flatMap((q) => q.rows.map((r) => r.key))]);
        for (const key of keys) {
          const yearRow = rowMap(whole).get(key);
          const expected = yearRow === undefined ? FLOW(whole.total).map(() => 0) : FLOW(yearRow);
          const summed = expected.map((_, i) => quarters.reduce((a, q) => a + (rowMap(q).get(key) === undefined ? 0 : (FLOW(rowMap(q).get(key) as ReportRow)[i] as number)), 0));
          expect(summed).toEqual(expected);
        }
        expect(quarters[0]?.total.received.carriedOver).toBe(whole.total.received.carriedOver);
        expect(quarters[3]?.total.pending).toEqual(whole.total.pending);
      }),
      { numRuns: 50 },
    );
  });

  it("chains pending into the next period's carried over, per row (quarters and months)", () => {
    fc.assert(
      fc.property(dossiersArb(40), fc.constant(2025), conventionArb, fc.constantFrom('quarter' as const, 'month' as const), (dossiers, year, convention, kind) => {
        const n = kind === 'quarter' ? 4 : 12;
        const periods = Array.from({ length: n }, (_, i) => resolutionReport(dossiers, { calendar, procedures: arbitraryProcedures, period: reportingPeriod({ kind, year, index: i + 1, convention }) }));
        for (let i = 0; i + 1 < n; i++) {
          const before = rowMap(periods[i] as ResolutionReport);
          const after = rowMap(periods[i + 1] as ResolutionReport);
          for (const key of new Set([...before.keys(), ...after.keys()])) {
            expect(after.get(key)?.received.carriedOver ?? 0).toBe(before.get(key)?.pending.total ?? 0);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(dossiersArb(30).chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length, maxLength: d.length }))), ([a, b]) => {
        const options = { calendar, procedures: arbitraryProcedures, period: reportingPeriod({ kind: 'year', year: 2025 }) };
        const ra = resolutionReport(a, options);
        const rb = resolutionReport(b, options);
        expect(rb.rows).toEqual(ra.rows);
        expect(rb.total).toEqual(ra.total);
      }),
    );
  });

  it('equals the accumulator fed the same records when ids are distinct', () => {
    fc.assert(
      fc.property(dossiersArb(30), conventionArb, (dossiers, convention) => {
        const options = { calendar, procedures: arbitraryProcedures, period: reportingPeriod({ kind: 'half', year: 2025, index: 1, convention }) };
        const acc = createReportAccumulator(options);
        for (const d of dossiers) acc.add(d);
        expect(acc.result()).toEqual(resolutionReport(dossiers, options));
      }),
    );
  });
});
