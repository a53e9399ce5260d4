import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/explain/index';
import { departmentTitleCap } from '../../src/rating/index';
import { expectCode } from '../policy/_helpers';

const T = 1_000_000_000_000;

describe('departmentTitleCap', () => {
  // 5% or more caps the department, in 2024 and in 2025.
  const table: readonly (readonly [number, number, number, boolean])[] = [
    [2024, 100, 4, false],
    [2024, 100, 5, true],
    [2024, 100, 6, true],
    [2025, 100, 4, false],
    [2025, 100, 5, true],
    [2025, 100, 6, true],
    [2025, 20, 0, false],
    [2025, 20, 1, true],
    [2024, T, T / 20 - 1, false],
    [2024, T, T / 20, true],
    [2024, T, T / 20 + 1, true],
    [2025, T, T / 20 - 1, false],
    [2025, T, T / 20, true],
    [2025, T, T / 20 + 1, true],
    [2025, 0, 0, false],
  ];

  it.each(table)('in %i with %i handled and %i late decides capped = %s', (year, handled, late, capped) => {
    const r = departmentTitleCap({ handled, late }, { year });
    expect(r.capped).toBe(capped);
    expect(r.maxTitle).toBe(capped ? 'none' : 'excellentCollective');
    expect(r.comparison).toBe('gte');
    expect(r.threshold).toEqual({ numerator: 1, denominator: 20 });
  });

  it('explains 5 of 100 in both locales', () => {
    const r = departmentTitleCap({ handled: 100, late: 5 }, { year: 2025 });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn của phòng 5/100 (5%) đạt hoặc vượt ngưỡng 5% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không được xếp loại “Tập thể lao động tiên tiến” trở lên.',
    );
    expect(formatExplanation(r.explanation, { locale: 'en' })).toBe(
      "The department's late-dossier share 5/100 (5%) is at or above the 5% threshold (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1), so it cannot be awarded Advanced Labour Collective (Tập thể lao động tiên tiến) or above.",
    );
  });

  it('explains a share under the threshold', () => {
    const r = departmentTitleCap({ handled: 1000, late: 49 }, { year: 2024 });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn của phòng 49/1.000 (4,9%) dưới ngưỡng 5% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không bị giới hạn danh hiệu tập thể.',
    );
  });

  it('rejects bad counts naming the field', () => {
    expect(expectCode(() => departmentTitleCap({ handled: 5, late: -1 }, { year: 2025 }), 'negative').message).toContain('counts.late');
    expectCode(() => departmentTitleCap({ handled: 5, late: 6 }, { year: 2025 }), 'late_exceeds_handled');
    expectCode(() => departmentTitleCap({ handled: 5, late: 1 }, { year: 2020 }), 'year_outside_policy');
  });
});
