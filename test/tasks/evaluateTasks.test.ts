import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import type { PlanTask } from '../../src/model/index';
import { evaluateTasks } from '../../src/tasks/index';

const calendar = createCalendar();
const VP = { kind: 'department' as const, id: 'VP' };
const task = (over: Partial<PlanTask>): PlanTask => ({ id: 'T1', title: 'Nhiệm vụ', section: 'II.4', lead: VP, ...over });

describe('evaluateTasks', () => {
  it('gives each one-off task one of the four statuses', () => {
    const r = evaluateTasks(
      [
        task({ id: 'A', dueDate: '2025-06-30', completedOn: '2025-06-30' }),
        task({ id: 'B', dueDate: '2025-06-30', completedOn: '2025-07-01' }),
        task({ id: 'C', dueDate: '2025-12-31' }),
        task({ id: 'D', dueDate: '2025-06-30' }),
      ],
      { asOf: '2025-09-01', calendar },
    );
    expect(r.tasks.map((t) => [t.task.id, t.status])).toEqual([
      ['A', 'doneOnTime'],
      ['B', 'doneLate'],
      ['C', 'open'],
      ['D', 'overdue'],
    ]);
    expect(r.summary).toEqual({ doneOnTime: 1, doneLate: 1, open: 1, overdue: 1, total: 4, onTimeShare: { numerator: 1, denominator: 3 } });
  });

  it('moves a due date on a day off to the next working day', () => {
    // 2025-01-26 is a Sunday, 27–31 January are Tết: the next working day is Monday 3 February.
    const r = evaluateTasks([task({ dueDate: '2025-01-26', completedOn: '2025-02-03' })], { asOf: '2025-03-01', calendar });
    expect(r.occurrences[0]).toMatchObject({ dueDate: '2025-01-26', effectiveDueDate: '2025-02-03', status: 'doneOnTime' });
  });

  it('is open on the due day itself and overdue the day after', () => {
    const t = task({ dueDate: '2025-06-30' });
    expect(evaluateTasks([t], { asOf: '2025-06-30', calendar }).tasks[0]?.status).toBe('open');
    expect(evaluateTasks([t], { asOf: '2025-07-01', calendar }).tasks[0]?.status).toBe('overdue');
  });

  it('ignores completions after asOf', () => {
    const r = evaluateTasks([task({ dueDate: '2025-06-30', completedOn: '2025-06-20' })], { asOf: '2025-06-10', calendar });
    expect(r.tasks[0]?.status).toBe('open');
  });

  it('expands the quarterly reports of III.1 and completes occurrences in order', () => {
    const report = task({
      id: 'BC',
      section: 'III.1',
      dueDate: '2025-03-14',
      recurrence: 'quarterly',
      completions: ['2025-06-20', '2025-03-14'],
    });
    const r = evaluateTasks([report], { asOf: '2025-10-01', calendar });
    expect(r.occurrences.map((o) => [o.dueDate, o.effectiveDueDate, o.completedOn, o.status])).toEqual([
      ['2025-03-14', '2025-03-14', '2025-03-14', 'doneOnTime'],
      ['2025-06-14', '2025-06-16', '2025-06-20', 'doneLate'], // 14 June 2025 is a Saturday
      ['2025-09-14', '2025-09-15', undefined, 'overdue'], // 14 September 2025 is a Sunday
      ['2025-12-14', '2025-12-15', undefined, 'open'],
    ]);
    expect(r.tasks[0]?.status).toBe('overdue');
  });

  it('summarises per lead department, finding the department of an official lead', () => {
    const r = evaluateTasks(
      [
        task({ id: 'A', dueDate: '2025-06-30', completedOn: '2025-06-01' }),
        task({ id: 'B', lead: { kind: 'official', id: 'cv01' }, dueDate: '2025-06-30' }),
        task({ id: 'C', lead: { kind: 'department', id: 'QLDT' }, dueDate: '2025-06-30', completedOn: '2025-06-01' }),
      ],
      { asOf: '2025-09-01', calendar, officials: [{ id: 'cv01', departmentId: 'VP' }] },
    );
    expect(r.byDepartment).toEqual([
      { departmentId: 'VP', doneOnTime: 1, doneLate: 0, open: 0, overdue: 1, total: 2, onTimeShare: { numerator: 1, denominator: 2 } },
      { departmentId: 'QLDT', doneOnTime: 1, doneLate: 0, open: 0, overdue: 0, total: 1, onTimeShare: { numerator: 1, denominator: 1 } },
    ]);
  });

  it('reports a lead official who is not among the officials', () => {
    const r = evaluateTasks([task({ lead: { kind: 'official', id: 'cv99' }, dueDate: '2025-06-30' })], { asOf: '2025-09-01', calendar, officials: [] });
    expect(r.tasks[0]?.departmentId).toBeNull();
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unknown_official', [0, 'lead', 'id']]]);
  });

  it('reports tasks without a lead and judges the others', () => {
    const noLead = { id: 'X', title: 'x', section: 'II.4', dueDate: '2025-06-30' } as unknown as PlanTask;
    const r = evaluateTasks([noLead, task({ dueDate: '2025-06-30' })], { asOf: '2025-09-01', calendar });
    expect(r.tasks).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['missing_lead', [0, 'lead']]]);
  });

  it('treats a task without a due date as open until done, then done on time', () => {
    const r = evaluateTasks([task({ id: 'A' }), task({ id: 'B', completedOn: '2025-01-05' })], { asOf: '2025-09-01', calendar });
    expect(r.tasks.map((t) => t.status)).toEqual(['open', 'doneOnTime']);
  });

  it('throws on a bad asOf', () => {
    expect(() => evaluateTasks([], { asOf: 'today' as never, calendar })).toThrow(expect.objectContaining({ code: 'invalid_as_of' }));
  });

  it('reads an instant asOf as its Vietnam day, the same as the civil date', () => {
    const tasks = [{ id: 'T1', title: 'x', lead: { departmentId: 'VP' }, dueDate: '2025-03-14' }];
    const byDate = evaluateTasks(tasks as never, { asOf: '2025-03-15', calendar });
    const byInstant = evaluateTasks(tasks as never, { asOf: '2025-03-15T01:00:00+07:00', calendar });
    expect(byInstant).toEqual(byDate);
  });

  it('throws invalid_calendar naming options.calendar, as every function does', () => {
    expect(() => evaluateTasks([], { asOf: '2025-03-15', calendar: {} as never })).toThrow(
      expect.objectContaining({ code: 'invalid_calendar', message: expect.stringContaining('options.calendar') }),
    );
    // A copy of a calendar that lost one method is not a calendar (the fuzzer found nextWorkingDay called on such a copy).
    const { nextWorkingDay: _gone, ...lacking } = calendar;
    const task = { id: 'T0', title: 'Báo cáo', section: 'II.1', lead: { kind: 'department', id: 'VP' }, dueDate: '2024-01-01', recurrence: 'quarterly' };
    expect(() => evaluateTasks([task] as never, { asOf: '2025-03-15', calendar: lacking as never })).toThrow(expect.objectContaining({ code: 'invalid_calendar' }));
  });
});
