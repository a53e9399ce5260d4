import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the record schemas (foundation). @internal */
export const modelMessages = {
  required: {
    en: (p) => `${p['field']}: is required`,
    vi: (p) => `${p['field']}: bắt buộc phải có`,
  },
  negative: {
    en: (p) => `${p['field']}: must not be negative, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: không được âm, nhận được ${d(p.received)}`,
  },
  too_small: {
    en: (p) => `${p['field']}: must be at least ${p['minimum']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: phải từ ${p['minimum']} trở lên, nhận được ${d(p.received)}`,
  },
  before_reception: {
    en: (p) => `${p['field']}: ${d(p.received)} is before the reception ${d(p['receivedAt'])}`,
    vi: (p) => `${p['field']}: ${d(p.received)} trước thời điểm tiếp nhận ${d(p['receivedAt'])}`,
  },
  submitted_after_reception: {
    en: (p) => `${p['field']}: ${d(p.received)} is after the reception ${d(p['receivedAt'])}; a dossier is submitted at or before it is received`,
    vi: (p) => `${p['field']}: ${d(p.received)} sau thời điểm tiếp nhận ${d(p['receivedAt'])}; hồ sơ phải được nộp trước hoặc đúng lúc tiếp nhận`,
  },
  events_out_of_order: {
    en: (p) => `${p['field']}: ${d(p.received)} is earlier than the event before it (${d(p['previous'])}); events must be in time order`,
    vi: (p) => `${p['field']}: ${d(p.received)} sớm hơn sự kiện liền trước (${d(p['previous'])}); các sự kiện phải theo thứ tự thời gian`,
  },
  step_ends_before_start: {
    en: (p) => `${p['field']}: the step ends at ${d(p.received)}, before it started at ${d(p['startedAt'])}`,
    vi: (p) => `${p['field']}: bước xử lý kết thúc lúc ${d(p.received)}, trước khi bắt đầu lúc ${d(p['startedAt'])}`,
  },
  online_level_mismatch: {
    en: (p) => `${p['field']}: an online level is only meaningful for channel 'online', received ${d(p.received)} with channel ${d(p['channel'])}`,
    vi: (p) => `${p['field']}: mức độ trực tuyến chỉ dùng cho kênh 'online', nhận được ${d(p.received)} với kênh ${d(p['channel'])}`,
  },
  duplicate_id: {
    en: (p) => `${p['field']}: id ${d(p.received)} is used by an earlier record (${p['firstLine'] === undefined ? `index ${p['firstIndex']}` : `line ${p['firstLine']}`})`,
    vi: (p) => `${p['field']}: mã ${d(p.received)} trùng với bản ghi trước (${p['firstLine'] === undefined ? `vị trí ${p['firstIndex']}` : `dòng ${p['firstLine']}`})`,
  },
  duplicate_check_limit: {
    en: (p) => `${p['field']}: over ${p['maximum']} ids to check for repeats; use duplicateIds: 'allow'`,
    vi: (p) => `${p['field']}: quá ${p['maximum']} mã cần kiểm tra trùng; dùng duplicateIds: 'allow'`,
  },
  missing_lead: {
    en: (p) => `${p['field']}: a task needs exactly one lead (chủ trì), received none`,
    vi: (p) => `${p['field']}: mỗi nhiệm vụ phải có đúng một đơn vị/người chủ trì, nhưng chưa có`,
  },
  multiple_leads: {
    en: (p) => `${p['field']}: a task needs exactly one lead (chủ trì, plan II.4), received ${p['count']}: ${d(p.received)}`,
    vi: (p) => `${p['field']}: mỗi nhiệm vụ chỉ giao cho một người chủ trì (mục II.4), nhưng có ${p['count']}: ${d(p.received)}`,
  },
  completed_before_start: {
    en: (p) => `${p['field']}: ${d(p.received)} is before the task's start ${d(p['startDate'])}`,
    vi: (p) => `${p['field']}: ${d(p.received)} trước ngày bắt đầu nhiệm vụ ${d(p['startDate'])}`,
  },
  not_array: {
    en: (p) => `expected an array of records, received ${d(p.received)}`,
    vi: (p) => `cần một mảng các bản ghi, nhận được ${d(p.received)}`,
  },
  invalid_record: {
    en: (p) => `${p['field']}: ${p['detail']}`,
    vi: (p) => `${p['field']}: ${p['detail']}`,
  },
} satisfies Record<string, MessagePair>;
