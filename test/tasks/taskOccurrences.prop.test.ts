import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanTask, TaskRecurrence } from '../../src/model/index';
import { taskOccurrences } from '../../src/tasks/index';
import { civilDateArb } from '../arbitraries/petitionDates';

const STEP: Record<TaskRecurrence, number> = { quarterly: 3, semiannual: 6, annual: 12 };
const recurringArb = fc.record({
  dueDate: civilDateArb('2023-01-01', '2026-12-31'),
  recurrence: fc.constantFrom<TaskRecurrence>('quarterly', 'semiannual', 'annual'),
});
const throughArb = civilDateArb('2022-01-01', '2030-12-31');
const task = (over: Partial<PlanTask>): PlanTask => ({ id: 'T', title: 'x', section: 'III.1', lead: { kind: 'department', id: 'VP' }, ...over });
const dayAfter = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const monthIndex = (d: string): number => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

describe('taskOccurrences', () => {
  it('tiles time: each occurrence covers the days after the previous due date', () => {
    fc.assert(
      fc.property(recurringArb, throughArb, (t, through) => {
        const list = taskOccurrences(task(t), { through });
        for (let k = 1; k < list.length; k += 1) expect(list[k]?.periodStart).toBe(dayAfter(list[k - 1]?.dueDate as string));
      }),
    );
  });

  it('spaces due dates exactly one recurrence step apart in months', () => {
    fc.assert(
      fc.property(recurringArb, throughArb, (t, through) => {
        const list = taskOccurrences(task(t), { through });
        list.forEach((o, k) => {
          expect(monthIndex(o.dueDate as string) - monthIndex(t.dueDate)).toBe(k * STEP[t.recurrence]);
          expect(o.index).toBe(k);
        });
      }),
    );
  });

  it('lists exactly the occurrences whose period has started by the given day', () => {
    fc.assert(
      fc.property(recurringArb, throughArb, (t, through) => {
        const list = taskOccurrences(task(t), { through });
        for (const o of list) expect((o.periodStart as string) <= through).toBe(true);
        const next = taskOccurrences(task(t), { through, atLeast: list.length + 1 })[list.length];
        expect((next?.periodStart as string) > through).toBe(true);
      }),
    );
  });
});
