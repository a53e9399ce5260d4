import { describe, expect, it } from 'vitest';
import type { Instant } from '../../src/_lib/dateTypes';
import { satisfaction } from '../../src/coverage/index';
import { formatExplanation } from '../../src/explain/index';
import type { Feedback, FeedbackRating } from '../../src/model/index';

const year = { from: '2025-01-01', to: '2025-12-31' } as const;
const officials = [{ id: 'cv01' }, { id: 'cv02' }, { id: 'cv03' }];
let n = 0;
const fb = (officialId: string, rating: FeedbackRating, at: Instant = '2025-05-05T10:00:00+07:00'): Feedback => ({ id: `F${n++}`, officialId, at, rating });

describe('satisfaction', () => {
  it('meets the target when no official received dissatisfied feedback', () => {
    const r = satisfaction([fb('cv01', 'satisfied'), fb('cv02', 'neutral'), fb('cv03', 'satisfied')], { period: year, officials });
    expect(r.share).toEqual({ numerator: 3, denominator: 3 });
    expect(r.met).toBe(true);
    expect(r.target.basis.article).toBe('mục II.1');
  });

  it('misses the target with one dissatisfied feedback for one official', () => {
    const r = satisfaction([fb('cv01', 'satisfied'), fb('cv02', 'satisfied'), fb('cv02', 'dissatisfied'), fb('cv03', 'satisfied')], {
      period: year,
      officials,
    });
    expect(r.share).toEqual({ numerator: 2, denominator: 3 });
    expect(r.met).toBe(false);
    expect(r.officials.find((o) => o.officialId === 'cv02')).toEqual({
      officialId: 'cv02',
      satisfied: 1,
      neutral: 0,
      dissatisfied: 1,
      total: 2,
      satisfiedShare: { numerator: 1, denominator: 2 },
      satisfiedCustomers: false,
    });
  });

  it('lists officials without feedback and does not count them', () => {
    const r = satisfaction([fb('cv01', 'satisfied')], { period: year, officials });
    expect(r.withoutFeedback).toEqual(['cv02', 'cv03']);
    expect(r.share).toEqual({ numerator: 1, denominator: 1 });
    expect(formatExplanation(r.explanation, { locale: 'en' })).toContain('2 official(s) had no feedback in the period and are not counted.');
  });

  it('counts only feedback given in the period (Vietnam days)', () => {
    const r = satisfaction([fb('cv01', 'dissatisfied', '2024-12-31T16:59:00Z'), fb('cv01', 'satisfied', '2024-12-31T17:00:00Z')], { period: year, officials });
    expect(r.outsidePeriod).toBe(1);
    expect(r.officials[0]?.dissatisfied).toBe(0);
  });

  it('reports feedback for unknown officials and keeps the rest', () => {
    const r = satisfaction([fb('cv01', 'satisfied'), fb('cv99', 'dissatisfied')], { period: year, officials, locale: 'en' });
    expect(r.met).toBe(true);
    expect(r.issues.map((i) => [i.code, i.path, i.message])).toEqual([['unknown_official', [1, 'officialId'], 'officialId: no official with id "cv99" is known']]);
  });

  it('holds vacuously when nobody has feedback (0/0)', () => {
    const r = satisfaction([], { period: year, officials });
    expect(r.share).toEqual({ numerator: 0, denominator: 0 });
    expect(r.met).toBe(true);
    expect(r.withoutFeedback).toEqual(['cv01', 'cv02', 'cv03']);
  });

  it('explains in both locales', () => {
    const r = satisfaction([fb('cv01', 'satisfied'), fb('cv02', 'dissatisfied'), fb('cv03', 'satisfied')], { period: year, officials });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'CCVC nhận được sự hài lòng (không có đánh giá không hài lòng): 2/3 (≈66,67%); chỉ tiêu từ 100% trở lên (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1): chưa đạt.',
    );
  });

  it('throws when officials is not a list of officials', () => {
    expect(() => satisfaction([], { period: year, officials: 'cv01' as never })).toThrow(expect.objectContaining({ code: 'invalid_type' }));
  });
});
