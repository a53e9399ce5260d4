import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateOfficial } from '../../src/evaluation/index';
import type { OfficialEvaluationInput } from '../../src/evaluation/index';
import { emptyTally } from '../../src/metrics/tally';
import type { Tally } from '../../src/metrics/tally';
import { ratingLevels } from '../../src/rating/RatingLevel';
import type { TaskEvaluation, TaskStatus } from '../../src/tasks/index';

const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const tallyArb = fc.record({ early: fc.nat(20), onTime: fc.nat(40), late: fc.nat(15), lateByOthers: fc.nat(5), pendingOverdue: fc.nat(5), pendingWithin: fc.nat(5) })
  .map((c): Tally => ({ ...emptyTally(), ...c }));
const explicit = fc.array(fc.record({ weight: fc.integer({ min: 1, max: 8 }), quantity: share, quality: share, onTime: share }), { maxLength: 3 });
const statusArb = fc.constantFrom<TaskStatus>('doneOnTime', 'doneLate', 'open', 'overdue');
const taskEvalArb = fc.array(fc.array(statusArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

function taskEvaluations(statuses: readonly (readonly TaskStatus[])[]): TaskEvaluation[] {
  return statuses.map((list, i) => ({ task: { id: `T${i}` }, departmentId: null, status: list[0], occurrences: list.map((status, index) => ({ taskId: `T${i}`, index, status })) }) as unknown as TaskEvaluation);
}

function scored(input: Omit<OfficialEvaluationInput, 'officialId' | 'kind'>): { level: number; total: number } | null {
  const r = evaluateOfficial({ officialId: 'x', kind: 'civilServant', ...input }, { period: '2026-Q1' });
  if (!r.ok) return null;
  return { level: ratingLevels.indexOf(r.value.level), total: (r.value.total?.numerator ?? 0) / (r.value.total?.denominator ?? 1) };
}

/** Level indexes run from the best (0) down, so "never lower" is "the index never grows". */
function notLower(before: { level: number; total: number } | null, after: { level: number; total: number } | null): void {
  expect(before === null).toBe(after === null);
  if (before === null || after === null) return;
  expect(after.level).toBeLessThanOrEqual(before.level);
  expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
}

describe('task results from the library\'s own results: properties', () => {
  it('more on-time dossiers (a late or overdue one on time instead) never lower the level', () => {
    fc.assert(fc.property(tallyArb, explicit, share, fc.integer({ min: 0, max: 3000 }), fc.boolean(), (tally, tasks, quality, general, fromOverdue) => {
      fc.pre(fromOverdue ? tally.pendingOverdue > 0 : tally.late > 0);
      const better = fromOverdue ? { ...tally, pendingOverdue: tally.pendingOverdue - 1, onTime: tally.onTime + 1 } : { ...tally, late: tally.late - 1, onTime: tally.onTime + 1 };
      const base = { generalPoints: general / 100, tasks, results: { dossiers: tally, quality } };
      notLower(scored(base), scored({ ...base, results: { dossiers: better, quality } }));
    }));
  });

  it('a task occurrence done on time instead of late (or done instead of overdue) never lowers the level', () => {
    fc.assert(fc.property(taskEvalArb, share, fc.integer({ min: 0, max: 3000 }), fc.nat(15), (statuses, quality, general, pick) => {
      const flat = statuses.flatMap((list, i) => list.map((s, j) => [i, j, s] as const)).filter(([, , s]) => s === 'doneLate' || s === 'overdue');
      fc.pre(flat.length > 0);
      const [i, j, s] = flat[pick % flat.length] as readonly [number, number, TaskStatus];
      const better = statuses.map((list, a) => list.map((x, b) => (a === i && b === j ? (s === 'overdue' ? 'doneLate' : 'doneOnTime') : x)));
      const input = (st: readonly (readonly TaskStatus[])[]) => ({ generalPoints: general / 100, results: { tasks: taskEvaluations(st), quality } });
      notLower(scored(input(statuses)), scored(input(better)));
    }));
  });

  it('a better unit (more on-time dossiers, more tasks done) never lowers a leader\'s level', () => {
    const unitTasks = fc.record({ doneOnTime: fc.nat(6), doneLate: fc.nat(4), overdue: fc.nat(4) });
    fc.assert(fc.property(tallyArb, unitTasks, fc.integer({ min: 0, max: 3000 }), share, fc.boolean(), (unit, t, general, unity, dossierSide) => {
      fc.pre(dossierSide ? unit.late > 0 : t.overdue > 0);
      const betterUnit = dossierSide ? { dossiers: { ...unit, late: unit.late - 1, onTime: unit.onTime + 1 }, tasks: t } : { dossiers: unit, tasks: { ...t, overdue: t.overdue - 1, doneLate: t.doneLate + 1 } };
      const input = (u: typeof betterUnit) => ({ generalPoints: general / 100, tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }], leader: { unitResult: u, organising: 1, unity } });
      notLower(scored(input({ dossiers: unit, tasks: t })), scored(input(betterUnit)));
    }));
  });

  it('a tally is exactly one assigned task of K = the dossiers decided (derivation is exact)', () => {
    fc.assert(fc.property(tallyArb, share, fc.integer({ min: 0, max: 3000 }), (tally, quality, general) => {
      const ended = tally.early + tally.onTime + tally.late + tally.lateByOthers;
      const decided = ended + tally.pendingOverdue;
      fc.pre(decided > 0);
      const q = Math.round(quality * 100);
      const task = { weight: decided, quantity: { numerator: ended, denominator: decided }, quality: { numerator: q * ended, denominator: 100 * decided }, onTime: { numerator: ended - tally.late, denominator: decided } };
      const a = evaluateOfficial({ officialId: 'x', kind: 'civilServant', generalPoints: general / 100, results: { dossiers: tally, quality } }, { period: '2026-Q1' });
      const b = evaluateOfficial({ officialId: 'x', kind: 'civilServant', generalPoints: general / 100, tasks: [task] }, { period: '2026-Q1' });
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) expect(a.value.total).toEqual(b.value.total);
    }));
  });
});
