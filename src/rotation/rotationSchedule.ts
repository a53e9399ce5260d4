import { DEFAULT_LOCALE } from '../errors/locale';
import { daysInMonth, pad, parseCivilDate } from '../_lib/civilDate';
import type { CivilDate } from '../calendar/WorkCalendar';
import type { Issue, IssuePath } from '../errors/Issue';
import { createIssue, pathToString } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import { createExplanation } from '../explain/Explanation';
import type { Explanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import type { RotationRule } from './rotationRules';

/**
 * One official's assignment to a position, from the assignment decision (quyết định bố trí). An id,
 * no name.
 * @example
 * ```ts
 * import type { RotationAssignment } from 'reform-rules';
 * const a: RotationAssignment = { officialId: 'cv01', positionId: 'one-stop', decisionDate: '2021-03-15' };
 * ```
 * @category Rotation
 */
export interface RotationAssignment {
  /** The official's id. */
  readonly officialId: string;
  /** The position. */
  readonly positionId: string;
  /** The date of the assignment decision, from which the period is counted. */
  readonly decisionDate: CivilDate;
  /** The date the official was moved, when done. */
  readonly movedOn?: CivilDate | undefined;
  /** Why the official is not moved (e.g. close to retirement, pregnancy, sole specialist), when exempt. */
  readonly exemptReason?: string | undefined;
}

/**
 * Where an assignment stands on `asOf`.
 * @example
 * ```ts
 * import type { RotationStatus } from 'reform-rules';
 * const s: RotationStatus = 'dueSoon';
 * ```
 * @category Rotation
 */
export type RotationStatus = 'notYet' | 'dueSoon' | 'overdue' | 'exempt' | 'moved';

/**
 * One official's schedule in one position.
 * @example
 * ```ts
 * import type { RotationEntry } from 'reform-rules';
 * // { officialId: 'cv01', positionId: 'one-stop', earliest: '2024-03-15', due: '2026-03-15', status: 'overdue', ... }
 * ```
 * @category Rotation
 */
export interface RotationEntry {
  /** The official. */
  readonly officialId: string;
  /** The position. */
  readonly positionId: string;
  /** The assignment decision. */
  readonly decisionDate: CivilDate;
  /** The first day a move may be made (decision + minYears). */
  readonly earliest: CivilDate;
  /** The last day by which the move is due (decision + maxYears). */
  readonly due: CivilDate;
  /** The status on `asOf`. */
  readonly status: RotationStatus;
  /** For a moved official: whether the move was made by the due date; else `null`. */
  readonly movedOnTime: boolean | null;
  /** The exemption reason, when exempt. */
  readonly exemptReason: string | null;
  /** The rule applied. */
  readonly rule: RotationRule;
  /** Why, citing the rule. */
  readonly explanation: Explanation;
}

/**
 * Options of {@link rotationSchedule}.
 * @example
 * ```ts
 * import { exampleRotationRule } from 'reform-rules';
 * import type { RotationScheduleOptions } from 'reform-rules';
 * const o: RotationScheduleOptions = { asOf: '2026-12-01', rules: [exampleRotationRule('tt41-2024-bct', 'one-stop')] };
 * ```
 * @category Rotation
 */
export interface RotationScheduleOptions {
  /** The day of the schedule. */
  readonly asOf: CivilDate;
  /** The period of each position. */
  readonly rules: readonly RotationRule[];
  /** A move due within this many months of `asOf` is `'dueSoon'`; default 6. */
  readonly dueWithinMonths?: number | undefined;
  /** The locale of issue messages; default `'vi'` ({@link DEFAULT_LOCALE}). */
  readonly locale?: Locale | undefined;
}

/**
 * The result of {@link rotationSchedule}: every assignment is scheduled or rejected (assignments = entries + rejected).
 * @example
 * ```ts
 * import type { RotationSchedule } from 'reform-rules';
 * // { asOf: '2026-12-01', entries: [...], rejected: [], summary: { notYet: 3, dueSoon: 1, overdue: 1, exempt: 0, moved: 2 } }
 * ```
 * @category Rotation
 */
export interface RotationSchedule {
  /** The day of the schedule. */
  readonly asOf: CivilDate;
  /** One entry per valid assignment, in input order. */
  readonly entries: readonly RotationEntry[];
  /** The assignments left out, with their index and issues. */
  readonly rejected: readonly {
    /** The input's position. */
    readonly index: number;
    /** The issues, paths starting with the index. */
    readonly issues: readonly Issue[];
  }[];
  /** How many entries have each status. */
  readonly summary: Readonly<Record<RotationStatus, number>>;
  /** The summary in words, each entry's explanation as a child. */
  readonly explanation: Explanation;
}

/** @internal `date` plus whole months; the 29th–31st become the last day of a shorter month. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

function checkRules(rules: readonly RotationRule[]): Map<string, RotationRule> {
  if (!Array.isArray(rules)) raise('invalid_type', { field: 'options.rules', expected: 'an array of rotation rules', received: rules });
  const map = new Map<string, RotationRule>();
  rules.forEach((r, i) => {
    const field = `options.rules[${i}]`;
    if (typeof r !== 'object' || r === null || typeof r.positionId !== 'string') raise('invalid_type', { field, expected: 'a rule { positionId, minYears, maxYears, basis }', received: r });
    if (!Number.isInteger(r.minYears) || !Number.isInteger(r.maxYears) || r.minYears < 0 || r.maxYears < 1 || r.minYears > r.maxYears) {
      raise('invalid_years', { field: `${field}.maxYears`, received: [r.minYears, r.maxYears], detail: 'expected whole years with 0 <= minYears <= maxYears and maxYears >= 1', detailVi: 'cần số năm nguyên với 0 <= minYears <= maxYears và maxYears >= 1' });
    }
    if (typeof r.basis !== 'object' || r.basis === null || typeof r.basis.document !== 'string' || r.basis.document === '') raise('invalid_basis', { field: `${field}.basis`, received: r.basis });
    map.set(r.positionId, r);
  });
  return map;
}

function readAssignment(a: RotationAssignment, rules: Map<string, RotationRule>, locale: Locale): { rule: RotationRule } | Issue[] {
  const issues: Issue[] = [];
  const add = (code: IssueCode, path: IssuePath, params: Record<string, unknown>) => issues.push(createIssue(code, path, { field: pathToString(path), ...params }, locale));
  if (typeof a !== 'object' || a === null) return [createIssue('invalid_type', [], { field: '(root)', expected: 'an assignment object', received: a }, locale)];
  if (typeof a.officialId !== 'string' || a.officialId === '') add('invalid_type', ['officialId'], { expected: 'a non-empty id', received: a.officialId });
  const rule = rules.get(a.positionId);
  if (rule === undefined) add('unknown_position', ['positionId'], { received: a.positionId });
  if (parseCivilDate(a.decisionDate) === undefined) add('invalid_date', ['decisionDate'], { received: a.decisionDate });
  if (a.movedOn !== undefined) {
    if (parseCivilDate(a.movedOn) === undefined) add('invalid_date', ['movedOn'], { received: a.movedOn });
    else if (a.movedOn < a.decisionDate) add('moved_before_decision', ['movedOn'], { received: a.movedOn, decisionDate: a.decisionDate });
  }
  if (a.exemptReason !== undefined && (typeof a.exemptReason !== 'string' || a.exemptReason.trim() === '')) add('empty_string', ['exemptReason'], { received: a.exemptReason });
  return issues.length > 0 || rule === undefined ? issues : { rule };
}

const STATUS_TEXT: Readonly<Record<RotationStatus, { vi: string; en: string }>> = {
  notYet: { vi: 'chưa đến hạn', en: 'not yet due' },
  dueSoon: { vi: 'sắp đến hạn', en: 'due soon' },
  overdue: { vi: 'quá hạn chuyển đổi', en: 'overdue' },
  exempt: { vi: 'không thực hiện chuyển đổi', en: 'exempt' },
  moved: { vi: 'đã chuyển đổi', en: 'moved' },
};

function entryOf(a: RotationAssignment, rule: RotationRule, asOf: CivilDate, months: number): RotationEntry {
  const earliest = addMonths(a.decisionDate, rule.minYears * 12);
  const due = addMonths(a.decisionDate, rule.maxYears * 12);
  const moved = a.movedOn !== undefined && a.movedOn <= asOf;
  const status: RotationStatus = a.exemptReason !== undefined ? 'exempt' : moved ? 'moved' : asOf > due ? 'overdue' : asOf >= addMonths(due, -months) ? 'dueSoon' : 'notYet';
  const movedOnTime = status === 'moved' ? (a.movedOn as string) <= due : null;
  const cite = formatBasis(rule.basis);
  const t = STATUS_TEXT[status];
  const extra = (l: 'vi' | 'en') => (status === 'exempt' ? `: ${a.exemptReason}` : status === 'moved' ? (l === 'vi' ? ` ngày ${a.movedOn}${movedOnTime ? ', đúng hạn' : ', sau hạn'}` : ` on ${a.movedOn}${movedOnTime ? ', on time' : ', late'}`) : '');
  const summary = {
    vi: `${a.officialId} tại vị trí ${a.positionId}: bố trí từ ${a.decisionDate}, chuyển đổi sau ${rule.minYears}–${rule.maxYears} năm (${cite}), từ ${earliest}, hạn ${due}; ngày ${asOf}: ${t.vi}${extra('vi')}.`,
    en: `${a.officialId} in position ${a.positionId}: assigned ${a.decisionDate}, to move after ${rule.minYears}–${rule.maxYears} years (${cite}), from ${earliest}, due ${due}; on ${asOf}: ${t.en}${extra('en')}.`,
  };
  const explanation = createExplanation({ rule: 'rotation.entry', summary, basis: rule.basis, inputs: { decisionDate: a.decisionDate, movedOn: a.movedOn ?? null, asOf, minYears: rule.minYears, maxYears: rule.maxYears }, outcome: { earliest, due, status, movedOnTime } });
  return { officialId: a.officialId, positionId: a.positionId, decisionDate: a.decisionDate, earliest, due, status, movedOnTime, exemptReason: a.exemptReason ?? null, rule, explanation };
}

/**
 * The rotation schedule (luân chuyển, chuyển đổi vị trí công tác, plan II.5): for each official and
 * position, the window of the move counted from the assignment decision by the position's
 * `[minYears, maxYears]`, and the status on `asOf`: not yet due, due within N months, overdue,
 * exempt (with the reason) or moved (on time or late).
 *
 * @remarks Periods are per sector and position: Nghị định 170/2025/NĐ-CP defers them to the law; the
 * sector circular seen (Thông tư 41/2024/TT-BCT, 3–5 years) is MEDIUM and the general 2–5 years LOW
 * (see {@link exampleRotationRule}): the agency supplies and confirms its rules. Years are counted
 * as calendar years (29/02 becomes 28/02).
 * @param assignments - The assignments.
 * @param options - The day, the rules, the "due soon" window.
 * @returns The entries, the rejected assignments and the counts by status.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `asOf` is not a real date.
 * @throws {@link ReformRulesError} (code `invalid_years`) When a rule's years are not whole, ordered, with maxYears at least 1.
 * @throws {@link ReformRulesError} (code `invalid_basis`) When a rule has no basis document.
 * @example
 * ```ts
 * import { exampleRotationRule, rotationSchedule } from 'reform-rules';
 * const s = rotationSchedule(
 *   [{ officialId: 'cv01', positionId: 'one-stop', decisionDate: '2021-03-15' }],
 *   { asOf: '2026-12-01', rules: [exampleRotationRule('tt41-2024-bct', 'one-stop')] },
 * );
 * s.entries[0]?.due; // => '2026-03-15'
 * s.entries[0]?.status; // => 'overdue'
 * ```
 * @category Rotation
 */
export function rotationSchedule(assignments: readonly RotationAssignment[], options: RotationScheduleOptions): RotationSchedule {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an object { asOf, rules }', received: options });
  if (parseCivilDate(options.asOf) === undefined) raise('invalid_date', { field: 'options.asOf', received: options.asOf });
  if (!Array.isArray(assignments)) raise('invalid_type', { field: 'assignments', expected: 'an array of assignments', received: assignments });
  const months = options.dueWithinMonths ?? 6;
  if (!Number.isInteger(months) || months < 0) raise('not_integer', { field: 'options.dueWithinMonths', received: months });
  const rules = checkRules(options.rules);
  const entries: RotationEntry[] = [];
  const rejected: { index: number; issues: Issue[] }[] = [];
  assignments.forEach((a, index) => {
    const r = readAssignment(a, rules, options.locale ?? DEFAULT_LOCALE);
    if (Array.isArray(r)) rejected.push({ index, issues: r.map((i) => ({ ...i, path: [index, ...i.path] })) });
    else entries.push(entryOf(a, r.rule, options.asOf, months));
  });
  const summary: Record<RotationStatus, number> = { notYet: 0, dueSoon: 0, overdue: 0, exempt: 0, moved: 0 };
  for (const e of entries) summary[e.status] += 1;
  const explanation = createExplanation({
    rule: 'rotation.schedule',
    summary: {
      vi: `Ngày ${options.asOf}: ${entries.length} vị trí; ${summary.overdue} quá hạn chuyển đổi, ${summary.dueSoon} sắp đến hạn (${months} tháng), ${summary.notYet} chưa đến hạn, ${summary.moved} đã chuyển đổi, ${summary.exempt} không thực hiện; ${rejected.length} bản ghi bị loại.`,
      en: `On ${options.asOf}: ${entries.length} assignments; ${summary.overdue} overdue, ${summary.dueSoon} due within ${months} months, ${summary.notYet} not yet due, ${summary.moved} moved, ${summary.exempt} exempt; ${rejected.length} rejected.`,
    },
    basis: { document: 'Nghị định 170/2025/NĐ-CP', note: '«định kỳ chuyển đổi vị trí công tác thực hiện theo quy định của pháp luật»; periods per sector and position.' },
    inputs: { asOf: options.asOf, assignments: assignments.length },
    outcome: { ...summary, rejected: rejected.length },
    children: entries.map((e) => e.explanation),
  });
  return { asOf: options.asOf, entries, rejected, summary, explanation };
}
