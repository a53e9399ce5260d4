import { DEFAULT_LOCALE } from '../errors/locale';
import { requireObjectArg } from '../errors/args';
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Explanation } from '../explain/Explanation';
import { createExplanation } from '../explain/Explanation';
import { parseInstant, vnDay } from '../_lib/instant';
import { formatCivilDate } from '../_lib/civilDate';
import type { Ratio } from '../metrics/ratio';
import type { DossierChannel } from '../model/dossier';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { Comparison, PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import type { DateRange } from './DateRange';
import type { DayRange } from './DateRange';
import { checkPeriod, inRange } from './DateRange';
import { shareTargetExplanation, shareWords } from './_explain';
import { meetsShare, share } from './_share';

/**
 * The fields of a dossier that {@link channelMix} reads. A {@link Dossier} has them all; so has
 * a {@link DossierEvaluation}.
 * @category Coverage
 */
export interface ChannelRecord {
  /** How the dossier was submitted: `'direct'` (trực tiếp), `'online'` (trực tuyến) or `'postal'` (bưu chính công ích). */
  readonly channel: DossierChannel;
  /** For online dossiers: `'full'` (toàn trình) or `'partial'` (một phần). */
  readonly onlineLevel?: 'full' | 'partial' | undefined;
  /** The reception instant, with offset. */
  readonly receivedAt: string;
  /** How fees were paid, for dossiers that paid fees: `'online'` (trực tuyến) or `'direct'` (trực tiếp). */
  readonly paymentChannel?: 'online' | 'direct' | undefined;
}

/** Options of {@link channelMix}. @category Coverage */
export interface ChannelMixOptions {
  /** The period: dossiers received on these civil days (Vietnam time) are counted. */
  readonly period: DateRange;
  /** The policy giving `onlineMainChannelFrom`, `onlineMainChannelShare` and its comparison. @defaultValue {@link defaultPolicy} */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/** Dossier counts by channel. @category Coverage */
export interface ChannelCounts {
  /** Received in person (trực tiếp). */
  readonly direct: number;
  /** Received by public post (bưu chính công ích). */
  readonly postal: number;
  /** Received online, any level (trực tuyến). */
  readonly online: number;
  /** Of the online ones: full online service (toàn trình). */
  readonly onlineFull: number;
  /** Of the online ones: partial online service (một phần). */
  readonly onlinePartial: number;
  /** Of the online ones: level not given. */
  readonly onlineUnspecified: number;
  /** Received with the channel not recorded by the source (`'unknown'`): counted, never guessed. */
  readonly unrecorded: number;
}

/** Each channel's share of the dossiers received, exact. @category Coverage */
export type ChannelShares = { readonly [K in keyof ChannelCounts]: Ratio };

/** The online payment share of {@link ChannelMix}. @category Coverage */
export interface ChannelPayment {
  /** Dossiers received in the period with a payment channel recorded. */
  readonly paid: number;
  /** Of those, paid online. */
  readonly paidOnline: number;
  /** `paidOnline / paid`, exact. */
  readonly share: Ratio;
}

/** Whether online is the main channel (plan II.3, from 2025). @category Coverage */
export interface OnlineMainChannel {
  /** The online share of dossiers received. */
  readonly share: Ratio;
  /** The share online must exceed (`onlineMainChannelShare`), with its basis. */
  readonly threshold: ParameterUse<Ratio>;
  /** How the share is compared (`onlineMainChannelComparison`, `'gt'`: more than). */
  readonly comparison: ParameterUse<Comparison>;
  /** The date from which the plan requires it (`onlineMainChannelFrom`). */
  readonly requiredFrom: ParameterUse<string>;
  /** Whether the requirement is in force in the period (its last day is on or after `requiredFrom`). */
  readonly required: boolean;
  /** Whether the online share passes the threshold (false with no dossier). */
  readonly onlineIsMain: boolean;
  /** Whether the requirement is met: `onlineIsMain`, or true when not yet in force. */
  readonly met: boolean;
}

/** The result of {@link channelMix}. @category Coverage */
export interface ChannelMix {
  /** New dossiers received in the period. */
  readonly received: number;
  /** Counts by channel. */
  readonly counts: ChannelCounts;
  /** Shares by channel (each over `received`). */
  readonly shares: ChannelShares;
  /** The online payment share, or `null` when no dossier of the period records how fees were paid. */
  readonly payment: ChannelPayment | null;
  /** Whether online is the main channel. */
  readonly mainChannel: OnlineMainChannel;
  /** Valid dossiers received outside the period (not counted). */
  readonly outsidePeriod: number;
  /** Problems in the input (records left out). */
  readonly issues: readonly Issue[];
  /** Why: the online share against the main-channel threshold, with the channel split. */
  readonly explanation: Explanation;
}

const CHANNELS: readonly DossierChannel[] = ['direct', 'online', 'postal', 'unknown'];

/**
 * The channel mix of new dossiers received in a period: shares received online (full and partial),
 * in person and by public post; the online payment share; and whether online is the main channel
 * (more than half) as plan II.3 requires from 2025 («Từ năm 2025 trở đi, chuyển sang giao dịch
 * trực tuyến là chủ yếu»).
 *
 * @remarks Works on plain dossiers and on dossier evaluations (both carry the channel and the
 * reception instant). A dossier counts in the period when its reception's Vietnam civil day lies in it. Records with an
 * invalid channel or a reception instant without offset are reported in `issues` and left out; a
 * channel the source did not record (`'unknown'`) is counted as `unrecorded`, in `received` and in
 * no other channel (so it never raises the online share). The parameters are read at the period's last day.
 * @param dossiers - Dossiers, or their evaluations.
 * @param options - The period, the policy and the message locale.
 * @returns Counts, exact shares, the payment share and the main-channel verdict with its explanation.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the period ends before it starts;
 * (code `invalid_date`) when a period bound is not a real date.
 * @example
 * ```ts
 * import { channelMix } from 'reform-rules';
 * const r = channelMix(dossiers, { period: { from: '2025-01-01', to: '2025-03-31' } });
 * r.shares.online; // => { numerator: 61, denominator: 100 }
 * r.mainChannel.met; // => true
 * ```
 * @category Coverage
 */
export function channelMix(dossiers: readonly ChannelRecord[], options: ChannelMixOptions): ChannelMix {
  requireObjectArg(options, 'options', 'an options object');
  const range = checkPeriod(options.period, 'options.period');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? defaultPolicy;
  const at = formatCivilDate(range.last);
  const threshold = resolveParameter(policy, 'onlineMainChannelShare', at);
  const comparison = resolveParameter(policy, 'onlineMainChannelComparison', at);
  const requiredFrom = resolveParameter(policy, 'onlineMainChannelFrom', at);
  const { counts, paid, paidOnline, outsidePeriod, issues } = countChannels(dossiers, range, locale);
  const { direct, postal, online, onlineFull, onlinePartial, onlineUnspecified, unrecorded } = counts;
  const received = online + direct + postal + unrecorded;
  const shares: ChannelShares = {
    direct: share(direct, received),
    postal: share(postal, received),
    online: share(online, received),
    onlineFull: share(onlineFull, received),
    onlinePartial: share(onlinePartial, received),
    onlineUnspecified: share(onlineUnspecified, received),
    unrecorded: share(unrecorded, received),
  };
  const onlineIsMain = meetsShare(shares.online, threshold.value, comparison.value);
  const required = at >= requiredFrom.value;
  const met = required ? onlineIsMain : true;
  const payment: ChannelPayment | null = paid === 0 ? null : { paid, paidOnline, share: share(paidOnline, paid) };
  const explanation = explainMix({ period: options.period, received, counts, shares, payment, threshold, comparison, requiredFrom, required, onlineIsMain, met });
  return {
    received,
    counts,
    shares,
    payment,
    mainChannel: { share: shares.online, threshold, comparison, requiredFrom, required, onlineIsMain, met },
    outsidePeriod,
    issues,
    explanation,
  };
}

interface MixFacts {
  readonly period: DateRange;
  readonly received: number;
  readonly counts: ChannelCounts;
  readonly shares: ChannelShares;
  readonly payment: ChannelPayment | null;
  readonly threshold: ParameterUse<Ratio>;
  readonly comparison: ParameterUse<Comparison>;
  readonly requiredFrom: ParameterUse<string>;
  readonly required: boolean;
  readonly onlineIsMain: boolean;
  readonly met: boolean;
}

/** The explanation of {@link channelMix}: the split, the payment share and the main-channel verdict. */
function explainMix(m: MixFacts): Explanation {
  const { received, counts, shares, payment, threshold, comparison, requiredFrom, required, onlineIsMain, met } = m;
  const unrecorded = counts.unrecorded === 0 ? { vi: '', en: '' } : { vi: `, không ghi nhận kênh ${shareWords(shares.unrecorded).vi}`, en: `, channel not recorded ${shareWords(shares.unrecorded).en}` };
  const split = {
    vi: `trực tiếp ${shareWords(shares.direct).vi}, bưu chính ${shareWords(shares.postal).vi}, trực tuyến toàn trình ${shareWords(shares.onlineFull).vi}, một phần ${shareWords(shares.onlinePartial).vi}${unrecorded.vi}`,
    en: `in person ${shareWords(shares.direct).en}, by post ${shareWords(shares.postal).en}, fully online ${shareWords(shares.onlineFull).en}, partially online ${shareWords(shares.onlinePartial).en}${unrecorded.en}`,
  };
  const children: Explanation[] = [
    createExplanation({
      rule: 'coverage.channelSplit',
      summary: { vi: `Hồ sơ tiếp nhận mới trong kỳ: ${split.vi}.`, en: `New dossiers received in the period: ${split.en}.` },
      inputs: { period: m.period },
      outcome: { counts, shares },
    }),
  ];
  if (payment !== null) {
    const w = shareWords(payment.share);
    children.push(
      createExplanation({
        rule: 'coverage.onlinePaymentShare',
        summary: { vi: `Hồ sơ thanh toán phí, lệ phí trực tuyến: ${w.vi}.`, en: `Dossiers whose fees were paid online: ${w.en}.` },
        inputs: { paid: payment.paid, paidOnline: payment.paidOnline },
        outcome: { share: payment.share },
      }),
    );
  }
  const note = required
    ? undefined
    : {
        vi: `Yêu cầu này áp dụng từ ${requiredFrom.value}, sau kỳ báo cáo, nên chưa bắt buộc.`,
        en: `The requirement applies from ${requiredFrom.value}, after the period, so it is not yet in force.`,
      };
  return shareTargetExplanation({
    rule: 'coverage.onlineMainChannel',
    what: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Share of dossiers received online' },
    share: shares.online,
    target: threshold,
    comparison,
    met,
    inputs: { period: m.period, received, online: counts.online },
    outcome: { onlineIsMain, required },
    parameters: [requiredFrom],
    ...(note === undefined ? {} : { note }),
    children,
  });
}

interface ChannelTally {
  readonly counts: ChannelCounts;
  readonly paid: number;
  readonly paidOnline: number;
  readonly outsidePeriod: number;
  readonly issues: Issue[];
}

/** Counts the dossiers received in the range by channel and payment; bad records become issues. */
function countChannels(dossiers: unknown, range: DayRange, locale: Locale): ChannelTally {
  const issues: Issue[] = [];
  const c = { direct: 0, postal: 0, online: 0, onlineFull: 0, onlinePartial: 0, onlineUnspecified: 0, unrecorded: 0 };
  let paid = 0;
  let paidOnline = 0;
  let outsidePeriod = 0;
  const list: readonly unknown[] = Array.isArray(dossiers) ? dossiers : [];
  if (!Array.isArray(dossiers)) issues.push(createIssue('not_array', [], { received: dossiers }, locale));
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i] as Partial<ChannelRecord> | null;
    if (record === null || typeof record !== 'object') {
      issues.push(createIssue('invalid_type', [i], { field: `[${i}]`, expected: 'a dossier', received: record }, locale));
      continue;
    }
    const channel = record.channel;
    if (!CHANNELS.includes(channel as DossierChannel)) {
      issues.push(createIssue('invalid_enum', [i, 'channel'], { field: 'channel', expected: "'direct', 'online', 'postal', 'unknown'", received: channel }, locale));
      continue;
    }
    const ms = parseInstant(record.receivedAt);
    if (typeof ms === 'string') {
      const code = ms === 'not_string' ? 'required' : ms;
      issues.push(createIssue(code, [i, 'receivedAt'], { field: 'receivedAt', received: record.receivedAt }, locale));
      continue;
    }
    if (!inRange(vnDay(ms), range)) {
      outsidePeriod += 1;
      continue;
    }
    if (channel === 'direct') c.direct += 1;
    else if (channel === 'postal') c.postal += 1;
    else if (channel === 'unknown') c.unrecorded += 1;
    else if (record.onlineLevel === 'full') c.onlineFull += 1;
    else if (record.onlineLevel === 'partial') c.onlinePartial += 1;
    else c.onlineUnspecified += 1;
    if (record.paymentChannel === 'online' || record.paymentChannel === 'direct') {
      paid += 1;
      if (record.paymentChannel === 'online') paidOnline += 1;
    }
  }
  c.online = c.onlineFull + c.onlinePartial + c.onlineUnspecified;
  return { counts: c, paid, paidOnline, outsidePeriod, issues };
}
