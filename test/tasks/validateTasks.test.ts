import { describe, expect, it } from 'vitest';
import { validateTasks } from '../../src/tasks/index';

const lead = { kind: 'department', id: 'VP' };

describe('validateTasks', () => {
  it('keeps tasks with exactly one lead', () => {
    const r = validateTasks([{ id: 'T1', title: 'Báo cáo quý', section: 'III.1', lead, dueDate: '2025-03-14', recurrence: 'quarterly' }]);
    expect(r.ok).toBe(true);
    expect(r.value[0]?.lead).toEqual(lead);
  });

  it('rejects a task without a lead with a clear issue', () => {
    const r = validateTasks([{ id: 'T1', title: 'Rà soát TTHC', section: 'II.3' }], { locale: 'en' });
    expect(r.rejected[0]?.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['missing_lead', [0, 'lead'], 'lead: a task needs exactly one lead (chủ trì), received none'],
    ]);
  });

  it('rejects a task with several leads (plan II.4), in Vietnamese too', () => {
    const r = validateTasks([{ id: 'T1', title: 'x', section: 'II.4', lead: [lead, { kind: 'official', id: 'cv01' }] }], { locale: 'vi' });
    expect(r.rejected[0]?.issues[0]?.code).toBe('multiple_leads');
    expect(r.rejected[0]?.issues[0]?.message).toContain('mỗi nhiệm vụ chỉ giao cho một người chủ trì (mục II.4)');
  });

  it('keeps the valid tasks and reports every bad one with its index, in order', () => {
    const r = validateTasks([
      { id: 'T1', title: 'x', section: 'II.4', lead },
      { id: 'T2', title: 'x', section: 'III.1', lead, recurrence: 'quarterly' },
      { id: 'T3', title: 'x', section: 'II.4' },
      { id: 'T4', title: 'x', section: 'II.4', lead, completions: ['2025-01-01'] },
      { id: 'T5', title: 'x', section: 'III.1', lead, dueDate: '2025-03-31', recurrence: 'annual', completedOn: '2025-03-30' },
      { id: 'T6', title: 'x', section: 'II.4', lead, startDate: '2025-05-01', dueDate: '2025-04-30' },
      { id: 'T7', title: 'x', section: 'II.4', lead },
    ]);
    expect(r.value.map((t) => t.id)).toEqual(['T1', 'T7']);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [1, ['recurrence_without_due_date']],
      [2, ['missing_lead']],
      [3, ['completions_without_recurrence']],
      [4, ['completed_on_recurring']],
      [5, ['due_before_start']],
    ]);
    expect(r.value.length + r.rejected.length).toBe(7);
    expect(r.issues).toHaveLength(5);
  });

  it('reports a non-array as one rejected record', () => {
    expect(validateTasks('nope').rejected[0]?.issues[0]?.code).toBe('not_array');
  });
});
