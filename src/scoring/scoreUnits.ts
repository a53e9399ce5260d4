import { DEFAULT_LOCALE } from '../errors/locale';
import { cmp, div, hundredths, int, minR, mul, readHundredths, sum, toPoints } from '../_lib/rational';
import { createIssue, pathToString } from '../errors/Issue';
import type { Issue, IssuePath } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { ownValue } from '../errors/args';
import { raise } from '../errors/ReformRulesError';
import { createExplanation } from '../explain/Explanation';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { formatShare } from '../explain/formatShare';
import type { Ratio } from '../metrics/ratio';
import type { ScoringCriterion, ScoringScheme } from './ScoringScheme';
import type { ScoringMetric } from './scoringMetrics';
import { defineScoringScheme } from './defineScoringScheme';
import { scoringMetricLabels } from './scoringMetrics';

/**
 * One unit's scores: the self-score and the appraisal score of each scored leaf (by criterion id),
 * and the metrics of the library for the computed leaves.
 * @example
 * ```ts
 * import type { UnitScoresInput } from 'reform-rules';
 * const u: UnitScoresInput = { unitId: 'P1', self: { '3.2': 10 }, appraisal: { '3.2': 8 },
 *   metrics: { dossiersOnTime: { numerator: 97, denominator: 100 } } };
 * ```
 * @category Scoring
 */
export interface UnitScoresInput {
  /** The unit's id. */
  readonly unitId: string;
  /** Self-scores (tự chấm) by criterion id. */
  readonly self?: Readonly<Record<string, number>> | undefined;
  /** Appraisal scores (thẩm định) by criterion id. */
  readonly appraisal?: Readonly<Record<string, number>> | undefined;
  /** Evidence references by criterion id (echoed, not judged). */
  readonly evidence?: Readonly<Record<string, string>> | undefined;
  /** The metrics of the computed criteria, as exact shares. */
  readonly metrics?: Partial<Record<ScoringMetric, Ratio>> | undefined;
}

/**
 * The score of one criterion for one unit.
 * @example
 * ```ts
 * import type { CriterionScore } from 'reform-rules';
 * // { id: '1.1', maxPoints: 20, self: ..., appraisal: ..., final: ..., source: 'computed', children: [] }
 * ```
 * @category Scoring
 */
export interface CriterionScore {
  /** The criterion. */
  readonly id: string;
  /** Its maximum. */
  readonly maxPoints: number;
  /** The self-score (computed leaves: the computed points). */
  readonly self: Ratio;
  /** The appraisal score (computed leaves: the computed points; else the self-score where not appraised). */
  readonly appraisal: Ratio;
  /** Where a leaf's points come from; a node: `'sum'`. */
  readonly source: 'computed' | 'appraisal' | 'self' | 'unscored' | 'sum';
  /** The sub-criteria. */
  readonly children: readonly CriterionScore[];
  /** Why. */
  readonly explanation: Explanation;
}

/**
 * One unit's result.
 * @example
 * ```ts
 * import type { UnitScore } from 'reform-rules';
 * // { unitId: 'P1', rank: 1, self: ..., total: ..., points: 92.5, grade: { id: 'excellent', ... }, criteria: [...] }
 * ```
 * @category Scoring
 */
export interface UnitScore {
  /** The unit. */
  readonly unitId: string;
  /** Its rank (1 = first; equal totals share a rank). */
  readonly rank: number;
  /** The self-score total. */
  readonly self: Ratio;
  /** The final total (appraisal where given): ranks and grades use it. */
  readonly total: Ratio;
  /** The final total rounded half up to two decimals, for display. */
  readonly points: number;
  /** The grade reached. */
  readonly grade: {
    /** The grade's id. */
    readonly id: string;
    /** Its label. */
    readonly label: LocalizedText;
  };
  /** The tree of criterion scores. */
  readonly criteria: readonly CriterionScore[];
  /** Notes on the input that did not reject the unit (missing metric, hand score on a computed criterion). */
  readonly issues: readonly Issue[];
  /** Every point explained. */
  readonly explanation: Explanation;
}

/**
 * The result of {@link scoreUnits}: units = ranked + rejected.
 * @example
 * ```ts
 * import type { UnitScores } from 'reform-rules';
 * // { scheme: { id, version, year, example }, units: [...ranked], rejected: [] }
 * ```
 * @category Scoring
 */
export interface UnitScores {
  /** The scheme used. */
  readonly scheme: {
    /** The scheme's id. */
    readonly id: string;
    /** Its version. */
    readonly version: string;
    /** Its year. */
    readonly year: number;
    /** Whether it is an example. */
    readonly example: boolean;
  };
  /** The units, best first. */
  readonly units: readonly UnitScore[];
  /** The units left out, with their index and issues. */
  readonly rejected: readonly {
    /** The input's position. */
    readonly index: number;
    /** The unit's id, when readable. */
    readonly unitId: string | null;
    /** The issues, paths starting with the index. */
    readonly issues: readonly Issue[];
  }[];
  /** The ranking in words, each unit's explanation as a child. */
  readonly explanation: Explanation;
}

interface Ctx {
  readonly input: UnitScoresInput;
  readonly hard: Issue[];
  readonly soft: Issue[];
  readonly locale: Locale;
  readonly index: number;
}

function issue(ctx: Ctx, hard: boolean, code: IssueCode, path: IssuePath, params: Record<string, unknown>): void {
  const full = [ctx.index, ...path];
  (hard ? ctx.hard : ctx.soft).push(createIssue(code, full, { field: pathToString(path), ...params }, ctx.locale));
}

function handScore(ctx: Ctx, which: 'self' | 'appraisal', c: ScoringCriterion): Ratio | null {
  const value = ownValue<unknown>(ctx.input[which] as Record<string, unknown> | undefined, c.id);
  if (value === undefined) return null;
  const h = typeof value === 'number' ? readHundredths(value) : null;
  if (h === null) {
    issue(ctx, true, typeof value === 'number' ? 'too_many_decimals' : 'invalid_type', [which, c.id], { received: value, expected: 'points' });
    return null;
  }
  if (h < 0 || h > Math.round(c.maxPoints * 100)) {
    issue(ctx, true, 'points_out_of_range', [which, c.id], { received: value, min: 0, max: c.maxPoints });
    return null;
  }
  return hundredths(h);
}

function pts(r: Ratio, locale: Locale): string {
  const s = String(toPoints(r));
  return locale === 'vi' ? s.replace('.', ',') : s;
}

/** A share as the metrics give it: whole numbers, 0 <= numerator, denominator > 0 (or 0/0: no data). */
function isShare(r: unknown): r is Ratio {
  if (typeof r !== 'object' || r === null) return false;
  const { numerator: n, denominator: d } = r as { numerator?: unknown; denominator?: unknown };
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) && (n as number) >= 0 && ((d as number) > 0 || n === 0) && (d as number) >= 0;
}

function computedLeaf(ctx: Ctx, c: ScoringCriterion, computed: NonNullable<ScoringCriterion['computed']>): CriterionScore {
  const max = hundredths(Math.round(c.maxPoints * 100));
  for (const which of ['self', 'appraisal'] as const) {
    const given = ownValue<unknown>(ctx.input[which] as Record<string, unknown> | undefined, c.id);
    if (given !== undefined) issue(ctx, false, 'score_on_computed', [which, c.id], { received: given, criterion: c.id, metric: computed.metric });
  }
  const raw = ownValue<unknown>(ctx.input.metrics as Record<string, unknown> | undefined, computed.metric);
  const valid = raw === undefined || isShare(raw);
  if (!valid) issue(ctx, true, 'invalid_ratio', ['metrics', computed.metric], { received: raw, allowEmpty: true });
  const share = valid ? (raw as Ratio | undefined) : undefined;
  const label = scoringMetricLabels[computed.metric];
  let points: Ratio = int(0);
  let how: LocalizedText;
  if (share === undefined || share.denominator === 0) {
    if (valid) issue(ctx, false, 'missing_metric', ['metrics', computed.metric], { metric: computed.metric, criterion: c.id });
    how = { vi: 'chưa có số liệu: 0 điểm', en: 'no data: 0 points' };
  } else {
    const r = computed.rule;
    const target = r.kind === 'proportional' ? r.fullAt : r.atLeast;
    points = r.kind === 'proportional' ? mul(max, minR(int(1), div(share, target))) : cmp(share, target) >= 0 ? max : int(0);
    const rule = r.kind === 'proportional'
      ? { vi: `đủ điểm từ ${formatShare(target, 'vi')}, dưới đó theo tỷ lệ`, en: `full points from ${formatShare(target, 'en')}, proportional below` }
      : { vi: `đủ điểm từ ${formatShare(target, 'vi')}, dưới đó 0`, en: `full points from ${formatShare(target, 'en')}, else 0` };
    how = { vi: `${formatShare(share, 'vi')}, ${rule.vi}`, en: `${formatShare(share, 'en')}, ${rule.en}` };
  }
  const summary = {
    vi: `${c.id} ${c.title.vi}: ${pts(points, 'vi')}/${c.maxPoints} điểm, tính từ chỉ số «${label.vi}» (${label.source}): ${how.vi}.`,
    en: `${c.id} ${c.title.en}: ${pts(points, 'en')}/${c.maxPoints} points, computed from «${label.en}» (${label.source}): ${how.en}.`,
  };
  const explanation = createExplanation({ rule: 'scoring.computed', summary, inputs: { metric: computed.metric, share: share ?? null }, outcome: { points } });
  return { id: c.id, maxPoints: c.maxPoints, self: points, appraisal: points, source: 'computed', children: [], explanation };
}

function handLeaf(ctx: Ctx, c: ScoringCriterion): CriterionScore {
  const self = handScore(ctx, 'self', c);
  const appraisal = handScore(ctx, 'appraisal', c);
  const source = appraisal !== null ? 'appraisal' : self !== null ? 'self' : 'unscored';
  const final = appraisal ?? self ?? int(0);
  const ev = ownValue(ctx.input.evidence, c.id);
  const f = (l: Locale): string => {
    const vi = l === 'vi';
    const what = source === 'appraisal' ? (vi ? `điểm thẩm định (tự chấm ${self === null ? '—' : pts(self, l)})` : `appraisal score (self-score ${self === null ? '—' : pts(self, l)})`) : source === 'self' ? (vi ? 'điểm tự chấm, chưa thẩm định' : 'self-score, not yet appraised') : vi ? 'chưa chấm: 0 điểm' : 'not scored: 0 points';
    const evidence = ev === undefined ? '' : vi ? `; tài liệu kiểm chứng: ${ev}` : `; evidence: ${ev}`;
    return `${c.id} ${c.title[l]}: ${pts(final, l)}/${c.maxPoints} ${vi ? 'điểm' : 'points'}, ${what}${evidence}.`;
  };
  const explanation = createExplanation({ rule: 'scoring.manual', summary: { vi: f('vi'), en: f('en') }, inputs: { self, appraisal, evidence: ev ?? null }, outcome: { points: final, source } });
  return { id: c.id, maxPoints: c.maxPoints, self: self ?? int(0), appraisal: final, source, children: [], explanation };
}

function scoreCriterion(ctx: Ctx, c: ScoringCriterion): CriterionScore {
  const children = c.children ?? [];
  if (children.length === 0) return c.computed !== undefined ? computedLeaf(ctx, c, c.computed) : handLeaf(ctx, c);
  const scored = children.map((child) => scoreCriterion(ctx, child));
  const self = sum(scored.map((s) => s.self));
  const appraisal = sum(scored.map((s) => s.appraisal));
  const summary = { vi: `${c.id} ${c.title.vi}: ${pts(appraisal, 'vi')}/${c.maxPoints} điểm.`, en: `${c.id} ${c.title.en}: ${pts(appraisal, 'en')}/${c.maxPoints} points.` };
  const explanation = createExplanation({ rule: 'scoring.node', summary, outcome: { self, points: appraisal }, children: scored.map((s) => s.explanation) });
  return { id: c.id, maxPoints: c.maxPoints, self, appraisal, source: 'sum', children: scored, explanation };
}

function knownLeaves(criteria: readonly ScoringCriterion[], out: Set<string>): Set<string> {
  for (const c of criteria) {
    if ((c.children ?? []).length === 0) out.add(c.id);
    else knownLeaves(c.children ?? [], out);
  }
  return out;
}

function gradeOf(scheme: ScoringScheme, total: Ratio): ScoringScheme['grades'][number] {
  return scheme.grades.find((g) => cmp(total, hundredths(Math.round(g.minPoints * 100))) >= 0) ?? (scheme.grades.at(-1) as ScoringScheme['grades'][number]);
}

function scoreUnit(scheme: ScoringScheme, input: UnitScoresInput, index: number, locale: Locale, leaves: Set<string>): { unit: Omit<UnitScore, 'rank'> } | { issues: Issue[] } {
  const ctx: Ctx = { input, hard: [], soft: [], locale, index };
  if (typeof input !== 'object' || input === null || typeof input.unitId !== 'string' || input.unitId === '') {
    return { issues: [createIssue('invalid_type', [index, 'unitId'], { field: 'unitId', expected: 'a unit { unitId, self?, appraisal?, metrics? }', received: input }, locale)] };
  }
  for (const which of ['self', 'appraisal', 'metrics'] as const) {
    const v: unknown = input[which];
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) issue(ctx, true, 'invalid_type', [which], { expected: 'an object keyed by criterion id (metrics: by metric)', received: v });
  }
  if (ctx.hard.length > 0) return { issues: ctx.hard };
  for (const which of ['self', 'appraisal'] as const) {
    for (const id of Object.keys(input[which] ?? {})) if (!leaves.has(id)) issue(ctx, true, 'unknown_criterion', [which, id], { received: id });
  }
  const criteria = scheme.criteria.map((c) => scoreCriterion(ctx, c));
  if (ctx.hard.length > 0) return { issues: ctx.hard };
  const self = sum(criteria.map((c) => c.self));
  const total = sum(criteria.map((c) => c.appraisal));
  const grade = gradeOf(scheme, total);
  const summary = {
    vi: `${input.unitId}: ${pts(total, 'vi')}/${scheme.maxPoints} điểm (tự chấm ${pts(self, 'vi')}), xếp loại ${grade.label.vi} (${formatBasis(scheme.basis)}).`,
    en: `${input.unitId}: ${pts(total, 'en')}/${scheme.maxPoints} points (self-score ${pts(self, 'en')}), grade ${grade.label.en} (${formatBasis(scheme.basis)}).`,
  };
  const explanation = createExplanation({ rule: 'scoring.unit', summary, basis: scheme.basis, inputs: { unitId: input.unitId }, outcome: { self, total, grade: grade.id }, children: criteria.map((c) => c.explanation) });
  return { unit: { unitId: input.unitId, self, total, points: toPoints(total), grade: { id: grade.id, label: grade.label }, criteria, issues: ctx.soft, explanation } };
}

/**
 * Scores units (departments) on a CCHC scoring scheme: totals the self-scores and the appraisal
 * scores of each unit, fills the criteria computed from the library's own metrics (by the
 * criterion's rule, e.g. full points at 100% on time, proportional below), ranks the units (equal
 * totals share a rank), assigns the grade and explains every point.
 *
 * @remarks A leaf's final points are the appraisal score where given, else the self-score (flagged
 * "not yet appraised"), else 0 ("not scored"). A total never exceeds the scheme's maximum. A unit
 * with a score out of range, too many decimals or an unknown criterion is rejected with its issues;
 * a missing metric scores 0 with a note.
 * @param scheme - A scheme validated by {@link defineScoringScheme}.
 * @param inputs - One entry per unit.
 * @param options - The scoring period (its year must be the scheme's) and the locale of messages.
 * @returns The ranked units and the rejected ones.
 * @throws {@link ReformRulesError} (code `invalid_scheme`) When the scheme does not validate.
 * @throws {@link ReformRulesError} (code `scheme_year_mismatch`) When the period is not in the scheme's year.
 * @example
 * ```ts
 * import { exampleScoringScheme, scoreUnits } from 'reform-rules';
 * const r = scoreUnits(exampleScoringScheme, [{ unitId: 'P1', metrics: { dossiersOnTime: { numerator: 9, denominator: 10 } } }], { period: '2026' });
 * r.units[0]?.criteria[0]?.children[0]?.appraisal; // => { numerator: 18, denominator: 1 } (90% of 20 points)
 * ```
 * @category Scoring
 */
export function scoreUnits(scheme: ScoringScheme, inputs: readonly UnitScoresInput[], options: { readonly period: string; readonly locale?: Locale | undefined }): UnitScores {
  const checked = defineScoringScheme(scheme);
  if (!checked.ok) raise('invalid_scheme', { field: 'scheme', detail: checked.issues.map((i) => i.message).join('; ') }, { issues: checked.issues });
  const year = typeof options?.period === 'string' ? Number(options.period.slice(0, 4)) : Number.NaN;
  if (year !== scheme.year) raise('scheme_year_mismatch', { field: 'options.period', received: options?.period, year: scheme.year });
  if (!Array.isArray(inputs)) raise('invalid_type', { field: 'inputs', expected: 'an array of unit scores', received: inputs });
  const locale = options.locale ?? DEFAULT_LOCALE;
  const leaves = knownLeaves(scheme.criteria, new Set());
  const scored: Omit<UnitScore, 'rank'>[] = [];
  const rejected: { index: number; unitId: string | null; issues: Issue[] }[] = [];
  inputs.forEach((input, index) => {
    const r = scoreUnit(scheme, input, index, locale, leaves);
    if ('unit' in r) scored.push(r.unit);
    else rejected.push({ index, unitId: typeof input?.unitId === 'string' ? input.unitId : null, issues: r.issues });
  });
  const sorted = [...scored].sort((a, b) => -cmp(a.total, b.total));
  const units: UnitScore[] = sorted.map((u) => ({ ...u, rank: 1 + sorted.filter((o) => cmp(o.total, u.total) > 0).length }));
  const explanation = createExplanation({
    rule: 'scoring.ranking',
    summary: {
      vi: `${scheme.title.vi} (${scheme.version}${scheme.example === true ? ', VÍ DỤ, không phải quy chế thật' : ''}), kỳ ${options.period}: ${units.map((u) => `${u.rank}. ${u.unitId} ${pts(u.total, 'vi')}`).join('; ')}${rejected.length > 0 ? `; ${rejected.length} đơn vị bị loại` : ''}.`,
      en: `${scheme.title.en} (${scheme.version}${scheme.example === true ? ', an EXAMPLE, not a real regulation' : ''}), period ${options.period}: ${units.map((u) => `${u.rank}. ${u.unitId} ${pts(u.total, 'en')}`).join('; ')}${rejected.length > 0 ? `; ${rejected.length} unit(s) rejected` : ''}.`,
    },
    basis: scheme.basis,
    inputs: { scheme: scheme.id, version: scheme.version, period: options.period, units: inputs.length },
    outcome: { ranked: units.length, rejected: rejected.length },
    children: units.map((u) => u.explanation),
  });
  return { scheme: { id: scheme.id, version: scheme.version, year: scheme.year, example: scheme.example === true }, units, rejected, explanation };
}
