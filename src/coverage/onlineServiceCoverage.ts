import { DEFAULT_LOCALE } from '../errors/locale';
import { requireObjectArg } from '../errors/args';
import type { CivilDate, Instant } from '../calendar/WorkCalendar';
import { readAsOf } from '../_lib/asOf';
import type { Issue } from '../errors/Issue';
import type { Explanation } from '../explain/Explanation';
import { createExplanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Ratio } from '../metrics/ratio';
import type { Procedure } from '../model/procedure';
import { parseProcedures } from '../model/procedure';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import { keptIndexes } from './_batch';
import { planBasis, shareTargetExplanation, shareWords } from './_explain';
import { meetsShare, share } from './_share';

const PAYMENT_BASIS = planBasis('mục II.3, II.6', '«thanh toán phí, lệ phí, nghĩa vụ tài chính trực tuyến»; «đẩy mạnh thanh toán trực tuyến các dịch vụ hành chính công».');

/** Options of {@link onlineServiceCoverage}. @category Coverage */
export interface OnlineServiceCoverageOptions {
  /** The day at which the target is read from the policy: a civil date `'YYYY-MM-DD'`, or an instant with offset (its Vietnam day). */
  readonly asOf: CivilDate | Instant;
  /** The policy giving `onlineCoverageTarget`. @defaultValue {@link defaultPolicy} */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/** An eligible procedure not yet offered as a full online public service. @category Coverage */
export interface MissingOnlineProcedure {
  /** The procedure's identifier. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** How it is offered online now: `'partial'` (một phần) or `'none'`. */
  readonly onlineLevel: 'partial' | 'none';
}

/** The online payment part of {@link OnlineServiceCoverage} (plan II.3, II.6). @category Coverage */
export interface OnlinePaymentCoverage {
  /** Procedures carrying fees or charges (phí, lệ phí). */
  readonly withFees: number;
  /** Of those, how many take online payment. */
  readonly onlinePayment: number;
  /** `onlinePayment / withFees`, exact (`0/0` when no procedure has fees). */
  readonly share: Ratio;
  /** Identifiers of procedures with fees that do not take online payment, in input order. */
  readonly missing: readonly string[];
}

/** The result of {@link onlineServiceCoverage}. @category Coverage */
export interface OnlineServiceCoverage {
  /** Valid, distinct procedures counted. */
  readonly procedures: number;
  /** Procedures eligible to be offered fully online (đủ điều kiện toàn trình). */
  readonly eligible: number;
  /** Eligible procedures offered as full online public services (toàn trình). */
  readonly fullOnline: number;
  /** `fullOnline / eligible`, exact (`0/0` when none is eligible). */
  readonly share: Ratio;
  /** The target in force (`onlineCoverageTarget`), with its legal basis. */
  readonly target: ParameterUse<Ratio>;
  /** Whether the share reaches the target (true for `0/0`: no eligible procedure falls short). */
  readonly met: boolean;
  /** Eligible procedures not yet fully online, in input order. */
  readonly missing: readonly MissingOnlineProcedure[];
  /** Online payment of fees. */
  readonly payment: OnlinePaymentCoverage;
  /** Problems in the input: invalid or duplicate records (left out) and inconsistent flags. */
  readonly issues: readonly Issue[];
  /** Why: the figures, the target with its basis, the verdict; the payment share as a child. */
  readonly explanation: Explanation;
}

/**
 * Of the procedures eligible to be offered fully online, how many are (plan II.3: «công bố dịch
 * vụ công trực tuyến toàn trình đối với 100% TTHC đủ điều kiện»), which are still missing, and the
 * share of procedures with fees that take online payment.
 *
 * @remarks Records are validated with {@link parseProcedures}: invalid ones and repeated ids are
 * reported in `issues` and left out, the valid ones kept. A procedure offered fully online but not
 * marked eligible is reported (`full_online_not_eligible`) and left out of the share.
 * @param procedures - The agency's procedures.
 * @param options - The date the target is read at, the policy and the message locale.
 * @returns The counts, the exact share, the target with its basis, the missing procedures.
 * @throws {@link ReformRulesError} (code `invalid_as_of`) When `asOf` is neither a real date nor an instant with offset;
 * (code `parameter_before_first_value`) when the policy has no target on that date.
 * @example
 * ```ts
 * import { onlineServiceCoverage } from 'reform-rules';
 * const r = onlineServiceCoverage(procedures, { asOf: '2025-06-30' });
 * r.share; // => { numerator: 9, denominator: 10 }
 * r.met; // => false
 * r.missing.map((p) => p.id); // => ['P7']
 * ```
 * @category Coverage
 */
export function onlineServiceCoverage(procedures: readonly Procedure[], options: OnlineServiceCoverageOptions): OnlineServiceCoverage {
  requireObjectArg(options, 'options', 'an options object');
  const asOf = readAsOf(options.asOf).date;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? defaultPolicy;
  const target = resolveParameter(policy, 'onlineCoverageTarget', asOf);
  const parsed = parseProcedures(procedures, { locale });
  const issues: Issue[] = [...parsed.issues];
  const validIndex = keptIndexes(Array.isArray(procedures) ? procedures.length : 0, parsed);
  let eligible = 0;
  let fullOnline = 0;
  let withFees = 0;
  let onlinePayment = 0;
  const missing: MissingOnlineProcedure[] = [];
  const paymentMissing: string[] = [];
  parsed.value.forEach((p, i) => {
    if (p.onlineEligible) {
      eligible += 1;
      if (p.onlineLevel === 'full') fullOnline += 1;
      else missing.push({ id: p.id, name: p.name, onlineLevel: p.onlineLevel });
    } else if (p.onlineLevel === 'full') {
      issues.push(createIssue('full_online_not_eligible', [validIndex[i] as number, 'onlineEligible'], { field: 'onlineEligible', received: p.onlineEligible }, locale));
    }
    if (p.hasFees) {
      withFees += 1;
      if (p.onlinePayment) onlinePayment += 1;
      else paymentMissing.push(p.id);
    }
  });
  const coverage = share(fullOnline, eligible);
  const met = meetsShare(coverage, target.value, 'gte');
  const paymentShare = share(onlinePayment, withFees);
  const pay = shareWords(paymentShare);
  const paymentExplanation = createExplanation({
    rule: 'coverage.onlinePayment',
    summary: {
      vi: `TTHC có phí, lệ phí cho phép thanh toán trực tuyến: ${pay.vi} (${formatBasis(PAYMENT_BASIS)}; kế hoạch không đặt tỷ lệ).`,
      en: `Procedures with fees that take online payment: ${pay.en} (${formatBasis(PAYMENT_BASIS)}; the plan sets no share).`,
    },
    basis: PAYMENT_BASIS,
    inputs: { withFees, onlinePayment },
    outcome: { share: paymentShare, missing: paymentMissing },
  });
  const explanation = shareTargetExplanation({
    rule: 'coverage.onlineServiceCoverage',
    what: { vi: 'TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình', en: 'Eligible procedures offered as full online public services' },
    share: coverage,
    target,
    comparison: 'gte',
    met,
    inputs: { procedures: parsed.value.length, eligible, fullOnline, asOf },
    outcome: { missing: missing.map((m) => m.id) },
    children: [paymentExplanation],
  });
  return {
    procedures: parsed.value.length,
    eligible,
    fullOnline,
    share: coverage,
    target,
    met,
    missing,
    payment: { withFees, onlinePayment, share: paymentShare, missing: paymentMissing },
    issues,
    explanation,
  };
}
