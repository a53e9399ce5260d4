import { raise } from '../errors/ReformRulesError';
import { createExplanation } from '../explain/Explanation';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import type { Ratio } from '../metrics/ratio';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ParameterUse } from '../policy/Policy';
import type { Comparison } from '../policy/PolicyParameters';
import { collectiveTitleLabels } from './CollectiveTitle';
import type { CollectiveTitle } from './CollectiveTitle';
import { departmentExplanation } from './departmentTitleCap';
import type { DepartmentTitleCap } from './departmentTitleCap';
import { officialExplanation } from './officialRatingCap';
import type { LateCounts, OfficialRatingCap, RatingOptions } from './officialRatingCap';
import { assertRatingLevel, capRating, ratingLabels, ratingRank } from './RatingLevel';
import type { RatingLevel } from './RatingLevel';
import { decideLateShare, reaches, readCounts, readOptions, yearParameter } from './ratingInputs';
import type { RatingContext } from './ratingInputs';
import { both, capitalize, lateShareClause, memberShareClause } from './ratingText';

/**
 * A department (phòng, đơn vị) for {@link emulationEligibility}: its own dossier counts and,
 * optionally, a name for the sentences.
 * @example
 * ```ts
 * import type { EmulationDepartment } from 'reform-rules';
 * const d: EmulationDepartment = { name: 'Phòng Quản lý đầu tư', handled: 200, late: 6 };
 * ```
 * @category Rating
 */
export interface EmulationDepartment extends LateCounts {
  /** The department's name as it should appear in the sentence; default "Phòng" / "The department". */
  readonly name?: string;
}

/**
 * A member (official) of the department for {@link emulationEligibility}.
 * @example
 * ```ts
 * import type { EmulationMember } from 'reform-rules';
 * const m: EmulationMember = { id: 'cc-01', name: 'Nguyễn Văn A', handled: 40, late: 1, rating: 'good' };
 * ```
 * @category Rating
 */
export interface EmulationMember extends LateCounts {
  /** A unique id within the department. */
  readonly id: string;
  /** The name to show in sentences; default the id. */
  readonly name?: string;
  /** The rating proposed for the year, if known; it is limited by the late-share cap. Absent: only the cap is judged. */
  readonly rating?: RatingLevel;
  /** Whether the member was disciplined at warning level (cảnh cáo) or above in the year; default `false`. */
  readonly disciplined?: boolean;
}

/**
 * One member's result in {@link EmulationEligibility}.
 * @example
 * ```ts
 * // { id: 'cc-01', maxRating: 'completed', advancedWorker: false, completed: true, disciplined: false, ... }
 * ```
 * @category Rating
 */
export interface MemberEligibility {
  /** The member's id. */
  readonly id: string;
  /** The member's late-share cap (as {@link officialRatingCap} gives it). */
  readonly cap: OfficialRatingCap;
  /** The highest rating the cap allows. */
  readonly maxRating: RatingLevel;
  /** The proposed rating limited by the cap, when a rating was given. */
  readonly rating?: RatingLevel;
  /** Whether the member can be "Lao động tiên tiến" as far as the rating goes ("Hoàn thành tốt nhiệm vụ" or above). */
  readonly advancedWorker: boolean;
  /** Whether the member completes their tasks (rating not "Không hoàn thành nhiệm vụ"). */
  readonly completed: boolean;
  /** Whether the member was disciplined at warning level or above. */
  readonly disciplined: boolean;
  /** Why, with the cap's explanation as child. */
  readonly explanation: Explanation;
}

/**
 * A condition checked by {@link emulationEligibility}: `departmentLateShare` (plan II.1),
 * `advancedWorkerShare` and `noDisciplinedMember` (Luật Thi đua, khen thưởng, Điều 28.1) for
 * "Tập thể lao động tiên tiến"; `allMembersCompleted` and `excellentWorkerShare` (Điều 27.1) in
 * addition for "Tập thể lao động xuất sắc".
 * @example
 * ```ts
 * import type { EmulationConditionId } from 'reform-rules';
 * const id: EmulationConditionId = 'advancedWorkerShare';
 * ```
 * @category Rating
 */
export type EmulationConditionId = 'departmentLateShare' | 'advancedWorkerShare' | 'noDisciplinedMember' | 'allMembersCompleted' | 'excellentWorkerShare';

/**
 * One checked condition of a collective title, met or not, with its legal basis.
 * @example
 * ```ts
 * // { id: 'departmentLateShare', title: 'advancedCollective', met: false, basis: {...}, explanation: {...} }
 * ```
 * @category Rating
 */
export interface EmulationCondition {
  /** Which condition. */
  readonly id: EmulationConditionId;
  /** The lowest title that needs it (a condition of "tiên tiến" is also one of "xuất sắc"). */
  readonly title: Exclude<CollectiveTitle, 'none'>;
  /** Whether the data meet it. */
  readonly met: boolean;
  /** The legal basis of the condition as applied (of the parameter used, when there is one). */
  readonly basis: LegalBasis;
  /** Why, in words and data. */
  readonly explanation: Explanation;
}

/**
 * The outcome of {@link emulationEligibility}.
 * @example
 * ```ts
 * // { maxTitle: 'none', failed: [{ id: 'departmentLateShare', ... }], conditions: [...], members: [...], ... }
 * ```
 * @category Rating
 */
export interface EmulationEligibility {
  /** The highest collective title the checked conditions allow (an upper bound: see the remarks of {@link emulationEligibility}). */
  readonly maxTitle: CollectiveTitle;
  /** The department's own late-share cap. */
  readonly department: DepartmentTitleCap;
  /** Each member's result, in input order. */
  readonly members: readonly MemberEligibility[];
  /** Members who can be "Lao động tiên tiến" over all members. */
  readonly advancedWorkerShare: Ratio;
  /** Members completing their tasks over all members. */
  readonly completedShare: Ratio;
  /** Every checked condition, in order: the "tiên tiến" ones, then the "xuất sắc" ones. */
  readonly conditions: readonly EmulationCondition[];
  /** The conditions not met (a subset of `conditions`). */
  readonly failed: readonly EmulationCondition[];
  /** Why, with each condition's explanation as child. */
  readonly explanation: Explanation;
}

const LAW = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const ADVANCED_WORKER_BASIS: LegalBasis = {
  document: LAW,
  article: 'Điều 24.1',
  note: '«Lao động tiên tiến»: «Hoàn thành tốt nhiệm vụ trở lên» (MEDIUM–HIGH).',
};
const DISCIPLINE_BASIS: LegalBasis = {
  document: LAW,
  article: 'Điều 28.1',
  note: '«không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên» (MEDIUM).',
};
const ADVANCED_WORKER: LocalizedText = { vi: 'Lao động tiên tiến', en: 'Advanced Worker' };

function names(list: readonly string[], lead: LocalizedText): LocalizedText | null {
  return list.length === 0 ? null : { vi: `${lead.vi}: ${list.join(', ')}`, en: `${lead.en}: ${list.join(', ')}` };
}

interface ReadMember {
  readonly id: string;
  readonly label: string;
  readonly handled: number;
  readonly late: number;
  readonly rating?: RatingLevel;
  readonly disciplined: boolean;
}

function readMembers(members: unknown): ReadMember[] {
  if (!Array.isArray(members)) raise('invalid_type', { field: 'members', expected: 'an array of members', received: members });
  const seen = new Map<string, number>();
  // Spread first: a hole of a sparse array is read (and refused) like any other member; map alone skips it.
  return [...members].map((m: unknown, i: number) => {
    const field = `members[${i}]`;
    const counts = readCounts(m, field);
    const v = m as Record<string, unknown>;
    const id = v['id'];
    if (typeof id !== 'string') raise('invalid_type', { field: `${field}.id`, expected: 'a string', received: id });
    if (id.trim() === '') raise('empty_string', { field: `${field}.id`, received: id });
    const firstIndex = seen.get(id);
    if (firstIndex !== undefined) raise('duplicate_id', { field: `${field}.id`, received: id, firstIndex });
    seen.set(id, i);
    const name = v['name'];
    if (name !== undefined && typeof name !== 'string') raise('invalid_type', { field: `${field}.name`, expected: 'a string', received: name });
    const rating = v['rating'];
    if (rating !== undefined) assertRatingLevel(rating, `${field}.rating`);
    const disciplined = v['disciplined'];
    if (disciplined !== undefined && typeof disciplined !== 'boolean') {
      raise('invalid_type', { field: `${field}.disciplined`, expected: 'a boolean', received: disciplined });
    }
    const base = { id, label: name === undefined || name === '' ? id : name, ...counts, disciplined: disciplined === true };
    return rating === undefined ? base : { ...base, rating };
  });
}

function memberResult(m: ReadMember, ctx: RatingContext): MemberEligibility {
  const d = decideLateShare(m, ctx, 'officialLateShareCap', 'officialLateShareComparison');
  const maxRating: RatingLevel = d.capped ? 'completed' : 'excellent';
  const capExplanation = officialExplanation(d, ctx.year, maxRating);
  const cap: OfficialRatingCap = {
    capped: d.capped,
    maxRating,
    lateShare: d.lateShare,
    threshold: d.threshold,
    comparison: d.comparison,
    explanation: capExplanation,
  };
  const rating = m.rating === undefined ? undefined : capRating(m.rating, maxRating);
  const effective = rating ?? maxRating;
  const advancedWorker = ratingRank(effective) <= ratingRank('good');
  const completed = effective !== 'notCompleted';
  const good = ratingLabels.good;
  const cite = formatBasis(ADVANCED_WORKER_BASIS);
  const ratedBelow = m.rating !== undefined && ratingRank(m.rating) > ratingRank('good');
  const summary = both((locale) => {
    const need = locale === 'vi' ? `cần ${good.vi} trở lên, ${cite}` : `${good.en} or above required, ${cite}`;
    if (advancedWorker) {
      const level = rating === undefined ? null : ratingLabels[rating];
      return locale === 'vi'
        ? `${m.label} đủ điều kiện về mức xếp loại để xét “${ADVANCED_WORKER.vi}” (${level === null ? 'không bị giới hạn mức xếp loại' : `xếp loại ${level.vi}`}; ${need}).`
        : `${m.label} qualifies by rating for ${ADVANCED_WORKER.en} (${ADVANCED_WORKER.vi}) (${level === null ? 'rating not capped' : `rated ${level.en}`}; ${need}).`;
    }
    if (ratedBelow && m.rating !== undefined) {
      const level = ratingLabels[m.rating];
      return locale === 'vi'
        ? `${m.label} không đủ điều kiện “${ADVANCED_WORKER.vi}” (${need}): xếp loại ${level.vi}.`
        : `${m.label} does not qualify for ${ADVANCED_WORKER.en} (${ADVANCED_WORKER.vi}) (${need}): rated ${level.en}.`;
    }
    const completedLabel = ratingLabels.completed;
    return locale === 'vi'
      ? `${m.label} không đủ điều kiện “${ADVANCED_WORKER.vi}” (${need}): ${lateShareClause(d, 'vi', 'official')} nên chỉ được xếp loại tối đa ${completedLabel.vi}.`
      : `${m.label} does not qualify for ${ADVANCED_WORKER.en} (${ADVANCED_WORKER.vi}) (${need}): ${lateShareClause(d, 'en', 'official')}, so the rating is at most ${completedLabel.en} (${completedLabel.vi}).`;
  });
  const inputs = m.rating === undefined ? { id: m.id, disciplined: m.disciplined } : { id: m.id, rating: m.rating, disciplined: m.disciplined };
  const outcome = rating === undefined ? { advancedWorker, completed, maxRating } : { advancedWorker, completed, maxRating, rating };
  const explanation = createExplanation({
    rule: 'rating.advancedWorkerEligibility',
    summary,
    basis: ADVANCED_WORKER_BASIS,
    inputs,
    outcome,
    children: [capExplanation],
  });
  const base = { id: m.id, cap, maxRating, advancedWorker, completed, disciplined: m.disciplined, explanation };
  return rating === undefined ? base : { ...base, rating };
}

function shareCondition(
  id: 'advancedWorkerShare' | 'excellentWorkerShare' | 'allMembersCompleted',
  title: Exclude<CollectiveTitle, 'none'>,
  share: Ratio,
  targetUse: ParameterUse<Ratio>,
  comparisonUse: ParameterUse<Comparison> | null,
  what: LocalizedText,
  missingLead: LocalizedText,
  missing: readonly string[],
): EmulationCondition {
  const comparison: Comparison = comparisonUse === null ? 'gte' : comparisonUse.value;
  const met = share.denominator > 0 && reaches(share, targetUse.value, comparison);
  const basis = targetUse.basis;
  const fragment = both((locale) =>
    memberShareClause(share, targetUse.value, comparison, met, basis, what, met ? null : names(missing, missingLead), locale),
  );
  const parameters = comparisonUse === null ? [targetUse] : [targetUse, comparisonUse];
  const explanation = createExplanation({
    rule: `rating.emulation.${id}`,
    summary: { vi: `${capitalize(fragment.vi)}.`, en: `${capitalize(fragment.en)}.` },
    basis,
    inputs: { share },
    parameters,
    outcome: { met },
  });
  return { id, title, met, basis, explanation };
}

/**
 * Chains the plan's late-share caps into the emulation titles of a department and its members:
 * a member whose late share caps the rating below "Hoàn thành tốt nhiệm vụ" cannot be "Lao động
 * tiên tiến"; "Tập thể lao động tiên tiến" needs the department's own late share under its cap, the
 * policy's share of "Lao động tiên tiến" members (70%) and no member disciplined at warning level or
 * above; "Tập thể lao động xuất sắc" needs in addition 100% of members completing their tasks and
 * the policy's share of "Lao động tiên tiến" for it. The result lists every condition, which failed,
 * and the basis of each.
 *
 * @remarks `maxTitle` is an upper bound from the data given: the other criteria of Điều 27–28
 * (the collective's own task rating, emulation movement, internal unity, a "Chiến sĩ thi đua cơ sở"
 * for "xuất sắc") are for the emulation council and are not judged here. A member without a
 * `rating` is judged by the cap alone. A department with no members meets no member-share
 * condition. The year Y reads the policy on `Y-01-01`.
 * @param department - The department's own handled and late dossiers (and an optional name).
 * @param members - Its members: id, handled and late dossiers, optional proposed rating and discipline flag.
 * @param options - The rating year and, optionally, the agency's policy.
 * @returns The highest title allowed, the department cap, each member's result, the shares,
 * every condition with its basis, the failed ones, and the explanation.
 * @throws {@link ReformRulesError} (code `negative`) When a count is negative (the message names e.g. `members[2].late`).
 * @throws {@link ReformRulesError} (code `not_integer`) When a count is fractional or NaN.
 * @throws {@link ReformRulesError} (code `late_exceeds_handled`) When a `late` is more than its `handled`.
 * @throws {@link ReformRulesError} (code `duplicate_id`) When two members share an id.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When a member's rating is not a rating level.
 * @throws {@link ReformRulesError} (code `year_outside_policy`) When the policy has no value for the year.
 * @example
 * ```ts
 * import { emulationEligibility } from 'reform-rules';
 * const r = emulationEligibility(
 *   { handled: 100, late: 4 },
 *   [
 *     { id: 'a', handled: 50, late: 1 },
 *     { id: 'b', handled: 50, late: 3 },
 *   ],
 *   { year: 2025 },
 * );
 * r.maxTitle; // => 'none' (b: 3/50 = 6% > 5%, so only 1/2 members can be "Lao động tiên tiến")
 * r.failed.map((c) => c.id); // => ['advancedWorkerShare', 'excellentWorkerShare']
 * ```
 * @category Rating
 */
export function emulationEligibility(department: EmulationDepartment, members: readonly EmulationMember[], options: RatingOptions): EmulationEligibility {
  const deptCounts = readCounts(department, 'department');
  const deptName = (department as { name?: unknown }).name;
  if (deptName !== undefined && typeof deptName !== 'string') raise('invalid_type', { field: 'department.name', expected: 'a string', received: deptName });
  const read = readMembers(members);
  const ctx = readOptions(options);

  const d = decideLateShare(deptCounts, ctx, 'departmentLateShareCap', 'departmentLateShareComparison');
  const deptMaxTitle: CollectiveTitle = d.capped ? 'none' : 'excellentCollective';
  const deptExplanation = departmentExplanation(d, ctx.year, deptMaxTitle);
  const deptCap: DepartmentTitleCap = {
    capped: d.capped,
    maxTitle: deptMaxTitle,
    lateShare: d.lateShare,
    threshold: d.threshold,
    comparison: d.comparison,
    explanation: deptExplanation,
  };

  const results = read.map((m) => memberResult(m, ctx));
  const label = new Map(read.map((m) => [m.id, m.label] as const));
  const nameOf = (r: MemberEligibility): string => label.get(r.id) ?? r.id;
  const total = results.length;
  const advancedWorkerShare: Ratio = { numerator: results.filter((r) => r.advancedWorker).length, denominator: total };
  const completedShare: Ratio = { numerator: results.filter((r) => r.completed).length, denominator: total };
  const notAdvanced = results.filter((r) => !r.advancedWorker).map(nameOf);
  const notCompleted = results.filter((r) => !r.completed).map(nameOf);
  const disciplined = results.filter((r) => r.disciplined).map(nameOf);
  const memberExplanations = results.map((r) => r.explanation);

  const deptCondition = departmentCondition(d, deptExplanation);

  const { advancedShareWithChildren, completedCondition, excellentShare } = memberShareConditions(ctx, {
    advancedWorkerShare, completedShare, notAdvanced, notCompleted, memberExplanations,
  });
  const disciplineCondition = disciplineConditionOf(disciplined);

  const advancedConditions = [deptCondition, advancedShareWithChildren, disciplineCondition];
  const excellentConditions = [completedCondition, excellentShare];
  const conditions = [...advancedConditions, ...excellentConditions];
  const failed = conditions.filter((c) => !c.met);
  const advancedMet = advancedConditions.every((c) => c.met);
  const maxTitle: CollectiveTitle = !advancedMet ? 'none' : excellentConditions.every((c) => c.met) ? 'excellentCollective' : 'advancedCollective';

  const summary = eligibilitySummary({ maxTitle, conditions, advancedConditions, excellentConditions, deptName, year: ctx.year });
  const explanation = createExplanation({
    rule: 'rating.emulationEligibility',
    summary,
    basis: { document: LAW, article: 'Điều 27.1, 28.1', note: 'Chained with the late-share caps of the plan (mục II.1).' },
    inputs: { handled: d.handled, late: d.late, members: total, year: ctx.year },
    outcome: { maxTitle, failed: failed.map((c) => c.id), advancedWorkerShare, completedShare },
    children: conditions.map((c) => c.explanation),
  });
  return {
    maxTitle,
    department: deptCap,
    members: results,
    advancedWorkerShare,
    completedShare,
    conditions,
    failed,
    explanation,
  };
}

type LateShareDecision = ReturnType<typeof decideLateShare>;

/** The condition "the department's late share is below its cap" (plan II.1). */
function departmentCondition(d: LateShareDecision, deptExplanation: Explanation): EmulationCondition {
  const deptFragment = both((locale) => lateShareClause(d, locale, 'department'));
  return {
    id: 'departmentLateShare',
    title: 'advancedCollective',
    met: !d.capped,
    basis: d.thresholdUse.basis,
    explanation: createExplanation({
      rule: 'rating.emulation.departmentLateShare',
      summary: { vi: `${capitalize(deptFragment.vi)}.`, en: `${capitalize(deptFragment.en)}.` },
      basis: d.thresholdUse.basis,
      inputs: { handled: d.handled, late: d.late },
      parameters: [d.thresholdUse, d.comparisonUse],
      outcome: { met: !d.capped },
      children: [deptExplanation],
    }),
  };

}

/** The condition "no member disciplined at warning level or above". */
function disciplineConditionOf(disciplined: readonly string[]): EmulationCondition {
  const noDiscipline = disciplined.length === 0;
  const disciplineSummary = both((locale) => {
    const cite = formatBasis(DISCIPLINE_BASIS);
    if (locale === 'vi') {
      return noDiscipline
        ? `không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên (${cite})`
        : `có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên: ${disciplined.join(', ')} (${cite})`;
    }
    return noDiscipline
      ? `no member was disciplined at warning level or above (${cite})`
      : `members disciplined at warning level or above: ${disciplined.join(', ')} (${cite})`;
  });
  return {
    id: 'noDisciplinedMember',
    title: 'advancedCollective',
    met: noDiscipline,
    basis: DISCIPLINE_BASIS,
    explanation: createExplanation({
      rule: 'rating.emulation.noDisciplinedMember',
      summary: { vi: `${capitalize(disciplineSummary.vi)}.`, en: `${capitalize(disciplineSummary.en)}.` },
      basis: DISCIPLINE_BASIS,
      inputs: { disciplined },
      outcome: { met: noDiscipline },
    }),
  };

}

interface SummaryFacts {
  readonly maxTitle: CollectiveTitle;
  readonly conditions: readonly EmulationCondition[];
  readonly advancedConditions: readonly EmulationCondition[];
  readonly excellentConditions: readonly EmulationCondition[];
  readonly deptName: unknown;
  readonly year: number;
}

/** The one-sentence verdict of {@link emulationEligibility}, naming the failed conditions. */
function eligibilitySummary(f: SummaryFacts): LocalizedText {
  const { maxTitle, conditions, advancedConditions, excellentConditions } = f;
  const deptName = typeof f.deptName === 'string' ? f.deptName : undefined;
  const ctx = { year: f.year };
  const fragments = new Map(conditions.map((c) => [c.id, c.explanation.summary] as const));
  const join = (list: readonly EmulationCondition[], locale: 'vi' | 'en'): string =>
    list.map((c) => (fragments.get(c.id) as LocalizedText)[locale].replace(/\.$/, '')).map((s) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1)).join('; ');
  const adv = collectiveTitleLabels.advancedCollective;
  const exc = collectiveTitleLabels.excellentCollective;
  return both((locale) => {
    const subject = deptName ?? (locale === 'vi' ? 'Phòng' : 'The department');
    if (maxTitle === 'none') {
      const reasons = join(advancedConditions.filter((c) => !c.met), locale);
      return locale === 'vi'
        ? `${subject} không đủ điều kiện xét danh hiệu “${adv.vi}” trở lên năm ${ctx.year}: ${reasons}.`
        : `${subject} does not qualify for ${adv.en} (${adv.vi}) or above in ${ctx.year}: ${reasons}.`;
    }
    if (maxTitle === 'advancedCollective') {
      const reasons = join(excellentConditions.filter((c) => !c.met), locale);
      return locale === 'vi'
        ? `${subject} đáp ứng các điều kiện đã kiểm tra để xét danh hiệu “${adv.vi}” năm ${ctx.year}, nhưng chưa đủ điều kiện “${exc.vi}”: ${reasons}.`
        : `${subject} meets the checked conditions for ${adv.en} (${adv.vi}) in ${ctx.year}, but not for ${exc.en} (${exc.vi}): ${reasons}.`;
    }
    const reasons = join(conditions, locale);
    return locale === 'vi'
      ? `${subject} đáp ứng các điều kiện đã kiểm tra để xét danh hiệu “${exc.vi}” năm ${ctx.year}: ${reasons}.`
      : `${subject} meets the checked conditions for ${exc.en} (${exc.vi}) in ${ctx.year}: ${reasons}.`;
  });
}

interface MemberShares {
  readonly advancedWorkerShare: Ratio;
  readonly completedShare: Ratio;
  readonly notAdvanced: readonly string[];
  readonly notCompleted: readonly string[];
  readonly memberExplanations: readonly Explanation[];
}

/** The three share conditions over the members (advanced-worker share for both titles, all completed). */
function memberShareConditions(ctx: ReturnType<typeof readOptions>, m: MemberShares) {
  const { advancedWorkerShare, completedShare, notAdvanced, notCompleted, memberExplanations } = m;
  const workerWhat: LocalizedText = { vi: `cá nhân đủ điều kiện “${ADVANCED_WORKER.vi}”`, en: `members qualify as ${ADVANCED_WORKER.en} (${ADVANCED_WORKER.vi})` };
  const workerMissing: LocalizedText = { vi: 'không đủ điều kiện', en: 'not qualifying' };
  const advancedShare = shareCondition(
    'advancedWorkerShare',
    'advancedCollective',
    advancedWorkerShare,
    yearParameter(ctx, 'advancedCollectiveMemberShare'),
    yearParameter(ctx, 'advancedCollectiveMemberComparison'),
    workerWhat,
    workerMissing,
    notAdvanced,
  );
  const advancedShareWithChildren: EmulationCondition = {
    ...advancedShare,
    explanation: { ...advancedShare.explanation, children: memberExplanations },
  };

  const completedCondition = shareCondition(
    'allMembersCompleted',
    'excellentCollective',
    completedShare,
    yearParameter(ctx, 'excellentCollectiveCompletedShare'),
    null,
    { vi: 'cá nhân hoàn thành nhiệm vụ', en: 'members completed their tasks' },
    { vi: 'không hoàn thành', en: 'not completing' },
    notCompleted,
  );
  const excellentShare = shareCondition(
    'excellentWorkerShare',
    'excellentCollective',
    advancedWorkerShare,
    yearParameter(ctx, 'excellentCollectiveMemberShare'),
    yearParameter(ctx, 'excellentCollectiveMemberComparison'),
    workerWhat,
    workerMissing,
    notAdvanced,
  );

  return { advancedShareWithChildren, completedCondition, excellentShare };
}
