import { describe, expect, it } from 'vitest';
import type { PlanTask } from '../../src/model/index';
import { taskOccurrences } from '../../src/tasks/index';

const base: PlanTask = { id: 'BC', title: 'Báo cáo CCHC', section: 'III.1', lead: { kind: 'department', id: 'VP' } };

describe('taskOccurrences', () => {
  it('expands a quarterly report into one occurrence per quarter up to the current one', () => {
    const r = taskOccurrences({ ...base, dueDate: '2025-03-14', recurrence: 'quarterly' }, { through: '2025-12-31' });
    expect(r).toEqual([
      { index: 0, periodStart: '2024-12-15', dueDate: '2025-03-14' },
      { index: 1, periodStart: '2025-03-15', dueDate: '2025-06-14' },
      { index: 2, periodStart: '2025-06-15', dueDate: '2025-09-14' },
      { index: 3, periodStart: '2025-09-15', dueDate: '2025-12-14' },
      { index: 4, periodStart: '2025-12-15', dueDate: '2026-03-14' },
    ]);
  });

  it('expands a six-monthly report twice a year', () => {
    const r = taskOccurrences({ ...base, dueDate: '2025-06-14', recurrence: 'semiannual' }, { through: '2026-06-14' });
    expect(r.map((o) => o.dueDate)).toEqual(['2025-06-14', '2025-12-14', '2026-06-14']);
  });

  it('expands a yearly report once a year, from its start date', () => {
    const r = taskOccurrences({ ...base, startDate: '2023-01-01', dueDate: '2023-12-14', recurrence: 'annual' }, { through: '2025-06-30' });
    expect(r).toEqual([
      { index: 0, periodStart: '2023-01-01', dueDate: '2023-12-14' },
      { index: 1, periodStart: '2023-12-15', dueDate: '2024-12-14' },
      { index: 2, periodStart: '2024-12-15', dueDate: '2025-12-14' },
    ]);
  });

  it('keeps the day of month, clamped to shorter months (31 March, 30 June, 30 September, 31 December)', () => {
    const r = taskOccurrences({ ...base, dueDate: '2025-03-31', recurrence: 'quarterly' }, { through: '2025-12-01' });
    expect(r.map((o) => o.dueDate)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
  });

  it('clamps 29 February of a leap year in later years', () => {
    const r = taskOccurrences({ ...base, dueDate: '2024-02-29', recurrence: 'annual' }, { through: '2028-01-01' });
    expect(r.map((o) => o.dueDate)).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('lists nothing for a recurring task not started yet, and at least the requested number', () => {
    const task: PlanTask = { ...base, dueDate: '2026-03-14', recurrence: 'quarterly' };
    expect(taskOccurrences(task, { through: '2025-06-30' })).toEqual([]);
    expect(taskOccurrences(task, { through: '2025-06-30', atLeast: 2 }).map((o) => o.dueDate)).toEqual(['2026-03-14', '2026-06-14']);
  });

  it('gives a one-off task its single occurrence', () => {
    expect(taskOccurrences({ ...base, startDate: '2025-01-02', dueDate: '2025-06-30' }, { through: '2024-01-01' })).toEqual([
      { index: 0, periodStart: '2025-01-02', dueDate: '2025-06-30' },
    ]);
    expect(taskOccurrences(base, { through: '2025-01-01' })).toEqual([{ index: 0 }]);
  });

  it('throws for a recurring task without a due date and for a bad date', () => {
    expect(() => taskOccurrences({ ...base, recurrence: 'quarterly' }, { through: '2025-01-01' })).toThrow(
      expect.objectContaining({ code: 'recurrence_without_due_date' }),
    );
    expect(() => taskOccurrences(base, { through: '2025-13-01' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
