import { DEFAULT_LOCALE } from '../errors/locale';
import { parseCivilDate } from '../_lib/civilDate';
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { BatchResult, ParseOptions, RejectedRecord } from '../model/BatchResult';
import type { PlanTask } from '../model/planTask';
import { parsePlanTasks } from '../model/planTask';

/**
 * Validates plan tasks: every rule of {@link parsePlanTasks} (exactly one lead, plan II.4: «mỗi
 * nhiệm vụ chỉ giao cho một người chủ trì và chịu trách nhiệm»; real dates; unique ids), plus the
 * rules that make a task measurable: a recurring task needs the due date of its first occurrence
 * and records completions per occurrence (`completions`, not `completedOn`); a one-off task uses
 * `completedOn`, not `completions`; the due date is not before the start.
 *
 * @remarks The valid tasks are kept (in input order) and every bad one is reported with its index:
 * `value.length + rejected.length` equals the number of inputs.
 * @param inputs - Any value, typically parsed JSON: an array of tasks.
 * @param options - The message locale.
 * @returns The valid tasks (each with `lead` as one party) and the rejected ones with their issues.
 * @example
 * ```ts
 * import { validateTasks } from 'reform-rules';
 * const r = validateTasks([
 *   { id: 'T1', title: 'Báo cáo quý', section: 'III.1', lead: { kind: 'department', id: 'VP' } },
 *   { id: 'T2', title: 'Rà soát TTHC', section: 'II.3' },
 * ]);
 * r.value.length; // => 1
 * r.rejected[0]?.issues[0].code; // => 'missing_lead'
 * ```
 * @category Tasks
 */
export function validateTasks(inputs: unknown, options?: ParseOptions): BatchResult<PlanTask> {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const parsed = parsePlanTasks(inputs, { locale });
  if (!Array.isArray(inputs)) return parsed;
  const rejectedAt = new Set(parsed.rejected.map((r) => r.index));
  const value: PlanTask[] = [];
  const rejected: RejectedRecord[] = [...parsed.rejected];
  let k = 0;
  inputs.forEach((input: unknown, index: number) => {
    if (rejectedAt.has(index)) return;
    const task = parsed.value[k] as PlanTask;
    k += 1;
    const issues = taskIssues(task, index, locale);
    if (issues.length === 0) value.push(task);
    else rejected.push({ index, input, issues: issues as [Issue, ...Issue[]] });
  });
  rejected.sort((a, b) => a.index - b.index);
  return { ok: rejected.length === 0, value, rejected, issues: rejected.flatMap((r) => r.issues) };
}

function taskIssues(t: PlanTask, index: number, locale: 'en' | 'vi'): Issue[] {
  const issues: Issue[] = [];
  if (t.recurrence !== undefined) {
    if (t.dueDate === undefined) {
      issues.push(createIssue('recurrence_without_due_date', [index, 'dueDate'], { field: 'dueDate', received: t.dueDate, recurrence: t.recurrence }, locale));
    }
    if (t.completedOn !== undefined) {
      issues.push(createIssue('completed_on_recurring', [index, 'completedOn'], { field: 'completedOn', received: t.completedOn }, locale));
    }
  } else if (t.completions !== undefined) {
    issues.push(createIssue('completions_without_recurrence', [index, 'completions'], { field: 'completions', received: t.completions }, locale));
  }
  if (t.startDate !== undefined && t.dueDate !== undefined && (parseCivilDate(t.dueDate) as number) < (parseCivilDate(t.startDate) as number)) {
    issues.push(createIssue('due_before_start', [index, 'dueDate'], { field: 'dueDate', received: t.dueDate, startDate: t.startDate }, locale));
  }
  return issues;
}
