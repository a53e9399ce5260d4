import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { reportingPeriod, reportGrid, resolutionReport } from '../../src/report/index';
import type { ReportRowBase } from '../../src/report/index';
import { reportWorkbook } from '../../src/outputs/index';
import { arbitraryProcedures } from '../arbitraries/dossier';
import { denseDossiersArb } from '../report/_arbitraries';
import { rowsOf } from './_helpers';

const calendar = createCalendar();
const groupByArb = fc.constantFrom('department' as const, 'field' as const, 'procedure' as const, 'official' as const);
const formArb = fc.constantFrom('bieu06' as const, 'portal-summary' as const);

describe('reportWorkbook (property)', () => {
  it("writes a numeric grid equal to the report's rows and total, for any dossier set", async () => {
    await fc.assert(
      fc.asyncProperty(denseDossiersArb(30), groupByArb, formArb, async (dossiers, groupBy, form) => {
        const report = resolutionReport(dossiers, { form, period: reportingPeriod({ kind: 'quarter', year: 2025, index: 1 }), calendar, groupBy, procedures: arbitraryProcedures });
        const grid = reportGrid(report as never as Parameters<typeof reportGrid>[0]);
        const rows = await rowsOf(reportWorkbook(report as unknown as Parameters<typeof reportGrid>[0]));
        const first = 4 + grid.headDepth + 1;
        const body = rows.slice(first, first + report.rows.length + 1);
        const expected = [...grid.rows, grid.total];
        expect(body.length).toBe(expected.length);
        body.forEach((r, i) => {
          const g = expected[i] as (typeof expected)[number];
          expect(r.cells[0]).toBe(g.no);
          expect(r.cells[1]).toBe(g.label);
          expect(r.cells.slice(2)).toEqual(g.values);
          // counts are the report's own numbers, exactly; means are numerator / denominator
          const source = (i < report.rows.length ? report.rows[i] : report.total) as unknown as Record<string, Record<string, unknown>>;
          grid.columns.forEach((c, j) => {
            const [a, b] = c.id.split('.') as [string, string];
            const v = b === undefined ? source[a] : source[a]?.[b];
            if (c.kind === 'count' || c.kind === 'sum') expect(r.cells[2 + j]).toBe(v);
            if (c.kind === 'mean') {
              const m = v as { numerator: number; denominator: number };
              expect(r.cells[2 + j]).toBe(m.denominator === 0 ? null : m.numerator / m.denominator);
            }
          });
        });
        const totalRow = body.at(-1);
        const t = (report.total as ReportRowBase & { received?: { total: number } }).received?.total;
        if (form === 'bieu06') expect(totalRow?.cells[2]).toBe(t);
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic for any dossier set', () => {
    fc.assert(
      fc.property(denseDossiersArb(20), (dossiers) => {
        const report = resolutionReport(dossiers, { period: reportingPeriod({ kind: 'quarter', year: 2025, index: 1 }), calendar, procedures: arbitraryProcedures });
        expect(reportWorkbook(report, { date: '2025-03-20' })).toEqual(reportWorkbook(report, { date: '2025-03-20' }));
      }),
      { numRuns: 20 },
    );
  });
});
