import { DEFAULT_LOCALE } from '../errors/locale';
import { requireObjectArg } from '../errors/args';
import { formatCivilDate } from '../_lib/civilDate';
import { parseInstant, vnDay } from '../_lib/instant';
import type { Issue } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Explanation } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { Feedback } from '../model/feedback';
import { parseFeedbacks } from '../model/feedback';
import type { Official } from '../model/official';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import type { DateRange } from './DateRange';
import { checkPeriod, inRange } from './DateRange';
import { keptIndexes } from './_batch';
import { shareTargetExplanation } from './_explain';
import { meetsShare, share } from './_share';

/** Options of {@link satisfaction}. @category Coverage */
export interface SatisfactionOptions {
  /** The period: feedback given on these civil days (Vietnam time) is counted. */
  readonly period: DateRange;
  /** The officials to judge (only `id` is read); feedback about anyone else is reported. */
  readonly officials: readonly Pick<Official, 'id'>[];
  /** The policy giving `satisfactionTarget`. @defaultValue {@link defaultPolicy} */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/** One official's feedback in the period. @category Coverage */
export interface OfficialSatisfaction {
  /** The official's identifier. */
  readonly officialId: string;
  /** Feedback rated satisfied (hài lòng). */
  readonly satisfied: number;
  /** Feedback rated neutral. */
  readonly neutral: number;
  /** Feedback rated dissatisfied (không hài lòng). */
  readonly dissatisfied: number;
  /** All feedback about the official in the period. */
  readonly total: number;
  /** `satisfied / total`, exact. */
  readonly satisfiedShare: Ratio;
  /** Whether the official received feedback and none of it was dissatisfied. */
  readonly satisfiedCustomers: boolean;
}

/** The result of {@link satisfaction}. @category Coverage */
export interface SatisfactionResult {
  /** Per official with feedback in the period, in the order of `officials`. */
  readonly officials: readonly OfficialSatisfaction[];
  /** Officials with no feedback in the period: listed, neither counted as satisfied nor as not. */
  readonly withoutFeedback: readonly string[];
  /** Officials with feedback of which none was dissatisfied, over officials with feedback; exact. */
  readonly share: Ratio;
  /** The target in force (`satisfactionTarget`), with its basis. */
  readonly target: ParameterUse<Ratio>;
  /** Whether the share reaches the target (true for `0/0`: no official fell short). */
  readonly met: boolean;
  /** Valid feedback outside the period (not counted). */
  readonly outsidePeriod: number;
  /** Problems in the input: invalid or duplicate feedback, feedback about unknown officials (left out). */
  readonly issues: readonly Issue[];
  /** Why: the share against the target with its basis. */
  readonly explanation: Explanation;
}

/**
 * Customer satisfaction by official (plan II.1: «100% CCVC nhận được sự hài lòng từ khách hàng»):
 * per official the satisfied share, and the share of officials whose feedback in the period has no
 * dissatisfied verdict.
 *
 * @remarks Officials without feedback in the period are listed in `withoutFeedback` and left out
 * of the share: having no feedback is not having satisfied customers, and not having dissatisfied
 * ones either. Feedback is validated with {@link parseFeedbacks}; invalid ones, repeated ids and
 * feedback about an official not in `officials` (`unknown_official`) are reported and left out.
 * The target is read at the period's last day.
 * @param feedback - The feedback records.
 * @param options - The period, the officials, the policy and the message locale.
 * @returns Per-official figures, the officials' share, the target, the verdict and its explanation.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the period ends before it starts;
 * (code `invalid_type`) when `officials` is not an array.
 * @example
 * ```ts
 * import { satisfaction } from 'reform-rules';
 * const r = satisfaction(feedback, { period: { from: '2025-01-01', to: '2025-12-31' }, officials });
 * r.share; // => { numerator: 19, denominator: 20 }
 * r.met; // => false
 * ```
 * @category Coverage
 */
export function satisfaction(feedback: readonly Feedback[], options: SatisfactionOptions): SatisfactionResult {
  requireObjectArg(options, 'options', 'an options object');
  const range = checkPeriod(options.period, 'options.period');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? defaultPolicy;
  const target = resolveParameter(policy, 'satisfactionTarget', formatCivilDate(range.last));
  const officials = officialIds(options.officials);
  const parsed = parseFeedbacks(feedback, { locale });
  const issues: Issue[] = [...parsed.issues];
  const index = keptIndexes(Array.isArray(feedback) ? feedback.length : 0, parsed);
  const tally = new Map<string, { satisfied: number; neutral: number; dissatisfied: number }>();
  let outsidePeriod = 0;
  parsed.value.forEach((f, i) => {
    if (!officials.has(f.officialId)) {
      issues.push(createIssue('unknown_official', [index[i] as number, 'officialId'], { field: 'officialId', received: f.officialId }, locale));
      return;
    }
    if (!inRange(vnDay(parseInstant(f.at) as number), range)) {
      outsidePeriod += 1;
      return;
    }
    let t = tally.get(f.officialId);
    if (t === undefined) {
      t = { satisfied: 0, neutral: 0, dissatisfied: 0 };
      tally.set(f.officialId, t);
    }
    t[f.rating] += 1;
  });
  const perOfficial: OfficialSatisfaction[] = [];
  const withoutFeedback: string[] = [];
  let satisfiedOfficials = 0;
  for (const id of officials) {
    const t = tally.get(id);
    if (t === undefined) {
      withoutFeedback.push(id);
      continue;
    }
    const total = t.satisfied + t.neutral + t.dissatisfied;
    const ok = t.dissatisfied === 0;
    if (ok) satisfiedOfficials += 1;
    perOfficial.push({ officialId: id, ...t, total, satisfiedShare: share(t.satisfied, total), satisfiedCustomers: ok });
  }
  const officialsShare = share(satisfiedOfficials, perOfficial.length);
  const met = meetsShare(officialsShare, target.value, 'gte');
  const explanation = shareTargetExplanation({
    rule: 'coverage.satisfaction',
    what: { vi: 'CCVC nhận được sự hài lòng (không có đánh giá không hài lòng)', en: 'Officials whose customers were satisfied (no dissatisfied feedback)' },
    share: officialsShare,
    target,
    comparison: 'gte',
    met,
    inputs: { period: options.period, officials: officials.size, withFeedback: perOfficial.length },
    outcome: {
      withDissatisfied: perOfficial.filter((o) => !o.satisfiedCustomers).map((o) => o.officialId),
      withoutFeedback,
    },
    ...(withoutFeedback.length === 0
      ? {}
      : {
          note: {
            vi: `${withoutFeedback.length} CCVC không có đánh giá trong kỳ, không được tính.`,
            en: `${withoutFeedback.length} official(s) had no feedback in the period and are not counted.`,
          },
        }),
  });
  return { officials: perOfficial, withoutFeedback, share: officialsShare, target, met, outsidePeriod, issues, explanation };
}

/** @internal The distinct official ids, in order. */
function officialIds(officials: unknown): Set<string> {
  if (!Array.isArray(officials)) {
    raiseOfficials(officials);
  }
  const ids = new Set<string>();
  for (const o of officials as unknown[]) {
    const id = o !== null && typeof o === 'object' ? (o as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') raiseOfficials(o);
    ids.add(id);
  }
  return ids;
}

function raiseOfficials(received: unknown): never {
  return raise('invalid_type', { field: 'options.officials', expected: 'an array of officials with an id', received });
}
