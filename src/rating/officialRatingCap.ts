import type { Comparison } from '../policy/PolicyParameters';
import type { Explanation } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { ratingLabels } from './RatingLevel';
import type { RatingLevel } from './RatingLevel';
import { decideLateShare, lateShareExplanation, readCounts, readOptions } from './ratingInputs';
import type { LateShareDecision } from './ratingInputs';
import { both, capitalize, lateShareClause } from './ratingText';

/**
 * Dossier counts of one official or department for a rating year.
 * @example
 * ```ts
 * import type { LateCounts } from 'reform-rules';
 * const counts: LateCounts = { handled: 100, late: 11 };
 * ```
 * @category Rating
 */
export interface LateCounts {
  /** Dossiers handled (resolved) in the rating year: a whole number, at most 2^53 − 1. */
  readonly handled: number;
  /** Of those, dossiers resolved late: a whole number, at most `handled`. */
  readonly late: number;
}

/**
 * Options of the rating functions.
 * @example
 * ```ts
 * import { defaultPolicy } from 'reform-rules';
 * import type { RatingOptions } from 'reform-rules';
 * const options: RatingOptions = { year: 2025, policy: defaultPolicy };
 * ```
 * @category Rating
 */
export interface RatingOptions {
  /** The rating year Y; every parameter is read as in force on `Y-01-01`. */
  readonly year: number;
  /** The policy to apply; default {@link defaultPolicy}. */
  readonly policy?: Policy<PolicyParameters>;
}

/**
 * The outcome of {@link officialRatingCap}.
 * @example
 * ```ts
 * import { officialRatingCap } from 'reform-rules';
 * const cap = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
 * cap.maxRating; // => 'completed'
 * ```
 * @category Rating
 */
export interface OfficialRatingCap {
  /** Whether the late share caps the rating (below "Hoàn thành tốt nhiệm vụ"). */
  readonly capped: boolean;
  /** The highest rating allowed: `'completed'` when capped, else `'excellent'` (no cap). */
  readonly maxRating: RatingLevel;
  /** Late over handled, unreduced (`0/0` when nothing was handled). */
  readonly lateShare: Ratio;
  /** The policy's `officialLateShareCap` for the year. */
  readonly threshold: Ratio;
  /** The policy's `officialLateShareComparison` for the year (`'gt'` by default: "trên 10%"). */
  readonly comparison: Comparison;
  /** Why: rule, inputs, parameters with their legal basis, outcome, and a sentence in vi and en. */
  readonly explanation: Explanation;
}

/** @internal The explanation of an official's late-share decision. */
export function officialExplanation(d: LateShareDecision, year: number, maxRating: RatingLevel): Explanation {
  const good = ratingLabels.good;
  const summary = both((locale) => {
    const clause = capitalize(lateShareClause(d, locale, 'official'));
    if (d.nothingToJudge) return locale === 'vi' ? `${clause}; mức xếp loại không bị giới hạn.` : `${clause}; the rating is not capped.`;
    if (d.capped) {
      return locale === 'vi'
        ? `${clause} nên không được xếp loại ${good.vi} trở lên.`
        : `${clause}, so the rating cannot be ${good.en} (${good.vi}) or above.`;
    }
    return locale === 'vi' ? `${clause} nên không bị giới hạn mức xếp loại.` : `${clause}, so the rating is not capped.`;
  });
  return lateShareExplanation(d, year, 'rating.officialLateShareCap', { maxRating }, summary);
}

/**
 * The cap the plan puts on an official's rating from the share of late dossiers: with more than
 * the threshold late (10% up to rating year 2024, 5% from 2025 in the default policy), the official
 * cannot be rated "Hoàn thành tốt nhiệm vụ" or above, so the highest level is "Hoàn thành nhiệm vụ".
 *
 * @remarks The comparison is exact (integer cross-multiplication), never on floating-point
 * percentages. With nothing handled there is nothing to judge: not capped, and the explanation says
 * so. The year Y reads the policy on `Y-01-01`.
 * @param counts - The official's handled and late dossiers in the rating year.
 * @param options - The rating year and, optionally, the agency's policy.
 * @returns Whether the rating is capped, the highest level allowed, the share, threshold and
 * comparison used, and the explanation.
 * @throws {@link ReformRulesError} (code `negative`) When a count is negative (the message names `counts.handled` or `counts.late`).
 * @throws {@link ReformRulesError} (code `not_integer`) When a count is fractional or NaN.
 * @throws {@link ReformRulesError} (code `count_too_large`) When a count is above 2^53 − 1.
 * @throws {@link ReformRulesError} (code `late_exceeds_handled`) When `late` is more than `handled`.
 * @throws {@link ReformRulesError} (code `year_outside_policy`) When the policy has no value for the year.
 * @throws {@link ReformRulesError} (code `invalid_type`) When counts or options are not objects, or the year not a number.
 * @example
 * ```ts
 * import { officialRatingCap } from 'reform-rules';
 * officialRatingCap({ handled: 100, late: 11 }, { year: 2024 }).maxRating; // => 'completed'
 * officialRatingCap({ handled: 100, late: 10 }, { year: 2024 }).capped; // => false
 * officialRatingCap({ handled: 100, late: 6 }, { year: 2025 }).capped; // => true
 * officialRatingCap({ handled: 0, late: 0 }, { year: 2025 }).capped; // => false
 * ```
 * @category Rating
 */
export function officialRatingCap(counts: LateCounts, options: RatingOptions): OfficialRatingCap {
  const c = readCounts(counts, 'counts');
  const ctx = readOptions(options);
  const d = decideLateShare(c, ctx, 'officialLateShareCap', 'officialLateShareComparison');
  const maxRating: RatingLevel = d.capped ? 'completed' : 'excellent';
  return {
    capped: d.capped,
    maxRating,
    lateShare: d.lateShare,
    threshold: d.threshold,
    comparison: d.comparison,
    explanation: officialExplanation(d, ctx.year, maxRating),
  };
}
