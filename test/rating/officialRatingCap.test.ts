import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/explain/index';
import { defaultPolicy, definePolicy, extendPolicy } from '../../src/policy/index';
import { officialRatingCap } from '../../src/rating/index';
import { expectCode } from '../policy/_helpers';

const T = 1_000_000_000_000; // 10^12

describe('officialRatingCap', () => {
  // [year, handled, late, capped]: exactly at the threshold and one dossier either side.
  const table: readonly (readonly [number, number, number, boolean])[] = [
    // 2024: more than 10%
    [2024, 100, 9, false],
    [2024, 100, 10, false],
    [2024, 100, 11, true],
    [2024, 10, 1, false],
    [2024, 10, 2, true],
    [2024, 101, 10, false],
    [2024, 101, 11, true],
    [2024, T, T / 10 - 1, false],
    [2024, T, T / 10, false],
    [2024, T, T / 10 + 1, true],
    // 2025: more than 5%
    [2025, 100, 4, false],
    [2025, 100, 5, false],
    [2025, 100, 6, true],
    [2025, 20, 1, false],
    [2025, 20, 2, true],
    [2025, T, T / 20 - 1, false],
    [2025, T, T / 20, false],
    [2025, T, T / 20 + 1, true],
    // Near 2^53, where (late / handled) * 100 prints exactly 5 although the share is above 5%.
    [2025, 9006213185715619, 450310659285781, true],
    // Nothing handled: nothing to judge.
    [2024, 0, 0, false],
    [2025, 0, 0, false],
  ];

  it.each(table)('in %i with %i handled and %i late decides capped = %s', (year, handled, late, capped) => {
    const r = officialRatingCap({ handled, late }, { year });
    expect(r.capped).toBe(capped);
    expect(r.maxRating).toBe(capped ? 'completed' : 'excellent');
    expect(r.comparison).toBe('gt');
    expect(r.threshold).toEqual(year === 2024 ? { numerator: 1, denominator: 10 } : { numerator: 1, denominator: 20 });
    expect(r.lateShare).toEqual({ numerator: late, denominator: handled });
  });

  it('caps 11 of 100 in 2024 at completed, with a pasteable explanation', () => {
    const r = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
    expect(r.maxRating).toBe('completed');
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn 11/100 (11%) vượt ngưỡng 10% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không được xếp loại Hoàn thành tốt nhiệm vụ trở lên.',
    );
    expect(r.explanation.rule).toBe('rating.officialLateShareCap');
    expect(r.explanation.inputs).toEqual({ handled: 100, late: 11, year: 2024 });
    expect(r.explanation.parameters.map((p) => [p.name, p.value, p.from, p.at])).toEqual([
      ['officialLateShareCap', { numerator: 1, denominator: 10 }, '2023-01-01', '2024-01-01'],
      ['officialLateShareComparison', 'gt', '2023-01-01', '2024-01-01'],
    ]);
  });

  it('says there was nothing to judge when nothing was handled', () => {
    const r = officialRatingCap({ handled: 0, late: 0 }, { year: 2025 });
    expect(r.capped).toBe(false);
    expect(r.explanation.outcome['nothingToJudge']).toBe(true);
    expect(formatExplanation(r.explanation, { locale: 'en' })).toBe(
      'No dossiers were handled, so there is no late-dossier share to judge (threshold 5%, Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1); the rating is not capped.',
    );
  });

  it('follows an agency policy', () => {
    const agency = extendPolicy(defaultPolicy, {
      officialLateShareCap: [{ from: '2026-01-01', value: { numerator: 3, denominator: 100 }, basis: { document: 'Quyết định 15/QĐ-KKT', article: 'Điều 2' } }],
    });
    expect(officialRatingCap({ handled: 100, late: 4 }, { year: 2025, policy: agency }).capped).toBe(false);
    const cap = officialRatingCap({ handled: 100, late: 4 }, { year: 2026, policy: agency });
    expect(cap.capped).toBe(true);
    expect(formatExplanation(cap.explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn 4/100 (4%) vượt ngưỡng 3% (Quyết định 15/QĐ-KKT, Điều 2) nên không được xếp loại Hoàn thành tốt nhiệm vụ trở lên.',
    );
  });

  it('applies a gte comparison when the policy says so', () => {
    const agency = extendPolicy(defaultPolicy, { officialLateShareComparison: [{ from: '2025-01-01', value: 'gte', basis: { document: 'QĐ' } }] });
    expect(officialRatingCap({ handled: 100, late: 5 }, { year: 2025, policy: agency }).capped).toBe(true);
    expect(officialRatingCap({ handled: 100, late: 5 }, { year: 2024, policy: agency }).capped).toBe(false);
  });

  it('rejects bad counts with a code naming the field', () => {
    expect(expectCode(() => officialRatingCap({ handled: -1, late: 0 }, { year: 2025 }), 'negative').message).toBe(
      'counts.handled: must not be negative, received -1',
    );
    expect(expectCode(() => officialRatingCap({ handled: 10, late: 1.5 }, { year: 2025 }), 'not_integer').message).toBe(
      'counts.late: expected a whole number, received 1.5',
    );
    expect(expectCode(() => officialRatingCap({ handled: Number.NaN, late: 0 }, { year: 2025 }), 'not_integer').message).toContain('counts.handled');
    expect(expectCode(() => officialRatingCap({ handled: 10, late: 11 }, { year: 2025 }), 'late_exceeds_handled').message).toBe(
      'counts.late: 11 late dossiers is more than the 10 handled',
    );
    expectCode(() => officialRatingCap({ handled: 2 ** 53, late: 0 }, { year: 2025 }), 'count_too_large');
    expectCode(() => officialRatingCap({ handled: '10', late: 0 } as never, { year: 2025 }), 'invalid_type');
    expectCode(() => officialRatingCap(null as never, { year: 2025 }), 'invalid_type');
  });

  it('rejects a year outside the policy, naming the field', () => {
    const e = expectCode(() => officialRatingCap({ handled: 10, late: 1 }, { year: 2022 }), 'year_outside_policy');
    expect(e.message).toBe('year: the policy has no value of "officialLateShareCap" for year 2022 (its values start on "2023-01-01")');
    expectCode(() => officialRatingCap({ handled: 10, late: 1 }, { year: 2025.5 }), 'not_integer');
    expectCode(() => officialRatingCap({ handled: 10, late: 1 }, { year: 12025 }), 'year_outside_policy');
    expectCode(() => officialRatingCap({ handled: 10, late: 1 }, {} as never), 'invalid_type');
  });

  it('rejects a policy missing the parameter it needs', () => {
    const bare = definePolicy({ id: 'bare', parameters: {} });
    expectCode(() => officialRatingCap({ handled: 10, late: 1 }, { year: 2025, policy: bare as never }), 'unknown_parameter');
  });
});
