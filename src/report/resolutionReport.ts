import { raise } from '../errors/ReformRulesError';
import type { ReportFormSelector } from './forms/reportForms';
import type { ReportRowOf, ResolutionReport, ResolutionReportOptions } from './types/ResolutionReport';
import { createInternalAccumulator } from './createReportAccumulator';

/**
 * Builds the results table of a period (Biểu 06/VPCP/KSTT) from dossier records: per department
 * (or field, procedure, official) and in total, the dossiers received (online, in person or by
 * post, carried over), resolved (early, on time, late) and pending (within the deadline, overdue),
 * with extra columns and the mean processing time against the statutory time.
 *
 * @remarks Rules (RULEBOOK §6; `docs/reports.md`). A record is validated exactly as
 * {@link parseDossier} does; a bad record, a repeated id (`duplicate_id`, the later occurrence) or
 * one the dossier clock cannot evaluate is counted in `rejectedCount` and `rejectedByCode` (by its
 * first issue's code), never dropped, and listed in `rejected` with its issues when among the first
 * `maxRejected` by position (default 1000), so memory stays flat however many are rejected.
 * Each valid dossier is evaluated as of the close of the period's last day (23:59:59.999+07:00), or
 * the earlier `asOf`; instants belong to the period when their +07:00 day is within it. A dossier
 * received after the period, or ended before it, is outside every row (counted in `excluded`).
 * Otherwise it is received new (reception day in the period: online, or direct or postal) or
 * carried over (received before the period, not ended before it), and it is resolved (ended in
 * the period: early, on time or late by the dossier clock) or pending (not ended at `asOf`:
 * within or overdue). Withdrawn, stopped and refused dossiers have ended, so they are resolved,
 * early, on time or late by the clock like any other end (the Decision 766 methodology counts
 * «Dừng xử lý» as an end), and shown again in `extra`. So in every row and in the total:
 * `received.total = online + directOrPostal + carriedOver`, `resolved.total = early + onTime +
 * late`, `pending.total = within + overdue` and `received.total = resolved.total + pending.total`;
 * the total row is the sum of the rows. For millions of records or shards use
 * {@link createReportAccumulator} (same result, streaming, mergeable). Another `form` (such as
 * `'portal-summary'`, or one of your own, {@link ReportForm}) counts the same dossiers into its
 * own columns; the report's `form` names it and the form's identities are checked on every report.
 * @param dossiers - Any iterable of records (parsed JSON; validated here).
 * @param options - The period, calendar, and optionally `form`, `asOf`, procedures, policy, grouping, names, locale, `maxRejected`.
 * @returns The report: period, rows, total, the first rejected records and their totals, excluded counts, inputs.
 * @throws {@link ReformRulesError} (code `invalid_reporting_period`) When `period` has no valid `from`/`to` window.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `period_outside_calendar`) When the calendar does not cover the period; the message names both ranges.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `groupBy` is not one of the allowed values.
 * @throws {@link ReformRulesError} (code `group_needs_procedures`) When grouping by field without procedures.
 * @throws {@link ReformRulesError} (code `as_of_before_period`) When `asOf` is before the period starts.
 * @throws {@link ReformRulesError} (code `invalid_type`) When `dossiers` is not iterable.
 * @throws {@link ReformRulesError} (code `invalid_report_form`) When `form` is not a built-in id or a valid form definition.
 * @throws {@link ReformRulesError} (code `not_integer` or `out_of_range`) When `maxRejected` is not a whole number at least 0 or `Infinity`.
 * @example
 * ```ts
 * import { createCalendar, parsePeriod, resolutionReport } from 'reform-rules';
 * const report = resolutionReport(
 *   [{ id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', channel: 'online',
 *      receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3,
 *      events: [{ type: 'processed', at: '2025-01-08T10:00:00+07:00' }] }],
 *   { period: parsePeriod('2025-Q1'), calendar: createCalendar() },
 * );
 * report.total.received; // => { total: 1, online: 1, directOrPostal: 0, carriedOver: 0 }
 * report.total.resolved; // => { total: 1, early: 1, onTime: 0, late: 0 }
 * ```
 * @category Report
 */
export function resolutionReport<F extends ReportFormSelector = 'bieu06'>(
  dossiers: Iterable<unknown>,
  options: ResolutionReportOptions<F>,
): ResolutionReport<ReportRowOf<F>> {
  const acc = createInternalAccumulator(options);
  if (dossiers === null || dossiers === undefined || typeof (dossiers as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function' || typeof dossiers === 'string') {
    raise('invalid_type', { field: 'dossiers', expected: 'an array or iterable of dossier records', received: dossiers });
  }
  let index = 0;
  for (const record of dossiers) {
    acc.add(record, index);
    index++;
  }
  return acc.result() as ResolutionReport<ReportRowOf<F>>;
}
