/**
 * Task units and a leader's d computed from the library's own results: task evaluations and
 * dossier counts (Nghị định 335/2025 Điều 14–15, the agency's choice), each with its explanation.
 * @internal
 * @module
 */
import { div, int, minR, mul, sum } from '../_lib/rational';
import type { IssuePath } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { createExplanation } from '../explain/Explanation';
import type { Explanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { formatPercent } from '../explain/formatShare';
import type { Ratio } from '../metrics/ratio';
import type { ParameterUse } from '../policy/Policy';
import type { TaskEvaluation } from '../tasks/evaluateTasks';
import type { UnitResultCombination } from './evaluationPolicy';
import type { DossierCountsInput, ResultsInput, ShareInput, UnitResultInput } from './OfficialEvaluation';
import { readCount, readNumber, readShare } from './_values';
import type { Issues, Task } from './_values';

/** @internal The parameters the derivations read. */
export interface DeriveParams {
  readonly quality: ParameterUse<Ratio | null>;
  readonly unitWeight: ParameterUse<number>;
  readonly combination: ParameterUse<UnitResultCombination>;
}

/** @internal Derived task units with the explanation of each source. */
export interface Derived {
  readonly tasks: Task[];
  readonly notes: Explanation[];
}

interface Counts {
  readonly ended: number;
  readonly late: number;
  readonly overdue: number;
}

const ONE = int(1);
const ZERO = int(0);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** @internal Reads a tally or a report row: ended (early + onTime + late + lateByOthers), late (attributed), pending overdue (attributed). */
export function readDossierCounts(value: DossierCountsInput, path: IssuePath, issues: Issues): Counts | null {
  if (!isObject(value)) {
    issues.add('invalid_type', path, { expected: 'a dossier tally { early, onTime, late, … } or a report row { resolved, pending }', received: value });
    return null;
  }
  const before = issues.list.length;
  const row = 'resolved' in value;
  const ended = row ? (value['resolved'] as Record<string, unknown> | undefined) : value;
  const pending = row ? (value['pending'] as Record<string, unknown> | undefined) : undefined;
  if (!isObject(ended)) {
    issues.add('invalid_type', [...path, 'resolved'], { expected: 'an object { early, onTime, late }', received: ended });
    return null;
  }
  const at = (k: string): IssuePath => (row ? [...path, 'resolved', k] : [...path, k]);
  const early = needCount(ended, 'early', at('early'), issues);
  const onTime = needCount(ended, 'onTime', at('onTime'), issues);
  const late = needCount(ended, 'late', at('late'), issues);
  const byOthers = row ? 0 : readCount(ended['lateByOthers'], [...path, 'lateByOthers'], issues);
  const overdue = row ? readCount(isObject(pending) ? pending['overdue'] : undefined, [...path, 'pending', 'overdue'], issues) : readCount(ended['pendingOverdue'], [...path, 'pendingOverdue'], issues);
  if (issues.list.length > before) return null;
  return { ended: early + onTime + late + byOthers, late, overdue };
}

/** A count the record must hold: absent is the issue `required`, never a silent 0. */
function needCount(record: Record<string, unknown>, key: string, path: IssuePath, issues: Issues): number {
  if (!Object.hasOwn(record, key) || record[key] === undefined) {
    issues.add('required', path, {});
    return 0;
  }
  return readCount(record[key], path, issues);
}

function weightOf(value: unknown, path: IssuePath, s: DeriveParams, issues: Issues): Ratio | null {
  if (value === undefined) return int(s.unitWeight.value);
  const w = readNumber(value, path, issues);
  if (w !== null && w.numerator <= 0) {
    issues.add('invalid_coefficient', path, { received: value });
    return null;
  }
  return w;
}

function qualityOf(own: ShareInput | undefined, ownPath: IssuePath, r: ResultsInput, path: IssuePath, s: DeriveParams, issues: Issues): { q: Ratio; source: 'task' | 'period' | 'policy' } | null {
  if (own !== undefined) {
    const q = readShare(own, ownPath, issues);
    return q === null ? null : { q, source: 'task' };
  }
  if (r.quality !== undefined) {
    const q = readShare(r.quality, [...path, 'quality'], issues);
    return q === null ? null : { q, source: 'period' };
  }
  if (s.quality.value !== null) return { q: s.quality.value, source: 'policy' };
  issues.add('missing_task_quality', ownPath, { parameter: 'derivedTaskQuality' });
  return null;
}

function statusCounts(t: TaskEvaluation, path: IssuePath, issues: Issues): { doneOnTime: number; doneLate: number; overdue: number; open: number } {
  const c = { doneOnTime: 0, doneLate: 0, overdue: 0, open: 0 };
  (t.occurrences as readonly unknown[]).forEach((o, j) => {
    const status = isObject(o) ? o['status'] : undefined;
    if (typeof status === 'string' && Object.hasOwn(c, status)) c[status as keyof typeof c] += 1;
    else issues.add('invalid_type', [...path, 'occurrences', j], { expected: "an occurrence with status 'doneOnTime', 'doneLate', 'open' or 'overdue'", received: o });
  });
  return c;
}

/** One unit of K × decided, with quantity done/decided, quality q × done/decided, on time onTime/decided. */
function unit(weight: Ratio, decided: number, done: number, onTime: number, q: Ratio): Task {
  const d = int(decided);
  return { weight: mul(weight, d), quantity: div(int(done), d), quality: mul(q, div(int(done), d)), onTime: div(int(onTime), d), rework: 0, delay: 0 };
}

/** A record's own value under `key` (never an inherited one such as `constructor`). */
function own(record: unknown, key: string): unknown {
  return isObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

function taskList(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Array.isArray(value['tasks'])) return value['tasks'];
  return null;
}

function fromTasks(r: ResultsInput, path: IssuePath, s: DeriveParams, issues: Issues, out: Derived): void {
  const list = taskList(r.tasks);
  if (list === null) {
    issues.add('invalid_type', [...path, 'tasks'], { expected: 'the task evaluations of evaluateTasks (an array, or its result)', received: r.tasks });
    return;
  }
  const totals = { doneOnTime: 0, doneLate: 0, overdue: 0, open: 0, tasks: 0 };
  list.forEach((raw, i) => {
    const t = raw as TaskEvaluation;
    if (!isObject(t) || !isObject(t.task) || typeof t.task.id !== 'string' || !Array.isArray(t.occurrences)) {
      issues.add('invalid_type', [...path, 'tasks', i], { expected: 'a task evaluation { task, status, occurrences }', received: raw });
      return;
    }
    const c = statusCounts(t, [...path, 'tasks', i], issues);
    const decided = c.doneOnTime + c.doneLate + c.overdue;
    totals.doneOnTime += c.doneOnTime;
    totals.doneLate += c.doneLate;
    totals.overdue += c.overdue;
    totals.open += c.open;
    if (decided === 0) return;
    const id = t.task.id;
    const w = weightOf(own(r.taskWeights, id), [...path, 'taskWeights', id], s, issues);
    const q = qualityOf(own(r.qualityByTask, id) as ShareInput | undefined, [...path, 'qualityByTask', id], r, path, s, issues);
    if (w === null || q === null) return;
    totals.tasks += 1;
    out.tasks.push(unit(w, decided, c.doneOnTime + c.doneLate, c.doneOnTime, q.q));
  });
  out.notes.push(tasksNote(totals, s));
}

function tasksNote(c: { doneOnTime: number; doneLate: number; overdue: number; open: number; tasks: number }, s: DeriveParams): Explanation {
  const decided = c.doneOnTime + c.doneLate + c.overdue;
  const f = (vi: boolean): string =>
    vi
      ? `Nhiệm vụ được giao (theo kết quả evaluateTasks): ${decided} lượt đến hạn hoặc đã xong, ${c.doneOnTime + c.doneLate} hoàn thành (a), ${c.doneOnTime} đúng hạn (c), ${c.doneLate} trễ hạn, ${c.overdue} quá hạn chưa xong; ${c.open} lượt chưa đến hạn không tính; mỗi lượt hệ số K theo taskWeights, mặc định ${s.unitWeight.value} (${formatBasis(s.unitWeight.basis)}).`
      : `Assigned tasks (from evaluateTasks): ${decided} occurrence(s) due or done, ${c.doneOnTime + c.doneLate} done (a), ${c.doneOnTime} on time (c), ${c.doneLate} done late, ${c.overdue} overdue; ${c.open} not yet due are not counted; each occurrence has K from taskWeights, default ${s.unitWeight.value} (${formatBasis(s.unitWeight.basis)}).`;
  return createExplanation({ rule: 'evaluation.derived.tasks', summary: { vi: f(true), en: f(false) }, basis: s.unitWeight.basis, parameters: [s.unitWeight], inputs: { ...c }, outcome: { counted: decided } });
}

function fromDossiers(r: ResultsInput, path: IssuePath, s: DeriveParams, issues: Issues, out: Derived): void {
  const c = readDossierCounts(r.dossiers as DossierCountsInput, [...path, 'dossiers'], issues);
  const w = weightOf(r.dossierWeight, [...path, 'dossierWeight'], s, issues);
  if (c === null || w === null) return;
  const decided = c.ended + c.overdue;
  let source: 'task' | 'period' | 'policy' | null = null;
  if (decided > 0) {
    const q = qualityOf(undefined, [...path, 'quality'], r, path, s, issues);
    if (q === null) return;
    source = q.source;
    out.tasks.push(unit(w, decided, c.ended, c.ended - c.late, q.q));
  }
  const f = (vi: boolean): string =>
    vi
      ? `Hồ sơ TTHC của kỳ (lựa chọn của cơ quan): ${decided} hồ sơ đã giải quyết hoặc quá hạn, ${c.ended} đã giải quyết (a), ${c.ended - c.late} đúng hạn (c), ${c.late} trễ hạn và ${c.overdue} đang quá hạn do công chức; hồ sơ đang trong hạn không tính; mỗi hồ sơ hệ số K = ${kText(w, 'vi')} (dossierWeight, mặc định ${s.unitWeight.value}).`
      : `The period's dossiers (the agency's choice): ${decided} ended or overdue, ${c.ended} ended (a), ${c.ended - c.late} on time (c), ${c.late} late and ${c.overdue} pending overdue through the official; pending within the deadline are not counted; each dossier has K = ${kText(w, 'en')} (dossierWeight, default ${s.unitWeight.value}).`;
  out.notes.push(createExplanation({ rule: 'evaluation.derived.dossiers', summary: { vi: f(true), en: f(false) }, basis: s.unitWeight.basis, parameters: source === 'policy' ? [s.unitWeight, s.quality] : [s.unitWeight], inputs: { ...c }, outcome: { counted: decided, qualitySource: source } }));
}

/** @internal The task units of `results`, appended after the explicit tasks; issues name each field. */
export function deriveResults(r: ResultsInput | undefined, path: IssuePath, s: DeriveParams, issues: Issues): Derived {
  const out: Derived = { tasks: [], notes: [] };
  if (r === undefined) return out;
  if (!isObject(r)) {
    issues.add('invalid_type', path, { expected: 'an object { tasks?, dossiers?, quality?, … }', received: r });
    return out;
  }
  if (r.tasks !== undefined) fromTasks(r, path, s, issues, out);
  if (r.dossiers !== undefined) fromDossiers(r, path, s, issues, out);
  return out;
}

/** @internal Whether d is given as the unit's results rather than a share. */
export function isUnitResultInput(v: unknown): v is UnitResultInput {
  return isObject(v) && !('numerator' in v) && ('dossiers' in v || 'tasks' in v);
}

function kText(w: Ratio, locale: Locale): string {
  const t = w.denominator === 1 ? String(w.numerator) : String(w.numerator / w.denominator);
  return locale === 'vi' ? t.replace('.', ',') : t;
}

function share(n: number, d: number): Ratio | null {
  return d === 0 ? null : n === 0 ? ZERO : div(int(n), int(d));
}

/** @internal d from the unit's on-time share of dossiers and its task completion, with its explanation. */
export function deriveUnitResult(u: UnitResultInput, path: IssuePath, s: DeriveParams, issues: Issues): { d: Ratio; note: Explanation } | null {
  const before = issues.list.length;
  const c = u.dossiers === undefined ? null : readDossierCounts(u.dossiers, [...path, 'dossiers'], issues);
  let t: { done: number; decided: number } | null = null;
  if (u.tasks !== undefined) {
    const x: Record<string, unknown> = isObject(u.tasks) ? u.tasks : {};
    const onTime = needCount(x, 'doneOnTime', [...path, 'tasks', 'doneOnTime'], issues);
    const late = needCount(x, 'doneLate', [...path, 'tasks', 'doneLate'], issues);
    const overdue = needCount(x, 'overdue', [...path, 'tasks', 'overdue'], issues);
    t = { done: onTime + late, decided: onTime + late + overdue };
  }
  if (issues.list.length > before) return null;
  const dossierShare = c === null ? null : share(c.ended - c.late, c.ended);
  const taskShare = t === null ? null : share(t.done, t.decided);
  const measures = [dossierShare, taskShare].filter((m): m is Ratio => m !== null);
  if (measures.length === 0) {
    issues.add('unit_result_unavailable', path, { received: u });
    return null;
  }
  const d = s.combination.value === 'minimum' ? measures.reduce((a, b) => minR(a, b)) : div(sum(measures), int(measures.length));
  const text = (locale: Locale): string => {
    const vi = locale === 'vi';
    const parts = [
      dossierShare === null ? null : vi ? `tỷ lệ hồ sơ đúng hạn của đơn vị ${c?.ended === undefined ? '' : `${c.ended - c.late}/${c.ended}`} = ${formatPercent(dossierShare, locale)}` : `the unit's on-time share of dossiers ${c === null ? '' : `${c.ended - c.late}/${c.ended}`} = ${formatPercent(dossierShare, locale)}`,
      taskShare === null || t === null ? null : vi ? `tỷ lệ nhiệm vụ hoàn thành ${t.done}/${t.decided} = ${formatPercent(taskShare, locale)}` : `its task completion ${t.done}/${t.decided} = ${formatPercent(taskShare, locale)}`,
    ].filter((x): x is string => x !== null);
    const how = s.combination.value === 'minimum' ? (vi ? 'giá trị nhỏ nhất' : 'the minimum') : vi ? 'trung bình cộng' : 'the mean';
    return vi
      ? `d – kết quả của đơn vị = ${how} của ${parts.join(' và ')} = ${formatPercent(d, locale)} (${formatBasis(s.combination.basis)}; cách tính chưa tìm thấy trong văn bản, cơ quan cần xác nhận).`
      : `d, the unit's result = ${how} of ${parts.join(' and ')} = ${formatPercent(d, locale)} (${formatBasis(s.combination.basis)}; the formula was NOT FOUND: the agency must confirm).`;
  };
  return { d: minR(ONE, d), note: createExplanation({ rule: 'evaluation.derived.unitResult', summary: { vi: text('vi'), en: text('en') }, basis: s.combination.basis, parameters: [s.combination], inputs: { dossiers: c, tasks: t }, outcome: { value: d } }) };
}
