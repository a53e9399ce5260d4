import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the national service index area (add codes here; IssueCode is derived from these keys). @internal */
export const index766Messages = {
  unknown_index_indicator: {
    en: (p) => `${p['field']}: no indicator of the national service index has the code ${d(p.received)}; known: ${d(p['expected'])}`,
    vi: (p) => `${p['field']}: không có chỉ số nào của Bộ chỉ số phục vụ người dân, doanh nghiệp mang mã ${d(p.received)}; các mã hợp lệ: ${d(p['expected'])}`,
  },
  invalid_index_indicator_input: {
    en: (p) => `${p['field']}: the indicator ${d(p['code'])} needs ${d(p['expected'])}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: chỉ số ${d(p['code'])} cần ${d(p['expected'])}, nhận được ${d(p.received)}`,
  },
  index_period_not_calendar: {
    en: (p) => `${p['field']}: the national service index counts calendar months, quarters and years (timeType month | quarter | year), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: Bộ chỉ số tính theo tháng, quý, năm dương lịch (timeType month | quarter | year), nhận được ${d(p.received)}`,
  },
  no_index_scheme: {
    en: (p) => `${p['field']}: no scheme of the national service index is in force on ${d(p.received)} (the first starts ${d(p['first'])})`,
    vi: (p) => `${p['field']}: không có phương pháp tính Bộ chỉ số nào có hiệu lực vào ngày ${d(p.received)} (phương pháp đầu tiên áp dụng từ ${d(p['first'])})`,
  },
  invalid_portal_json: {
    en: (p) => `${p['field']}: the portal response is not valid JSON (${d(p['reason'])})`,
    vi: (p) => `${p['field']}: phản hồi của Cổng không phải JSON hợp lệ (${d(p['reason'])})`,
  },
  invalid_portal_field: {
    en: (p) => `${p['field']}: expected ${d(p['expected'])} in the portal response, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: phản hồi của Cổng cần ${d(p['expected'])}, nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
