import { z } from 'zod';
import { parseCivilDate } from '../_lib/civilDate';
import type { CivilDate } from '../_lib/dateTypes';
import type { Result } from '../errors/Issue';
import { civilDateField, idField, textField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/** A department or an official taking part in a plan task. @category Model */
export interface TaskParty {
  /** Whether `id` names a department or an official. */
  kind: 'department' | 'official';
  /** The department's or official's identifier. */
  id: string;
}

/** How often a task recurs: the plan's quarterly, six-monthly and yearly reports (III.1). @category Model */
export type TaskRecurrence = 'quarterly' | 'semiannual' | 'annual';

/**
 * A task of the plan with exactly one lead (chủ trì, plan II.4) and optional collaborators (phối hợp).
 * @category Model
 */
export interface PlanTask {
  /** The task's identifier. */
  id: string;
  /** What is to be done. */
  title: string;
  /** The plan section it implements, e.g. `'II.3'`. */
  section: string;
  /** The one lead responsible. */
  lead: TaskParty;
  /** Collaborating departments or officials. */
  collaborators?: TaskParty[] | undefined;
  /** When the task starts (for recurring tasks, the first period). */
  startDate?: CivilDate | undefined;
  /** The due date (for recurring tasks, the first occurrence's). */
  dueDate?: CivilDate | undefined;
  /** When it was completed (for one-off tasks). */
  completedOn?: CivilDate | undefined;
  /** Completion dates of the occurrences of a recurring task, in any order. */
  completions?: CivilDate[] | undefined;
  /** Recurrence, for periodic tasks. */
  recurrence?: TaskRecurrence | undefined;
}

const PartySchema = z.strictObject({
  kind: z.enum(['department', 'official']).meta({ description: 'Department or official.' }),
  id: idField('The identifier.'),
});

/**
 * The zod schema of {@link PlanTask}. `lead` may be given as one party or as an array, which must
 * hold exactly one party (several leads or none are issues `multiple_leads` / `missing_lead`).
 * @example
 * ```ts
 * import { PlanTaskSchema } from 'reform-rules';
 * PlanTaskSchema.safeParse({ id: 'T1', title: 'Báo cáo quý', section: 'III.1' }).success; // => false (no lead)
 * ```
 * @category Model
 */
export const PlanTaskSchema: z.ZodType<PlanTask> = z
  .strictObject({
    id: idField('The task identifier.'),
    title: textField('What is to be done.'),
    section: textField("The plan section, e.g. 'II.3'."),
    lead: z.union([PartySchema, z.array(PartySchema)]).optional().meta({ description: 'Exactly one lead (chủ trì).' }),
    collaborators: z.array(PartySchema).optional().meta({ description: 'Collaborators (phối hợp).' }),
    startDate: civilDateField('When the task starts.').optional(),
    dueDate: civilDateField('The due date.').optional(),
    completedOn: civilDateField('When it was completed.').optional(),
    completions: z.array(civilDateField('A completion date.')).optional().meta({ description: 'Completion dates of recurring occurrences.' }),
    recurrence: z.enum(['quarterly', 'semiannual', 'annual']).optional().meta({ description: 'Recurrence.' }),
  })
  .superRefine((t, ctx) => {
    const leads = t.lead === undefined ? [] : Array.isArray(t.lead) ? t.lead : [t.lead];
    if (leads.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['lead'], message: 'missing_lead', params: { code: 'missing_lead' }, input: t.lead });
    } else if (leads.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['lead'], message: 'multiple_leads', params: { code: 'multiple_leads', count: leads.length }, input: t.lead });
    }
    const start = t.startDate === undefined ? undefined : parseCivilDate(t.startDate);
    if (start !== undefined && t.completedOn !== undefined && (parseCivilDate(t.completedOn) as number) < start) {
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'completed_before_start', params: { code: 'completed_before_start', startDate: t.startDate }, input: t.completedOn });
    }
  })
  .transform((t) => ({ ...t, lead: (Array.isArray(t.lead) ? t.lead[0] : t.lead) as TaskParty }))
  .meta({ title: 'PlanTask', description: 'A plan task with exactly one lead.' }) as unknown as z.ZodType<PlanTask>;

const parsers = recordParsers(PlanTaskSchema);

/**
 * Validates one plan task, including the one-lead rule of plan section II.4.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The task (with `lead` as one party), or its issues.
 * @example
 * ```ts
 * import { parsePlanTask } from 'reform-rules';
 * const r = parsePlanTask({ id: 'T1', title: 'Báo cáo quý', section: 'III.1',
 *   lead: [{ kind: 'department', id: 'VP' }, { kind: 'department', id: 'DT' }] });
 * r.ok ? null : r.issues[0].code; // => 'multiple_leads'
 * ```
 * @category Model
 */
export function parsePlanTask(input: unknown, options?: ParseOptions): Result<PlanTask> {
  return parsers.one(input, options);
}

/**
 * Validates an array of plan tasks (valid ones kept, bad ones and duplicate ids reported).
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parsePlanTasks } from 'reform-rules';
 * parsePlanTasks([{ id: 'T1', title: 'x', section: 'II.4' }]).rejected[0]?.issues[0].code; // => 'missing_lead'
 * ```
 * @category Model
 */
export function parsePlanTasks(inputs: unknown, options?: ParseOptions): BatchResult<PlanTask> {
  return parsers.many(inputs, options);
}
