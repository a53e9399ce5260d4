import { describe, expect, it } from 'vitest';
import { exampleScoringScheme, scoreUnits } from '../../src/index';

const score = (unit: unknown) => scoreUnits(exampleScoringScheme, [unit as never], { period: '2026', locale: 'en' });

describe('scoreUnits: a unit whose scores or metrics have the wrong shape', () => {
  it.each([
    [{ denominator: 10 }],
    [{ numerator: 9 }],
    [{}],
    [5],
    [null],
    [{ numerator: -1, denominator: 10 }],
    [{ numerator: 1.5, denominator: 10 }],
    [{ numerator: 1, denominator: 0 }],
  ])('rejects the unit when a computed metric is not a share (%j), naming the metric', (share) => {
    const r = score({ unitId: 'P1', metrics: { dossiersOnTime: share } });
    expect(r.units).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([['invalid_ratio', [0, 'metrics', 'dossiersOnTime']]]);
  });

  it.each(['self', 'appraisal', 'metrics'])('rejects the unit when %s is not an object, naming it', (which) => {
    for (const bad of [null, 7, 'x', [1]]) {
      const r = score({ unitId: 'P1', [which]: bad });
      expect(r.rejected[0]?.issues[0]).toMatchObject({ code: 'invalid_type', path: [0, which] });
    }
  });

  it('keeps 0/0 as "no data" (a soft missing_metric issue, 0 points), not a rejection', () => {
    const r = score({ unitId: 'P1', metrics: { dossiersOnTime: { numerator: 0, denominator: 0 } } });
    expect(r.rejected).toEqual([]);
    expect(r.units[0]?.issues.some((i) => i.code === 'missing_metric')).toBe(true);
  });
});
