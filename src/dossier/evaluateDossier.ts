import { requireObjectArg } from '../errors/args';
import type { Result } from '../errors/Issue';
import type { Dossier } from '../model/dossier';
import type { EvaluateDossierOptions } from './createDossierEvaluator';
import { createDossierEvaluator } from './createDossierEvaluator';
import type { DossierEvaluation } from './DossierEvaluation';

/**
 * Runs the dossier clock on one dossier as of an instant: when its clock started, its due and
 * effective due (after the citizen's supplementation time), how and when it ended, whether it is
 * early, on time, late, pending within or pending overdue, how late, and to whom the delay is
 * attributed, with a trace naming every rule applied.
 *
 * @remarks Accepts only dossiers validated by {@link parseDossier} (pass `validate: true` to
 * re-validate on a debug path). Data problems come back as issues, never as exceptions: an
 * unknown procedure (`unknown_procedure`), no processing time at all (`no_processing_time`), dates
 * the calendar does not cover, or a due beyond it (`outside_calendar`), contradicting events
 * (`resubmission_without_request`, `multiple_ends`, `event_after_end`), reception after `asOf`
 * (`received_after_as_of`). Events after `asOf` are ignored. The clock parameters are read from the
 * policy on the reception day. The trace is built by default; for many dossiers use
 * {@link createDossierEvaluator} or {@link evaluateDossiers}, which prepare the options once and
 * skip the trace. The rules, with examples: `docs/dossier-clock.md`.
 * @param dossier - The dossier, as validated by {@link parseDossier}.
 * @param options - The calendar, `asOf`, and optionally procedures, policy, `trace`, `validate`, `locale`.
 * @returns The evaluation, or the issues that prevent it.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `invalid_instant`) When `asOf` is not an instant with offset.
 * @throws {@link ReformRulesError} (code `missing_offset`) When `asOf` has no UTC offset.
 * @example
 * ```ts
 * import { createCalendar, evaluateDossier } from 'reform-rules';
 * const r = evaluateDossier(
 *   { id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', channel: 'online',
 *     receivedAt: '2025-01-24T09:00:00+07:00', processingDays: 3,
 *     events: [{ type: 'processed', at: '2025-02-05T16:00:00+07:00' }] },
 *   { calendar: createCalendar(), asOf: '2025-03-14T17:00:00+07:00' },
 * );
 * // Tết 2025 (27–31/01) is skipped: due at the close of 2025-02-05.
 * r.ok && r.value.dueAt; // => '2025-02-05T17:00:00+07:00'
 * r.ok && r.value.outcome; // => 'onTime'
 * ```
 * @category Dossier
 */
export function evaluateDossier(dossier: Dossier, options: EvaluateDossierOptions): Result<DossierEvaluation> {
  requireObjectArg(options, 'options', 'an options object');
  return createDossierEvaluator({ ...options, trace: options.trace ?? true })(dossier);
}
