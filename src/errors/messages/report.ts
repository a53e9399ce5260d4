import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the report area (add codes here; IssueCode is derived from these keys). @internal */
export const reportMessages = {
  channel_not_recorded: {
    en: (p) => `${p['field']}: the source did not record how this dossier was submitted (${d(p.received)}), and form ${d(p['form'])} has no column for that; the dossier is listed here, not counted under a guessed channel`,
    vi: (p) => `${p['field']}: nguồn dữ liệu không ghi nhận hình thức nộp của hồ sơ này (${d(p.received)}) và biểu ${d(p['form'])} không có cột cho trường hợp đó; hồ sơ được liệt kê tại đây, không tính vào một kênh đoán định`,
  },
  period_index_out_of_range: {
    en: (p) => `${p['field']}: a ${p['kind']} index must be a whole number from 1 to ${p['maximum']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: chỉ số kỳ '${p['kind']}' phải là số nguyên từ 1 đến ${p['maximum']}, nhận được ${d(p.received)}`,
  },
  unexpected_period_index: {
    en: (p) => `${p['field']}: a ${p['kind']} period takes no index, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: kỳ '${p['kind']}' không có chỉ số, nhận được ${d(p.received)}`,
  },
  period_year_out_of_range: {
    en: (p) => `${p['field']}: expected a year from ${p['minimum']} to ${p['maximum']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần năm từ ${p['minimum']} đến ${p['maximum']}, nhận được ${d(p.received)}`,
  },
  invalid_period: {
    en: (p) => `${p['field']}: expected a period such as '2025-Q1', '2025-H1', '2025-9M', '2025' or '2025-03', received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần kỳ báo cáo dạng '2025-Q1', '2025-H1', '2025-9M', '2025' hoặc '2025-03', nhận được ${d(p.received)}`,
  },
  invalid_reporting_period: {
    en: (p) => `${p['field']}: expected a reporting period from reportingPeriod() or parsePeriod() (${p['detail']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần kỳ báo cáo tạo bằng reportingPeriod() hoặc parsePeriod() (${p['detail']}), nhận được ${d(p.received)}`,
  },
  period_outside_calendar: {
    en: (p) => `${p['field']}: the period ${p['from']}..${p['to']} is not covered by the calendar, which covers ${p['calendarFrom']}..${p['calendarTo']}`,
    vi: (p) => `${p['field']}: kỳ ${p['from']}..${p['to']} nằm ngoài phạm vi lịch làm việc (${p['calendarFrom']}..${p['calendarTo']})`,
  },
  as_of_before_period: {
    en: (p) => `${p['field']}: asOf ${d(p.received)} is before the period starts on ${p['from']}`,
    vi: (p) => `${p['field']}: thời điểm chốt ${d(p.received)} trước ngày bắt đầu kỳ ${p['from']}`,
  },
  group_needs_procedures: {
    en: (p) => `${p['field']}: grouping by ${d(p.received)} needs the procedures (option 'procedures')`,
    vi: (p) => `${p['field']}: nhóm theo ${d(p.received)} cần danh mục thủ tục (tùy chọn 'procedures')`,
  },
  incompatible_accumulators: {
    en: (p) => `${p['field']}: cannot merge report accumulators with different ${p['detail']}: ${d(p['mine'])} and ${d(p.received)}`,
    vi: (p) => `${p['field']}: không thể gộp hai bộ tích lũy báo cáo khác nhau về ${p['detailVi'] ?? p['detail']}: ${d(p['mine'])} và ${d(p.received)}`,
  },
  invalid_accumulator_state: {
    en: (p) => `${p['field']}: not a report accumulator state written by toJSON() (${p['detail']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: không phải trạng thái bộ tích lũy báo cáo do toJSON() tạo ra (${p['detail']}), nhận được ${d(p.received)}`,
  },
  invalid_report_form: {
    en: (p) => `${p['field']}: not a valid report form (${p['detail']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: biểu mẫu báo cáo không hợp lệ (${p['detail']}), nhận được ${d(p.received)}`,
  },
  invalid_format_option: {
    en: (p) => `${p['field']}: expected ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần ${p['expectedVi'] ?? p['expected']}, nhận được ${d(p.received)}`,
  },
  report_identity_failed: {
    en: (p) => `${p['field']}: the form's identity "${p['identity']}" fails for row ${d(p.received)}: the form's classification is inconsistent`,
    vi: (p) => `${p['field']}: đẳng thức "${p['identity']}" của biểu mẫu không đúng ở dòng ${d(p.received)}: cách phân loại của biểu mẫu không nhất quán`,
  },
} satisfies Record<string, MessagePair>;
