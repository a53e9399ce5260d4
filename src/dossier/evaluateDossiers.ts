import { raiseCore } from '../errors/raiseCore';
import type { Result } from '../errors/Issue';
import type { Dossier } from '../model/dossier';
import type { EvaluateDossierOptions } from './createDossierEvaluator';
import { createDossierEvaluator } from './createDossierEvaluator';
import type { DossierEvaluation } from './DossierEvaluation';

/**
 * Evaluates a stream of dossiers lazily, one result per dossier in input order, with the options
 * prepared once: feed it to {@link tallyDossiers} to count millions of dossiers in flat memory.
 *
 * @remarks The trace is off unless `trace: true`. Each result is that of {@link evaluateDossier}.
 * @param dossiers - Any iterable of validated dossiers (an array, a generator reading a file...).
 * @param options - As for {@link evaluateDossier}.
 * @returns A generator of results, one per dossier.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar (on the first step).
 * @throws {@link ReformRulesError} (code `invalid_instant`) When `asOf` is not an instant with offset (on the first step).
 * @example
 * ```ts
 * import { createCalendar, evaluateDossiers, tallyDossiers } from 'reform-rules';
 * const byDepartment = tallyDossiers(
 *   evaluateDossiers(dossiers, { calendar: createCalendar(), asOf: '2025-12-14T17:00:00+07:00' }),
 *   { by: 'department' },
 * );
 * byDepartment.byKey.get('P-DT')?.late; // => 3
 * ```
 * @category Dossier
 */
export function* evaluateDossiers(dossiers: Iterable<Dossier>, options: EvaluateDossierOptions): Generator<Result<DossierEvaluation>, void, undefined> {
  const list = dossiers as { [Symbol.iterator]?: unknown } | null;
  if (typeof dossiers !== 'object' || list === null || typeof list[Symbol.iterator] !== 'function') raiseCore('invalid_type', { field: 'dossiers', expected: 'an iterable of dossiers (an array or a generator)', received: dossiers });
  const evaluate = createDossierEvaluator(options);
  for (const dossier of dossiers) yield evaluate(dossier);
}
