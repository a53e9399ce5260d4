import { requireObjectArg } from '../errors/args';
import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import type { CivilDate } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';
import type { PlanTask } from '../model/planTask';
import { addMonths, RECURRENCE_MONTHS } from './_months';

/** One occurrence of a plan task: the period it covers and its due date. @category Tasks */
export interface TaskOccurrence {
  /** Its position, from 0 (a one-off task has the single occurrence 0). */
  readonly index: number;
  /** The first day of the period it covers (for a one-off task, its start date when known). */
  readonly periodStart?: CivilDate;
  /** Its due date as planned (before any move off a day off); absent for a one-off task without one. */
  readonly dueDate?: CivilDate;
}

/** Options of {@link taskOccurrences}. @category Tasks */
export interface TaskOccurrencesOptions {
  /** The last day to expand to: occurrences whose period starts on or before it are listed. */
  readonly through: CivilDate;
  /** List at least this many occurrences of a recurring task, even beyond `through`. @defaultValue 0 */
  readonly atLeast?: number | undefined;
}

/**
 * The occurrences of a plan task. A one-off task has one. A recurring task (the quarterly,
 * six-monthly and yearly reports of plan III.1: «Định kỳ quý, 06 tháng và hàng năm, báo cáo Ủy ban
 * nhân dân tỉnh») has one per period: the first is due on `dueDate`, each next one 3, 6 or 12
 * months later on the same day of the month (or the month's last day when shorter: a task due
 * 31 March recurs on 30 June, 30 September, 31 December).
 *
 * @remarks Occurrence k covers the days after occurrence k−1's due date up to its own; the first
 * covers from `startDate`, or from the day after its due date minus one recurrence step. Only the
 * occurrences whose period has started by `through` are listed, so the current, not yet due one is
 * included and future ones are not.
 * @param task - The task (validated with {@link validateTasks}).
 * @param options - The last day to expand to.
 * @returns The occurrences in date order.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `through` is not a real date;
 * (code `recurrence_without_due_date`) when a recurring task has no due date.
 * @example
 * ```ts
 * import { taskOccurrences } from 'reform-rules';
 * const task = { id: 'BC', title: 'Báo cáo CCHC quý', section: 'III.1',
 *   lead: { kind: 'department', id: 'VP' }, dueDate: '2025-03-14', recurrence: 'quarterly' } as const;
 * taskOccurrences(task, { through: '2025-07-01' }).map((o) => o.dueDate);
 * // => ['2025-03-14', '2025-06-14', '2025-09-14']
 * ```
 * @category Tasks
 */
export function taskOccurrences(task: PlanTask, options: TaskOccurrencesOptions): TaskOccurrence[] {
  requireObjectArg(task, 'task', 'a plan task');
  requireObjectArg(options, 'options', 'an options object');
  const through = parseCivilDate(options.through);
  if (through === undefined) raise('invalid_date', { field: 'options.through', received: options.through });
  const atLeast = options.atLeast ?? 0;
  if (!Number.isSafeInteger(atLeast) || atLeast < 0) raise('not_integer', { field: 'options.atLeast', received: options.atLeast });
  const start = task.startDate;
  const due = task.dueDate;
  if (task.recurrence === undefined) {
    const one: { index: number; periodStart?: CivilDate; dueDate?: CivilDate } = { index: 0 };
    if (start !== undefined) one.periodStart = start;
    if (due !== undefined) one.dueDate = due;
    return [one];
  }
  const firstDue = parseCivilDate(due);
  if (firstDue === undefined) raise('recurrence_without_due_date', { field: 'dueDate', received: due, recurrence: task.recurrence });
  const step = RECURRENCE_MONTHS[task.recurrence];
  const firstStart = parseCivilDate(start) ?? addMonths(firstDue, -step) + 1;
  const out: TaskOccurrence[] = [];
  let periodStart = firstStart;
  for (let k = 0; periodStart <= through || k < atLeast; k += 1) {
    const dueDay = addMonths(firstDue, k * step);
    out.push({ index: k, periodStart: formatCivilDate(periodStart), dueDate: formatCivilDate(dueDay) });
    periodStart = dueDay + 1;
  }
  return out;
}
