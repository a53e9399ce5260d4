import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the dossier area (add codes here; IssueCode is derived from these keys). @internal */
export const dossierMessages = {
  unknown_procedure: {
    en: (p) => `${p['field']}: the procedure ${d(p.received)} is not in the procedures given`,
    vi: (p) => `${p['field']}: thủ tục ${d(p.received)} không có trong danh mục thủ tục được cung cấp`,
  },
  no_processing_time: {
    en: (p) => `${p['field']}: the dossier has no dueAt, no processingDays and no procedure to take the processing time from (procedureId ${d(p.received)})`,
    vi: (p) => `${p['field']}: hồ sơ không có ngày hẹn trả (dueAt), thời hạn giải quyết (processingDays), cũng không có thủ tục để lấy thời hạn (procedureId ${d(p.received)})`,
  },
  outside_calendar: {
    en: (p) => `${p['field']}: ${d(p.received)} is outside the calendar, which covers ${d(p['from'])} to ${d(p['to'])}`,
    vi: (p) => `${p['field']}: ${d(p.received)} nằm ngoài lịch làm việc, lịch chỉ có từ ${d(p['from'])} đến ${d(p['to'])}`,
  },
  resubmission_without_request: {
    en: (p) => `${p['field']}: a re-submission at ${d(p.received)} without an open supplementation request before it`,
    vi: (p) => `${p['field']}: bổ sung hồ sơ lúc ${d(p.received)} nhưng trước đó không có yêu cầu bổ sung nào đang chờ`,
  },
  multiple_ends: {
    en: (p) => `${p['field']}: the dossier already ended (${d(p['previous'])}); a second end ${d(p.received)} contradicts it`,
    vi: (p) => `${p['field']}: hồ sơ đã kết thúc (${d(p['previous'])}); sự kiện kết thúc thứ hai ${d(p.received)} mâu thuẫn`,
  },
  event_after_end: {
    en: (p) => `${p['field']}: a supplementation event at ${d(p.received)} comes after the end of processing at ${d(p['endedAt'])}`,
    vi: (p) => `${p['field']}: sự kiện bổ sung hồ sơ lúc ${d(p.received)} xảy ra sau khi đã kết thúc xử lý lúc ${d(p['endedAt'])}`,
  },
  received_after_as_of: {
    en: (p) => `${p['field']}: the dossier was received at ${d(p.received)}, after asOf ${d(p['asOf'])}; it cannot be evaluated yet`,
    vi: (p) => `${p['field']}: hồ sơ tiếp nhận lúc ${d(p.received)}, sau thời điểm đánh giá ${d(p['asOf'])}; chưa thể đánh giá`,
  },
  not_a_dossier: {
    en: (p) => `${p['field']}: expected a dossier validated by parseDossier, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần hồ sơ đã được kiểm tra bằng parseDossier, nhận được ${d(p.received)}`,
  },
  invalid_tally_key: {
    en: (p) => `${p['field']}: expected 'department', 'official', 'procedure', 'channel' or a function, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần 'department', 'official', 'procedure', 'channel' hoặc một hàm, nhận được ${d(p.received)}`,
  },
  invalid_tally: {
    en: (p) => `${p['field']}: expected a tally of whole counts (at least 0), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần bảng đếm gồm các số nguyên không âm, nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
