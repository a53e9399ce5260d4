import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/explain/Explanation';
import { defineScoringScheme, exampleScoringScheme, scoreUnits, scoringSchemeJSONSchema } from '../../src/scoring/index';
import type { ScoringScheme } from '../../src/scoring/index';

const r = (numerator: number, denominator: number) => ({ numerator, denominator });
const fullMetrics = { dossiersOnTime: r(1, 1), dossiersOnline: r(6, 10), fullOnlineCoverage: r(1, 1), electronicDocuments: r(1, 1), tasksOnTime: r(1, 1), satisfaction: r(1, 1) };

describe('defineScoringScheme', () => {
  it('accepts the example scheme, labelled as an example', () => {
    const s = defineScoringScheme(exampleScoringScheme);
    expect(s.ok).toBe(true);
    expect(exampleScoringScheme.example).toBe(true);
    expect(exampleScoringScheme.basis.note).toContain('EXAMPLE ONLY');
  });

  it('names the field of a scheme whose maxima do not add up, an unknown metric, a duplicate id and bad grades', () => {
    const [a1, a2, a3] = exampleScoringScheme.criteria as [ScoringScheme['criteria'][number], ScoringScheme['criteria'][number], ScoringScheme['criteria'][number]];
    const bad = {
      ...exampleScoringScheme,
      grades: [{ id: 'a', label: { vi: 'A', en: 'A' }, minPoints: 50 }, { id: 'b', label: { vi: 'B', en: 'B' }, minPoints: 60 }],
      criteria: [{ ...a1, maxPoints: 45 }, { ...a2, children: [{ id: '2.1', title: a2.title, maxPoints: 30, computed: { metric: 'pciRank', rule: { kind: 'proportional', fullAt: r(1, 1) } } }] }, { ...a3, id: '1' }],
    };
    const s = defineScoringScheme(bad, { locale: 'en' });
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['maxima_mismatch', 'criteria.0.children'],
      ['unknown_metric', 'criteria.1.children.0.computed.metric'],
      ['duplicate_criterion', 'criteria.2.id'],
      ['maxima_mismatch', 'criteria'],
      ['invalid_grades', 'grades.1.minPoints'],
      ['invalid_grades', 'grades.1.minPoints'],
    ]);
    expect(s.issues[0]?.message).toBe('criteria[0].children: the maxima of the parts add up to 40, not the 45 points of the whole');
    const shape = defineScoringScheme({ id: 'x' });
    expect(!shape.ok && shape.issues[0]?.code).toBe('invalid_scheme');
  });

  it('publishes a JSON Schema agencies can author against', () => {
    const schema = scoringSchemeJSONSchema();
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'year', 'basis', 'maxPoints', 'grades', 'criteria']));
    expect(JSON.stringify(schema)).toContain('children');
  });
});

describe('scoreUnits', () => {
  it('fills computed criteria from metrics, totals self and appraisal, ranks and grades, explaining every point', () => {
    const res = scoreUnits(exampleScoringScheme, [
      { unitId: 'P-QLDT', metrics: { ...fullMetrics, dossiersOnTime: r(95, 100) }, self: { '3.2': 15 }, appraisal: { '3.2': 12 }, evidence: { '3.2': 'Báo cáo 15/BC-KKT' } },
      { unitId: 'P-KHTC', metrics: fullMetrics, self: { '3.2': 15 } },
      { unitId: 'VP', metrics: { ...fullMetrics, satisfaction: r(99, 100) } },
    ], { period: '2026' });
    expect(res.units.map((u) => [u.rank, u.unitId, u.points, u.grade.id])).toEqual([
      [1, 'P-KHTC', 100, 'excellent'],
      [2, 'P-QLDT', 96, 'excellent'],
      [3, 'VP', 70, 'fair'],
    ]);
    const qldt = res.units[1];
    expect(qldt?.self).toEqual(r(99, 1));
    expect(qldt?.total).toEqual(r(96, 1));
    const tree = formatExplanation(qldt?.explanation ?? res.explanation, { locale: 'vi', detail: 'tree' });
    expect(tree).toContain('1.1 Hồ sơ TTHC giải quyết đúng hạn (mục II.1): 19/20 điểm, tính từ chỉ số «Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn)» (onTimeRate): 95/100 (95%), đủ điểm từ 1/1 (100%), dưới đó theo tỷ lệ.');
    expect(tree).toContain('3.2 Báo cáo định kỳ quý, 06 tháng, năm đúng hạn (mục III.1): 12/15 điểm, điểm thẩm định (tự chấm 15); tài liệu kiểm chứng: Báo cáo 15/BC-KKT.');
    expect(res.units[2]?.criteria[2]?.children[1]?.source).toBe('unscored');
    expect(formatExplanation(res.explanation, { locale: 'en' })).toContain('an EXAMPLE, not a real regulation');
  });

  it('rejects a unit with points out of range or an unknown criterion, and notes a missing metric', () => {
    const res = scoreUnits(exampleScoringScheme, [
      { unitId: 'A', self: { '3.2': 16, '9.9': 1 } },
      { unitId: 'B', self: { '1.1': 20 } },
    ], { period: '2026' });
    expect(res.rejected).toEqual([{ index: 0, unitId: 'A', issues: [expect.objectContaining({ code: 'unknown_criterion', path: [0, 'self', '9.9'] }), expect.objectContaining({ code: 'points_out_of_range', path: [0, 'self', '3.2'] })] }]);
    expect(res.units[0]?.issues.map((i) => i.code)).toEqual(['score_on_computed', ...Array(6).fill('missing_metric')]);
    expect(() => scoreUnits(exampleScoringScheme, [], { period: '2025' })).toThrow(expect.objectContaining({ code: 'scheme_year_mismatch' }));
  });
});

describe('scoreUnits laws', () => {
  const shareArb = fc.integer({ min: 1, max: 50 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => r(n, d)));
  it("a unit's total never exceeds the scheme's maximum, nor its self-score total", () => {
    fc.assert(fc.property(fc.record({ dossiersOnTime: shareArb, dossiersOnline: shareArb, fullOnlineCoverage: shareArb, electronicDocuments: shareArb, tasksOnTime: shareArb, satisfaction: shareArb }), fc.integer({ min: 0, max: 1500 }), fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }), (metrics, self, appraisal) => {
      const res = scoreUnits(exampleScoringScheme, [{ unitId: 'U', metrics, self: { '3.2': self / 100 }, ...(appraisal === undefined ? {} : { appraisal: { '3.2': appraisal / 100 } }) }], { period: '2026' });
      const u = res.units[0];
      expect(u).toBeDefined();
      expect(u && u.total.numerator <= 100 * u.total.denominator).toBe(true);
      expect(u && u.self.numerator <= 100 * u.self.denominator).toBe(true);
    }));
  });
});
