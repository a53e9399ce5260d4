import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { petitions } from '../../src/coverage/index';
import { formatExplanation } from '../../src/explain/index';
import type { Petition } from '../../src/model/index';

const calendar = createCalendar();
const q1 = { from: '2025-01-01', to: '2025-03-31' } as const;

// Received Friday 2025-01-03: the deadline is the 15th working day after it.
const received = '2025-01-03T09:00:00+07:00';
const deadline = calendar.addWorkingDays('2025-01-03', 15);

describe('petitions', () => {
  it('uses 15 working days by default, the reception day not counted', () => {
    const r = petitions([{ id: 'PA1', from: 'business', receivedAt: received }], { period: q1, calendar });
    expect(r.petitions[0]?.deadline).toBe(deadline);
    expect(r.petitions[0]?.deadlineWorkingDays).toBe(15);
    expect(r.explanation.parameters.map((p) => p.name)).toEqual(['petitionOnTimeTarget', 'petitionDeadlineWorkingDays']);
  });

  it('skips Tết when counting the deadline', () => {
    // 2025-01-03 (Fri) + 15 working days: 6–10, 13–17, 20–24 Jan are 15 days => 2025-01-24.
    expect(deadline).toBe('2025-01-24');
    const r = petitions([{ id: 'PA1', from: 'citizen', receivedAt: '2025-01-20T09:00:00+07:00' }], { period: q1, calendar });
    // 21–24 Jan (4), Tết 27–31 Jan off, 3–7 Feb (5), 10–14 Feb (5), 17 Feb (1) => 2025-02-17.
    expect(r.petitions[0]?.deadline).toBe('2025-02-17');
  });

  it('is on time when answered on the deadline day, late the day after', () => {
    const list: Petition[] = [
      { id: 'PA1', from: 'business', receivedAt: received, answeredAt: '2025-01-24T16:59:00+07:00' },
      { id: 'PA2', from: 'business', receivedAt: received, answeredAt: '2025-01-25T08:00:00+07:00' },
    ];
    const r = petitions(list, { period: q1, calendar });
    expect(r.petitions.map((p) => p.status)).toEqual(['answeredOnTime', 'answeredLate']);
    expect(r.share).toEqual({ numerator: 1, denominator: 2 });
    expect(r.met).toBe(false);
    expect(r.overdue.map((p) => p.id)).toEqual(['PA2']);
  });

  it('meets the default target when every petition is answered on time', () => {
    const r = petitions([{ id: 'PA1', from: 'business', receivedAt: received, answeredAt: '2025-01-10T10:00:00+07:00' }], { period: q1, calendar });
    expect(r.met).toBe(true);
  });

  it('honours a petition’s own deadline', () => {
    const r = petitions([{ id: 'PA1', from: 'citizen', receivedAt: received, deadlineWorkingDays: 5, answeredAt: '2025-01-13T10:00:00+07:00' }], { period: q1, calendar });
    expect(r.petitions[0]).toMatchObject({ deadline: '2025-01-10', status: 'answeredLate' });
  });

  it('judges open petitions at the end of the period, and answers after it as open', () => {
    const r = petitions(
      [
        { id: 'PA1', from: 'business', receivedAt: '2025-03-28T09:00:00+07:00' },
        { id: 'PA2', from: 'business', receivedAt: received },
        { id: 'PA3', from: 'business', receivedAt: received, answeredAt: '2025-04-02T09:00:00+07:00' },
      ],
      { period: q1, calendar },
    );
    expect(r.petitions.map((p) => p.status)).toEqual(['openWithin', 'openOverdue', 'openOverdue']);
    expect(r.counts).toEqual({ answeredOnTime: 0, answeredLate: 0, openWithin: 1, openOverdue: 2 });
    expect(r.share).toEqual({ numerator: 0, denominator: 2 });
  });

  it('counts an open petition whose deadline is the period’s last day as overdue, judged at that day’s end', () => {
    // Deadline 2025-01-24 (see above); a period ending that day is judged at its end, when an
    // answer on or before the deadline day can no longer come.
    const r = petitions([{ id: 'PA1', from: 'business', receivedAt: received }], { period: { from: '2025-01-01', to: deadline }, calendar });
    expect(r.petitions[0]?.status).toBe('openOverdue');
    expect(r.share).toEqual({ numerator: 0, denominator: 1 });
    const before = petitions([{ id: 'PA1', from: 'business', receivedAt: received }], { period: { from: '2025-01-01', to: '2025-01-23' }, calendar });
    expect(before.petitions[0]?.status).toBe('openWithin');
  });

  it('judges an overridden target at and around its threshold', () => {
    const list: Petition[] = Array.from({ length: 10 }, (_, i) => ({
      id: `PA${i}`,
      from: 'business',
      receivedAt: received,
      answeredAt: i < 9 ? '2025-01-10T10:00:00+07:00' : '2025-02-28T10:00:00+07:00',
    }));
    expect(petitions(list, { period: q1, calendar, target: { numerator: 9, denominator: 10 } }).met).toBe(true);
    expect(petitions(list, { period: q1, calendar, target: { numerator: 91, denominator: 100 } }).met).toBe(false);
  });

  it('reports invalid petitions and keeps the valid ones', () => {
    const r = petitions(
      [{ id: 'PA1', from: 'business', receivedAt: received }, { id: 'PA1', from: 'citizen', receivedAt: received }, { id: 'PA2', from: 'ngo', receivedAt: received } as unknown as Petition],
      { period: q1, calendar },
    );
    expect(r.petitions).toHaveLength(1);
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate_id', 'invalid_enum']);
  });

  it('explains the share, the target and the open ones not yet counted', () => {
    const r = petitions([{ id: 'PA1', from: 'business', receivedAt: received, answeredAt: '2025-01-10T10:00:00+07:00' }], { period: q1, calendar });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Phản ánh, kiến nghị được trả lời đúng hạn: 1/1 (100%); chỉ tiêu từ 100% trở lên (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.2): đạt. 0 phản ánh, kiến nghị đang giải quyết trong hạn chưa tính.',
    );
  });

  it('throws without a calendar', () => {
    expect(() => petitions([], { period: q1, calendar: undefined as never })).toThrow(expect.objectContaining({ code: 'invalid_type' }));
  });
});
