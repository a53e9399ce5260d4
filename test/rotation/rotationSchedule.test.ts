import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/_lib/dateTypes';
import { createCalendar } from '../../src/calendar/index';
import { evaluatePlan } from '../../src/coverage/index';
import { exampleRotationRule, rotationSchedule } from '../../src/rotation/index';
import type { RotationAssignment } from '../../src/rotation/index';

const rules = [exampleRotationRule('tt41-2024-bct', 'licensing'), exampleRotationRule('general-frame', 'one-stop')];

describe('rotationSchedule', () => {
  it('dates the move from the assignment decision and the position\'s [minYears, maxYears]', () => {
    const s = rotationSchedule([
      { officialId: 'cv01', positionId: 'licensing', decisionDate: '2021-03-15' },
      { officialId: 'cv02', positionId: 'licensing', decisionDate: '2022-02-01' },
      { officialId: 'cv03', positionId: 'one-stop', decisionDate: '2024-02-29' },
      { officialId: 'cv04', positionId: 'licensing', decisionDate: '2020-01-10', movedOn: '2024-06-01' },
      { officialId: 'cv05', positionId: 'licensing', decisionDate: '2019-01-10', exemptReason: 'Còn dưới 18 tháng đến tuổi nghỉ hưu' },
    ], { asOf: '2026-12-01', rules });
    expect(s.entries.map((e) => [e.officialId, e.earliest, e.due, e.status])).toEqual([
      ['cv01', '2024-03-15', '2026-03-15', 'overdue'],
      ['cv02', '2025-02-01', '2027-02-01', 'dueSoon'],
      ['cv03', '2026-02-28', '2029-02-28', 'notYet'],
      ['cv04', '2023-01-10', '2025-01-10', 'moved'],
      ['cv05', '2022-01-10', '2024-01-10', 'exempt'],
    ]);
    expect(s.entries[3]?.movedOnTime).toBe(true);
    expect(s.summary).toEqual({ notYet: 1, dueSoon: 1, overdue: 1, exempt: 1, moved: 1 });
    expect(s.entries[0]?.explanation.summary.vi).toContain('Thông tư 41/2024/TT-BCT');
    expect(s.entries[4]?.explanation.summary.vi).toContain('Còn dưới 18 tháng');
  });

  it('rejects bad assignments with issues naming the field, keeping the others', () => {
    const s = rotationSchedule([
      { officialId: 'cv01', positionId: 'unknown', decisionDate: '2021-02-30' },
      { officialId: 'cv02', positionId: 'licensing', decisionDate: '2021-03-15', movedOn: '2020-01-01' },
      { officialId: 'cv03', positionId: 'licensing', decisionDate: '2021-03-15' },
    ], { asOf: '2026-12-01', rules });
    expect(s.entries).toHaveLength(1);
    expect(s.rejected.map((r) => r.issues.map((i) => [i.code, i.path.join('.')]))).toEqual([
      [['unknown_position', '0.positionId'], ['invalid_date', '0.decisionDate']],
      [['moved_before_decision', '1.movedOn']],
    ]);
    expect(() => rotationSchedule([], { asOf: '2026-12-01', rules: [{ positionId: 'x', minYears: 5, maxYears: 3, basis: { document: 'd' } }] })).toThrow(expect.objectContaining({ code: 'invalid_years' }));
  });

  it('adds the plan-scorecard row "rotation carried out as due" only when a schedule is given', () => {
    const calendar = createCalendar();
    const period = { from: '2026-01-01', to: '2026-12-31' } as const;
    const without = evaluatePlan({}, { period, asOf: '2026-12-31', calendar });
    expect(without.rows.find((r) => r.id === 'rotationAsDue')).toBeUndefined();
    const schedule = rotationSchedule([
      { officialId: 'cv01', positionId: 'licensing', decisionDate: '2021-03-15' },
      { officialId: 'cv04', positionId: 'licensing', decisionDate: '2020-01-10', movedOn: '2024-06-01' },
    ], { asOf: '2026-12-01', rules });
    const card = evaluatePlan({ rotation: schedule }, { period, asOf: '2026-12-31', calendar });
    const row = card.rows.find((r) => r.id === 'rotationAsDue');
    expect(row?.measured).toEqual({ kind: 'share', share: { numerator: 1, denominator: 2 } });
    expect(row?.met).toBe(false);
    expect(row?.section).toBe('II.5');
    expect(card.rows.map((r) => r.id).indexOf('rotationAsDue')).toBe(card.rows.map((r) => r.id).indexOf('tasksSingleLead') + 1);
  });
});

describe('rotationSchedule laws', () => {
  const dateArb = fc.integer({ min: 0, max: 365 * 30 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86400000).toISOString().slice(0, 10) as CivilDate);
  it('conserves every assignment, and the due date is never before the earliest date', () => {
    fc.assert(fc.property(fc.array(fc.record({ decisionDate: dateArb, positionId: fc.constantFrom('licensing', 'one-stop', 'other') }), { maxLength: 20 }), dateArb, (list, asOf) => {
      const assignments: RotationAssignment[] = list.map((a, i) => ({ officialId: `o${i}`, ...a }));
      const s = rotationSchedule(assignments, { asOf, rules });
      expect(s.entries.length + s.rejected.length).toBe(assignments.length);
      for (const e of s.entries) {
        expect(e.earliest <= e.due).toBe(true);
        expect(e.decisionDate <= e.earliest).toBe(true);
        expect(e.status === 'overdue').toBe(asOf > e.due);
      }
    }));
  });
});
