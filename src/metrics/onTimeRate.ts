import { raise } from '../errors/ReformRulesError';
import type { Ratio } from './ratio';
import type { Tally } from './tally';

function resolvedOf(tally: Tally, field: string): number {
  const t = tally as Partial<Tally> | null;
  const parts = [t?.early, t?.onTime, t?.late, t?.lateByOthers];
  for (const n of parts) {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) raise('invalid_tally', { field, received: tally });
  }
  return tally.early + tally.onTime + tally.late + tally.lateByOthers;
}

/**
 * The exact share of ended dossiers that were not late for this key: early, on time, or late
 * through someone else's delay, over all ended dossiers (đúng hạn và trước hạn / đã giải quyết).
 *
 * @remarks Pending dossiers are not in it. For procedure and channel keys `lateByOthers` is 0, so
 * this is the plain `(early + onTime) / ended`. Always `1 − lateRate`. `0/0` when nothing ended
 * (read it with {@link ratioValue}, which gives `null`).
 * @param tally - A tally from {@link tallyDossiers}.
 * @returns The ratio, unreduced.
 * @throws {@link ReformRulesError} (code `invalid_tally`) When a count is missing, negative or fractional.
 * @example
 * ```ts
 * import { emptyTally, onTimeRate } from 'reform-rules';
 * onTimeRate({ ...emptyTally(), early: 3, onTime: 6, late: 1 }); // => { numerator: 9, denominator: 10 }
 * ```
 * @category Metrics
 */
export function onTimeRate(tally: Tally): Ratio {
  const ended = resolvedOf(tally, 'tally');
  return { numerator: ended - tally.late, denominator: ended };
}

/**
 * The exact share of ended dossiers that were late with the delay attributed to this key
 * (tỷ lệ hồ sơ quá hạn): the figure the plan's rating caps compare (plan II.1).
 *
 * @remarks Pending dossiers are not in it. Compare it with a cap by {@link compareRatio}, never
 * as a float. `0/0` when nothing ended.
 * @param tally - A tally from {@link tallyDossiers}.
 * @returns The ratio `late / ended`, unreduced.
 * @throws {@link ReformRulesError} (code `invalid_tally`) When a count is missing, negative or fractional.
 * @example
 * ```ts
 * import { compareRatio, emptyTally, lateRate } from 'reform-rules';
 * const r = lateRate({ ...emptyTally(), onTime: 89, late: 11 }); // => { numerator: 11, denominator: 100 }
 * compareRatio(r, { numerator: 1, denominator: 10 }); // => 1
 * ```
 * @category Metrics
 */
export function lateRate(tally: Tally): Ratio {
  const ended = resolvedOf(tally, 'tally');
  return { numerator: tally.late, denominator: ended };
}
