/**
 * The plan-scorecard rows "index group at the agency's target" (plan I.1, issue 13): one row per
 * group of the national service index (Quyết định 766/QĐ-TTg) the agency tracks. The input is
 * structural (the numbers of `serviceIndex766(...).total.groups`), so coverage does not import the
 * index, which sits in a layer above it.
 * @module
 */
import type { CivilDate } from '../calendar/WorkCalendar';
import type { Issue, IssuePath } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { createExplanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { formatPercent } from '../explain/formatShare';
import type { Ratio } from '../metrics/ratio';
import { compareRatio } from '../metrics/ratio';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ParameterUse } from '../policy/Policy';
import type { ScorecardRow, ScorecardRowId, ScorecardTarget } from './PlanScorecard';
import { fixedParameter, planBasis, verdict } from './_explain';

/**
 * One group of the service index as computed: its points (rounded to 2 decimals, as the portal
 * shows them) or `null`, its maximum, and why it is `null`. `serviceIndex766(...).total.groups`
 * (or a unit's `groups`) has this shape: pass it as it is.
 * @example
 * ```ts
 * import type { IndexGroupScore } from 'reform-rules';
 * const g: IndexGroupScore = { group: 'progress', score: 13.33, max: 20 };
 * const online: IndexGroupScore = { group: 'online', score: null, max: 12, missing: ['score rule NOT FOUND'] };
 * ```
 * @category Coverage
 */
export interface IndexGroupScore {
  /** The group's name, e.g. `'progress'` (`'publication'`, `'online'`, `'payment'`, `'digitisation'`, `'satisfaction'`). */
  readonly group: string;
  /** Its points (at most 2 decimals), or `null` when the index could not score it. */
  readonly score: number | null;
  /** Its maximum points. */
  readonly max: number;
  /** Why the score is `null`: the indicators or inputs missing. */
  readonly missing?: readonly string[] | undefined;
}

/**
 * The agency's target for one index group it tracks: at least a share of the group's maximum, or
 * at least a number of points (exactly one of the two), with the decision that sets it. The plan
 * gives no number for the index groups: the target is the agency's (or the province's), never a
 * default of the library.
 * @example
 * ```ts
 * import type { IndexGroupTarget } from 'reform-rules';
 * const t: IndexGroupTarget = { group: 'progress', share: { numerator: 9, denominator: 10 },
 *   basis: { document: 'Kế hoạch CCHC năm 2026 của Ban quản lý', article: 'mục II.3' } };
 * ```
 * @category Coverage
 */
export interface IndexGroupTarget {
  /** The group tracked (as named in {@link IndexGroupScore.group}). */
  readonly group: string;
  /** At least this share of the group's maximum (e.g. 9/10). */
  readonly share?: Ratio | undefined;
  /** Or at least this many points (at most 2 decimals, not above the maximum). */
  readonly score?: number | undefined;
  /** The decision setting the target; when absent, the explanation says the agency gave it without one. */
  readonly basis?: LegalBasis | undefined;
}

/**
 * The service-index input of the plan scorecard: the groups as computed (e.g.
 * `serviceIndex766(...).total.groups`) and the groups the agency tracks, with a target each. One
 * row per target.
 * @example
 * ```ts
 * import type { ServiceIndexTracking } from 'reform-rules';
 * // const index = serviceIndex766(input, { period: '2026-08', calendar });
 * const tracking: ServiceIndexTracking = {
 *   groups: [{ group: 'progress', score: 18, max: 20 }],
 *   targets: [{ group: 'progress', share: { numerator: 9, denominator: 10 } }],
 *   source: 'qd766-portal-2026',
 * };
 * ```
 * @category Coverage
 */
export interface ServiceIndexTracking {
  /** The groups as computed. */
  readonly groups: readonly IndexGroupScore[];
  /** The groups tracked, with the agency's target each (one scorecard row each). */
  readonly targets: readonly IndexGroupTarget[];
  /** Where the groups come from (e.g. the index scheme's id `index.scheme.id`), echoed in the explanations. */
  readonly source?: string | undefined;
}

const GROUP_LABELS: Readonly<Record<string, LocalizedText>> = {
  publication: { vi: 'Công khai, minh bạch', en: 'Publication and transparency' },
  progress: { vi: 'Tiến độ giải quyết', en: 'Progress of resolution' },
  online: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  payment: { vi: 'Thanh toán trực tuyến', en: 'Online payment' },
  digitisation: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers' },
  satisfaction: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
};

const INDEX_BASIS = planBasis('mục I.1', '«phấn đấu đưa các Chỉ số … của tỉnh được cải thiện và duy trì ổn định trong nhóm 25 tỉnh, thành phố dẫn đầu cả nước»; the Decision 766 index is how the agency\'s dossiers feed the province\'s indexes. The plan sets no score for its groups: the target is the agency\'s.');
const AGENCY_BASIS: LegalBasis = { document: 'input.serviceIndex.targets', note: 'Set by the agency without a cited decision (the plan gives no score for the index groups); the agency must confirm it.' };

/** @internal The row id of a tracked group. */
export function indexGroupRowId(group: string): ScorecardRowId {
  return `indexGroup:${group}`;
}

/** Points with at most 2 decimals as hundredths, or `null` when the number has more. */
function hundredths(n: number): number | null {
  const h = Math.round(n * 100);
  return Number.isSafeInteger(h) && Math.abs(n * 100 - h) < 1e-6 ? h : null;
}

/** A check of a number of points: finite, not negative, at most 2 decimals. */
function pointsProblem(n: unknown): { code: IssueCode; extra: Record<string, unknown> } | null {
  if (typeof n !== 'number') return { code: n === undefined ? 'required' : 'invalid_type', extra: { expected: 'number' } };
  if (!Number.isFinite(n)) return { code: 'not_finite', extra: {} };
  if (n < 0) return { code: 'negative', extra: {} };
  if (hundredths(n) === null) return { code: 'index_points_precision', extra: {} };
  return null;
}

interface Reader {
  readonly issues: Issue[];
  readonly locale: Locale;
}

function problem(r: Reader, path: IssuePath, code: IssueCode, received: unknown, extra: Record<string, unknown> = {}): void {
  const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
  r.issues.push(createIssue(code, path, { field, received, ...extra }, r.locale));
}

/** Validates the computed groups (issues, valid ones kept, first of a duplicate kept). */
function readGroups(raw: unknown, r: Reader): Map<string, IndexGroupScore> {
  const out = new Map<string, IndexGroupScore>();
  if (!Array.isArray(raw)) {
    problem(r, ['serviceIndex', 'groups'], raw === undefined ? 'required' : 'not_array', raw);
    return out;
  }
  (raw as readonly unknown[]).forEach((g, i) => {
    const at = (name: string): IssuePath => ['serviceIndex', 'groups', i, name];
    if (g === null || typeof g !== 'object' || Array.isArray(g)) return problem(r, ['serviceIndex', 'groups', i], 'invalid_type', g, { expected: 'an object { group, score, max }' });
    const x = g as Partial<Record<keyof IndexGroupScore, unknown>>;
    if (typeof x.group !== 'string' || x.group === '') return problem(r, at('group'), x.group === undefined ? 'required' : typeof x.group === 'string' ? 'empty_string' : 'invalid_type', x.group, { expected: 'string' });
    const maxProblem = pointsProblem(x.max);
    if (maxProblem !== null) return problem(r, at('max'), maxProblem.code, x.max, maxProblem.extra);
    if (x.max === 0) return problem(r, at('max'), 'out_of_range', x.max, { minimum: 0.01, maximum: 100 });
    if (x.score !== null) {
      const scoreProblem = pointsProblem(x.score);
      if (scoreProblem !== null) return problem(r, at('score'), scoreProblem.code, x.score, scoreProblem.extra);
      if ((x.score as number) > (x.max as number)) return problem(r, at('score'), 'index_score_exceeds_max', x.score, { max: x.max });
    }
    const missing = Array.isArray(x.missing) ? x.missing.filter((m): m is string => typeof m === 'string') : undefined;
    if (out.has(x.group)) return problem(r, at('group'), 'duplicate_id', x.group);
    out.set(x.group, { group: x.group, score: x.score as number | null, max: x.max as number, ...(missing === undefined ? {} : { missing }) });
    return undefined;
  });
  return out;
}

/** A legal basis: a non-empty `document`, and `article`, `issuer`, `note` strings when present. */
function isBasis(b: unknown): b is LegalBasis {
  if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
  const x = b as Record<string, unknown>;
  if (typeof x['document'] !== 'string' || x['document'] === '') return false;
  return (['article', 'issuer', 'note'] as const).every((k) => x[k] === undefined || typeof x[k] === 'string');
}

/** The basis's own fields only (a clean copy). */
function copyBasis(b: LegalBasis): LegalBasis {
  return {
    document: b.document,
    ...(b.article === undefined ? {} : { article: b.article }),
    ...(b.issuer === undefined ? {} : { issuer: b.issuer }),
    ...(b.note === undefined ? {} : { note: b.note }),
  };
}

/** Validates the targets (issues, valid ones kept, first of a duplicate kept). */
function readTargets(raw: unknown, r: Reader): { target: IndexGroupTarget; index: number }[] {
  if (!Array.isArray(raw)) {
    problem(r, ['serviceIndex', 'targets'], raw === undefined ? 'required' : 'not_array', raw);
    return [];
  }
  const out: { target: IndexGroupTarget; index: number }[] = [];
  const seen = new Set<string>();
  (raw as readonly unknown[]).forEach((t, i) => {
    const at = (name: string): IssuePath => ['serviceIndex', 'targets', i, name];
    if (t === null || typeof t !== 'object' || Array.isArray(t)) return problem(r, ['serviceIndex', 'targets', i], 'invalid_type', t, { expected: 'an object { group, share | score, basis? }' });
    const x = t as Partial<Record<keyof IndexGroupTarget, unknown>>;
    if (typeof x.group !== 'string' || x.group === '') return problem(r, at('group'), x.group === undefined ? 'required' : typeof x.group === 'string' ? 'empty_string' : 'invalid_type', x.group, { expected: 'string' });
    if ((x.share === undefined) === (x.score === undefined)) return problem(r, at('share'), 'invalid_type', { share: x.share, score: x.score }, { expected: 'exactly one of share (a ratio of the maximum) or score (points)' });
    if (x.share !== undefined) {
      const s = x.share as Partial<Ratio> | null;
      const ok = typeof s === 'object' && s !== null && Number.isSafeInteger(s.numerator) && Number.isSafeInteger(s.denominator) && (s.numerator as number) >= 0 && (s.denominator as number) > 0;
      if (!ok) return problem(r, at('share'), 'invalid_type', x.share, { expected: 'a ratio { numerator, denominator } of whole numbers, denominator above 0' });
      if ((s.numerator as number) > (s.denominator as number)) return problem(r, at('share'), 'out_of_range', x.share, { minimum: 0, maximum: 1 });
    } else {
      const p = pointsProblem(x.score);
      if (p !== null) return problem(r, at('score'), p.code, x.score, p.extra);
    }
    const b = x.basis as Partial<LegalBasis> | null | undefined;
    if (b !== undefined && !isBasis(b)) return problem(r, at('basis'), 'invalid_type', x.basis, { expected: 'a legal basis { document, article?, issuer?, note? }' });
    if (seen.has(x.group)) return problem(r, at('group'), 'duplicate_id', x.group);
    seen.add(x.group);
    out.push({ index: i, target: { group: x.group, ...(x.share === undefined ? { score: x.score as number } : { share: x.share as Ratio }), ...(b === undefined ? {} : { basis: copyBasis(b as LegalBasis) }) } });
    return undefined;
  });
  return out;
}

/** Whether the points reach the target, exactly (hundredths, cross-multiplied). */
function meetsTarget(score: number, max: number, target: IndexGroupTarget): boolean {
  const s = hundredths(score) as number;
  if (target.share !== undefined) return compareRatio({ numerator: s, denominator: hundredths(max) as number }, target.share) >= 0;
  return s >= (hundredths(target.score as number) as number);
}

function targetText(target: IndexGroupTarget, max: number): LocalizedText {
  if (target.share !== undefined) {
    return { vi: `từ ${formatPercent(target.share, 'vi')} số điểm tối đa (${max}) trở lên`, en: `at least ${formatPercent(target.share, 'en')} of the maximum (${max})` };
  }
  return { vi: `từ ${target.score} / ${max} điểm trở lên`, en: `at least ${target.score} of ${max} points` };
}

/** One row of a tracked group. */
function groupRow(target: IndexGroupTarget, index: number, group: IndexGroupScore | undefined, source: string | undefined, at: CivilDate, r: Reader): ScorecardRow | null {
  const id = indexGroupRowId(target.group);
  const label = Object.hasOwn(GROUP_LABELS, target.group) ? (GROUP_LABELS[target.group] as LocalizedText) : { vi: target.group, en: target.group };
  const title = { vi: `Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) – nhóm ${label.vi}: đạt chỉ tiêu của cơ quan`, en: `Service index (Decision 766), group ${label.en}: at the agency's target` };
  const use: ParameterUse<IndexGroupTarget> = fixedParameter(`indexGroupTarget.${target.group}`, target, at, target.basis ?? AGENCY_BASIS);
  const parameters: readonly ParameterUse[] = [use];
  const base = { id, section: 'I.1', title };
  const inputs = { group: target.group, ...(source === undefined ? {} : { source }) };
  if (group === undefined || group.score === null) {
    const missing = group === undefined ? [`serviceIndex.groups[${target.group}]`] : [`serviceIndex.groups[${target.group}].score`, ...(group.missing ?? [])];
    const fields = missing.map((m) => `\`${m}\``).join(', ');
    const max = group?.max ?? null;
    const t: ScorecardTarget = { kind: 'indexScore', group: target.group, max, ...(target.share === undefined ? { score: target.score as number } : { share: target.share }), parameters };
    return {
      ...base, measured: null, target: t, met: null,
      explanation: createExplanation({
        rule: `coverage.plan.${id}`,
        summary: { vi: `Chưa đánh giá: thiếu ${fields}.`, en: `Not judged: missing ${fields}.` },
        basis: INDEX_BASIS, parameters, inputs: { ...inputs, missing }, outcome: { met: null },
      }),
    };
  }
  if (target.score !== undefined && target.score > group.max) {
    problem(r, ['serviceIndex', 'targets', index, 'score'], 'index_score_exceeds_max', target.score, { max: group.max });
    return null;
  }
  const met = meetsTarget(group.score, group.max, target);
  const v = verdict(met);
  const words = targetText(target, group.max);
  const cite = formatBasis(use.basis);
  const explanation: Explanation = createExplanation({
    rule: `coverage.plan.${id}`,
    summary: {
      vi: `Nhóm ${label.vi}: ${group.score}/${group.max} điểm; chỉ tiêu ${words.vi} (${cite}): ${v.vi}.`,
      en: `Group ${label.en}: ${group.score} of ${group.max} points; target ${words.en} (${cite}): ${v.en}.`,
    },
    basis: use.basis, parameters, inputs, outcome: { score: group.score, max: group.max, met },
    children: [createExplanation({ rule: 'coverage.plan.indexGroup.basis', summary: { vi: `Căn cứ: ${formatBasis(INDEX_BASIS)}.`, en: `Basis: ${formatBasis(INDEX_BASIS)}.` }, basis: INDEX_BASIS, outcome: {} })],
  });
  const t: ScorecardTarget = { kind: 'indexScore', group: target.group, max: group.max, ...(target.share === undefined ? { score: target.score as number } : { share: target.share }), parameters };
  return { ...base, measured: { kind: 'score', score: group.score, max: group.max }, target: t, met, explanation };
}

/**
 * @internal The rows of the tracked index groups, in the order of the targets. Bad groups and
 * targets are reported in `issues` (paths start with `serviceIndex`) and left out; a tracked group
 * absent from `groups`, or with a `null` score, gives a row not judged naming what is missing.
 */
export function indexGroupRows(tracking: ServiceIndexTracking, at: CivilDate, issues: Issue[], locale: Locale): ScorecardRow[] {
  const r: Reader = { issues, locale };
  const groups = readGroups(tracking.groups, r);
  const targets = readTargets(tracking.targets, r);
  const source = typeof tracking.source === 'string' ? tracking.source : undefined;
  return targets.map((t) => groupRow(t.target, t.index, groups.get(t.target.group), source, at, r)).filter((row): row is ScorecardRow => row !== null);
}
