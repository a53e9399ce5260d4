import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/explain/index';
import { emulationEligibility } from '../../src/rating/index';
import type { EmulationMember } from '../../src/rating/index';
import { expectCode } from '../policy/_helpers';

const clean = (id: string, extra: Partial<EmulationMember> = {}): EmulationMember => ({ id, handled: 50, late: 0, ...extra });

describe('emulationEligibility', () => {
  it('allows "Tập thể lao động xuất sắc" when every checked condition holds', () => {
    const r = emulationEligibility({ handled: 100, late: 1 }, [clean('a'), clean('b'), clean('c')], { year: 2025 });
    expect(r.maxTitle).toBe('excellentCollective');
    expect(r.failed).toEqual([]);
    expect(r.conditions.map((c) => [c.id, c.title, c.met])).toEqual([
      ['departmentLateShare', 'advancedCollective', true],
      ['advancedWorkerShare', 'advancedCollective', true],
      ['noDisciplinedMember', 'advancedCollective', true],
      ['allMembersCompleted', 'excellentCollective', true],
      ['excellentWorkerShare', 'excellentCollective', true],
    ]);
  });

  it('stops a member capped below good from being "Lao động tiên tiến" and lists the failed condition', () => {
    const r = emulationEligibility({ handled: 100, late: 4 }, [{ id: 'a', handled: 50, late: 1 }, { id: 'b', handled: 50, late: 3 }], { year: 2025 });
    expect(r.members.map((m) => [m.id, m.maxRating, m.advancedWorker])).toEqual([
      ['a', 'excellent', true],
      ['b', 'completed', false],
    ]);
    expect(r.advancedWorkerShare).toEqual({ numerator: 1, denominator: 2 });
    expect(r.maxTitle).toBe('none');
    expect(r.failed.map((c) => c.id)).toEqual(['advancedWorkerShare', 'excellentWorkerShare']);
    expect(r.failed[0]?.basis).toMatchObject({ document: 'Luật Thi đua, khen thưởng 06/2022/QH15', article: 'Điều 28.1' });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Phòng không đủ điều kiện xét danh hiệu “Tập thể lao động tiên tiến” trở lên năm 2025: chỉ 1/2 (50%) cá nhân đủ điều kiện “Lao động tiên tiến” (không đủ điều kiện: b), chưa đạt tỷ lệ tối thiểu 70% (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28.1).',
    );
  });

  it('fails the department on its own late share with the plan as basis', () => {
    const r = emulationEligibility({ handled: 100, late: 5, name: 'Phòng Quản lý đầu tư' }, [clean('a'), clean('b')], { year: 2024 });
    expect(r.maxTitle).toBe('none');
    expect(r.department.capped).toBe(true);
    expect(r.failed.map((c) => c.id)).toEqual(['departmentLateShare']);
    expect(r.failed[0]?.basis.article).toBe('mục II.1');
    expect(formatExplanation(r.explanation, { locale: 'en' })).toBe(
      "Phòng Quản lý đầu tư does not qualify for Advanced Labour Collective (Tập thể lao động tiên tiến) or above in 2024: the department's late-dossier share 5/100 (5%) is at or above the 5% threshold (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1).",
    );
  });

  it('caps at "Tập thể lao động tiên tiến" when a member does not complete their tasks', () => {
    const members = [clean('a', { rating: 'notCompleted' }), clean('b'), clean('c'), clean('d')];
    const r = emulationEligibility({ handled: 100, late: 0 }, members, { year: 2025 });
    expect(r.maxTitle).toBe('advancedCollective');
    expect(r.completedShare).toEqual({ numerator: 3, denominator: 4 });
    expect(r.failed.map((c) => c.id)).toEqual(['allMembersCompleted']);
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Phòng đáp ứng các điều kiện đã kiểm tra để xét danh hiệu “Tập thể lao động tiên tiến” năm 2025, nhưng chưa đủ điều kiện “Tập thể lao động xuất sắc”: chỉ 3/4 (75%) cá nhân hoàn thành nhiệm vụ (không hoàn thành: a), chưa đạt tỷ lệ tối thiểu 100% (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 27.1).',
    );
  });

  it('fails a collective with a disciplined member', () => {
    const r = emulationEligibility({ handled: 10, late: 0 }, [clean('a', { disciplined: true }), clean('b')], { year: 2025 });
    expect(r.maxTitle).toBe('none');
    expect(r.failed.map((c) => c.id)).toEqual(['noDisciplinedMember']);
  });

  it('limits a proposed rating by the cap', () => {
    const r = emulationEligibility({ handled: 10, late: 0 }, [clean('a', { rating: 'excellent', late: 20 })], { year: 2025 });
    expect(r.members[0]?.rating).toBe('completed');
    expect(r.members[0]?.advancedWorker).toBe(false);
    expect(r.members[0]?.completed).toBe(true);
  });

  it('meets no member-share condition without members', () => {
    const r = emulationEligibility({ handled: 10, late: 0 }, [], { year: 2025 });
    expect(r.maxTitle).toBe('none');
    expect(r.failed.map((c) => c.id)).toEqual(['advancedWorkerShare', 'allMembersCompleted', 'excellentWorkerShare']);
  });

  it('rejects bad members naming the field', () => {
    expect(expectCode(() => emulationEligibility({ handled: 10, late: 0 }, [clean('a'), clean('b', { late: -2 })], { year: 2025 }), 'negative').message).toContain(
      'members[1].late',
    );
    expectCode(() => emulationEligibility({ handled: 10, late: 0 }, [clean('a'), clean('a')], { year: 2025 }), 'duplicate_id');
    expectCode(() => emulationEligibility({ handled: 10, late: 0 }, [clean('a', { rating: 'great' as never })], { year: 2025 }), 'invalid_enum');
    expectCode(() => emulationEligibility({ handled: 10, late: 11 }, [], { year: 2025 }), 'late_exceeds_handled');
    expectCode(() => emulationEligibility({ handled: 10, late: 0 }, {} as never, { year: 2025 }), 'invalid_type');
    expectCode(() => emulationEligibility({ handled: 10, late: 0 }, [], { year: 2021 }), 'year_outside_policy');
    // A hole of a sparse array is refused like any other member that is not one (found by the fuzzer: it crashed inside).
    const sparse = [clean('a'), clean('b')];
    delete sparse[1];
    expect(expectCode(() => emulationEligibility({ handled: 10, late: 0 }, sparse, { year: 2025 }), 'invalid_type').message).toContain('members[1]');
  });
});
