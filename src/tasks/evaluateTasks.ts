import { DEFAULT_LOCALE } from '../errors/locale';
import type { CivilDate, Instant, WorkCalendar } from '../calendar/WorkCalendar';
import { readCalendarOption } from '../calendar/readCalendarOption';
import { readAsOf } from '../_lib/asOf';
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import type { Ratio } from '../metrics/ratio';
import type { Official } from '../model/official';
import type { PlanTask } from '../model/planTask';
import { taskOccurrences } from './taskOccurrences';
import { validateTasks } from './validateTasks';

/**
 * Where a task (or one occurrence of a recurring task) stands on `asOf`: done by its due date,
 * done after it, not done and not yet due, or not done and past due.
 * @category Tasks
 */
export type TaskStatus = 'doneOnTime' | 'doneLate' | 'open' | 'overdue';

/** Options of {@link evaluateTasks}. @category Tasks */
export interface EvaluateTasksOptions {
  /** The day of the evaluation: a civil date `'YYYY-MM-DD'`, or an instant with offset (its Vietnam day); completions after it are not yet known. */
  readonly asOf: CivilDate | Instant;
  /** The working-time calendar: a due date on a day off moves to the next working day. */
  readonly calendar: WorkCalendar;
  /** The officials, to find the department of a task led by an official (only `id` and `departmentId` are read). */
  readonly officials?: readonly Pick<Official, 'id' | 'departmentId'>[] | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/** One occurrence of a task, judged. @category Tasks */
export interface OccurrenceEvaluation {
  /** The task's identifier. */
  readonly taskId: string;
  /** The occurrence's position (0 for a one-off task). */
  readonly index: number;
  /** The first day of the period it covers, when known. */
  readonly periodStart?: CivilDate;
  /** The due date as planned. */
  readonly dueDate?: CivilDate;
  /** The due date applied: the planned one, or the next working day when it falls on a day off. */
  readonly effectiveDueDate?: CivilDate;
  /** When it was completed, if by `asOf`. */
  readonly completedOn?: CivilDate;
  /** Its status on `asOf`. */
  readonly status: TaskStatus;
}

/** One task, judged. @category Tasks */
export interface TaskEvaluation {
  /** The task. */
  readonly task: PlanTask;
  /** The department answerable for it: the lead department, or the lead official's department (`null` when unknown). */
  readonly departmentId: string | null;
  /** The task's status: for a recurring task, the worst of its occurrences (overdue, then done late, then open, then done on time). */
  readonly status: TaskStatus;
  /** Its occurrences up to `asOf` (one for a one-off task). */
  readonly occurrences: readonly OccurrenceEvaluation[];
}

/** Counts of occurrences by status, with the on-time share. @category Tasks */
export interface TaskSummary {
  /** Occurrences done on time. */
  readonly doneOnTime: number;
  /** Occurrences done late. */
  readonly doneLate: number;
  /** Occurrences not done and not yet due. */
  readonly open: number;
  /** Occurrences not done and past due. */
  readonly overdue: number;
  /** All occurrences. */
  readonly total: number;
  /** Done on time over the decided ones (done, or overdue), exact; open ones are not yet counted. */
  readonly onTimeShare: Ratio;
}

/** The summary of one department's tasks (as lead). @category Tasks */
export interface DepartmentTaskSummary extends TaskSummary {
  /** The department (`null` for tasks whose lead official's department is unknown). */
  readonly departmentId: string | null;
}

/** The result of {@link evaluateTasks}. @category Tasks */
export interface TaskEvaluations {
  /** Every valid task, judged, in input order. */
  readonly tasks: readonly TaskEvaluation[];
  /** Every occurrence, in task order then date order. */
  readonly occurrences: readonly OccurrenceEvaluation[];
  /** Per lead department, in order of first appearance. */
  readonly byDepartment: readonly DepartmentTaskSummary[];
  /** All occurrences together. */
  readonly summary: TaskSummary;
  /** Problems in the input: rejected tasks (no lead, several leads, …), leads of unknown officials. */
  readonly issues: readonly Issue[];
}

const SEVERITY: Readonly<Record<TaskStatus, number>> = { doneOnTime: 0, open: 1, doneLate: 2, overdue: 3 };

/** @internal Counts statuses into a summary. */
export function summarize(statuses: Iterable<TaskStatus>): TaskSummary {
  const c = { doneOnTime: 0, doneLate: 0, open: 0, overdue: 0 };
  for (const s of statuses) c[s] += 1;
  const decided = c.doneOnTime + c.doneLate + c.overdue;
  return { ...c, total: decided + c.open, onTimeShare: { numerator: c.doneOnTime, denominator: decided } };
}

/**
 * Judges plan tasks on a day: each task (and each occurrence of a recurring one) is
 * `'doneOnTime'`, `'doneLate'`, `'open'` or `'overdue'`, with a summary per lead department
 * (plan II.4: each task has one lead answerable for it).
 *
 * @remarks Tasks are validated with {@link validateTasks}; rejected ones (no lead, several leads,
 * a recurring task without a due date, …) are reported in `issues` and left out. A due date on a
 * day off moves to the next working day (Bộ luật Dân sự 2015, Art. 148.5). A completion after
 * `asOf` is not yet known. Recurring tasks expand with {@link taskOccurrences} up to `asOf`; their
 * completion dates, sorted, complete the occurrences in order (the i-th completion completes the
 * i-th occurrence). A one-off task with no due date is `'open'` until done, then `'doneOnTime'`.
 * @param tasks - The tasks.
 * @param options - The day, the calendar, the officials and the message locale.
 * @returns Each task and occurrence judged, per-department summaries, the overall summary and the issues.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `asOf` is not a real date;
 * (code `invalid_type`) when the calendar is missing; any calendar error (such as a day it does not cover) is passed on.
 * @example
 * ```ts
 * import { createCalendar, evaluateTasks } from 'reform-rules';
 * const r = evaluateTasks([{ id: 'T1', title: 'Rà soát quy chế', section: 'II.4',
 *   lead: { kind: 'department', id: 'VP' }, dueDate: '2025-06-30', completedOn: '2025-07-02' }],
 *   { asOf: '2025-12-31', calendar: createCalendar() });
 * r.tasks[0]?.status; // => 'doneLate'
 * r.byDepartment[0]?.departmentId; // => 'VP'
 * ```
 * @category Tasks
 */
export function evaluateTasks(tasks: readonly PlanTask[], options: EvaluateTasksOptions): TaskEvaluations {
  if (options === null || typeof options !== 'object') raise('invalid_type', { field: 'options', expected: 'an options object', received: options });
  const asOf = readAsOf(options.asOf).date;
  const calendar = readCalendarOption(options.calendar);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const departmentOf = new Map<string, string>();
  for (const o of options.officials ?? []) departmentOf.set(o.id, o.departmentId);
  const validated = validateTasks(tasks, { locale });
  const issues: Issue[] = [...validated.issues];
  const rejected = new Set(validated.rejected.map((r) => r.index));
  const inputIndex: number[] = [];
  for (let i = 0; i < (Array.isArray(tasks) ? tasks.length : 0); i += 1) if (!rejected.has(i)) inputIndex.push(i);
  const effective = (due: CivilDate): CivilDate => (calendar.isWorkingDay(due) ? due : calendar.nextWorkingDay(due));
  const evaluations: TaskEvaluation[] = [];
  const occurrences: OccurrenceEvaluation[] = [];
  const byDepartment = new Map<string | null, TaskStatus[]>();
  validated.value.forEach((task, i) => {
    let departmentId: string | null;
    if (task.lead.kind === 'department') departmentId = task.lead.id;
    else {
      departmentId = departmentOf.get(task.lead.id) ?? null;
      if (departmentId === null && options.officials !== undefined) {
        issues.push(createIssue('unknown_official', [inputIndex[i] as number, 'lead', 'id'], { field: 'lead.id', received: task.lead.id }, locale));
      }
    }
    const done: CivilDate[] =
      task.recurrence === undefined
        ? task.completedOn !== undefined && task.completedOn <= asOf
          ? [task.completedOn]
          : []
        : [...(task.completions ?? [])].filter((d) => d <= asOf).sort();
    const list = taskOccurrences(task, { through: asOf, atLeast: done.length });
    const judged = list.map((o, k): OccurrenceEvaluation => {
      const completedOn = done[k];
      const effectiveDueDate = o.dueDate === undefined ? undefined : effective(o.dueDate);
      let status: TaskStatus;
      if (completedOn !== undefined) status = effectiveDueDate === undefined || completedOn <= effectiveDueDate ? 'doneOnTime' : 'doneLate';
      else status = effectiveDueDate === undefined || asOf <= effectiveDueDate ? 'open' : 'overdue';
      const out: { -readonly [K in keyof OccurrenceEvaluation]: OccurrenceEvaluation[K] } = { taskId: task.id, index: o.index, status };
      if (o.periodStart !== undefined) out.periodStart = o.periodStart;
      if (o.dueDate !== undefined) out.dueDate = o.dueDate;
      if (effectiveDueDate !== undefined) out.effectiveDueDate = effectiveDueDate;
      if (completedOn !== undefined) out.completedOn = completedOn;
      return out;
    });
    let status: TaskStatus = judged.length === 0 ? 'open' : 'doneOnTime';
    for (const o of judged) if (SEVERITY[o.status] > SEVERITY[status]) status = o.status;
    evaluations.push({ task, departmentId, status, occurrences: judged });
    occurrences.push(...judged);
    let bucket = byDepartment.get(departmentId);
    if (bucket === undefined) {
      bucket = [];
      byDepartment.set(departmentId, bucket);
    }
    for (const o of judged) bucket.push(o.status);
  });
  return {
    tasks: evaluations,
    occurrences,
    byDepartment: [...byDepartment].map(([departmentId, statuses]) => ({ departmentId, ...summarize(statuses) })),
    summary: summarize(occurrences.map((o) => o.status)),
    issues,
  };
}
