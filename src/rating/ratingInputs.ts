/**
 * Input checks and the shared late-share decision of the rating area.
 * @internal
 * @module
 */
import type { CivilDate } from '../calendar/WorkCalendar';
import { createExplanation } from '../explain/Explanation';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { ReformRulesError, raise } from '../errors/ReformRulesError';
import { compareRatio } from '../metrics/ratio';
import type { Ratio } from '../metrics/ratio';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { Comparison, PolicyParameterName, PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';

/** @internal Checks one count: a safe whole number at least 0. */
export function assertCount(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number') raise('invalid_type', { field, expected: 'a whole number', received: value });
  if (!Number.isInteger(value)) raise('not_integer', { field, received: value });
  if (value < 0) raise('negative', { field, received: value });
  if (!Number.isSafeInteger(value)) raise('count_too_large', { field, received: value });
}

/** @internal Checks `{ handled, late }` and returns the pair. */
export function readCounts(value: unknown, prefix: string): { handled: number; late: number } {
  if (typeof value !== 'object' || value === null) raise('invalid_type', { field: prefix, expected: 'an object { handled, late }', received: value });
  const v = value as { handled?: unknown; late?: unknown };
  const at = (name: string): string => `${prefix}.${name}`;
  assertCount(v.handled, at('handled'));
  assertCount(v.late, at('late'));
  if (v.late > v.handled) raise('late_exceeds_handled', { field: at('late'), received: v.late, handled: v.handled });
  return { handled: v.handled, late: v.late };
}

/** @internal The resolved `{ year, policy }` options of a rating function. */
export interface RatingContext {
  readonly year: number;
  readonly date: CivilDate;
  readonly policy: Policy<PolicyParameters>;
}

/** @internal Checks `{ year, policy? }`; the rating year Y reads the policy on Y-01-01. */
export function readOptions(options: unknown): RatingContext {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an object { year, policy? }', received: options });
  const o = options as { year?: unknown; policy?: unknown };
  const year = o.year;
  if (typeof year !== 'number') raise('invalid_type', { field: 'year', expected: 'a whole year such as 2025', received: year });
  if (!Number.isInteger(year)) raise('not_integer', { field: 'year', received: year });
  const policy = o.policy === undefined ? defaultPolicy : o.policy;
  if (typeof policy !== 'object' || policy === null || typeof (policy as Policy<unknown>).parameters !== 'object') {
    raise('invalid_type', { field: 'policy', expected: 'a policy made by definePolicy or extendPolicy', received: policy });
  }
  if (year < 1000 || year > 9999) raise('year_outside_policy', { field: 'year', received: year, parameter: 'any', first: 'a four-digit year' });
  return { year, date: `${year}-01-01`, policy: policy as Policy<PolicyParameters> };
}

/** @internal Reads a parameter for the rating year, turning "not in force" into `year_outside_policy`. */
export function yearParameter<K extends PolicyParameterName>(ctx: RatingContext, name: K): ParameterUse<PolicyParameters[K]> {
  try {
    return resolveParameter(ctx.policy, name, ctx.date);
  } catch (error) {
    if (error instanceof ReformRulesError && (error.code === 'parameter_before_first_value' || error.code === 'parameter_gap')) {
      const first = (ctx.policy.parameters[name][0] as { from: string } | undefined)?.from;
      raise('year_outside_policy', { field: 'year', received: ctx.year, parameter: name, first }, { cause: error });
    }
    throw error;
  }
}

/** @internal Whether `share` triggers a threshold under a comparison (`gt`: above; `gte`: at or above). */
export function reaches(share: Ratio, threshold: Ratio, comparison: Comparison): boolean {
  const c = compareRatio(share, threshold);
  return comparison === 'gt' ? c > 0 : c >= 0;
}

/** @internal The late-share decision shared by officials and departments. */
export interface LateShareDecision {
  readonly handled: number;
  readonly late: number;
  readonly capped: boolean;
  readonly nothingToJudge: boolean;
  readonly lateShare: Ratio;
  readonly threshold: Ratio;
  readonly comparison: Comparison;
  readonly thresholdUse: ParameterUse<Ratio>;
  readonly comparisonUse: ParameterUse<Comparison>;
}

/** @internal Decides whether a late share reaches the policy's cap for the rating year. */
export function decideLateShare(
  counts: { handled: number; late: number },
  ctx: RatingContext,
  capName: 'officialLateShareCap' | 'departmentLateShareCap',
  comparisonName: 'officialLateShareComparison' | 'departmentLateShareComparison',
): LateShareDecision {
  const thresholdUse = yearParameter(ctx, capName);
  const comparisonUse = yearParameter(ctx, comparisonName);
  const lateShare: Ratio = { numerator: counts.late, denominator: counts.handled };
  const nothingToJudge = counts.handled === 0;
  const capped = !nothingToJudge && reaches(lateShare, thresholdUse.value, comparisonUse.value);
  return {
    ...counts,
    capped,
    nothingToJudge,
    lateShare,
    threshold: thresholdUse.value,
    comparison: comparisonUse.value,
    thresholdUse,
    comparisonUse,
  };
}

/**
 * @internal The explanation of a late-share decision (official or department): the same inputs,
 * parameters and outcome fields, with the cap (`maxRating` or `maxTitle`) and the sentence given.
 */
export function lateShareExplanation(
  d: LateShareDecision,
  year: number,
  rule: string,
  cap: Readonly<Record<string, unknown>>,
  summary: LocalizedText,
): Explanation {
  return createExplanation({
    rule,
    summary,
    basis: d.thresholdUse.basis,
    inputs: { handled: d.handled, late: d.late, year },
    parameters: [d.thresholdUse, d.comparisonUse],
    outcome: {
      capped: d.capped,
      ...cap,
      nothingToJudge: d.nothingToJudge,
      lateShare: d.lateShare,
      threshold: d.threshold,
      comparison: d.comparison,
    },
  });
}
