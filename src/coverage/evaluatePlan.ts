import { DEFAULT_LOCALE } from '../errors/locale';
import { requireObjectArg } from '../errors/args';
import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import type { CivilDate, Instant, WorkCalendar } from '../calendar/WorkCalendar';
import { readCalendarOption } from '../calendar/readCalendarOption';
import { readAsOf } from '../_lib/asOf';
import type { DossierEvaluation } from '../dossier/DossierEvaluation';
import type { Issue, IssuePath } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { createExplanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import type { Ratio } from '../metrics/ratio';
import { assertRatio } from '../metrics/ratio';
import type { DossierTallies } from '../metrics/tally';
import { lateRate } from '../metrics/onTimeRate';
import { tallyDossiers } from '../metrics/tally';
import type { Feedback } from '../model/feedback';
import type { Official } from '../model/official';
import type { OfficialDocument } from '../model/officialDocument';
import type { Petition } from '../model/petition';
import type { PlanTask } from '../model/planTask';
import type { Procedure } from '../model/procedure';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import { departmentTitleCap } from '../rating/departmentTitleCap';
import { officialRatingCap } from '../rating/officialRatingCap';
import { evaluateTasks, summarize } from '../tasks/evaluateTasks';
import type { ChannelRecord } from './channelMix';
import { channelMix } from './channelMix';
import type { DateRange, DayRange } from './DateRange';
import { checkPeriod, inRange } from './DateRange';
import { electronicDocuments } from './electronicDocuments';
import { onlineServiceCoverage } from './onlineServiceCoverage';
import type { ParGrade } from './parGrade';
import { parGradeLabels, parGrades } from './parGrade';
import { PETITION_BASIS, petitions as judgePetitions } from './petitions';
import type { PlanScorecard, ScorecardRow, ScorecardRowId, ScorecardTarget } from './PlanScorecard';
import { satisfaction } from './satisfaction';
import type { RotationSchedule } from '../rotation/rotationSchedule';
import { rotationRow } from './rotationRow';
import type { ServiceIndexTracking } from './indexGroupRows';
import { indexGroupRows } from './indexGroupRows';
import { fixedParameter, planBasis, shareTargetExplanation, verdict } from './_explain';
import { meetsShare, share } from './_share';

/**
 * Late-dossier counts of one official or department (as `officialRatingCap` and
 * `departmentTitleCap` take them), keyed by its id.
 * @category Coverage
 */
export interface KeyedLateCounts {
  /** The official's or department's identifier. */
  readonly id: string;
  /** Dossiers handled (resolved) in the period. */
  readonly handled: number;
  /** Of those, resolved late with the delay attributed to it. */
  readonly late: number;
}

/**
 * The province's ranks among all provinces in the five indices of plan I.1 (1 = first). Each is
 * an input: the library does not compute them.
 * @category Coverage
 */
export interface ProvincialIndexRanks {
  /** Chỉ số Cải cách hành chính (PAR Index). */
  readonly parIndex?: number | undefined;
  /** Năng lực cạnh tranh cấp tỉnh (PCI). */
  readonly pci?: number | undefined;
  /** Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI). */
  readonly papi?: number | undefined;
  /** Mức độ sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index). */
  readonly ictIndex?: number | undefined;
  /** Chuyển đổi số (DTI). */
  readonly dti?: number | undefined;
}

/**
 * The data {@link evaluatePlan} reads. Every field is optional: a row whose input is missing is
 * not judged (`met: null`), never given a made-up value.
 * @category Coverage
 */
export interface PlanInput {
  /** Late counts per official (a list, or tallies by official). Else taken from `evaluations`. Row `officialLateShare`. */
  readonly officialLateCounts?: readonly KeyedLateCounts[] | DossierTallies | undefined;
  /** Late counts per department (a list, or tallies by department). Else taken from `evaluations`. Row `departmentLateShare`. */
  readonly departmentLateCounts?: readonly KeyedLateCounts[] | DossierTallies | undefined;
  /** The evaluations of the dossiers handled in the period: tallied per official and department, and used for the channel mix when `dossiers` is absent. */
  readonly evaluations?: readonly DossierEvaluation[] | undefined;
  /** The dossiers, for the channel mix (row `onlineMainChannel`). */
  readonly dossiers?: readonly ChannelRecord[] | undefined;
  /** Customer feedback (row `satisfaction`, with `officials`). */
  readonly feedback?: readonly Feedback[] | undefined;
  /** The officials (row `satisfaction`, with `feedback`; also the departments of tasks led by officials). */
  readonly officials?: readonly Official[] | undefined;
  /** The agency's procedures (row `onlineServiceCoverage`). */
  readonly procedures?: readonly Procedure[] | undefined;
  /** Incoming and outgoing documents (row `electronicDocuments`). */
  readonly documents?: readonly OfficialDocument[] | undefined;
  /** Petitions (row `petitionsOnTime`). */
  readonly petitions?: readonly Petition[] | undefined;
  /** Plan tasks, as received (rows `tasksSingleLead` and `tasksOnTime`). */
  readonly tasks?: readonly PlanTask[] | undefined;
  /** The agency's own PAR index grade for the year (row `agencyParGrade`). */
  readonly agencyParGrade?: ParGrade | undefined;
  /** The province's ranks in the five indices (rows `parIndexRank` … `dtiRank`). */
  readonly provincialIndexRanks?: ProvincialIndexRanks | undefined;
  /** A rotation schedule from `rotationSchedule` (row `rotationAsDue`, plan II.5); the row is added only when given. */
  readonly rotation?: RotationSchedule | undefined;
  /**
   * The service-index groups (e.g. `serviceIndex766(...).total.groups`) and the groups the agency
   * tracks, with its target each (rows `indexGroup:<group>`, plan I.1); the rows are added only
   * when given. Issue 13.
   */
  readonly serviceIndex?: ServiceIndexTracking | undefined;
}

/** Options of {@link evaluatePlan}. @category Coverage */
export interface EvaluatePlanOptions {
  /** The period judged; the policy is read at its last day (the late-share caps for that day's year). */
  readonly period: DateRange;
  /** The day of the evaluation: a civil date, or an instant with offset (its Vietnam day); tasks are judged as of this day. */
  readonly asOf: CivilDate | Instant;
  /** The working-time calendar (petition deadlines, task due dates). */
  readonly calendar: WorkCalendar;
  /** The policy. @defaultValue {@link defaultPolicy} */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** Targets the plan states without a number, read by default as 100% (overridable here). */
  readonly targets?: {
    /** Share of petitions answered on time. @defaultValue 1/1 */
    readonly petitionsOnTime?: Ratio | undefined;
    /** Share of task occurrences due in the period done on time. @defaultValue 1/1 */
    readonly tasksOnTime?: Ratio | undefined;
  } | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

const RANK_ROWS: readonly { id: ScorecardRowId; key: keyof ProvincialIndexRanks; title: LocalizedText }[] = [
  { id: 'parIndexRank', key: 'parIndex', title: { vi: 'Chỉ số Cải cách hành chính (PAR Index) của tỉnh trong nhóm 25 tỉnh, thành phố dẫn đầu', en: "The province's PAR Index among the top 25 provinces" } },
  { id: 'pciRank', key: 'pci', title: { vi: 'Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) trong nhóm 25 tỉnh, thành phố dẫn đầu', en: "The province's PCI among the top 25 provinces" } },
  { id: 'papiRank', key: 'papi', title: { vi: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) trong nhóm 25 tỉnh, thành phố dẫn đầu', en: "The province's PAPI among the top 25 provinces" } },
  { id: 'ictIndexRank', key: 'ictIndex', title: { vi: 'Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index) trong nhóm 25 tỉnh, thành phố dẫn đầu', en: "The province's ICT Index among the top 25 provinces" } },
  { id: 'dtiRank', key: 'dti', title: { vi: 'Chỉ số Chuyển đổi số (DTI) trong nhóm 25 tỉnh, thành phố dẫn đầu', en: "The province's DTI among the top 25 provinces" } },
];

const TASKS_BASIS = planBasis('mục II.4, III.1', '«mỗi nhiệm vụ chỉ giao cho một người chủ trì và chịu trách nhiệm»; «Theo dõi, đôn đốc … triển khai thực hiện Kế hoạch này»; the plan gives no share, read as every task occurrence done by its due date (overridable).');
const SINGLE_LEAD_BASIS = planBasis('mục II.4', '«mỗi nhiệm vụ chỉ giao cho một người chủ trì và chịu trách nhiệm».');
const PAR_GRADE_BASIS = planBasis('mục II.1', '«đảm bảo duy trì chỉ số cải cách hành chính của cơ quan hàng năm xếp loại Tốt»; a higher grade also meets it.');
const CALLER_BASIS = { document: 'options.targets', note: 'Given by the caller.' };

function notJudged(id: ScorecardRowId, missing: readonly string[], basis: LegalBasis | null, parameters: readonly ParameterUse[]): Explanation {
  const fields = missing.map((m) => `\`${m}\``).join(', ');
  return createExplanation({
    rule: `coverage.plan.${id}`,
    summary: { vi: `Chưa đánh giá: thiếu dữ liệu đầu vào ${fields}.`, en: `Not judged: the input ${fields} was not given.` },
    basis,
    parameters,
    inputs: { missing },
    outcome: { met: null },
  });
}

function prefixed(field: string, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: [field, ...i.path] as IssuePath }));
}

/** @internal Validates keyed late counts (issues, valid ones kept) or reads them from tallies. */
function readLateCounts(input: readonly KeyedLateCounts[] | DossierTallies, field: string, locale: Locale, issues: Issue[]): KeyedLateCounts[] {
  if (!Array.isArray(input) && typeof input === 'object' && input !== null && 'byKey' in input) {
    const out: KeyedLateCounts[] = [];
    for (const [id, t] of (input as DossierTallies).byKey) {
      const r = lateRate(t);
      out.push({ id, handled: r.denominator, late: r.numerator });
    }
    return out;
  }
  if (!Array.isArray(input)) {
    issues.push(createIssue('not_array', [field], { received: input }, locale));
    return [];
  }
  const out: KeyedLateCounts[] = [];
  const seen = new Map<string, number>();
  (input as readonly unknown[]).forEach((raw, i) => {
    const problem = (code: IssueCode, name: string, received: unknown, extra: Record<string, unknown> = {}): void => {
      issues.push(createIssue(code, [field, i, name], { field: name, received, ...extra }, locale));
    };
    const r = raw as Partial<KeyedLateCounts> | null;
    if (r === null || typeof r !== 'object') {
      issues.push(createIssue('invalid_type', [field, i], { field: `[${i}]`, expected: 'an object { id, handled, late }', received: raw }, locale));
      return;
    }
    if (typeof r.id !== 'string' || r.id === '') return problem(r.id === undefined ? 'required' : 'empty_string', 'id', r.id);
    for (const name of ['handled', 'late'] as const) {
      const n = r[name];
      if (typeof n !== 'number') return problem(n === undefined ? 'required' : 'invalid_type', name, n, { expected: 'number' });
      if (!Number.isInteger(n)) return problem('not_integer', name, n);
      if (n < 0) return problem('negative', name, n);
      if (!Number.isSafeInteger(n)) return problem('count_too_large', name, n);
    }
    const handled = r.handled as number;
    const late = r.late as number;
    if (late > handled) return problem('late_exceeds_handled', 'late', late, { handled });
    const first = seen.get(r.id);
    if (first !== undefined) return problem('duplicate_id', 'id', r.id, { firstIndex: first });
    seen.set(r.id, i);
    out.push({ id: r.id, handled, late });
    return undefined;
  });
  return out;
}

function checkRank(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) raise('invalid_rank', { field, received: value });
  return value;
}

/**
 * The plan scorecard: one row per measurable target of the plan (the five provincial index ranks
 * in the top 25, I.1; official and department late-share caps, customer satisfaction and the
 * agency's PAR grade "Tốt", II.1; petitions answered on time, II.2; full online coverage and online
 * as the main channel, II.3; one lead per task, II.4; electronic documents, II.7; task occurrences
 * done on time, III.1), each `{ id, section, title, measured, target, met, explanation }`.
 *
 * @remarks A row is judged only when its input is given; otherwise `measured` and `met` are `null`
 * and the explanation names the missing input. Inputs given but empty are judged by exact
 * cross-multiplication: an "at least" target holds over `0/0` (nothing fell short), "more than
 * half" does not, and nobody is over a cap. Bad records are reported in `issues` (paths start with
 * the input's field name) and left out. Targets are read from the policy at the period's last day;
 * the late-share caps for that day's year, as {@link officialRatingCap} and
 * {@link departmentTitleCap} decide them. `docs/plan-scorecard.md` maps every row to the plan's text.
 * @param input - The data available; every field optional.
 * @param options - The period, the day, the calendar, the policy, the targets without a number and the locale.
 * @returns The scorecard.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the period ends before it starts;
 * (code `invalid_date`) when `asOf` or a period bound is not a real date; (code `invalid_enum`)
 * when `agencyParGrade` is not a grade; (code `invalid_rank`) when a rank is not a whole number at
 * least 1; (code `invalid_ratio`) when a target is malformed; (code `year_outside_policy`) when the
 * policy has no value for the period.
 * @example
 * ```ts
 * import { createCalendar, evaluatePlan } from 'reform-rules';
 * const card = evaluatePlan({ procedures, agencyParGrade: 'good', provincialIndexRanks: { pci: 12 } },
 *   { period: { from: '2025-01-01', to: '2025-12-31' }, asOf: '2026-01-15', calendar: createCalendar() });
 * card.rows.find((r) => r.id === 'pciRank')?.met; // => true
 * card.rows.find((r) => r.id === 'satisfaction')?.met; // => null (no feedback given)
 * ```
 * @category Coverage
 */
export function evaluatePlan(input: PlanInput, options: EvaluatePlanOptions): PlanScorecard {
  requireObjectArg(options, 'options', 'an options object');
  const range = checkPeriod(options.period, 'options.period');
  const asOfDay = readAsOf(options.asOf).day;
  if (input === null || typeof input !== 'object') raise('invalid_type', { field: 'input', expected: 'an object of optional inputs', received: input });
  const calendar = readCalendarOption(options.calendar);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? defaultPolicy;
  const at = formatCivilDate(range.last);
  const year = Number(at.slice(0, 4));
  const period = options.period;
  const issues: Issue[] = [];

  const ctx: PlanContext = { input, options, range, asOfDay, calendar, locale, policy, at, year, period, issues };
  const rows: ScorecardRow[] = [...rankRows(ctx), ...lateShareRows(ctx), ...satisfactionRows(ctx), ...parGradeRows(ctx), ...petitionRows(ctx), ...onlineRows(ctx), ...taskRows(ctx), ...documentRows(ctx)];
  if (input.rotation !== undefined) rows.push(rotationRow(input.rotation, at));
  if (input.serviceIndex !== undefined) {
    if (input.serviceIndex === null || typeof input.serviceIndex !== 'object' || Array.isArray(input.serviceIndex)) raise('invalid_type', { field: 'input.serviceIndex', expected: 'an object { groups, targets, source? }', received: input.serviceIndex });
    rows.push(...indexGroupRows(input.serviceIndex, at, issues, locale));
  }
  // Stable sort: the index-group rows keep the targets' order, just after the five ranks.
  rows.sort((a, b) => orderOf(a.id) - orderOf(b.id));
  const met = rows.filter((r) => r.met === true).length;
  const notMet = rows.filter((r) => r.met === false).length;
  const notJudgedCount = rows.length - met - notMet;
  const explanation = createExplanation({
    rule: 'coverage.planScorecard',
    summary: {
      vi: `Kỳ ${period.from} – ${period.to}: ${met} chỉ tiêu đạt, ${notMet} chưa đạt, ${notJudgedCount} chưa đánh giá (thiếu dữ liệu) trên ${rows.length} chỉ tiêu.`,
      en: `Period ${period.from} to ${period.to}: ${met} targets met, ${notMet} not met, ${notJudgedCount} not judged (input missing) of ${rows.length}.`,
    },
    basis: planBasis('mục I.1, II, III.1'),
    inputs: { period, asOf: formatCivilDate(asOfDay) },
    outcome: { met, notMet, notJudged: notJudgedCount },
    children: rows.map((r) => r.explanation),
  });
  return { period, asOf: formatCivilDate(asOfDay), rows, summary: { met, notMet, notJudged: notJudgedCount }, issues, explanation };
}

const ORDER: readonly ScorecardRowId[] = [
  'parIndexRank',
  'pciRank',
  'papiRank',
  'ictIndexRank',
  'dtiRank',
  'officialLateShare',
  'departmentLateShare',
  'satisfaction',
  'agencyParGrade',
  'petitionsOnTime',
  'onlineServiceCoverage',
  'onlineMainChannel',
  'tasksSingleLead',
  'rotationAsDue',
  'electronicDocuments',
  'tasksOnTime',
];

function orderOf(id: ScorecardRowId): number {
  return id.startsWith('indexGroup:') ? ORDER.indexOf('dtiRank') + 0.5 : ORDER.indexOf(id);
}

/** What every section of {@link evaluatePlan} reads. */
interface PlanContext {
  readonly input: PlanInput;
  readonly options: EvaluatePlanOptions;
  readonly range: DayRange;
  readonly asOfDay: number;
  readonly calendar: WorkCalendar;
  readonly locale: Locale;
  readonly policy: Policy<PolicyParameters>;
  readonly at: CivilDate;
  readonly year: number;
  readonly period: DateRange;
  readonly issues: Issue[];
}

/** The scorecard rows of I.1: the five provincial index ranks. */
function rankRows(c: PlanContext): ScorecardRow[] {
  const { input, policy, at } = c;
  const rows: ScorecardRow[] = [];
  const rankTarget = resolveParameter(policy, 'provincialIndexRankTarget', at);
  const ranks = input.provincialIndexRanks;
  for (const r of RANK_ROWS) {
    const target: ScorecardTarget = { kind: 'rank', atMost: rankTarget.value, parameters: [rankTarget] };
    const value = ranks !== undefined && Object.prototype.hasOwnProperty.call(ranks, r.key) ? ranks[r.key] : undefined;
    if (value === undefined) {
      rows.push({ id: r.id, section: 'I.1', title: r.title, measured: null, target, met: null, explanation: notJudged(r.id, [`provincialIndexRanks.${r.key}`], rankTarget.basis, [rankTarget]) });
      continue;
    }
    const rank = checkRank(value, `input.provincialIndexRanks.${r.key}`);
    const met = rank <= rankTarget.value;
    const v = verdict(met);
    const cite = formatBasis(rankTarget.basis);
    rows.push({
      id: r.id,
      section: 'I.1',
      title: r.title,
      measured: { kind: 'rank', rank },
      target,
      met,
      explanation: createExplanation({
        rule: `coverage.plan.${r.id}`,
        summary: {
          vi: `Xếp hạng ${rank}; chỉ tiêu trong nhóm ${rankTarget.value} tỉnh, thành phố dẫn đầu (${cite}): ${v.vi}.`,
          en: `Rank ${rank}; target within the top ${rankTarget.value} provinces (${cite}): ${v.en}.`,
        },
        basis: rankTarget.basis,
        inputs: { rank },
        parameters: [rankTarget],
        outcome: { met },
      }),
    });
  }

  return rows;
}

/** The scorecard rows of II.1: late-share caps of officials and departments. */
function lateShareRows(c: PlanContext): ScorecardRow[] {
  const { input, locale, policy, year, issues } = c;
  const rows: ScorecardRow[] = [];
  const evaluations = input.evaluations;
  for (const kind of ['official', 'department'] as const) {
    const id: ScorecardRowId = kind === 'official' ? 'officialLateShare' : 'departmentLateShare';
    const field = kind === 'official' ? 'officialLateCounts' : 'departmentLateCounts';
    const capUse = resolveParameter(policy, kind === 'official' ? 'officialLateShareCap' : 'departmentLateShareCap', `${year}-01-01`);
    const cmpUse = resolveParameter(policy, kind === 'official' ? 'officialLateShareComparison' : 'departmentLateShareComparison', `${year}-01-01`);
    const target: ScorecardTarget = { kind: 'noneOverCap', cap: capUse.value, comparison: cmpUse.value, parameters: [capUse, cmpUse] };
    const title: LocalizedText =
      kind === 'official'
        ? { vi: 'Không công chức nào có tỷ lệ hồ sơ TTHC trễ hạn vượt ngưỡng xếp loại', en: 'No official over the late-dossier share that caps the rating' }
        : { vi: 'Không phòng chuyên môn nào có tỷ lệ hồ sơ TTHC trễ hạn vượt ngưỡng danh hiệu', en: 'No department over the late-dossier share that caps its title' };
    const given = input[field];
    if (given === undefined && evaluations === undefined) {
      rows.push({ id, section: 'II.1', title, measured: null, target, met: null, explanation: notJudged(id, [`${field} or evaluations`], capUse.basis, [capUse, cmpUse]) });
      continue;
    }
    const counts =
      given !== undefined
        ? readLateCounts(given, field, locale, issues)
        : readLateCounts(tallyDossiers(evaluations as readonly DossierEvaluation[], { by: kind }), field, locale, issues);
    const over: string[] = [];
    const children: Explanation[] = [];
    let judged = 0;
    for (const c of counts) {
      if (c.handled === 0) continue;
      judged += 1;
      const decision = kind === 'official' ? officialRatingCap(c, { year, policy }) : departmentTitleCap(c, { year, policy });
      if (decision.capped) {
        over.push(c.id);
        children.push(decision.explanation);
      }
    }
    const met = over.length === 0;
    const v = verdict(met);
    const cite = formatBasis(capUse.basis);
    const who = kind === 'official' ? { vi: 'công chức', en: 'officials' } : { vi: 'phòng', en: 'departments' };
    rows.push({
      id,
      section: 'II.1',
      title,
      measured: { kind: 'overCap', over: over.length, of: judged },
      target,
      met,
      explanation: createExplanation({
        rule: `coverage.plan.${id}`,
        summary: {
          vi: `${over.length}/${judged} ${who.vi} vượt ngưỡng tỷ lệ hồ sơ trễ hạn năm ${year} (${cite}): ${v.vi}.`,
          en: `${over.length} of ${judged} ${who.en} over the ${year} late-share cap (${cite}): ${v.en}.`,
        },
        basis: capUse.basis,
        inputs: { source: given !== undefined ? field : 'evaluations', judged, year },
        parameters: [capUse, cmpUse],
        outcome: { over, met },
        children,
      }),
    });
  }

  return rows;
}

/** The scorecard rows of II.1: customer satisfaction. */
function satisfactionRows(c: PlanContext): ScorecardRow[] {
  const { input, locale, policy, at, period, issues } = c;
  const rows: ScorecardRow[] = [];
  {
    const targetUse = resolveParameter(policy, 'satisfactionTarget', at);
    const target: ScorecardTarget = { kind: 'share', value: targetUse.value, comparison: 'gte', parameters: [targetUse] };
    const title = { vi: '100% CCVC nhận được sự hài lòng từ khách hàng', en: '100% of officials receive customer satisfaction' };
    const missing = [...(input.feedback === undefined ? ['feedback'] : []), ...(input.officials === undefined ? ['officials'] : [])];
    if (missing.length > 0) {
      rows.push({ id: 'satisfaction', section: 'II.1', title, measured: null, target, met: null, explanation: notJudged('satisfaction', missing, targetUse.basis, [targetUse]) });
    } else {
      const r = satisfaction(input.feedback as readonly Feedback[], { period, officials: input.officials as readonly Official[], policy, locale });
      issues.push(...prefixed('feedback', r.issues));
      rows.push({ id: 'satisfaction', section: 'II.1', title, measured: { kind: 'share', share: r.share }, target, met: r.met, explanation: r.explanation });
    }
  }

  return rows;
}

/** The scorecard rows of II.1: the agency's own PAR grade. */
function parGradeRows(c: PlanContext): ScorecardRow[] {
  const { input } = c;
  const rows: ScorecardRow[] = [];
  {
    const target: ScorecardTarget = { kind: 'grade', atLeast: 'good', parameters: [] };
    const title = { vi: 'Chỉ số cải cách hành chính của cơ quan hàng năm xếp loại Tốt', en: "The agency's own PAR index graded Good (Tốt) every year" };
    const grade = input.agencyParGrade;
    if (grade === undefined) {
      rows.push({ id: 'agencyParGrade', section: 'II.1', title, measured: null, target, met: null, explanation: notJudged('agencyParGrade', ['agencyParGrade'], PAR_GRADE_BASIS, []) });
    } else {
      if (!parGrades.includes(grade)) raise('invalid_enum', { field: 'input.agencyParGrade', expected: parGrades.map((g) => `'${g}'`).join(', '), received: grade });
      const met = parGrades.indexOf(grade) <= parGrades.indexOf('good');
      const v = verdict(met);
      const label = parGradeLabels[grade];
      rows.push({
        id: 'agencyParGrade',
        section: 'II.1',
        title,
        measured: { kind: 'grade', grade },
        target,
        met,
        explanation: createExplanation({
          rule: 'coverage.plan.agencyParGrade',
          summary: {
            vi: `Chỉ số CCHC của cơ quan xếp loại ${label.vi}; chỉ tiêu từ Tốt trở lên (${formatBasis(PAR_GRADE_BASIS)}): ${v.vi}.`,
            en: `The agency's PAR index is graded ${label.en} (${label.vi}); target Good (Tốt) or better (${formatBasis(PAR_GRADE_BASIS)}): ${v.en}.`,
          },
          basis: PAR_GRADE_BASIS,
          inputs: { grade },
          outcome: { met },
        }),
      });
    }
  }

  return rows;
}

/** The scorecard rows of II.2: petitions answered on time. */
function petitionRows(c: PlanContext): ScorecardRow[] {
  const { input, options, calendar, locale, policy, at, period, issues } = c;
  const rows: ScorecardRow[] = [];
  {
    const deadlineUse = resolveParameter(policy, 'petitionDeadlineWorkingDays', at);
    const custom = options.targets?.petitionsOnTime;
    if (custom !== undefined) assertRatio(custom, 'options.targets.petitionsOnTime', false);
    const targetUse = fixedParameter<Ratio>('petitionOnTimeTarget', custom ?? { numerator: 1, denominator: 1 }, at, custom === undefined ? PETITION_BASIS : CALLER_BASIS);
    const target: ScorecardTarget = { kind: 'share', value: targetUse.value, comparison: 'gte', parameters: [targetUse, deadlineUse] };
    const title = { vi: 'Phản ánh, kiến nghị của doanh nghiệp, người dân được trả lời đúng hạn', en: 'Business and citizen petitions answered within their deadline' };
    if (input.petitions === undefined) {
      rows.push({ id: 'petitionsOnTime', section: 'II.2', title, measured: null, target, met: null, explanation: notJudged('petitionsOnTime', ['petitions'], targetUse.basis, [targetUse, deadlineUse]) });
    } else {
      const r = judgePetitions(input.petitions, { period, calendar, policy, target: custom, locale });
      issues.push(...prefixed('petitions', r.issues));
      rows.push({ id: 'petitionsOnTime', section: 'II.2', title, measured: { kind: 'share', share: r.share }, target: { ...target, parameters: [r.target, deadlineUse] }, met: r.met, explanation: r.explanation });
    }
  }

  return rows;
}

/** The scorecard rows of II.3: full online coverage; online as the main channel. */
function onlineRows(c: PlanContext): ScorecardRow[] {
  const { input, locale, policy, at, period, issues } = c;
  const rows: ScorecardRow[] = [];
  const evaluations = input.evaluations;
  {
    const targetUse = resolveParameter(policy, 'onlineCoverageTarget', at);
    const target: ScorecardTarget = { kind: 'share', value: targetUse.value, comparison: 'gte', parameters: [targetUse] };
    const title = { vi: '100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình', en: '100% of eligible procedures offered as full online public services' };
    if (input.procedures === undefined) {
      rows.push({ id: 'onlineServiceCoverage', section: 'II.3', title, measured: null, target, met: null, explanation: notJudged('onlineServiceCoverage', ['procedures'], targetUse.basis, [targetUse]) });
    } else {
      const r = onlineServiceCoverage(input.procedures, { asOf: at, policy, locale });
      issues.push(...prefixed('procedures', r.issues));
      rows.push({ id: 'onlineServiceCoverage', section: 'II.3', title, measured: { kind: 'share', share: r.share }, target, met: r.met, explanation: r.explanation });
    }
  }
  {
    const shareUse = resolveParameter(policy, 'onlineMainChannelShare', at);
    const cmpUse = resolveParameter(policy, 'onlineMainChannelComparison', at);
    const fromUse = resolveParameter(policy, 'onlineMainChannelFrom', at);
    const target: ScorecardTarget = { kind: 'share', value: shareUse.value, comparison: cmpUse.value, parameters: [shareUse, cmpUse, fromUse] };
    const title = { vi: 'Từ năm 2025, giao dịch trực tuyến là chủ yếu', en: 'From 2025, online is the main channel' };
    const dossiers = input.dossiers ?? evaluations;
    if (dossiers === undefined) {
      rows.push({ id: 'onlineMainChannel', section: 'II.3', title, measured: null, target, met: null, explanation: notJudged('onlineMainChannel', ['dossiers or evaluations'], shareUse.basis, [shareUse, cmpUse, fromUse]) });
    } else {
      const r = channelMix(dossiers, { period, policy, locale });
      issues.push(...prefixed(input.dossiers !== undefined ? 'dossiers' : 'evaluations', r.issues));
      rows.push({ id: 'onlineMainChannel', section: 'II.3', title, measured: { kind: 'share', share: r.mainChannel.share }, target, met: r.mainChannel.met, explanation: r.explanation });
    }
  }

  return rows;
}

/** The scorecard rows of II.4: one lead per task; III.1: task occurrences done on time. */
function taskRows(c: PlanContext): ScorecardRow[] {
  const { input, options, range, asOfDay, calendar, locale, at, period, issues } = c;
  const rows: ScorecardRow[] = [];
  {
    const singleUse = fixedParameter<Ratio>('singleLeadTarget', { numerator: 1, denominator: 1 }, at, SINGLE_LEAD_BASIS);
    const singleTarget: ScorecardTarget = { kind: 'share', value: singleUse.value, comparison: 'gte', parameters: [singleUse] };
    const singleTitle = { vi: 'Mỗi nhiệm vụ chỉ giao cho một người chủ trì', en: 'Every task has exactly one lead' };
    const custom = options.targets?.tasksOnTime;
    if (custom !== undefined) assertRatio(custom, 'options.targets.tasksOnTime', false);
    const onTimeUse = fixedParameter<Ratio>('taskOnTimeTarget', custom ?? { numerator: 1, denominator: 1 }, at, custom === undefined ? TASKS_BASIS : CALLER_BASIS);
    const onTimeTarget: ScorecardTarget = { kind: 'share', value: onTimeUse.value, comparison: 'gte', parameters: [onTimeUse] };
    const onTimeTitle = { vi: 'Nhiệm vụ (kể cả báo cáo định kỳ) đến hạn trong kỳ được hoàn thành đúng hạn', en: 'Task occurrences (periodic reports included) due in the period done on time' };
    const tasks = input.tasks;
    if (tasks === undefined) {
      rows.push({ id: 'tasksSingleLead', section: 'II.4', title: singleTitle, measured: null, target: singleTarget, met: null, explanation: notJudged('tasksSingleLead', ['tasks'], SINGLE_LEAD_BASIS, [singleUse]) });
      rows.push({ id: 'tasksOnTime', section: 'III.1', title: onTimeTitle, measured: null, target: onTimeTarget, met: null, explanation: notJudged('tasksOnTime', ['tasks'], onTimeUse.basis, [onTimeUse]) });
    } else {
      const list: readonly unknown[] = Array.isArray(tasks) ? tasks : [];
      const { single, leadProblems } = countSingleLeads(list);
      const singleShare = share(single, list.length);
      const singleMet = meetsShare(singleShare, singleUse.value, 'gte');
      rows.push({
        id: 'tasksSingleLead',
        section: 'II.4',
        title: singleTitle,
        measured: { kind: 'share', share: singleShare },
        target: singleTarget,
        met: singleMet,
        explanation: shareTargetExplanation({
          rule: 'coverage.plan.tasksSingleLead',
          what: { vi: 'Nhiệm vụ có đúng một người chủ trì', en: 'Tasks with exactly one lead' },
          share: singleShare,
          target: singleUse,
          comparison: 'gte',
          met: singleMet,
          inputs: { tasks: list.length },
          outcome: { withoutSingleLead: leadProblems },
        }),
      });
      const evaluated = evaluateTasks(tasks, { asOf: formatCivilDate(asOfDay), calendar, officials: input.officials, locale });
      issues.push(...prefixed('tasks', evaluated.issues));
      const due = evaluated.occurrences.filter((o) => o.effectiveDueDate !== undefined && inRange(parseCivilDate(o.effectiveDueDate) as number, range));
      const summary = summarize(due.map((o) => o.status));
      const onTimeMet = meetsShare(summary.onTimeShare, onTimeUse.value, 'gte');
      rows.push({
        id: 'tasksOnTime',
        section: 'III.1',
        title: onTimeTitle,
        measured: { kind: 'share', share: summary.onTimeShare },
        target: onTimeTarget,
        met: onTimeMet,
        explanation: shareTargetExplanation({
          rule: 'coverage.plan.tasksOnTime',
          what: { vi: 'Nhiệm vụ đến hạn trong kỳ được hoàn thành đúng hạn', en: 'Task occurrences due in the period done on time' },
          share: summary.onTimeShare,
          target: onTimeUse,
          comparison: 'gte',
          met: onTimeMet,
          inputs: { period, asOf: formatCivilDate(asOfDay), dueInPeriod: due.length },
          outcome: {
            summary,
            late: due.filter((o) => o.status === 'doneLate' || o.status === 'overdue').map((o) => ({ taskId: o.taskId, index: o.index, status: o.status })),
          },
          note: {
            vi: `${summary.open} lần thực hiện chưa đến hạn tính đến ${formatCivilDate(asOfDay)} chưa tính.`,
            en: `${summary.open} occurrence(s) not yet due on ${formatCivilDate(asOfDay)} are not counted yet.`,
          },
        }),
      });
    }
  }

  return rows;
}

/** The scorecard rows of II.7: electronic documents. */
function documentRows(c: PlanContext): ScorecardRow[] {
  const { input, locale, policy, at, period, issues } = c;
  const rows: ScorecardRow[] = [];
  {
    const targetUse = resolveParameter(policy, 'electronicDocumentsTarget', at);
    const target: ScorecardTarget = { kind: 'share', value: targetUse.value, comparison: 'gte', parameters: [targetUse] };
    const title = { vi: 'Văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường điện tử, ký số', en: 'Incoming and outgoing documents (except secret ones) handled electronically and digitally signed' };
    if (input.documents === undefined) {
      rows.push({ id: 'electronicDocuments', section: 'II.7', title, measured: null, target, met: null, explanation: notJudged('electronicDocuments', ['documents'], targetUse.basis, [targetUse]) });
    } else {
      const r = electronicDocuments(input.documents, { period, policy, locale });
      issues.push(...prefixed('documents', r.issues));
      rows.push({ id: 'electronicDocuments', section: 'II.7', title, measured: { kind: 'share', share: r.share }, target, met: r.met, explanation: r.explanation });
    }
  }
  return rows;
}

/** How many tasks have exactly one lead, and the ids (or positions) of the others. */
function countSingleLeads(list: readonly unknown[]): { single: number; leadProblems: string[] } {
  let single = 0;
  const leadProblems: string[] = [];
  list.forEach((t, i) => {
    const lead = t !== null && typeof t === 'object' ? (t as { lead?: unknown }).lead : undefined;
    const count = lead === undefined ? 0 : Array.isArray(lead) ? lead.length : 1;
    if (count === 1) single += 1;
    else {
      const id = t !== null && typeof t === 'object' ? (t as { id?: unknown }).id : undefined;
      leadProblems.push(typeof id === 'string' ? id : `[${i}]`);
    }
  });
  return { single, leadProblems };
}
