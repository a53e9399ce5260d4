import type { Explanation } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { Comparison } from '../policy/PolicyParameters';
import { collectiveTitleLabels } from './CollectiveTitle';
import type { CollectiveTitle } from './CollectiveTitle';
import type { LateCounts, RatingOptions } from './officialRatingCap';
import { decideLateShare, lateShareExplanation, readCounts, readOptions } from './ratingInputs';
import type { LateShareDecision } from './ratingInputs';
import { both, capitalize, lateShareClause } from './ratingText';

/**
 * The outcome of {@link departmentTitleCap}.
 * @example
 * ```ts
 * import { departmentTitleCap } from 'reform-rules';
 * departmentTitleCap({ handled: 100, late: 5 }, { year: 2025 }).maxTitle; // => 'none'
 * ```
 * @category Rating
 */
export interface DepartmentTitleCap {
  /** Whether the late share bars "Tập thể lao động tiên tiến" and above. */
  readonly capped: boolean;
  /** The highest collective title allowed by this rule: `'none'` when capped, else `'excellentCollective'` (no cap). */
  readonly maxTitle: CollectiveTitle;
  /** Late over handled, unreduced (`0/0` when nothing was handled). */
  readonly lateShare: Ratio;
  /** The policy's `departmentLateShareCap` for the year. */
  readonly threshold: Ratio;
  /** The policy's `departmentLateShareComparison` for the year (`'gte'` by default: "từ 5%"). */
  readonly comparison: Comparison;
  /** Why: rule, inputs, parameters with their legal basis, outcome, and a sentence in vi and en. */
  readonly explanation: Explanation;
}

/** @internal The explanation of a department's late-share decision. */
export function departmentExplanation(d: LateShareDecision, year: number, maxTitle: CollectiveTitle): Explanation {
  const advanced = collectiveTitleLabels.advancedCollective;
  const summary = both((locale) => {
    const clause = capitalize(lateShareClause(d, locale, 'department'));
    if (d.nothingToJudge) return locale === 'vi' ? `${clause}; danh hiệu tập thể không bị giới hạn.` : `${clause}; the collective title is not capped.`;
    if (d.capped) {
      return locale === 'vi'
        ? `${clause} nên không được xếp loại “${advanced.vi}” trở lên.`
        : `${clause}, so it cannot be awarded ${advanced.en} (${advanced.vi}) or above.`;
    }
    return locale === 'vi' ? `${clause} nên không bị giới hạn danh hiệu tập thể.` : `${clause}, so its collective title is not capped.`;
  });
  return lateShareExplanation(d, year, 'rating.departmentLateShareCap', { maxTitle }, summary);
}

/**
 * The cap the plan puts on a department's emulation title from its share of late dossiers: with the
 * threshold or more late (5% in the default policy, "từ 5%"), the department cannot be "Tập thể lao
 * động tiên tiến" or above.
 *
 * @remarks Note the asymmetry with {@link officialRatingCap}: `'gte'` here, `'gt'` there. The
 * comparison is exact; nothing handled means nothing to judge (not capped). The year Y reads the
 * policy on `Y-01-01`.
 * @param counts - The department's handled and late dossiers in the rating year.
 * @param options - The rating year and, optionally, the agency's policy.
 * @returns Whether the title is capped, the highest title allowed, the share, threshold and
 * comparison used, and the explanation.
 * @throws {@link ReformRulesError} (code `negative`) When a count is negative.
 * @throws {@link ReformRulesError} (code `not_integer`) When a count is fractional or NaN.
 * @throws {@link ReformRulesError} (code `count_too_large`) When a count is above 2^53 − 1.
 * @throws {@link ReformRulesError} (code `late_exceeds_handled`) When `late` is more than `handled`.
 * @throws {@link ReformRulesError} (code `year_outside_policy`) When the policy has no value for the year.
 * @throws {@link ReformRulesError} (code `invalid_type`) When counts or options are not objects, or the year not a number.
 * @example
 * ```ts
 * import { departmentTitleCap } from 'reform-rules';
 * departmentTitleCap({ handled: 100, late: 5 }, { year: 2024 }).capped; // => true
 * departmentTitleCap({ handled: 100, late: 4 }, { year: 2024 }).maxTitle; // => 'excellentCollective'
 * ```
 * @category Rating
 */
export function departmentTitleCap(counts: LateCounts, options: RatingOptions): DepartmentTitleCap {
  const c = readCounts(counts, 'counts');
  const ctx = readOptions(options);
  const d = decideLateShare(c, ctx, 'departmentLateShareCap', 'departmentLateShareComparison');
  const maxTitle: CollectiveTitle = d.capped ? 'none' : 'excellentCollective';
  return {
    capped: d.capped,
    maxTitle,
    lateShare: d.lateShare,
    threshold: d.threshold,
    comparison: d.comparison,
    explanation: departmentExplanation(d, ctx.year, maxTitle),
  };
}
