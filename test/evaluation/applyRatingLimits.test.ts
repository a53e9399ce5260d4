import { describe, expect, it } from 'vitest';
import { applyRatingLimits, evaluateOfficial } from '../../src/evaluation/index';
import type { OfficialEvaluation, OfficialEvaluationInput } from '../../src/evaluation/index';
import { expectCode } from '../policy/_helpers';

/** General points g with every task done: total = g + 70. */
function evaluated(id: string, g: number, extra: Partial<OfficialEvaluationInput> = {}, period = '2026-Q4'): OfficialEvaluation {
  const r = evaluateOfficial({ officialId: id, unitId: 'P1', kind: 'civilServant', generalPoints: g, tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }], ...extra }, { period });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('applyRatingLimits', () => {
  it('moves the lowest-scored excellent of a unit over the 20% quota to "tốt", saying by how many', () => {
    const results = [evaluated('cv01', 25), evaluated('cv02', 23), evaluated('cv03', 22), evaluated('cv04', 21), ...[1, 2, 3, 4, 5, 6].map((i) => evaluated(`cv1${i}`, 10))];
    const limits = applyRatingLimits(results);
    const g = limits.groups[0];
    expect(g).toMatchObject({ base: 10, excellent: 4, allowed: 2, exceededBy: 2, mustMove: ['cv03', 'cv04'], tied: [] });
    expect(limits.decisions.slice(0, 4).map((d) => d.level)).toEqual(['excellent', 'excellent', 'good', 'good']);
    expect(limits.decisions[2]?.reasons.at(-1)?.vi).toContain('chuyển xuống Hoàn thành tốt nhiệm vụ');
    expect(g?.explanation.summary.vi).toContain('vượt giới hạn 2');
  });

  it('lists a tie at the boundary and leaves it to the unit, never deciding silently', () => {
    const results = [evaluated('cv01', 25), evaluated('cv02', 23), evaluated('cv03', 23), ...[1, 2, 3, 4, 5, 6, 7].map((i) => evaluated(`cv1${i}`, 10))];
    const limits = applyRatingLimits(results);
    expect(limits.groups[0]).toMatchObject({ allowed: 2, exceededBy: 1, mustMove: [], tied: ['cv02', 'cv03'], tieMoves: 1 });
    expect(limits.decisions.slice(0, 3).map((d) => [d.quota, d.level])).toEqual([['within', 'excellent'], ['tied', null], ['tied', null]]);
    expect(limits.decisions[1]?.reasons.at(-1)?.vi).toContain('đơn vị phải chọn 1 trong 2 người');
  });

  it('caps 95 points at "Hoàn thành nhiệm vụ" when the late share is over the plan\'s threshold', () => {
    const limits = applyRatingLimits([evaluated('cv01', 25, { lateCounts: { handled: 100, late: 11 } })]);
    const d = limits.decisions[0];
    expect(d?.pointsLevel).toBe('excellent');
    expect(d?.level).toBe('completed');
    expect(d?.lateCap?.capped).toBe(true);
    expect(d?.reasons.map((r) => r.vi)).toEqual([
      'Tổng điểm đánh giá 95: Hoàn thành xuất sắc nhiệm vụ.',
      expect.stringContaining('không được xếp loại Hoàn thành tốt nhiệm vụ trở lên'),
    ]);
    // The capped official takes no excellence place and is not in the base.
    expect(limits.groups[0]).toMatchObject({ base: 0, excellent: 0, allowed: 0 });
  });

  it('allows 25% for viên chức of a unit rated excellent, and keeps a head at or below the unit', () => {
    const vc = (id: string, g: number, head = false) => evaluated(id, g, { kind: 'publicEmployee', head });
    const results = [vc('vc01', 25, true), vc('vc02', 24), vc('vc03', 10), vc('vc04', 10)];
    expect(applyRatingLimits(results, { unitLevel: { P1: 'excellent' } }).groups[0]).toMatchObject({ quota: { numerator: 1, denominator: 4 }, allowed: 1, mustMove: ['vc02'] });
    expect(applyRatingLimits(results, { unitLevel: { P1: 'good' } }).decisions[0]?.level).toBe('good');
    expect(applyRatingLimits(results).groups[0]).toMatchObject({ quota: { numerator: 1, denominator: 5 }, allowed: 0 });
  });

  it('counts each unit and group of similar tasks apart', () => {
    const results = [evaluated('cv01', 25), evaluated('cv02', 25, { group: 'one-stop' })];
    const limits = applyRatingLimits(results, { groups: { cv01: 'one-stop' } });
    expect(limits.groups).toHaveLength(1);
    expect(applyRatingLimits(results).groups).toHaveLength(2);
  });

  it('refuses a hole in a sparse results array with invalid_type naming the entry (found by the fuzzer: it crashed deep inside)', () => {
    const results = [evaluated('cv01', 25)];
    const sparse = [results[0] as OfficialEvaluation, , results[0] as OfficialEvaluation] as OfficialEvaluation[];
    expect(expectCode(() => applyRatingLimits(sparse), 'invalid_type').message).toContain('results[1]');
  });
});
