import { describe, expect, it } from 'vitest';
import { onlineServiceCoverage } from '../../src/coverage/index';
import { formatExplanation } from '../../src/explain/index';
import type { Procedure } from '../../src/model/index';
import { defaultPolicy, extendPolicy } from '../../src/policy/index';

const proc = (id: string, over: Partial<Procedure> = {}): Procedure => ({
  id,
  name: `Thủ tục ${id}`,
  field: 'Đầu tư',
  processingDays: 15,
  onlineEligible: true,
  onlineLevel: 'full',
  hasFees: false,
  onlinePayment: false,
  ...over,
});

const fullSet = (n: number): Procedure[] => Array.from({ length: n }, (_, i) => proc(`P${i + 1}`));

describe('onlineServiceCoverage', () => {
  it('meets the 100% target when every eligible procedure is fully online', () => {
    const r = onlineServiceCoverage([...fullSet(10), proc('X', { onlineEligible: false, onlineLevel: 'partial' })], { asOf: '2025-06-30' });
    expect(r.eligible).toBe(10);
    expect(r.share).toEqual({ numerator: 10, denominator: 10 });
    expect(r.met).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.target.value).toEqual({ numerator: 1, denominator: 1 });
    expect(r.target.basis.article).toBe('mục II.3');
  });

  it('misses the target by one procedure and lists it', () => {
    const list = fullSet(10);
    list[6] = proc('P7', { onlineLevel: 'partial' });
    const r = onlineServiceCoverage(list, { asOf: '2025-06-30' });
    expect(r.share).toEqual({ numerator: 9, denominator: 10 });
    expect(r.met).toBe(false);
    expect(r.missing).toEqual([{ id: 'P7', name: 'Thủ tục P7', onlineLevel: 'partial' }]);
  });

  it('judges an overridden target at and just around its threshold exactly', () => {
    const policy = extendPolicy(defaultPolicy, {
      onlineCoverageTarget: [{ from: '2025-01-01', value: { numerator: 4, denominator: 5 }, basis: { document: 'QĐ thử nghiệm' } }],
    });
    const withFull = (full: number, total: number): Procedure[] =>
      Array.from({ length: total }, (_, i) => proc(`P${i}`, { onlineLevel: i < full ? 'full' : 'none' }));
    expect(onlineServiceCoverage(withFull(8, 10), { asOf: '2025-06-30', policy }).met).toBe(true);
    expect(onlineServiceCoverage(withFull(79, 100), { asOf: '2025-06-30', policy }).met).toBe(false);
    expect(onlineServiceCoverage(withFull(81, 100), { asOf: '2025-06-30', policy }).met).toBe(true);
  });

  it('holds vacuously with no eligible procedure (0/0)', () => {
    const r = onlineServiceCoverage([proc('A', { onlineEligible: false, onlineLevel: 'none' })], { asOf: '2025-06-30' });
    expect(r.share).toEqual({ numerator: 0, denominator: 0 });
    expect(r.met).toBe(true);
  });

  it('computes the online payment share of procedures with fees', () => {
    const r = onlineServiceCoverage(
      [proc('A', { hasFees: true, onlinePayment: true }), proc('B', { hasFees: true }), proc('C', { hasFees: true, onlinePayment: true }), proc('D')],
      { asOf: '2025-06-30' },
    );
    expect(r.payment).toEqual({ withFees: 3, onlinePayment: 2, share: { numerator: 2, denominator: 3 }, missing: ['B'] });
    expect(r.explanation.children[0]?.rule).toBe('coverage.onlinePayment');
  });

  it('reports duplicate procedures and keeps the first', () => {
    const r = onlineServiceCoverage([proc('A'), proc('A', { onlineLevel: 'none' }), proc('B')], { asOf: '2025-06-30' });
    expect(r.procedures).toBe(2);
    expect(r.met).toBe(true);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_id', [1, 'id']]]);
  });

  it('reports invalid records with their index and keeps the valid ones', () => {
    const bad = { ...proc('B'), onlineLevel: 'level4' } as unknown as Procedure;
    const r = onlineServiceCoverage([proc('A'), bad, proc('C', { onlineLevel: 'none' })], { asOf: '2025-06-30' });
    expect(r.eligible).toBe(2);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_enum', [1, 'onlineLevel']]]);
  });

  it('reports a fully online procedure not marked eligible and leaves it out', () => {
    const r = onlineServiceCoverage([proc('A'), proc('B', { onlineEligible: false })], { asOf: '2025-06-30' });
    expect(r.eligible).toBe(1);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['full_online_not_eligible', [1, 'onlineEligible']]]);
  });

  it('explains the figures, the target and its basis in both locales', () => {
    const list = fullSet(10);
    list[6] = proc('P7', { onlineLevel: 'partial' });
    const r = onlineServiceCoverage(list, { asOf: '2025-06-30' });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình: 9/10 (90%); chỉ tiêu từ 100% trở lên (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.3): chưa đạt.',
    );
    expect(formatExplanation(r.explanation, { locale: 'en' })).toBe(
      'Eligible procedures offered as full online public services: 9/10 (90%); target at least 100% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.3): not met.',
    );
    expect(r.explanation.parameters[0]?.name).toBe('onlineCoverageTarget');
    expect(JSON.parse(JSON.stringify(r.explanation))).toEqual(r.explanation);
  });

  it('throws on an invalid asOf', () => {
    expect(() => onlineServiceCoverage([], { asOf: '2025-02-30' })).toThrow(expect.objectContaining({ code: 'invalid_as_of' }));
  });
});
