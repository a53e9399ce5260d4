import fc from 'fast-check';
import type { PlanTask, TaskParty } from '../../src/model/index';
import { civilDateArb } from './petitionDates';

/** A task party: a department or an official. */
export const taskPartyArb = (): fc.Arbitrary<TaskParty> =>
  fc.oneof(
    fc.record({ kind: fc.constant('department' as const), id: fc.constantFrom('VP', 'QLDT', 'QLMT') }),
    fc.record({ kind: fc.constant('official' as const), id: fc.constantFrom('cv01', 'cv02', 'cv03') }),
  );

/** Arbitrary valid plan tasks (one lead; recurring ones with a due date and completions; one-off ones with completedOn). */
export const planTaskArb = (): fc.Arbitrary<PlanTask> =>
  fc
    .record({
      id: fc.stringMatching(/^T\d{1,4}$/),
      title: fc.constantFrom('Báo cáo CCHC', 'Rà soát quy chế', 'Công bố TTHC'),
      section: fc.constantFrom('II.1', 'II.3', 'II.4', 'III.1'),
      lead: taskPartyArb(),
      collaborators: fc.array(taskPartyArb(), { maxLength: 2 }),
      dueDate: civilDateArb('2024-01-01', '2025-12-31'),
      recurrence: fc.option(fc.constantFrom('quarterly' as const, 'semiannual' as const, 'annual' as const), { nil: undefined }),
      completions: fc.array(civilDateArb('2024-01-01', '2026-06-30'), { maxLength: 6 }),
      completedOn: fc.option(civilDateArb('2024-01-01', '2026-06-30'), { nil: undefined }),
    })
    .map(({ recurrence, completions, completedOn, ...t }) => {
      const out: PlanTask = { ...t };
      if (recurrence !== undefined) {
        out.recurrence = recurrence;
        out.completions = completions;
      } else if (completedOn !== undefined) out.completedOn = completedOn;
      return out;
    });

/** A list of tasks with distinct ids (`T0`, `T1`, …). */
export const planTaskListArb = (maxLength = 10): fc.Arbitrary<PlanTask[]> =>
  fc.array(planTaskArb(), { maxLength }).map((list) => list.map((t, i) => ({ ...t, id: `T${i}` })));
