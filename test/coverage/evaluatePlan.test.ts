import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import type { PlanInput, ScorecardRowId } from '../../src/coverage/index';
import { evaluatePlan } from '../../src/coverage/index';
import { evaluateDossiers } from '../../src/dossier/index';
import { formatExplanation } from '../../src/explain/index';
import { tallyDossiers } from '../../src/metrics/index';
import type { Dossier, Procedure } from '../../src/model/index';

const calendar = createCalendar();
const year2025 = { from: '2025-01-01', to: '2025-12-31' } as const;
const options = { period: year2025, asOf: '2026-01-15', calendar } as const;
const row = (card: ReturnType<typeof evaluatePlan>, id: ScorecardRowId) => {
  const r = card.rows.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no row ${id}`);
  return r;
};

const procedure = (id: string, level: Procedure['onlineLevel']): Procedure => ({
  id,
  name: id,
  field: 'Đầu tư',
  processingDays: 10,
  onlineEligible: true,
  onlineLevel: level,
  hasFees: false,
  onlinePayment: false,
});

describe('evaluatePlan', () => {
  it('has one row per measurable target, in the plan order, all null without input', () => {
    const card = evaluatePlan({}, options);
    expect(card.rows.map((r) => [r.id, r.section])).toEqual([
      ['parIndexRank', 'I.1'],
      ['pciRank', 'I.1'],
      ['papiRank', 'I.1'],
      ['ictIndexRank', 'I.1'],
      ['dtiRank', 'I.1'],
      ['officialLateShare', 'II.1'],
      ['departmentLateShare', 'II.1'],
      ['satisfaction', 'II.1'],
      ['agencyParGrade', 'II.1'],
      ['petitionsOnTime', 'II.2'],
      ['onlineServiceCoverage', 'II.3'],
      ['onlineMainChannel', 'II.3'],
      ['tasksSingleLead', 'II.4'],
      ['electronicDocuments', 'II.7'],
      ['tasksOnTime', 'III.1'],
    ]);
    for (const r of card.rows) {
      expect(r.met).toBeNull();
      expect(r.measured).toBeNull();
    }
    expect(card.summary).toEqual({ met: 0, notMet: 0, notJudged: 15 });
    expect(formatExplanation(row(card, 'satisfaction').explanation, { locale: 'en' })).toBe('Not judged: the input `feedback`, `officials` was not given.');
  });

  it('judges ranks against the top 25, at and around the threshold', () => {
    const card = evaluatePlan({ provincialIndexRanks: { parIndex: 25, pci: 26, papi: 1 } }, options);
    expect(row(card, 'parIndexRank').met).toBe(true);
    expect(row(card, 'pciRank').met).toBe(false);
    expect(row(card, 'papiRank').met).toBe(true);
    expect(row(card, 'dtiRank').met).toBeNull();
    expect(row(card, 'pciRank').target).toMatchObject({ kind: 'rank', atMost: 25 });
    expect(formatExplanation(row(card, 'pciRank').explanation, { locale: 'vi' })).toBe(
      'Xếp hạng 26; chỉ tiêu trong nhóm 25 tỉnh, thành phố dẫn đầu (Kế hoạch triển khai Kết luận 91-KL/TU, mục I.1): chưa đạt.',
    );
  });

  it('judges the agency PAR grade: Tốt or better', () => {
    expect(row(evaluatePlan({ agencyParGrade: 'good' }, options), 'agencyParGrade').met).toBe(true);
    expect(row(evaluatePlan({ agencyParGrade: 'excellent' }, options), 'agencyParGrade').met).toBe(true);
    expect(row(evaluatePlan({ agencyParGrade: 'fair' }, options), 'agencyParGrade').met).toBe(false);
    expect(() => evaluatePlan({ agencyParGrade: 'Tốt' as never }, options)).toThrow(expect.objectContaining({ code: 'invalid_enum' }));
  });

  it('counts officials over the 2025 cap (more than 5%) and departments at 5% or more', () => {
    const card = evaluatePlan(
      {
        officialLateCounts: [
          { id: 'cv01', handled: 100, late: 5 }, // 5%: not more than 5%
          { id: 'cv02', handled: 100, late: 6 }, // 6%: over
          { id: 'cv03', handled: 0, late: 0 }, // nothing to judge
        ],
        departmentLateCounts: [
          { id: 'VP', handled: 100, late: 5 }, // 5%: at the cap, over ("từ 5%")
          { id: 'QLDT', handled: 100, late: 4 },
        ],
      },
      options,
    );
    const officials = row(card, 'officialLateShare');
    expect(officials.measured).toEqual({ kind: 'overCap', over: 1, of: 2 });
    expect(officials.met).toBe(false);
    expect(officials.target).toMatchObject({ kind: 'noneOverCap', cap: { numerator: 1, denominator: 20 }, comparison: 'gt' });
    expect(officials.explanation.outcome['over']).toEqual(['cv02']);
    expect(officials.explanation.children[0]?.rule).toBe('rating.officialLateShareCap');
    const departments = row(card, 'departmentLateShare');
    expect(departments.measured).toEqual({ kind: 'overCap', over: 1, of: 2 });
    expect(departments.target).toMatchObject({ comparison: 'gte' });
  });

  it('uses the 10% official cap for 2024', () => {
    const card = evaluatePlan({ officialLateCounts: [{ id: 'cv01', handled: 100, late: 10 }] }, { ...options, period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(row(card, 'officialLateShare').met).toBe(true);
  });

  it('reports bad late counts and keeps the valid ones', () => {
    const card = evaluatePlan(
      {
        officialLateCounts: [
          { id: 'cv01', handled: 10, late: 11 },
          { id: 'cv02', handled: 10, late: 0 },
          { id: 'cv02', handled: 10, late: 9 },
          { id: 'cv03', handled: 1.5, late: 0 },
        ],
      },
      options,
    );
    expect(row(card, 'officialLateShare').measured).toEqual({ kind: 'overCap', over: 0, of: 1 });
    expect(card.issues.map((i) => [i.code, i.path])).toEqual([
      ['late_exceeds_handled', ['officialLateCounts', 0, 'late']],
      ['duplicate_id', ['officialLateCounts', 2, 'id']],
      ['not_integer', ['officialLateCounts', 3, 'handled']],
    ]);
  });

  it('takes late counts and the channel mix from dossier evaluations', () => {
    const dossiers: Dossier[] = [
      { id: 'HS-1', procedureId: 'P1', departmentId: 'VP', officialId: 'cv01', channel: 'online', onlineLevel: 'full', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 2, events: [{ type: 'returned', at: '2025-03-04T10:00:00+07:00' }] },
      { id: 'HS-2', procedureId: 'P1', departmentId: 'VP', officialId: 'cv01', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 2, events: [{ type: 'returned', at: '2025-03-20T10:00:00+07:00' }] },
    ];
    const evaluations = [...evaluateDossiers(dossiers, { calendar, asOf: '2025-12-31T17:00:00+07:00' })].flatMap((r) => (r.ok ? [r.value] : []));
    expect(evaluations).toHaveLength(2);
    const card = evaluatePlan({ evaluations }, options);
    expect(row(card, 'officialLateShare').measured).toEqual({ kind: 'overCap', over: 1, of: 1 });
    expect(row(card, 'departmentLateShare').measured).toEqual({ kind: 'overCap', over: 1, of: 1 });
    expect(row(card, 'onlineMainChannel').measured).toEqual({ kind: 'share', share: { numerator: 1, denominator: 2 } });
    expect(row(card, 'onlineMainChannel').met).toBe(false);
    const fromTallies = evaluatePlan({ officialLateCounts: tallyDossiers(evaluations, { by: 'official' }) }, options);
    expect(row(fromTallies, 'officialLateShare').measured).toEqual({ kind: 'overCap', over: 1, of: 1 });
  });

  it('judges online coverage, satisfaction, documents, petitions and tasks from their inputs', () => {
    const input: PlanInput = {
      procedures: [procedure('P1', 'full'), procedure('P2', 'partial')],
      feedback: [{ id: 'F1', officialId: 'cv01', at: '2025-05-05T10:00:00+07:00', rating: 'satisfied' }],
      officials: [{ id: 'cv01', name: 'Nguyễn Văn A', departmentId: 'VP' }],
      documents: [{ id: 'VB1', direction: 'outgoing', date: '2025-05-05', secret: false, electronic: true, digitallySigned: true }],
      petitions: [{ id: 'PA1', from: 'business', receivedAt: '2025-05-05T10:00:00+07:00', answeredAt: '2025-05-06T10:00:00+07:00' }],
      tasks: [
        { id: 'BC', title: 'Báo cáo quý', section: 'III.1', lead: { kind: 'department', id: 'VP' }, dueDate: '2025-03-14', recurrence: 'quarterly', completions: ['2025-03-10', '2025-06-10', '2025-09-10', '2025-12-20'] },
      ],
    };
    const card = evaluatePlan(input, options);
    expect(row(card, 'onlineServiceCoverage')).toMatchObject({ measured: { kind: 'share', share: { numerator: 1, denominator: 2 } }, met: false });
    expect(row(card, 'satisfaction').met).toBe(true);
    expect(row(card, 'electronicDocuments').met).toBe(true);
    expect(row(card, 'petitionsOnTime').met).toBe(true);
    expect(row(card, 'tasksSingleLead').met).toBe(true);
    // Quarterly occurrences due in 2025: 14/3, 14/6 (→16/6), 14/9 (→15/9), 14/12 (→15/12); the last was done on 20/12.
    expect(row(card, 'tasksOnTime')).toMatchObject({ measured: { kind: 'share', share: { numerator: 3, denominator: 4 } }, met: false });
    expect(card.summary).toEqual({ met: 4, notMet: 2, notJudged: 9 });
  });

  it('counts tasks without a single lead against II.4 and reports them', () => {
    const tasks = [
      { id: 'T1', title: 'x', section: 'II.4', lead: { kind: 'department', id: 'VP' }, dueDate: '2025-06-30', completedOn: '2025-06-01' },
      { id: 'T2', title: 'x', section: 'II.4', lead: [{ kind: 'department', id: 'VP' }, { kind: 'department', id: 'QLDT' }], dueDate: '2025-06-30' },
    ] as unknown as PlanInput['tasks'];
    const card = evaluatePlan({ tasks }, options);
    expect(row(card, 'tasksSingleLead')).toMatchObject({ measured: { kind: 'share', share: { numerator: 1, denominator: 2 } }, met: false });
    expect(row(card, 'tasksSingleLead').explanation.outcome['withoutSingleLead']).toEqual(['T2']);
    expect(row(card, 'tasksOnTime').met).toBe(true);
    expect(card.issues.map((i) => [i.code, i.path])).toEqual([['multiple_leads', ['tasks', 1, 'lead']]]);
  });

  it('prefixes issue paths with the input field', () => {
    const card = evaluatePlan(
      { feedback: [{ id: 'F1', officialId: 'cv99', at: '2025-05-05T10:00:00+07:00', rating: 'satisfied' }], officials: [] },
      options,
    );
    expect(card.issues.map((i) => [i.code, i.path])).toEqual([['unknown_official', ['feedback', 0, 'officialId']]]);
  });

  it('lets the caller set the targets the plan states without a number', () => {
    const petitions = [
      { id: 'PA1', from: 'business' as const, receivedAt: '2025-05-05T10:00:00+07:00' as const, answeredAt: '2025-05-06T10:00:00+07:00' as const },
      { id: 'PA2', from: 'business' as const, receivedAt: '2025-05-05T10:00:00+07:00' as const, answeredAt: '2025-07-06T10:00:00+07:00' as const },
    ];
    expect(row(evaluatePlan({ petitions }, options), 'petitionsOnTime').met).toBe(false);
    const card = evaluatePlan({ petitions }, { ...options, targets: { petitionsOnTime: { numerator: 1, denominator: 2 } } });
    expect(row(card, 'petitionsOnTime').met).toBe(true);
    expect(row(card, 'petitionsOnTime').target).toMatchObject({ kind: 'share', value: { numerator: 1, denominator: 2 } });
  });

  it('explains the whole scorecard as a tree of its rows', () => {
    const card = evaluatePlan({ provincialIndexRanks: { pci: 3 } }, options);
    expect(formatExplanation(card.explanation, { locale: 'en' })).toBe(
      'Period 2025-01-01 to 2025-12-31: 1 targets met, 0 not met, 14 not judged (input missing) of 15.',
    );
    expect(card.explanation.children).toHaveLength(15);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('throws on a bad rank or a bad period', () => {
    expect(() => evaluatePlan({ provincialIndexRanks: { dti: 0 } }, options)).toThrow(expect.objectContaining({ code: 'invalid_rank' }));
    expect(() => evaluatePlan({}, { ...options, period: { from: '2025-12-31', to: '2025-01-01' } })).toThrow(expect.objectContaining({ code: 'invalid_period' }));
  });
});
