/**
 * What the accumulator's property tests share: one calendar, the groupings, a split of dossiers
 * into shards, and the report options (two files, so that the runner can run them side by side).
 */
import fc from 'fast-check';
import { createCalendar } from '../../src/calendar/createCalendar';
import { reportingPeriod } from '../../src/report/index';
import type { ResolutionReportOptions } from '../../src/report/index';
import { arbitraryProcedures } from '../arbitraries/dossier';
import { denseDossiersArb } from './_arbitraries';

export const calendar = createCalendar();
export const groupByArb = fc.constantFrom('department' as const, 'field' as const, 'procedure' as const, 'official' as const);

/** Dossiers with a few junk records among them, and a split into 1–5 shards (any assignment). */
export const splitArb = fc
  .tuple(denseDossiersArb(60), fc.array(fc.jsonValue(), { maxLength: 3 }))
  .map(([d, junk]) => [...junk, ...d] as unknown[])
  .chain((records) => fc.tuple(fc.constant(records), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: records.length, maxLength: records.length })));

export function options(groupBy: ResolutionReportOptions['groupBy']): ResolutionReportOptions {
  return { calendar, procedures: arbitraryProcedures, groupBy, period: reportingPeriod({ kind: 'quarter', year: 2025, index: 2 }) };
}
