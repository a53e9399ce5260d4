import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRatingLimits, evaluateOfficial } from '../../src/evaluation/index';
import type { OfficialEvaluation } from '../../src/evaluation/index';
import { ratingLevels } from '../../src/rating/RatingLevel';

const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const taskArb = fc.record({
  weight: fc.integer({ min: 1, max: 40 }).map((n) => n / 4),
  quantity: share,
  quality: share,
  onTime: share,
  faultsCaused: fc.record({ rework: fc.nat(4), delay: fc.nat(4) }),
});
const inputArb = fc.record({
  generalPoints: fc.integer({ min: 0, max: 3000 }).map((n) => n / 100),
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 5 }),
  leader: fc.option(fc.record({ unitResult: share, organising: share, unity: share }), { nil: undefined }),
});
type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function level(input: Input): number {
  const r = evaluateOfficial({ officialId: 'x', kind: 'civilServant', ...input }, { period: '2026-Q1' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return ratingLevels.indexOf(r.value.level);
}

function raise(input: Input, which: number, task: number): Input {
  const up = (v: number) => Math.min(1, Math.round(v * 100 + 10) / 100);
  if (which === 0) return { ...input, generalPoints: Math.min(30, Math.round(input.generalPoints * 100 + 150) / 100) };
  if (which >= 4) {
    if (input.leader === undefined) return input;
    const k = (['unitResult', 'organising', 'unity'] as const)[which - 4] as 'unitResult';
    return { ...input, leader: { ...input.leader, [k]: up(input.leader[k]) } };
  }
  const key = (['quantity', 'quality', 'onTime'] as const)[which - 1] as 'quantity';
  const tasks = input.tasks.map((t, i) => (i === task % input.tasks.length ? { ...t, [key]: up(t[key]) } : t));
  return { ...input, tasks };
}

describe('evaluateOfficial laws', () => {
  it('raising any component never lowers the level', () => {
    fc.assert(fc.property(inputArb, fc.integer({ min: 0, max: 6 }), fc.nat(), (input, which, task) => {
      expect(level(raise(input, which, task))).toBeLessThanOrEqual(level(input));
    }));
  });

  it('one fault fewer never lowers the level', () => {
    fc.assert(fc.property(inputArb, fc.nat(), (input, task) => {
      const i = task % input.tasks.length;
      const t = input.tasks[i] as Input['tasks'][number];
      const fewer = { ...t, faultsCaused: { rework: Math.max(0, t.faultsCaused.rework - 1), delay: Math.max(0, t.faultsCaused.delay - 1) } };
      const better = { ...input, tasks: input.tasks.map((x, j) => (j === i ? fewer : x)) };
      expect(level(better)).toBeLessThanOrEqual(level(input));
    }));
  });

  it('a total is never above 100', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const r = evaluateOfficial({ officialId: 'x', kind: 'civilServant', ...input }, { period: '2026-Q1' });
      expect(r.ok && r.value.total !== null && r.value.total.numerator <= 100 * r.value.total.denominator).toBe(true);
    }));
  });
});

describe('applyRatingLimits laws', () => {
  const officialArb = fc.record({ unit: fc.constantFrom('P1', 'P2'), general: fc.integer({ min: 0, max: 30 }), late: fc.option(fc.nat(20), { nil: undefined }) });
  it('the quota never leaves more excellent results than allowed, and every result gets a decision', () => {
    fc.assert(fc.property(fc.array(officialArb, { maxLength: 25 }), (list) => {
      const results: OfficialEvaluation[] = list.map((o, i) => {
        const r = evaluateOfficial({
          officialId: `o${i}`, unitId: o.unit, kind: 'civilServant', generalPoints: o.general,
          tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }],
          ...(o.late === undefined ? {} : { lateCounts: { handled: 100, late: o.late } }),
        }, { period: '2026-Q4' });
        if (!r.ok) throw new Error('bad');
        return r.value;
      });
      const limits = applyRatingLimits(results);
      expect(limits.decisions).toHaveLength(results.length);
      for (const g of limits.groups) {
        const members = limits.decisions.filter((_, i) => results[i]?.unitId === g.unitId);
        expect(members.filter((d) => d.level === 'excellent').length).toBeLessThanOrEqual(g.allowed);
        expect(g.tieMoves).toBeLessThanOrEqual(g.tied.length);
      }
      for (const d of limits.decisions) if (d.level !== null && d.lateCap?.capped === true) expect(d.level).not.toMatch(/excellent|good/);
    }));
  });
});
