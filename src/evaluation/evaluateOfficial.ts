import { DEFAULT_LOCALE } from '../errors/locale';
import { div, int, sum, toPoints } from '../_lib/rational';
import type { Result } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import { createExplanation } from '../explain/Explanation';
import type { Explanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import type { Ratio } from '../metrics/ratio';
import type { Policy } from '../policy/Policy';
import { resolveParameter } from '../policy/resolveParameter';
import { ratingLabels, ratingLevels } from '../rating/RatingLevel';
import type { RatingLevel } from '../rating/RatingLevel';
import { evaluationPeriod } from './evaluationPeriod';
import type { EvaluationPeriod } from './evaluationPeriod';
import { evaluationPolicy } from './evaluationPolicy';
import type { EvaluationParameters } from './evaluationPolicy';
import type { EvaluationRegime, OfficialEvaluation, OfficialEvaluationInput, PeriodPoints, PeriodScoresInput } from './OfficialEvaluation';
import { Issues, readNumber, readPeriod } from './_read';
import { bandExplanation, bandOf, periodExplanation, periodPoints, pointsText } from './_score';
import type { ScoreParams } from './_score';

/**
 * Options of {@link evaluateOfficial}.
 * @example
 * ```ts
 * import type { EvaluateOfficialOptions } from 'reform-rules';
 * const o: EvaluateOfficialOptions = { period: '2026-Q1' };
 * ```
 * @category Evaluation
 */
export interface EvaluateOfficialOptions {
  /** The period: `'2026'`, `'2026-Q1'` or `'2026-03'`. */
  readonly period: string;
  /** The policy; default {@link evaluationPolicy}. */
  readonly policy?: Policy<EvaluationParameters> | undefined;
  /**
   * Opt-in (an inference, stated in no source): the official's dossiers of each period count in
   * tiến độ (c), each handled dossier a task unit with this coefficient K, on time unless late.
   */
  readonly dossierTimeliness?: {
    /** The coefficient K of one dossier. */
    readonly weight: number;
  } | undefined;
  /** The locale of issue messages; default `'vi'` ({@link DEFAULT_LOCALE}). */
  readonly locale?: Locale | undefined;
}

interface Context {
  readonly period: EvaluationPeriod;
  readonly policy: Policy<EvaluationParameters>;
  readonly params: ScoreParams;
  readonly locale: Locale;
}

function readContext(options: EvaluateOfficialOptions): Context {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an object { period, policy? }', received: options });
  const period = evaluationPeriod(options.period);
  const policy = options.policy ?? evaluationPolicy;
  const at = period.to;
  const r = <K extends keyof EvaluationParameters & string>(name: K) => resolveParameter(policy, name, at);
  let dossierWeight: Ratio | null = null;
  if (options.dossierTimeliness !== undefined) {
    const issues = new Issues('en');
    dossierWeight = readNumber(options.dossierTimeliness.weight, ['options', 'dossierTimeliness', 'weight'], issues);
    if (dossierWeight === null || dossierWeight.numerator <= 0) raise('invalid_coefficient', { field: 'options.dossierTimeliness.weight', received: options.dossierTimeliness.weight });
  }
  const params: ScoreParams = {
    generalMax: r('generalCriteriaMax'),
    taskMax: r('taskResultsMax'),
    deduction: r('faultDeduction'),
    excellentFrom: r('excellentFrom'),
    goodFrom: r('goodFrom'),
    completedFrom: r('completedFrom'),
    dossierWeight,
    derive: { quality: r('derivedTaskQuality'), unitWeight: r('derivedUnitWeight'), combination: r('unitResultCombination') },
  };
  return { period, policy, params, locale: options.locale ?? DEFAULT_LOCALE };
}

/**
 * The document of each evaluation regime.
 * @example
 * ```ts
 * import { regimeDocuments } from 'reform-rules';
 * regimeDocuments['nd233-2026']; // => 'Nghị định 233/2026/NĐ-CP'
 * ```
 * @category Evaluation
 */
export const regimeDocuments: Readonly<Record<EvaluationRegime, string>> = Object.freeze({
  'nd335-2025': 'Nghị định 335/2025/NĐ-CP',
  'nd233-2026': 'Nghị định 233/2026/NĐ-CP',
  'nd90-2020': 'Nghị định 90/2020/NĐ-CP',
});

/** @internal The regime in force on the period's last day for a kind of official. */
export function regimeOf(input: OfficialEvaluationInput, ctx: Context): { regime: EvaluationRegime; explanation: Explanation } {
  const name = input.kind === 'civilServant' ? 'civilServantPointsFrom' : 'publicEmployeePointsFrom';
  const use = resolveParameter(ctx.policy, name, ctx.period.to);
  const points = ctx.period.to >= use.value;
  const decree = regimeDocuments[input.kind === 'civilServant' ? 'nd335-2025' : 'nd233-2026'];
  const regime: EvaluationRegime = !points ? 'nd90-2020' : input.kind === 'civilServant' ? 'nd335-2025' : 'nd233-2026';
  const who = input.kind === 'civilServant' ? { vi: 'công chức', en: 'civil servant (công chức)' } : { vi: 'viên chức', en: 'public employee (viên chức)' };
  const summary = {
    vi: `Kỳ ${ctx.period.label} kết thúc ${ctx.period.to}; ${who.vi} được đánh giá bằng điểm từ ${use.value} (${formatBasis(use.basis)}): áp dụng ${points ? decree : 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi 48/2023/NĐ-CP), theo tiêu chí, không chấm điểm'}.`,
    en: `Period ${ctx.period.label} ends ${ctx.period.to}; a ${who.en} is scored on points from ${use.value} (${formatBasis(use.basis)}): ${points ? `${decree} applies` : 'Nghị định 90/2020/NĐ-CP (as amended by 48/2023/NĐ-CP) applies, criteria without points'}.`,
  };
  return { regime, explanation: createExplanation({ rule: 'evaluation.regime', summary, basis: use.basis, parameters: [use], inputs: { kind: input.kind, periodEnd: ctx.period.to }, outcome: { regime } }) };
}

function readIdentity(input: OfficialEvaluationInput, issues: Issues): boolean {
  if (typeof input !== 'object' || input === null) {
    issues.add('invalid_type', [], { expected: 'an object { officialId, kind, ... }', received: input });
    return false;
  }
  const before = issues.list.length;
  if (typeof input.officialId !== 'string' || input.officialId.trim() === '') issues.add('invalid_type', ['officialId'], { expected: 'a non-empty id', received: input.officialId });
  if (input.kind !== 'civilServant' && input.kind !== 'publicEmployee') issues.add('invalid_enum', ['kind'], { expected: "'civilServant', 'publicEmployee'", received: input.kind });
  return issues.list.length === before;
}

function yearPeriods(input: OfficialEvaluationInput, ctx: Context, issues: Issues): { list: readonly PeriodScoresInput[]; field: 'quarters' | 'months' } | null {
  const agg = resolveParameter(ctx.policy, 'yearAggregation', ctx.period.to).value;
  const field = agg === 'meanOfMonths' ? 'months' : 'quarters';
  const need = field === 'months' ? 12 : 4;
  const list = input[field];
  const given = Array.isArray(list) ? list : [];
  const missing: string[] = [];
  for (let i = 0; i < need; i += 1) if (given[i] === undefined || given[i] === null) missing.push(field === 'months' ? `${ctx.period.year}-${String(i + 1).padStart(2, '0')}` : `Q${i + 1}`);
  if (missing.length > 0 || given.length > need) {
    issues.add('missing_quarter', [field], { expected: field === 'months' ? 'the 12 months' : 'the 4 quarters', missing: missing.length === 0 ? `none, but ${given.length} given` : missing.join(', '), received: list });
    return null;
  }
  return { list: given, field };
}

function pointsOf(input: OfficialEvaluationInput, ctx: Context, issues: Issues): { total: Ratio; periods: PeriodPoints[]; children: Explanation[] } | null {
  const useDossiers = ctx.params.dossierWeight !== null;
  if (ctx.period.kind !== 'year') {
    const p = readPeriod(input as PeriodScoresInput, [], ctx.params.generalMax.value, useDossiers, ctx.params.derive, issues);
    if (p === null) return null;
    const pts = periodPoints(p, ctx.params);
    return { total: pts.total, periods: [pts], children: [periodExplanation(p, pts, ctx.params, ctx.period.label)] };
  }
  const year = yearPeriods(input, ctx, issues);
  if (year === null) return null;
  const read = year.list.map((q, i) => readPeriod(q, [year.field, i], ctx.params.generalMax.value, useDossiers, ctx.params.derive, issues));
  if (read.some((p) => p === null)) return null;
  const periods = read.map((p) => periodPoints(p as NonNullable<typeof p>, ctx.params));
  const label = (i: number): string => (year.field === 'months' ? `${ctx.period.year}-${String(i + 1).padStart(2, '0')}` : `${ctx.period.year}-Q${i + 1}`);
  const children = read.map((p, i) => periodExplanation(p as NonNullable<typeof p>, periods[i] as PeriodPoints, ctx.params, label(i)));
  const total = div(sum(periods.map((p) => p.total)), int(periods.length));
  children.push(aggregationNode(total, year.field, ctx));
  return { total, periods, children };
}

function aggregationNode(total: Ratio, field: 'quarters' | 'months', ctx: Context): Explanation {
  const use = resolveParameter(ctx.policy, 'yearAggregation', ctx.period.to);
  const what = field === 'months' ? { vi: '12 tháng', en: '12 months' } : { vi: '4 quý', en: '4 quarters' };
  return createExplanation({
    rule: 'evaluation.yearAggregation',
    summary: {
      vi: `Năm ${ctx.period.year}: trung bình cộng tổng điểm ${what.vi} = ${pointsText(total, 'vi')} điểm (${formatBasis(use.basis)}; công thức chưa tìm thấy trong văn bản, đây là giả định có thể thay đổi, cơ quan cần xác nhận).`,
      en: `Year ${ctx.period.year}: mean of the ${what.en}' totals = ${pointsText(total, 'en')} points (${formatBasis(use.basis)}; the formula was NOT FOUND in the sources: an assumption the agency must confirm or override).`,
    },
    basis: use.basis,
    parameters: [use],
    outcome: { total, aggregation: use.value },
  });
}

function criteriaLevel(input: OfficialEvaluationInput, issues: Issues): RatingLevel | null {
  if (!(ratingLevels as readonly unknown[]).includes(input.level)) {
    issues.add('missing_level', ['level'], { regime: 'Nghị định 90/2020/NĐ-CP', received: input.level });
    return null;
  }
  return input.level as RatingLevel;
}

function criteriaNode(level: RatingLevel): Explanation {
  return createExplanation({
    rule: 'evaluation.criteriaLevel',
    summary: {
      vi: `Đánh giá theo tiêu chí, không chấm điểm: mức đã ghi nhận ${ratingLabels[level].vi} (Nghị định 90/2020/NĐ-CP, sửa đổi bởi 48/2023/NĐ-CP).`,
      en: `Criteria-based, no points: the level recorded is ${ratingLabels[level].en} (${ratingLabels[level].vi}; Nghị định 90/2020/NĐ-CP as amended by 48/2023/NĐ-CP).`,
    },
    basis: { document: 'Nghị định 90/2020/NĐ-CP', note: 'As amended by Nghị định 48/2023/NĐ-CP. HIGH.' },
    outcome: { level },
  });
}

/**
 * Evaluates one official for a month, quarter or year under the regime in force on the period's
 * last day: Nghị định 335/2025/NĐ-CP for công chức, 233/2026/NĐ-CP for viên chức (from 01/07/2026),
 * both on 100 points (general criteria ≤ 30 + task results ≤ 70), or Nghị định 90/2020/NĐ-CP before
 * them (criteria, no points: the level the input records).
 *
 * @remarks Task results (Điều 14–16): a = Σ accepted×K / Σ K, b the same for quality with −25% of
 * a task for each rework the official caused, c the same for tiến độ with −25% per delay caused,
 * each at most 1 and never below 0 per task; staff (a+b+c)/3 × 70, leaders (a+b+c+d+đ+e)/6 × 70.
 * Bands (Điều 20) are compared on the exact total: 89.995 is "tốt", not "xuất sắc". A year is the
 * mean of its quarters by default: the decree's formula was NOT FOUND, so `yearAggregation` is a
 * parameter the agency must confirm. The start of the 335 regime is MEDIUM and disputed (a parameter).
 * A period's `results` adds task units computed from the library's own results (the agency's
 * choice, an inference): the official's task evaluations of {@link evaluateTasks} and dossier tally
 * or report row give quantity and tiến độ exactly; quality comes from `qualityByTask`, `quality` or
 * the policy's `derivedTaskQuality`, else the issue `missing_task_quality`. A leader's d may be the
 * unit's results (`{ dossiers?, tasks? }`): its on-time share and task completion combined by
 * `unitResultCombination` (NOT FOUND: an assumption to confirm); none available, `unit_result_unavailable`.
 * @param input - The official (an id, no name), the kind, and the scores of the period or of each quarter.
 * @param options - The period, the policy and the opt-in use of dossiers in tiến độ.
 * @returns The evaluation, or every issue found (each naming its field).
 * @throws {@link ReformRulesError} (code `invalid_evaluation_period`) When the period is not `'2026'`, `'2026-Q1'` or `'2026-03'`.
 * @throws {@link ReformRulesError} (code `invalid_coefficient`) When `dossierTimeliness.weight` is not above 0.
 * @example
 * ```ts
 * import { evaluateOfficial } from 'reform-rules';
 * const r = evaluateOfficial(
 *   { officialId: 'cv01', kind: 'civilServant', generalPoints: 28,
 *     tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }, { weight: 2, quantity: true, quality: true, onTime: 0.5 }] },
 *   { period: '2026-Q1' },
 * );
 * r.ok && r.value.points; // => 90.22
 * r.ok && r.value.level; // => 'excellent'
 * ```
 * @category Evaluation
 */
export function evaluateOfficial(input: OfficialEvaluationInput, options: EvaluateOfficialOptions): Result<OfficialEvaluation> {
  const ctx = readContext(options);
  const issues = new Issues(ctx.locale);
  if (!readIdentity(input, issues)) return failure(issues);
  const { regime, explanation: regimeNode } = regimeOf(input, ctx);
  const base = {
    officialId: input.officialId,
    unitId: input.unitId ?? null,
    group: input.group ?? null,
    kind: input.kind,
    head: input.head === true,
    period: ctx.period,
    regime,
    lateCounts: input.lateCounts ?? null,
  };
  if (regime === 'nd90-2020') {
    const level = criteriaLevel(input, issues);
    if (level === null) return failure(issues);
    const node = criteriaNode(level);
    return { ok: true, value: { ...base, total: null, points: null, periods: [], level, explanation: root(base.officialId, ctx, level, null, [regimeNode, node]) } };
  }
  const pts = pointsOf(input, ctx, issues);
  if (pts === null) return failure(issues);
  const level = bandOf(pts.total, ctx.params);
  const children = [regimeNode, ...pts.children, bandExplanation(pts.total, level, ctx.params)];
  return { ok: true, value: { ...base, total: pts.total, points: toPoints(pts.total), periods: pts.periods, level, explanation: root(base.officialId, ctx, level, pts.total, children) } };
}

function failure(issues: Issues): Result<never> {
  return { ok: false, issues: issues.list as [(typeof issues.list)[number], ...(typeof issues.list)[number][]] };
}

function root(id: string, ctx: Context, level: RatingLevel, total: Ratio | null, children: readonly Explanation[]): Explanation {
  const pts = (locale: 'vi' | 'en') => (total === null ? '' : locale === 'vi' ? `${pointsText(total, locale)} điểm, ` : `${pointsText(total, locale)} points, `);
  return createExplanation({
    rule: 'evaluation.official',
    summary: {
      vi: `${id}, kỳ ${ctx.period.label}: ${pts('vi')}${ratingLabels[level].vi}.`,
      en: `${id}, period ${ctx.period.label}: ${pts('en')}${ratingLabels[level].en} (${ratingLabels[level].vi}).`,
    },
    basis: ctx.params.excellentFrom.basis,
    inputs: { officialId: id, period: ctx.period.label },
    outcome: { level, total },
    children,
  });
}
