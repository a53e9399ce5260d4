import { describe, expect, it } from 'vitest';
import {
  parseDepartment,
  parseDepartments,
  parseFeedback,
  parseOfficial,
  parseOfficialDocument,
  parsePetition,
  parsePlanTask,
  parsePlanTasks,
  parseProcedure,
  parseProcedures,
} from '../../src/model/index';

function firstIssue(r: { ok: boolean; issues?: readonly { code: string; message: string; path: unknown }[] }) {
  return r.ok ? undefined : r.issues?.[0];
}

const procedure = {
  id: 'DT-01',
  name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
  field: 'Đầu tư',
  processingDays: 15,
  cutoffTime: '15:00',
  onlineEligible: true,
  onlineLevel: 'full',
  hasFees: false,
  onlinePayment: false,
  departmentId: 'DT',
};

describe('parseDepartment', () => {
  it('accepts a department and rejects an empty name', () => {
    expect(parseDepartment({ id: 'VP', name: 'Văn phòng' })).toEqual({ ok: true, value: { id: 'VP', name: 'Văn phòng' } });
    expect(firstIssue(parseDepartment({ id: 'VP', name: '' }, { locale: 'en' }))).toMatchObject({ code: 'empty_string', message: 'name: must not be empty' });
  });

  it('flags duplicate ids in a batch', () => {
    const r = parseDepartments([{ id: 'VP', name: 'Văn phòng' }, { id: 'VP', name: 'Phòng khác' }], { locale: 'en' });
    expect(r.value).toHaveLength(1);
    expect(r.rejected[0]?.issues[0]).toMatchObject({
      code: 'duplicate_id',
      path: [1, 'id'],
      message: 'id: id "VP" is used by an earlier record (index 0)',
    });
  });
});

describe('parseOfficial', () => {
  it('requires a department', () => {
    expect(firstIssue(parseOfficial({ id: 'cv01', name: 'Nguyễn Văn A' }, { locale: 'en' }))).toMatchObject({
      code: 'required',
      path: ['departmentId'],
      message: 'departmentId: is required',
    });
  });

  it('rejects an unknown staff type', () => {
    expect(firstIssue(parseOfficial({ id: 'cv01', name: 'A', departmentId: 'DT', staffType: 'contractor' }))?.code).toBe('invalid_enum');
  });
});

describe('parseProcedure', () => {
  it('accepts a procedure with a cut-off time', () => {
    expect(parseProcedure(procedure)).toEqual({ ok: true, value: procedure });
  });

  it('rejects a malformed cut-off time, a fractional day count and an unknown online level', () => {
    expect(firstIssue(parseProcedure({ ...procedure, cutoffTime: '25:00' }, { locale: 'en' }))).toMatchObject({
      code: 'invalid_time',
      message: 'cutoffTime: expected a clock time \'HH:mm\', received "25:00"',
    });
    expect(firstIssue(parseProcedure({ ...procedure, processingDays: 2.5 }))?.code).toBe('not_integer');
    expect(firstIssue(parseProcedure({ ...procedure, onlineLevel: 'level4' }))?.code).toBe('invalid_enum');
  });

  it('keeps good procedures next to bad ones', () => {
    const r = parseProcedures([procedure, { ...procedure, id: 'DT-02', processingDays: -3 }]);
    expect(r.value).toEqual([procedure]);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});

describe('parsePlanTask', () => {
  const task = { id: 'T1', title: 'Báo cáo quý về CCHC', section: 'III.1', lead: { kind: 'department', id: 'VP' }, recurrence: 'quarterly' };

  it('accepts one lead, given alone or as a one-element array', () => {
    expect(parsePlanTask(task).ok).toBe(true);
    const r = parsePlanTask({ ...task, lead: [task.lead] });
    expect(r.ok && r.value.lead).toEqual(task.lead);
  });

  it('rejects no lead and several leads (plan II.4)', () => {
    const r = parsePlanTasks([{ ...task, lead: undefined }, { ...task, id: 'T2', lead: [task.lead, { kind: 'official', id: 'cv01' }] }], { locale: 'en' });
    expect(r.rejected.map((x) => x.issues[0].code)).toEqual(['missing_lead', 'multiple_leads']);
    expect(r.rejected[1]?.issues[0].message).toBe(
      'lead: a task needs exactly one lead (chủ trì, plan II.4), received 2: [{"kind":"department","id":"VP"},{"kind":"official","id":"cv01"}]',
    );
  });

  it('rejects an impossible due date', () => {
    expect(firstIssue(parsePlanTask({ ...task, dueDate: '2025-02-29' }))?.code).toBe('invalid_date');
  });
});

describe('parseFeedback', () => {
  it('accepts a rating and rejects a local time', () => {
    const f = { id: 'F1', officialId: 'cv01', at: '2025-03-03T10:00:00+07:00', rating: 'dissatisfied' };
    expect(parseFeedback(f).ok).toBe(true);
    expect(firstIssue(parseFeedback({ ...f, at: '2025-03-03T10:00' }))?.code).toBe('missing_offset');
  });
});

describe('parseOfficialDocument', () => {
  it('requires a direction', () => {
    const doc = { id: 'D1', date: '2025-01-02', secret: false, electronic: true, digitallySigned: true };
    expect(firstIssue(parseOfficialDocument(doc))).toMatchObject({ code: 'required', path: ['direction'] });
    expect(parseOfficialDocument({ ...doc, direction: 'incoming' }).ok).toBe(true);
  });
});

describe('parsePetition', () => {
  it('rejects an answer before reception', () => {
    const p = { id: 'PA1', from: 'business', receivedAt: '2025-03-03T09:00:00+07:00', answeredAt: '2025-03-01T09:00:00+07:00' };
    expect(firstIssue(parsePetition(p))?.code).toBe('before_reception');
  });
});
