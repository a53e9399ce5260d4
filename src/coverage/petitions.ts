import { DEFAULT_LOCALE } from '../errors/locale';
import { requireObjectArg } from '../errors/args';
import { formatCivilDate } from '../_lib/civilDate';
import { parseInstant, vnDay } from '../_lib/instant';
import type { CivilDate, WorkCalendar } from '../calendar/WorkCalendar';
import type { Issue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import type { Explanation } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import { assertRatio } from '../metrics/ratio';
import type { Petition } from '../model/petition';
import { parsePetitions } from '../model/petition';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import type { DateRange } from './DateRange';
import { checkPeriod, inRange } from './DateRange';
import { fixedParameter, planBasis, shareTargetExplanation } from './_explain';
import { meetsShare, share } from './_share';

/** Options of {@link petitions}. @category Coverage */
export interface PetitionsOptions {
  /** The period: petitions received on these civil days (Vietnam time) are judged, as of its last day's end. */
  readonly period: DateRange;
  /** The working-time calendar used to count working days. */
  readonly calendar: WorkCalendar;
  /** The policy giving `petitionDeadlineWorkingDays`. @defaultValue {@link defaultPolicy} */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /**
   * The share of petitions to answer on time. The plan (II.2) asks for quick answers without a
   * number; the default reads it as all of them.
   * @defaultValue `{ numerator: 1, denominator: 1 }`
   */
  readonly target?: Ratio | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/** Where a petition stands at the end of the period. @category Coverage */
export type PetitionStatus = 'answeredOnTime' | 'answeredLate' | 'openWithin' | 'openOverdue';

/** One petition judged against its deadline. @category Coverage */
export interface PetitionOutcome {
  /** The petition's identifier. */
  readonly id: string;
  /** Who sent it. */
  readonly from: 'business' | 'citizen';
  /** The day it was received (Vietnam time). */
  readonly receivedOn: CivilDate;
  /** The working days allowed (its own, or the policy's). */
  readonly deadlineWorkingDays: number;
  /** The last day to answer: the deadline-th working day after reception (the reception day not counted). */
  readonly deadline: CivilDate;
  /** The day it was answered, when answered by the end of the period. */
  readonly answeredOn?: CivilDate;
  /** Its status. */
  readonly status: PetitionStatus;
}

/** How many petitions are in each status. @category Coverage */
export interface PetitionCounts {
  /** Answered on or before the deadline day. */
  readonly answeredOnTime: number;
  /** Answered after the deadline day. */
  readonly answeredLate: number;
  /** Not answered by the end of the period, deadline not passed. */
  readonly openWithin: number;
  /** Not answered by the end of the period, deadline passed. */
  readonly openOverdue: number;
}

/** The result of {@link petitions}. @category Coverage */
export interface PetitionsResult {
  /** Every petition received in the period, in input order. */
  readonly petitions: readonly PetitionOutcome[];
  /** How many of each status. */
  readonly counts: PetitionCounts;
  /** Answered on time, over petitions already decided (answered, or open past the deadline); exact. */
  readonly share: Ratio;
  /** The target share. */
  readonly target: ParameterUse<Ratio>;
  /** Whether the share reaches the target (true for `0/0`). */
  readonly met: boolean;
  /** The late and overdue ones (answered late, or open past the deadline). */
  readonly overdue: readonly PetitionOutcome[];
  /** Valid petitions received outside the period (not judged). */
  readonly outsidePeriod: number;
  /** Problems in the input (invalid or repeated records, left out). */
  readonly issues: readonly Issue[];
  /** Why: the on-time share against the target, with the deadline parameter used. */
  readonly explanation: Explanation;
}

/** @internal The basis of the default petition target. */
export const PETITION_BASIS = planBasis(
  'mục II.2',
  '«Chủ động hỗ trợ, giải quyết nhanh chóng, kịp thời những kiến nghị của doanh nghiệp, nhà đầu tư»; the plan gives no share, read as every petition answered within its deadline (overridable with the target option).',
);

const CALLER_BASIS = { document: 'options.target', note: 'Given by the caller instead of the default reading of plan II.2.' };

/**
 * Business and citizen petitions (phản ánh, kiến nghị; plan II.2 asks for quick answers) answered
 * within their working-day deadline (default 15 working days, the policy's
 * `petitionDeadlineWorkingDays`, read at each petition's reception day), with the overdue ones listed.
 *
 * @remarks The deadline is the N-th working day after the reception day (the reception day is not
 * counted, Bộ luật Dân sự Art. 147.2); a petition answered on or before that day is on time. The
 * petitions judged are those received in the period, as they stood at the end of its last day: one
 * answered later is open. Open petitions still within their deadline are listed but not yet counted
 * in the share. Records are validated with {@link parsePetitions}; invalid and repeated ones are
 * reported and left out.
 * @param list - The petitions.
 * @param options - The period, the calendar, the policy, the target and the message locale.
 * @returns Each petition's status, the exact on-time share, the target, the verdict and its explanation.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the period ends before it starts;
 * (code `invalid_type`) when the calendar is missing; (code `invalid_ratio`) when the target is malformed;
 * any calendar error (such as a date it does not cover) is passed on.
 * @example
 * ```ts
 * import { createCalendar, petitions } from 'reform-rules';
 * const r = petitions(list, { period: { from: '2025-01-01', to: '2025-03-31' }, calendar: createCalendar() });
 * r.share; // => { numerator: 18, denominator: 20 }
 * r.overdue.map((p) => p.id); // => ['PA-3', 'PA-9']
 * ```
 * @category Coverage
 */
export function petitions(list: readonly Petition[], options: PetitionsOptions): PetitionsResult {
  requireObjectArg(options, 'options', 'an options object');
  const range = checkPeriod(options.period, 'options.period');
  const calendar = options.calendar;
  if (calendar === null || typeof calendar !== 'object' || typeof calendar.addWorkingDays !== 'function') {
    raise('invalid_type', { field: 'options.calendar', expected: 'a WorkCalendar (createCalendar)', received: calendar });
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? defaultPolicy;
  const lastDay = formatCivilDate(range.last);
  const targetValue = options.target ?? { numerator: 1, denominator: 1 };
  assertRatio(targetValue, 'options.target', false);
  const target = fixedParameter<Ratio>('petitionOnTimeTarget', targetValue, lastDay, options.target === undefined ? PETITION_BASIS : CALLER_BASIS);
  const parsed = parsePetitions(list, { locale });
  const deadlineUses = new Map<string, ParameterUse<number>>();
  const outcomes: PetitionOutcome[] = [];
  const counts = { answeredOnTime: 0, answeredLate: 0, openWithin: 0, openOverdue: 0 };
  let outsidePeriod = 0;
  for (const p of parsed.value) {
    const received = vnDay(parseInstant(p.receivedAt) as number);
    if (!inRange(received, range)) {
      outsidePeriod += 1;
      continue;
    }
    const receivedOn = formatCivilDate(received);
    let days = p.deadlineWorkingDays;
    if (days === undefined) {
      const use = resolveParameter(policy, 'petitionDeadlineWorkingDays', receivedOn);
      deadlineUses.set(`${use.from}|${use.value}`, use);
      days = use.value;
    }
    const deadline = calendar.addWorkingDays(receivedOn, days);
    const answered = p.answeredAt === undefined ? undefined : vnDay(parseInstant(p.answeredAt) as number);
    let status: PetitionStatus;
    if (answered !== undefined && answered <= range.last) {
      status = formatCivilDate(answered) <= deadline ? 'answeredOnTime' : 'answeredLate';
    } else {
      // Judged at the end of the last day: a deadline on that day has passed unanswered too.
      status = deadline <= lastDay ? 'openOverdue' : 'openWithin';
    }
    counts[status] += 1;
    const base = { id: p.id, from: p.from, receivedOn, deadlineWorkingDays: days, deadline, status };
    outcomes.push(answered !== undefined && answered <= range.last ? { ...base, answeredOn: formatCivilDate(answered) } : base);
  }
  const decided = counts.answeredOnTime + counts.answeredLate + counts.openOverdue;
  const onTimeShare = share(counts.answeredOnTime, decided);
  const met = meetsShare(onTimeShare, target.value, 'gte');
  const overdue = outcomes.filter((o) => o.status === 'answeredLate' || o.status === 'openOverdue');
  const explanation = shareTargetExplanation({
    rule: 'coverage.petitions',
    what: { vi: 'Phản ánh, kiến nghị được trả lời đúng hạn', en: 'Petitions answered within their deadline' },
    share: onTimeShare,
    target,
    comparison: 'gte',
    met,
    inputs: { period: options.period, received: outcomes.length },
    outcome: { counts, overdue: overdue.map((o) => o.id) },
    parameters: [...deadlineUses.values()],
    note: {
      vi: `${counts.openWithin} phản ánh, kiến nghị đang giải quyết trong hạn chưa tính.`,
      en: `${counts.openWithin} open petition(s) still within their deadline are not counted yet.`,
    },
  });
  return { petitions: outcomes, counts, share: onTimeShare, target, met, overdue, outsidePeriod, issues: parsed.issues, explanation };
}
