import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the calendar area (add codes here; IssueCode is derived from these keys). @internal */
export const calendarMessages = {
  calendar_out_of_range: {
    en: (p) => `${p['field']}: ${d(p.received)} is outside the calendar's covered range ${p['from']}..${p['to']}`,
    vi: (p) => `${p['field']}: ${d(p.received)} nằm ngoài phạm vi lịch ${p['from']}..${p['to']}`,
  },
  invalid_lunar_date: {
    en: (p) => `${p['field']}: no such Vietnamese lunar date (${p['detail']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: không có ngày âm lịch này (${p['detailVi'] ?? p['detail']}), nhận được ${d(p.received)}`,
  },
  not_finite: {
    en: (p) => `${p['field']}: expected a finite number, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần một số hữu hạn, nhận được ${d(p.received)}`,
  },
  invalid_office_hours: {
    en: (p) => `${p['field']}: office hours must be non-empty 'HH:mm' intervals in order, each ending after it starts and none overlapping (${p['detail']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: giờ làm việc phải là các khoảng 'HH:mm' theo thứ tự, kết thúc sau khi bắt đầu và không chồng lấn (${p['detail']}), nhận được ${d(p.received)}`,
  },
  invalid_decision_day: {
    en: (p) => `${p['field']}: a '${p['kind']}' day must fall on ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ngày loại '${p['kind']}' phải rơi vào ${p['expectedVi'] ?? p['expected']}, nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
