import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { evaluateOfficial } from '../../src/evaluation/index';
import { evaluationPolicy } from '../../src/evaluation/evaluationPolicy';
import { formatExplanation } from '../../src/explain/Explanation';
import { emptyTally } from '../../src/metrics/tally';
import { extendPolicy } from '../../src/policy/extendPolicy';
import { evaluateTasks } from '../../src/tasks/index';

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

const r = (numerator: number, denominator: number) => ({ numerator, denominator });
const done = { weight: 1, quantity: true, quality: true, onTime: true } as const;
// The official's tally of Q1 2026: 20 ended (1 late through another official), 2 late through the official, 1 pending overdue, 3 pending within.
const tally = { ...emptyTally(), dossiers: 24, early: 2, onTime: 15, late: 2, lateByOthers: 1, pendingOverdue: 1, pendingWithin: 3, processed: 20 };

describe('task results from the library\'s own results', () => {
  it('a staff official whose tiến độ comes from the dossier tally (worked example)', () => {
    const v = ok(evaluateOfficial({ officialId: 'cv01', kind: 'civilServant', generalPoints: 27, results: { dossiers: tally, quality: 1 } }, { period: '2026-Q1' }));
    // 21 dossiers decided (20 ended + 1 overdue): a = 20/21, b = 1 × 20/21, c = (20 − 2)/21 = 6/7.
    expect(v.periods[0]?.components).toEqual({ quantity: r(20, 21), quality: r(20, 21), timeliness: r(6, 7) });
    // (58/21)/3 × 70 = 4060/63 = 64.44…; + 27 = 91.44.
    expect(v.periods[0]?.taskResults).toEqual(r(580, 9));
    expect(v.points).toBe(91.44);
    expect(v.level).toBe('excellent');
    const tree = formatExplanation(v.explanation, { locale: 'vi', detail: 'tree' });
    expect(tree).toContain('21 hồ sơ đã giải quyết hoặc quá hạn, 20 đã giải quyết (a), 18 đúng hạn (c), 2 trễ hạn và 1 đang quá hạn do công chức');
    expect(formatExplanation(v.explanation, { locale: 'en', detail: 'tree' })).toContain('each dossier has K = 1 (dossierWeight, default 1)');
  });

  it('a report row gives the same result as the tally it sums', () => {
    const row = { resolved: { early: 2, onTime: 16, late: 2 }, pending: { overdue: 1 } };
    const a = ok(evaluateOfficial({ officialId: 'cv01', kind: 'civilServant', generalPoints: 27, results: { dossiers: row, quality: 1 } }, { period: '2026-Q1' }));
    expect(a.total).toEqual(ok(evaluateOfficial({ officialId: 'cv01', kind: 'civilServant', generalPoints: 27, results: { dossiers: tally, quality: 1 } }, { period: '2026-Q1' })).total);
  });

  it('adds the units of evaluateTasks to the explicit tasks, with each task\'s K and quality', () => {
    const evaluations = evaluateTasks([
      { id: 'T1', title: 'Báo cáo quý I', section: 'III.1', lead: { kind: 'official', id: 'cv02' }, dueDate: '2026-02-27', completedOn: '2026-02-20' },
      { id: 'T2', title: 'Rà soát quy trình', section: 'II.4', lead: { kind: 'official', id: 'cv02' }, dueDate: '2026-03-13', completedOn: '2026-03-20' },
      { id: 'T3', title: 'Số hóa hồ sơ', section: 'II.3', lead: { kind: 'official', id: 'cv02' }, dueDate: '2026-06-30' },
    ], { asOf: '2026-03-31', calendar: createCalendar() });
    const v = ok(evaluateOfficial({
      officialId: 'cv02', kind: 'civilServant', generalPoints: 25,
      results: { tasks: evaluations, qualityByTask: { T1: 1, T2: 0.75 }, taskWeights: { T2: 2 } },
    }, { period: '2026-Q1' }));
    // T1 K = 1 done on time; T2 K = 2 done late at 75% quality; T3 not yet due (not counted).
    // a = 1, b = (1 + 2 × 0.75)/3 = 5/6, c = 1/3 → (13/6)/3 × 70 = 50.56; + 25 = 75.56.
    expect(v.periods[0]?.components).toEqual({ quantity: r(1, 1), quality: r(5, 6), timeliness: r(1, 3) });
    expect(v.points).toBe(75.56);
    expect(v.level).toBe('good');
    expect(formatExplanation(v.explanation, { locale: 'en', detail: 'tree' })).toContain('2 occurrence(s) due or done, 2 done (a), 1 on time (c), 1 done late, 0 overdue; 1 not yet due are not counted');
  });

  it('never guesses quality: an issue naming the field, or the agency\'s named parameter', () => {
    const input = { officialId: 'cv03', kind: 'civilServant' as const, generalPoints: 27, results: { dossiers: tally } };
    const bad = evaluateOfficial(input, { period: '2026-Q1', locale: 'en' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_task_quality', 'results.quality']]);
    expect(bad.issues[0]?.message).toContain('set the policy parameter derivedTaskQuality; no value is guessed');
    const agency = extendPolicy(evaluationPolicy, { derivedTaskQuality: [{ from: '2020-08-20', value: r(1, 1), basis: { document: 'Quy chế đánh giá 01/QC-KKT', note: 'Hồ sơ không bị trả lại: chất lượng đạt.' } }] });
    const v = ok(evaluateOfficial(input, { period: '2026-Q1', policy: agency }));
    expect(v.points).toBe(91.44);
    expect(JSON.stringify(v.explanation)).toContain('Quy chế đánh giá 01/QC-KKT');
    const tasks = evaluateTasks([{ id: 'T1', title: 'Báo cáo', section: 'III.1', lead: { kind: 'official', id: 'cv03' }, dueDate: '2026-02-27', completedOn: '2026-02-20' }], { asOf: '2026-03-31', calendar: createCalendar() });
    const noTaskQuality = evaluateOfficial({ ...input, results: { tasks } }, { period: '2026-Q1' });
    expect(noTaskQuality.ok ? [] : noTaskQuality.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_task_quality', 'results.qualityByTask.T1']]);
  });

  it('bad counts and coefficients are issues naming the field', () => {
    const v = evaluateOfficial({
      officialId: 'cv04', kind: 'civilServant', generalPoints: 27, tasks: [done],
      results: { dossiers: { ...tally, late: -1, onTime: 1.5 }, dossierWeight: 0, quality: 1.5, tasks: 'T1' as never },
    }, { period: '2026-Q1' });
    expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'results.tasks'],
      ['not_integer', 'results.dossiers.onTime'],
      ['negative', 'results.dossiers.late'],
      ['invalid_coefficient', 'results.dossierWeight'],
    ]);
  });
});

describe('hostile task evaluations', () => {
  it('reports malformed occurrences and never reads inherited keys as a rating', () => {
    const bad = [{ task: { id: 'T1' }, status: 'doneOnTime', occurrences: [null, { status: 'doneOnTime' }, { status: 'toString' }] }] as never;
    const v = evaluateOfficial({ officialId: 'cv05', kind: 'civilServant', generalPoints: 27, results: { tasks: bad, quality: 1 } }, { period: '2026-Q1' });
    expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', 'results.tasks.0.occurrences.0'], ['invalid_type', 'results.tasks.0.occurrences.2']]);
    const tasks = [{ task: { id: 'constructor' }, status: 'doneOnTime', occurrences: [{ status: 'doneOnTime' }] }] as never;
    const u = evaluateOfficial({ officialId: 'cv05', kind: 'civilServant', generalPoints: 27, results: { tasks, qualityByTask: {}, taskWeights: {} } }, { period: '2026-Q1' });
    expect(u.ok ? [] : u.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_task_quality', 'results.qualityByTask.constructor']]);
    const w = ok(evaluateOfficial({ officialId: 'cv05', kind: 'civilServant', generalPoints: 27, results: { tasks, quality: 1 } }, { period: '2026-Q1' }));
    expect(w.periods[0]?.components.timeliness).toEqual(r(1, 1));
  });
});

describe('a leader\'s d from the unit\'s own results', () => {
  const unit = { ...emptyTally(), early: 10, onTime: 80, late: 10 };

  it('a leader whose d is the unit\'s on-time share (worked example)', () => {
    const v = ok(evaluateOfficial({ officialId: 'tp01', kind: 'civilServant', generalPoints: 28, tasks: [done], leader: { unitResult: { dossiers: unit }, organising: 1, unity: 0.5 } }, { period: '2026-Q2' }));
    // d = 90/100 → (1 + 1 + 1 + 0.9 + 1 + 0.5)/6 × 70 = 63; + 28 = 91, as with d = 0.9 given.
    expect(v.periods[0]?.components.unitResult).toEqual(r(9, 10));
    expect(v.points).toBe(91);
    const tree = formatExplanation(v.explanation, { locale: 'vi', detail: 'tree' });
    expect(tree).toContain('d – kết quả của đơn vị = trung bình cộng của tỷ lệ hồ sơ đúng hạn của đơn vị 90/100 = 90%');
    expect(tree).toContain('cơ quan cần xác nhận');
  });

  it('combines the on-time share and the task completion by unitResultCombination', () => {
    const leader = { unitResult: { dossiers: unit, tasks: { doneOnTime: 7, doneLate: 1, overdue: 2, open: 3 } }, organising: 1, unity: 1 };
    const mean = ok(evaluateOfficial({ officialId: 'tp01', kind: 'civilServant', generalPoints: 28, tasks: [done], leader }, { period: '2026-Q2' }));
    expect(mean.periods[0]?.components.unitResult).toEqual(r(17, 20)); // (0.9 + 0.8)/2
    const minimum = extendPolicy(evaluationPolicy, { unitResultCombination: [{ from: '2020-08-20', value: 'minimum', basis: { document: 'Quy chế đánh giá 01/QC-KKT' } }] });
    const low = ok(evaluateOfficial({ officialId: 'tp01', kind: 'civilServant', generalPoints: 28, tasks: [done], leader }, { period: '2026-Q2', policy: minimum }));
    expect(low.periods[0]?.components.unitResult).toEqual(r(4, 5));
  });

  it('a count missing from the unit\'s results is required, never a silent 0', () => {
    const v = evaluateOfficial({ officialId: 'tp03', kind: 'civilServant', generalPoints: 28, tasks: [done], leader: { unitResult: { dossiers: { early: 1, onTime: 9 } as never, tasks: { doneOnTime: 3 } as never }, organising: 1, unity: 1 } }, { period: '2026-Q2' });
    expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['required', 'leader.unitResult.dossiers.late'],
      ['required', 'leader.unitResult.tasks.doneLate'],
      ['required', 'leader.unitResult.tasks.overdue'],
    ]);
  });

  it('no ended dossier and no task due: an issue, not a guessed d', () => {
    const v = evaluateOfficial({ officialId: 'tp02', kind: 'civilServant', generalPoints: 28, tasks: [done], leader: { unitResult: { dossiers: emptyTally(), tasks: { doneOnTime: 0, doneLate: 0, overdue: 0 } }, organising: 1, unity: 1 } }, { period: '2026-Q2' });
    expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unit_result_unavailable', 'leader.unitResult']]);
  });
});
