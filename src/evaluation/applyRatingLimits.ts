import { isObjectArg, optionalObjectArg, ownValue } from '../errors/args';
import { cmp, int, mul } from '../_lib/rational';
import { raise } from '../errors/ReformRulesError';
import { createExplanation } from '../explain/Explanation';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { formatPercent } from '../explain/formatShare';
import type { Ratio } from '../metrics/ratio';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import { officialRatingCap } from '../rating/officialRatingCap';
import type { OfficialRatingCap } from '../rating/officialRatingCap';
import { capRating, ratingLabels, ratingLevels } from '../rating/RatingLevel';
import type { RatingLevel } from '../rating/RatingLevel';
import { evaluationPolicy } from './evaluationPolicy';
import type { EvaluationParameters } from './evaluationPolicy';
import type { OfficialEvaluation } from './OfficialEvaluation';

/**
 * Options of {@link applyRatingLimits}.
 * @example
 * ```ts
 * import type { ApplyRatingLimitsOptions } from 'reform-rules';
 * const o: ApplyRatingLimitsOptions = { unitLevel: { P1: 'excellent' }, groups: { cv07: 'one-stop' } };
 * ```
 * @category Evaluation
 */
export interface ApplyRatingLimitsOptions {
  /** The rating of each unit (by unit id): 25% for viên chức of a unit rated "xuất sắc"; a head is not rated above the unit. */
  readonly unitLevel?: Readonly<Record<string, RatingLevel>> | undefined;
  /** The group of similar tasks of an official (by official id), overriding the evaluation's `group`. */
  readonly groups?: Readonly<Record<string, string>> | undefined;
  /** The policy (the plan's late caps and the evaluation parameters); default {@link evaluationPolicy}. */
  readonly policy?: Policy<PolicyParameters & EvaluationParameters> | undefined;
}

/**
 * Where an official stands against the excellence quota: not concerned (not "xuất sắc" by points),
 * within the quota, moved to "tốt" (scored below those kept), or tied at the boundary: the unit
 * must choose who moves (the library never decides a tie).
 * @example
 * ```ts
 * import type { QuotaStatus } from 'reform-rules';
 * const s: QuotaStatus = 'tied';
 * ```
 * @category Evaluation
 */
export type QuotaStatus = 'notConcerned' | 'within' | 'moved' | 'tied';

/**
 * The quota of one unit and group of similar tasks.
 * @example
 * ```ts
 * import type { QuotaGroup } from 'reform-rules';
 * // { unitId: 'P1', group: null, kind: 'civilServant', base: 10, excellent: 4, quota: { numerator: 1, denominator: 5 },
 * //   allowed: 2, exceededBy: 2, mustMove: ['cv04'], tied: ['cv02', 'cv03'], tiePlaces: 1, ... }
 * ```
 * @category Evaluation
 */
export interface QuotaGroup {
  /** The unit, or `null`. */
  readonly unitId: string | null;
  /** The group of similar tasks, or `null`. */
  readonly group: string | null;
  /** Công chức or viên chức (counted apart: different decrees). */
  readonly kind: OfficialEvaluation['kind'];
  /** How many are rated "tốt" (with the excellent, under the default reading), after the late cap. */
  readonly base: number;
  /** How many are "xuất sắc" by points, after the late cap. */
  readonly excellent: number;
  /** The share allowed (20%, or 25%). */
  readonly quota: Ratio;
  /** ⌊quota × base⌋. */
  readonly allowed: number;
  /** By how many "xuất sắc" exceed the quota (0 when within). */
  readonly exceededBy: number;
  /** The officials who must move to "tốt": scored below every one kept, by score. */
  readonly mustMove: readonly string[];
  /** The officials tied at the boundary, among whom the unit must move `tieMoves`. */
  readonly tied: readonly string[];
  /** How many of `tied` must move to "tốt" (the unit decides which). */
  readonly tieMoves: number;
  /** The parameters read. */
  readonly parameters: readonly ParameterUse[];
  /** The decision in words. */
  readonly explanation: Explanation;
}

/**
 * The level one official may receive.
 * @example
 * ```ts
 * import type { RatingDecision } from 'reform-rules';
 * // { officialId: 'cv01', pointsLevel: 'excellent', level: 'completed', quota: 'within', reasons: [{ vi: ..., en: ... }], ... }
 * ```
 * @category Evaluation
 */
export interface RatingDecision {
  /** The official. */
  readonly officialId: string;
  /** The level from the points (or the criteria). */
  readonly pointsLevel: RatingLevel;
  /** The plan's late-dossier cap, or `null` when no late counts were given. */
  readonly lateCap: OfficialRatingCap | null;
  /** Where the official stands against the quota. */
  readonly quota: QuotaStatus;
  /** The level the official may receive; `null` while a tie is undecided (the unit chooses). */
  readonly level: RatingLevel | null;
  /** The reasons, in order, in Vietnamese (for the rating record) and English. */
  readonly reasons: readonly LocalizedText[];
}

/**
 * The result of {@link applyRatingLimits}.
 * @example
 * ```ts
 * import type { RatingLimits } from 'reform-rules';
 * // limits.decisions.filter((d) => d.level === null) → the tied officials the unit must decide on
 * ```
 * @category Evaluation
 */
export interface RatingLimits {
  /** One decision per evaluation, in input order. */
  readonly decisions: readonly RatingDecision[];
  /** One quota per unit, group and kind, in order of first appearance. */
  readonly groups: readonly QuotaGroup[];
  /** The summary, with each group's explanation as a child. */
  readonly explanation: Explanation;
}

interface Pending {
  readonly e: OfficialEvaluation;
  readonly key: string;
  readonly pointsLevel: RatingLevel;
  readonly lateCap: OfficialRatingCap | null;
  eligible: RatingLevel;
  readonly reasons: LocalizedText[];
}

function text(vi: string, en: string): LocalizedText {
  return { vi, en };
}

function pointsReason(e: OfficialEvaluation): LocalizedText {
  const l = ratingLabels[e.level];
  if (e.points === null) return text(`Mức xếp loại theo tiêu chí: ${l.vi}.`, `Level from the criteria: ${l.en} (${l.vi}).`);
  const vi = String(e.points).replace('.', ',');
  return text(`Tổng điểm đánh giá ${vi}: ${l.vi}.`, `Evaluation total ${e.points} points: ${l.en} (${l.vi}).`);
}

/** The fields {@link applyRatingLimits} reads, checked: an evaluation of another shape is one `invalid_type`. */
function checkEvaluation(e: unknown, field: string): void {
  const fail = (name: string, expected: string, received: unknown): never => raise('invalid_type', { field: `${field}${name}`, expected, received });
  if (!isObjectArg(e)) return fail('', 'an evaluation from evaluateOfficials()', e);
  if (typeof e['officialId'] !== 'string') fail('.officialId', 'a text', e['officialId']);
  if (e['unitId'] !== null && typeof e['unitId'] !== 'string') fail('.unitId', 'a text or null', e['unitId']);
  if (e['group'] !== null && typeof e['group'] !== 'string') fail('.group', 'a text or null', e['group']);
  if (!(ratingLevels as readonly unknown[]).includes(e['level'])) fail('.level', ratingLevels.join(', '), e['level']);
  const period = e['period'];
  if (!isObjectArg(period) || !Number.isSafeInteger(period['year'])) fail('.period', 'an evaluation period', period);
  if (e['lateCounts'] !== null && !isObjectArg(e['lateCounts'])) fail('.lateCounts', 'counts { handled, late } or null', e['lateCounts']);
  if (e['points'] !== null && (typeof e['points'] !== 'number' || !Number.isFinite(e['points']))) fail('.points', 'a finite number or null', e['points']);
}

function prepare(e: OfficialEvaluation, options: ApplyRatingLimitsOptions, policy: Policy<PolicyParameters & EvaluationParameters>): Pending {
  const reasons = [pointsReason(e)];
  let eligible = e.level;
  let lateCap: OfficialRatingCap | null = null;
  if (e.lateCounts !== null) {
    lateCap = officialRatingCap(e.lateCounts, { year: e.period.year, policy });
    if (lateCap.capped) {
      eligible = capRating(eligible, lateCap.maxRating);
      reasons.push(lateCap.explanation.summary);
    }
  }
  const unitLevel = e.unitId === null ? undefined : ownValue(options.unitLevel, e.unitId);
  if (e.head && e.regime === 'nd233-2026' && unitLevel !== undefined && capRating(eligible, unitLevel) !== eligible) {
    eligible = capRating(eligible, unitLevel);
    const u = ratingLabels[unitLevel];
    reasons.push(text(
      `Người đứng đầu không được xếp loại cao hơn đơn vị (${u.vi}) (Nghị định 233/2026/NĐ-CP, Điều 12).`,
      `A head is not rated above the unit (${u.en}) (Nghị định 233/2026/NĐ-CP, Điều 12).`,
    ));
  }
  const group = ownValue(options.groups, e.officialId) ?? e.group;
  const key = JSON.stringify([e.unitId, group, e.kind]);
  return { e: group === e.group ? e : { ...e, group }, key, pointsLevel: e.level, lateCap, eligible, reasons };
}

function byScore(a: Pending, b: Pending): number {
  if (a.e.total === null || b.e.total === null) return 0;
  return -cmp(a.e.total, b.e.total);
}

function sameScore(a: Pending, b: Pending): boolean {
  return byScore(a, b) === 0;
}

/** @internal The quota of one group: who is kept, who moves, who is tied. */
function judgeGroup(members: Pending[], options: ApplyRatingLimitsOptions, policy: Policy<PolicyParameters & EvaluationParameters>): { group: QuotaGroup; status: Map<Pending, QuotaStatus> } {
  const first = members[0] as Pending;
  const at = first.e.period.to;
  const unitExcellent = first.e.unitId !== null && ownValue(options.unitLevel, first.e.unitId) === 'excellent';
  const useHigh = first.e.regime === 'nd233-2026' && unitExcellent;
  const quotaUse = resolveParameter(policy, useHigh ? 'excellenceQuotaExcellentUnit' : 'excellenceQuota', at);
  const baseUse = resolveParameter(policy, 'excellenceQuotaBaseIncludesExcellent', at);
  const excellent = members.filter((m) => m.eligible === 'excellent').sort(byScore);
  const good = members.filter((m) => m.eligible === 'good').length;
  const base = good + (baseUse.value ? excellent.length : 0);
  const q = mul(quotaUse.value, int(base));
  const allowed = Math.floor(q.numerator / q.denominator);
  const status = new Map<Pending, QuotaStatus>();
  for (const m of members) status.set(m, m.eligible === 'excellent' ? 'within' : 'notConcerned');
  let mustMove: Pending[] = [];
  let tied: Pending[] = [];
  let tieMoves = 0;
  if (excellent.length > allowed) {
    const boundary = allowed === 0 ? null : (excellent[allowed - 1] as Pending);
    const next = excellent[allowed] as Pending;
    if (boundary !== null && sameScore(boundary, next)) {
      tied = excellent.filter((m) => sameScore(m, boundary));
      const above = excellent.filter((m) => byScore(m, boundary) < 0).length;
      tieMoves = tied.length - (allowed - above);
      mustMove = excellent.filter((m) => byScore(m, boundary) > 0);
    } else {
      mustMove = excellent.slice(allowed);
    }
  }
  for (const m of mustMove) status.set(m, 'moved');
  for (const m of tied) status.set(m, 'tied');
  const parameters = [quotaUse, baseUse];
  const ids = (list: Pending[]) => list.map((m) => m.e.officialId);
  const g = { unitId: first.e.unitId, group: first.e.group, kind: first.e.kind, base, excellent: excellent.length, quota: quotaUse.value, allowed, exceededBy: Math.max(0, excellent.length - allowed), mustMove: ids(mustMove), tied: ids(tied), tieMoves, parameters };
  const cite = first.e.regime === 'nd233-2026' ? 'Nghị định 233/2026/NĐ-CP, Điều 12' : formatBasis(quotaUse.basis);
  return { group: { ...g, explanation: groupExplanation(g, quotaUse, cite) }, status };
}

function groupExplanation(g: Omit<QuotaGroup, 'explanation'>, quotaUse: ParameterUse<Ratio>, cite: string): Explanation {
  const where = `${g.unitId ?? '—'}${g.group === null ? '' : ` / ${g.group}`}`;
  const pct = (l: 'vi' | 'en') => formatPercent(g.quota, l);
  const over = g.exceededBy === 0;
  const vi = over
    ? `Đơn vị ${where}: ${g.excellent} xuất sắc trong giới hạn ${g.allowed} (${pct('vi')} của ${g.base} hoàn thành tốt, ${cite}).`
    : `Đơn vị ${where}: ${g.excellent} xuất sắc vượt giới hạn ${g.allowed} (${pct('vi')} của ${g.base} hoàn thành tốt, ${cite}) ${g.exceededBy} người; chuyển xuống Hoàn thành tốt nhiệm vụ theo điểm: ${g.mustMove.join(', ') || 'không có'}${g.tied.length > 0 ? `; bằng điểm tại ranh giới: ${g.tied.join(', ')}, đơn vị phải chọn ${g.tieMoves} người chuyển xuống` : ''}.`;
  const en = over
    ? `Unit ${where}: ${g.excellent} excellent within the limit of ${g.allowed} (${pct('en')} of ${g.base} rated good, ${cite}).`
    : `Unit ${where}: ${g.excellent} excellent exceed the limit of ${g.allowed} (${pct('en')} of ${g.base} rated good, ${cite}) by ${g.exceededBy}; moved to good by score: ${g.mustMove.join(', ') || 'none'}${g.tied.length > 0 ? `; tied at the boundary: ${g.tied.join(', ')}, the unit must choose ${g.tieMoves} of them to move` : ''}.`;
  return createExplanation({ rule: 'evaluation.excellenceQuota', summary: { vi, en }, basis: quotaUse.basis, parameters: g.parameters, inputs: { unitId: g.unitId, group: g.group, kind: g.kind, base: g.base, excellent: g.excellent }, outcome: { allowed: g.allowed, exceededBy: g.exceededBy, mustMove: g.mustMove, tied: g.tied, tieMoves: g.tieMoves } });
}

function quotaReason(status: QuotaStatus, g: QuotaGroup): LocalizedText | null {
  if (status === 'moved') return text(`Vượt tỷ lệ ${formatPercent(g.quota, 'vi')} xuất sắc của đơn vị (tối đa ${g.allowed}), điểm thấp hơn những người được giữ: chuyển xuống Hoàn thành tốt nhiệm vụ.`, `Over the unit's ${formatPercent(g.quota, 'en')} excellence quota (at most ${g.allowed}), scored below those kept: moved to ${ratingLabels.good.en}.`);
  if (status === 'tied') return text(`Bằng điểm tại ranh giới tỷ lệ ${formatPercent(g.quota, 'vi')} xuất sắc: đơn vị phải chọn ${g.tieMoves} trong ${g.tied.length} người (${g.tied.join(', ')}) chuyển xuống Hoàn thành tốt nhiệm vụ; chưa quyết định.`, `Tied at the boundary of the ${formatPercent(g.quota, 'en')} excellence quota: the unit must choose ${g.tieMoves} of ${g.tied.length} (${g.tied.join(', ')}) to move to ${ratingLabels.good.en}; not decided.`);
  if (status === 'within') return text(`Trong tỷ lệ ${formatPercent(g.quota, 'vi')} xuất sắc của đơn vị (tối đa ${g.allowed}).`, `Within the unit's ${formatPercent(g.quota, 'en')} excellence quota (at most ${g.allowed}).`);
  return null;
}

/**
 * Turns evaluations into the level each official may receive: first the plan's late-dossier cap
 * per official ({@link officialRatingCap}, plan II.1, a local rule applied after the points) and,
 * under 233/2026, a head not above the unit; then the excellence quota per unit, group of similar
 * tasks and kind: "xuất sắc" at most 20% of those rated "tốt" (25% for viên chức of a unit itself
 * rated "xuất sắc").
 *
 * @remarks The late cap comes first so that an official who cannot be "tốt" neither takes an
 * excellence place nor counts in the quota's base. Over the quota, the lowest scores move to "tốt";
 * officials tied at the boundary are listed with how many of them must move, and their `level` stays
 * `null` until the unit decides: never decided silently. The quota never leaves more "xuất sắc"
 * than allowed. Reasons come in Vietnamese, ready for the rating record, and English.
 * @param results - Evaluations from {@link evaluateOfficial}.
 * @param options - Unit levels, groups, the policy.
 * @returns One decision per evaluation, the quota of each group, and the explanation.
 * @throws {@link ReformRulesError} (code `invalid_type`) When `results` is not an array.
 * @example
 * ```ts
 * import { applyRatingLimits, evaluateOfficial } from 'reform-rules';
 * const r = evaluateOfficial({ officialId: 'cv01', kind: 'civilServant', generalPoints: 30,
 *   tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }], lateCounts: { handled: 100, late: 6 } },
 *   { period: '2026-Q4' });
 * if (r.ok) applyRatingLimits([r.value]).decisions[0]?.level; // => 'completed' (6% late > 5%)
 * ```
 * @category Evaluation
 */
export function applyRatingLimits(results: readonly OfficialEvaluation[], options: ApplyRatingLimitsOptions = {}): RatingLimits {
  optionalObjectArg(options, 'options');
  if (!Array.isArray(results)) raise('invalid_type', { field: 'results', expected: 'an array of evaluations', received: results });
  const policy = options.policy ?? evaluationPolicy;
  // Spread first: a hole in a sparse array is checked (and refused) like any other entry; forEach alone skips it.
  [...results].forEach((e, i) => checkEvaluation(e, `results[${i}]`));
  for (const k of ['unitLevel', 'groups'] as const) optionalObjectArg(options[k], `options.${k}`, 'an object keyed by id or nothing');
  const pending = results.map((e) => prepare(e, options, policy));
  const byKey = new Map<string, Pending[]>();
  for (const p of pending) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const groups: QuotaGroup[] = [];
  const status = new Map<Pending, { s: QuotaStatus; g: QuotaGroup }>();
  for (const members of byKey.values()) {
    const { group, status: st } = judgeGroup(members, options, policy);
    groups.push(group);
    for (const [m, s] of st) status.set(m, { s, g: group });
  }
  const decisions = pending.map((p): RatingDecision => {
    const { s, g } = status.get(p) as { s: QuotaStatus; g: QuotaGroup };
    const reason = quotaReason(s, g);
    const level: RatingLevel | null = s === 'tied' ? null : s === 'moved' ? 'good' : p.eligible;
    return { officialId: p.e.officialId, pointsLevel: p.pointsLevel, lateCap: p.lateCap, quota: s, level, reasons: reason === null ? p.reasons : [...p.reasons, reason] };
  });
  const over = groups.filter((g) => g.exceededBy > 0).length;
  const undecided = decisions.filter((d) => d.level === null).length;
  const explanation = createExplanation({
    rule: 'evaluation.ratingLimits',
    summary: text(
      `${decisions.length} kết quả, ${groups.length} nhóm; ${over} nhóm vượt tỷ lệ xuất sắc; ${undecided} người bằng điểm chờ đơn vị quyết định.`,
      `${decisions.length} results in ${groups.length} group(s); ${over} over the excellence quota; ${undecided} tied awaiting the unit's decision.`,
    ),
    basis: policy.parameters.excellenceQuota[0]?.basis ?? null,
    outcome: { groups: groups.length, overQuota: over, undecided },
    children: groups.map((g) => g.explanation),
  });
  return { decisions, groups, explanation };
}
