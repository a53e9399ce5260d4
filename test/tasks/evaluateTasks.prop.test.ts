import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { evaluateTasks } from '../../src/tasks/index';
import { civilDateArb } from '../arbitraries/petitionDates';
import { planTaskListArb } from '../arbitraries/planTask';

const calendar = createCalendar();

describe('evaluateTasks', () => {
  it('counts every occurrence exactly once, in the summary and in its department', () => {
    fc.assert(
      fc.property(planTaskListArb(), civilDateArb('2024-01-01', '2026-12-31'), (tasks, asOf) => {
        const r = evaluateTasks(tasks, { asOf, calendar, officials: [{ id: 'cv01', departmentId: 'VP' }, { id: 'cv02', departmentId: 'QLDT' }, { id: 'cv03', departmentId: 'VP' }] });
        expect(r.summary.total).toBe(r.occurrences.length);
        expect(r.byDepartment.reduce((n, d) => n + d.total, 0)).toBe(r.occurrences.length);
        expect(r.summary.onTimeShare.numerator).toBeLessThanOrEqual(r.summary.onTimeShare.denominator);
        expect(r.tasks).toHaveLength(tasks.length);
      }),
    );
  });

  it('never calls an occurrence done before its completion or open after its due date', () => {
    fc.assert(
      fc.property(planTaskListArb(), civilDateArb('2024-01-01', '2026-12-31'), (tasks, asOf) => {
        const r = evaluateTasks(tasks, { asOf, calendar });
        for (const o of r.occurrences) {
          const done = o.status === 'doneOnTime' || o.status === 'doneLate';
          expect(done).toBe(o.completedOn !== undefined);
          if (o.status === 'open' && o.effectiveDueDate !== undefined) expect(asOf <= o.effectiveDueDate).toBe(true);
          if (o.status === 'overdue') expect(asOf > (o.effectiveDueDate as string)).toBe(true);
        }
      }),
    );
  });
});
