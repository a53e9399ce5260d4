import { describe, expect, it } from 'vitest';
import { createExplanation, formatExplanation } from '../../src/explain/index';
import { departmentTitleCap, officialRatingCap } from '../../src/rating/index';
import { expectCode } from '../policy/_helpers';

describe('formatExplanation', () => {
  it('prints the official cap in Vietnamese and English', () => {
    const { explanation } = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
    expect(formatExplanation(explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn 11/100 (11%) vượt ngưỡng 10% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không được xếp loại Hoàn thành tốt nhiệm vụ trở lên.',
    );
    expect(formatExplanation(explanation, { locale: 'en' })).toBe(
      'Late-dossier share 11/100 (11%) exceeds the 10% threshold (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1), so the rating cannot be Completed tasks well (Hoàn thành tốt nhiệm vụ) or above.',
    );
  });

  it('prints an uncapped official at the threshold', () => {
    const { explanation } = officialRatingCap({ handled: 100, late: 5 }, { year: 2025 });
    expect(formatExplanation(explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn 5/100 (5%) không vượt ngưỡng 5% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không bị giới hạn mức xếp loại.',
    );
    expect(formatExplanation(explanation, { locale: 'en' })).toBe(
      'Late-dossier share 5/100 (5%) does not exceed the 5% threshold (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1), so the rating is not capped.',
    );
  });

  it('keeps a huge share visibly distinct from its threshold', () => {
    const { explanation } = officialRatingCap({ handled: 1_000_000_000_000, late: 100_000_000_001 }, { year: 2024 });
    expect(formatExplanation(explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn 100.000.000.001/1.000.000.000.000 (10,0000000001%) vượt ngưỡng 10% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không được xếp loại Hoàn thành tốt nhiệm vụ trở lên.',
    );
  });

  it('says there was nothing to judge in Vietnamese', () => {
    const { explanation } = departmentTitleCap({ handled: 0, late: 0 }, { year: 2025 });
    expect(formatExplanation(explanation, { locale: 'vi' })).toBe(
      'Phòng không có hồ sơ nào được giải quyết nên không có căn cứ xét tỷ lệ hồ sơ trễ hạn (ngưỡng 5%, Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1); danh hiệu tập thể không bị giới hạn.',
    );
  });

  it('prints every sub-decision as an indented tree', () => {
    const leaf = createExplanation({ rule: 'demo.leaf', summary: { vi: 'Lá.', en: 'Leaf.' }, outcome: {} });
    const mid = createExplanation({ rule: 'demo.mid', summary: { vi: 'Giữa.', en: 'Middle.' }, outcome: {}, children: [leaf] });
    const root = createExplanation({ rule: 'demo.root', summary: { vi: 'Gốc.', en: 'Root.' }, outcome: {}, children: [mid, leaf] });
    expect(formatExplanation(root, { locale: 'en', detail: 'tree' })).toBe('Root.\n- Middle.\n  - Leaf.\n- Leaf.');
    expect(formatExplanation(root, { locale: 'vi' })).toBe('Gốc.');
  });

  it('rejects an unsupported locale or detail', () => {
    const e = createExplanation({ rule: 'x', summary: { vi: 'a', en: 'b' }, outcome: {} });
    expectCode(() => formatExplanation(e, { locale: 'fr' as never }), 'invalid_enum');
    expectCode(() => formatExplanation(e, { locale: 'vi', detail: 'all' as never }), 'invalid_enum');
  });
});

describe('createExplanation', () => {
  it('fills the optional fields with empty defaults', () => {
    expect(createExplanation({ rule: 'demo', summary: { vi: 'x', en: 'y' }, outcome: { ok: true } })).toEqual({
      rule: 'demo',
      summary: { vi: 'x', en: 'y' },
      basis: null,
      inputs: {},
      parameters: [],
      outcome: { ok: true },
      children: [],
    });
  });

  it('refuses a hole among the children with invalid_type naming it, as it refuses any non-explanation child', () => {
    const child = createExplanation({ rule: 'c', summary: { vi: 'con', en: 'child' }, outcome: {} });
    // eslint-disable-next-line no-sparse-arrays
    const children = [child, , child] as typeof child[];
    expect(expectCode(() => createExplanation({ rule: 'r', summary: { vi: 'a', en: 'a' }, outcome: {}, children }), 'invalid_type').message).toContain('init.children[1]');
    const nested = { ...child, children };
    expect(expectCode(() => createExplanation({ rule: 'r', summary: { vi: 'a', en: 'a' }, outcome: {}, children: [nested] }), 'invalid_type').message).toContain('init.children[0].children[1]');
  });
});
