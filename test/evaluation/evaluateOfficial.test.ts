import { describe, expect, it } from 'vitest';
import { evaluateOfficial, evaluateOfficials } from '../../src/evaluation/index';
import { evaluationPolicy } from '../../src/evaluation/evaluationPolicy';
import { formatExplanation } from '../../src/explain/Explanation';
import { extendPolicy } from '../../src/policy/extendPolicy';

const done = { weight: 1, quantity: true, quality: true, onTime: true } as const;

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

describe('evaluateOfficial', () => {
  it('scores a staff official: (a+b+c)/3 × 70 plus the general criteria (Điều 14, 16)', () => {
    // 4 tasks of K = 1, all accepted at quality, 3 of 4 on time: a = 1, b = 1, c = 3/4.
    const r = ok(evaluateOfficial({ officialId: 'cv01', kind: 'civilServant', generalPoints: 27, tasks: [done, done, done, { ...done, onTime: false }] }, { period: '2026-Q1' }));
    expect(r.regime).toBe('nd335-2025');
    expect(r.periods[0]?.components).toEqual({ quantity: { numerator: 1, denominator: 1 }, quality: { numerator: 1, denominator: 1 }, timeliness: { numerator: 3, denominator: 4 } });
    expect(r.total).toEqual({ numerator: 547, denominator: 6 }); // 27 + 64.1666…
    expect(r.points).toBe(91.17);
    expect(r.level).toBe('excellent');
    const tree = formatExplanation(r.explanation, { locale: 'vi', detail: 'tree' });
    expect(tree).toContain('c – tiến độ: 75%');
    expect(tree).toContain('tiêu chí chung 27/30 (Nghị định 335/2025/NĐ-CP, Điều 12)');
    expect(tree).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('scores a leader: (a+b+c+d+đ+e)/6 × 70 (Điều 15, 16)', () => {
    const r = ok(evaluateOfficial({ officialId: 'tp01', kind: 'civilServant', generalPoints: 28, tasks: [done], leader: { unitResult: 0.9, organising: 1, unity: 0.5 } }, { period: '2026-Q2' }));
    // (1 + 1 + 1 + 0.9 + 1 + 0.5) / 6 = 0.9 → 63 points.
    expect(r.periods[0]?.taskResults).toEqual({ numerator: 63, denominator: 1 });
    expect(r.points).toBe(91);
    expect(formatExplanation(r.explanation, { locale: 'en', detail: 'tree' })).toContain('(a+b+c+d+đ+e)/6 × 70');
  });

  it('deducts 25% of a task per rework and per delay the official caused', () => {
    const r = ok(evaluateOfficial({
      officialId: 'cv02', kind: 'civilServant', generalPoints: 25,
      tasks: [done, { weight: 2, quantity: true, quality: true, onTime: true, faultsCaused: { rework: 1, delay: 2 } }],
    }, { period: '2026-Q1' }));
    const c = r.periods[0]?.components;
    expect(c?.quality).toEqual({ numerator: 5, denominator: 6 }); // (1 + 2 × 0.75) / 3
    expect(c?.timeliness).toEqual({ numerator: 2, denominator: 3 }); // (1 + 2 × 0.5) / 3
    expect(r.points).toBe(83.33);
    expect(r.level).toBe('good');
    expect(formatExplanation(r.explanation, { locale: 'vi', detail: 'tree' })).toContain('đã trừ 25% cho mỗi lỗi (2) do công chức gây ra');
  });

  it('compares the bands on the exact total: 89.997 shows as 90 but is "tốt"', () => {
    const r = ok(evaluateOfficial({ officialId: 'cv03', kind: 'civilServant', generalPoints: 20, tasks: [{ ...done, weight: 7699 }, { ...done, onTime: false }] }, { period: '2026-Q1' }));
    expect(r.points).toBe(90);
    expect(r.level).toBe('good');
    const exact = ok(evaluateOfficial({ officialId: 'cv04', kind: 'civilServant', generalPoints: 20, tasks: [done] }, { period: '2026-Q1' }));
    expect(exact.level).toBe('excellent');
  });

  it('builds a year as the mean of its quarters (an assumption, overridable) and names a missing quarter', () => {
    const q = (g: number) => ({ generalPoints: g, tasks: [done] });
    const r = ok(evaluateOfficial({ officialId: 'cv05', kind: 'civilServant', quarters: [q(30), q(20), q(10), q(0)] }, { period: '2026' }));
    expect(r.total).toEqual({ numerator: 85, denominator: 1 });
    expect(formatExplanation(r.explanation, { locale: 'en', detail: 'tree' })).toContain('NOT FOUND');
    const bad = evaluateOfficial({ officialId: 'cv05', kind: 'civilServant', quarters: [q(30), q(20)] }, { period: '2026', locale: 'en' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues[0]?.code).toBe('missing_quarter');
      expect(bad.issues[0]?.message).toContain('Q3, Q4 missing');
    }
    const monthly = extendPolicy(evaluationPolicy, { yearAggregation: [{ from: '2020-08-20', value: 'meanOfMonths', basis: { document: 'Quy chế đánh giá 01/QC-KKT' } }] });
    const m = evaluateOfficial({ officialId: 'cv05', kind: 'civilServant', quarters: [q(30), q(20), q(10), q(0)] }, { period: '2026', policy: monthly });
    expect(!m.ok && m.issues[0]?.path).toEqual(['months']);
  });

  it('chooses the regime by the period end: 90/2020 before 335 and 233, with the level the criteria record', () => {
    const before = ok(evaluateOfficial({ officialId: 'cv06', kind: 'civilServant', level: 'good' }, { period: '2025-Q3' }));
    expect(before.regime).toBe('nd90-2020');
    expect(before.total).toBeNull();
    expect(before.level).toBe('good');
    const vc = (period: string) => evaluateOfficial({ officialId: 'vc01', kind: 'publicEmployee', level: 'completed', generalPoints: 30, tasks: [done] }, { period });
    expect(ok(vc('2026-Q2')).regime).toBe('nd90-2020');
    expect(ok(vc('2026-Q3')).regime).toBe('nd233-2026');
    const missing = evaluateOfficial({ officialId: 'cv06', kind: 'civilServant' }, { period: '2025-Q3' });
    expect(!missing.ok && missing.issues[0]?.code).toBe('missing_level');
  });

  it('lets the agency move the disputed start of the 335 regime', () => {
    const early = extendPolicy(evaluationPolicy, { civilServantPointsFrom: [{ from: '2020-08-20', value: '2025-06-09', basis: { document: 'Công văn xác nhận của cơ quan' } }] });
    const r = ok(evaluateOfficial({ officialId: 'cv07', kind: 'civilServant', generalPoints: 30, tasks: [done] }, { period: '2025-Q3', policy: early }));
    expect(r.regime).toBe('nd335-2025');
  });

  it('feeds dossier timeliness into tiến độ only when the agency opts in', () => {
    const input = { officialId: 'cv08', kind: 'civilServant', generalPoints: 30, tasks: [done], dossiers: { handled: 9, late: 3 } } as const;
    expect(ok(evaluateOfficial(input, { period: '2026-Q1' })).periods[0]?.components.timeliness).toEqual({ numerator: 1, denominator: 1 });
    const opted = ok(evaluateOfficial(input, { period: '2026-Q1', dossierTimeliness: { weight: 1 } }));
    expect(opted.periods[0]?.components.timeliness).toEqual({ numerator: 7, denominator: 10 });
  });

  it('reports bad input as issues naming the field', () => {
    const r = evaluateOfficial({
      officialId: 'cv09', kind: 'civilServant', generalPoints: 31,
      tasks: [{ weight: 0, quantity: 1.2, quality: true, onTime: true }, { weight: -1, quantity: true, quality: 0.12345, onTime: true }],
    }, { period: '2026-Q1', locale: 'vi' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['points_out_of_range', 'generalPoints'],
      ['invalid_coefficient', 'tasks.0.weight'],
      ['points_out_of_range', 'tasks.0.quantity'],
      ['invalid_coefficient', 'tasks.1.weight'],
      ['too_many_decimals', 'tasks.1.quality'],
    ]);
    expect(r.issues[0]?.message).toBe('generalPoints: điểm phải từ 0 đến 30, nhận được 31');
    expect(() => evaluateOfficial({ officialId: 'x', kind: 'civilServant' }, { period: '2026-Q5' })).toThrow(expect.objectContaining({ code: 'invalid_evaluation_period' }));
  });
});

describe('evaluateOfficials', () => {
  it('keeps every input: evaluated or rejected with its index', () => {
    const r = evaluateOfficials([
      { officialId: 'a', kind: 'civilServant', generalPoints: 30, tasks: [done] },
      { officialId: 'b', kind: 'civilServant', generalPoints: 30, tasks: [] },
    ], { period: '2026-Q1' });
    expect(r.evaluations.map((e) => e.officialId)).toEqual(['a']);
    expect(r.rejected).toEqual([{ index: 1, officialId: 'b', issues: [expect.objectContaining({ code: 'required', path: [1, 'tasks'] })] }]);
  });
});
