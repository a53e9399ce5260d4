/**
 * A counting convention: how a system decides early / on time / late, as a named, cited value.
 * @module
 */
import type { LocalizedText } from '../../explain/Explanation';
import type { ClockRegime } from '../rules/ClockRule';

/**
 * The choices a counting convention makes, each one a field (see `docs/counting.md`).
 * @example
 * ```ts
 * import type { CountingChoices } from 'reform-rules';
 * const c: Partial<CountingChoices> = { compare: 'date' };
 * ```
 * @category Counting conventions
 */
export interface CountingChoices {
  /** The comparison unit: instants (`end <= due`), or calendar days in +07:00 (`CAST(end AS DATE) <= CAST(due AS DATE)`). */
  readonly compare: 'instant' | 'date';
  /** Which event dates the result when a dossier has both: `'processed'` (đã xử lý xong) or `'handOver'` (`returned`, đã trả kết quả). */
  readonly endEvent: 'processed' | 'handOver';
  /** How a `stopped`, `rejected` (trả lại) or `withdrawn` (xin rút) dossier counts: judged at its end like any other, or counted on time. */
  readonly otherEnds: 'judged' | 'onTime';
  /** The supplementation model: due moved by the working time of the wait, elapsed wait subtracted from the end, or the time limit restarted from zero. */
  readonly supplementation: 'workingDayShift' | 'elapsedTime' | 'restart';
  /** How many supplementation requests are allowed before the dossier is late: a number, `Infinity`, or `'policy'` (the policy's `maxSupplementRequests` on the reception day). */
  readonly maxSupplementRequests: number | 'policy';
  /** A dossier waiting for re-submission at `asOf`: judged with its clock stopped at the request, or counted pending within. */
  readonly awaitingSupplement: 'clockStopped' | 'pendingWithin';
  /** The period convention the convention's reports use: calendar month / quarter / year, or a free date range. */
  readonly period: 'calendar' | 'dateRange';
}

/**
 * A named, cited counting convention: its choices, the source of each, and the clock regime (the
 * ordered rules) those choices select. Pass it (or a preset's id) as the `counting` option.
 * @example
 * ```ts
 * import { dateLevel, evaluateDossier } from 'reform-rules';
 * const r = evaluateDossier(dossier, { calendar, asOf: '2025-03-31', counting: dateLevel });
 * r.ok && r.value.trace?.counting.id; // => 'dateLevel'
 * ```
 * @category Counting conventions
 */
export interface CountingConvention extends CountingChoices {
  /** Its id, e.g. `'portal766'`. */
  readonly id: string;
  /** Its name in Vietnamese and English. */
  readonly label: LocalizedText;
  /** Where it comes from (the methodology, the code, the agency's decision), with confidence. */
  readonly basis: string;
  /** The source of each choice. */
  readonly bases: { readonly [K in keyof CountingChoices]: string };
  /** The clock rules applied, in order, one per step. */
  readonly regime: ClockRegime;
}
