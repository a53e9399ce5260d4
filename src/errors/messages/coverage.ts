import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the coverage area (add codes here; IssueCode is derived from these keys). @internal */
export const coverageMessages = {
  invalid_period: {
    en: (p) => `${p['field']}: the period starts ${d(p.received)}, after its end ${d(p['to'])}`,
    vi: (p) => `${p['field']}: kỳ bắt đầu ${d(p.received)}, sau ngày kết thúc ${d(p['to'])}`,
  },
  unknown_official: {
    en: (p) => `${p['field']}: no official with id ${d(p.received)} is known`,
    vi: (p) => `${p['field']}: không có công chức, viên chức nào có mã ${d(p.received)}`,
  },
  full_online_not_eligible: {
    en: (p) => `${p['field']}: the procedure is offered fully online but is not marked eligible for it, received ${d(p.received)}; it is left out of the coverage share`,
    vi: (p) => `${p['field']}: thủ tục đã cung cấp trực tuyến toàn trình nhưng không được đánh dấu đủ điều kiện, nhận được ${d(p.received)}; không tính vào tỷ lệ`,
  },
  recurrence_without_due_date: {
    en: (p) => `${p['field']}: a recurring task (${d(p['recurrence'])}) needs the due date of its first occurrence, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: nhiệm vụ định kỳ (${d(p['recurrence'])}) cần hạn hoàn thành của lần đầu tiên, nhận được ${d(p.received)}`,
  },
  completions_without_recurrence: {
    en: (p) => `${p['field']}: completion dates of occurrences are only meaningful for a recurring task; use completedOn for a one-off task, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: danh sách ngày hoàn thành từng kỳ chỉ dùng cho nhiệm vụ định kỳ; nhiệm vụ một lần dùng completedOn, nhận được ${d(p.received)}`,
  },
  completed_on_recurring: {
    en: (p) => `${p['field']}: a recurring task records each occurrence in completions, not completedOn, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: nhiệm vụ định kỳ ghi ngày hoàn thành từng kỳ trong completions, không dùng completedOn, nhận được ${d(p.received)}`,
  },
  due_before_start: {
    en: (p) => `${p['field']}: the due date ${d(p.received)} is before the task's start ${d(p['startDate'])}`,
    vi: (p) => `${p['field']}: hạn hoàn thành ${d(p.received)} trước ngày bắt đầu nhiệm vụ ${d(p['startDate'])}`,
  },
  invalid_rank: {
    en: (p) => `${p['field']}: expected a rank among the provinces, a whole number of at least 1, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần thứ hạng trong các tỉnh, thành phố, là số nguyên từ 1 trở lên, nhận được ${d(p.received)}`,
  },
  index_score_exceeds_max: {
    en: (p) => `${p['field']}: the points ${d(p.received)} are above the group's maximum ${d(p['max'])}`,
    vi: (p) => `${p['field']}: số điểm ${d(p.received)} lớn hơn điểm tối đa của nhóm ${d(p['max'])}`,
  },
  index_points_precision: {
    en: (p) => `${p['field']}: expected points with at most 2 decimals (as the portal shows them), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần số điểm có tối đa 2 chữ số thập phân (như Cổng DVCQG công bố), nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
