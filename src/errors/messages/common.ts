import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/**
 * Messages of the codes every area raises (shapes, dates, instants, `asOf`, `calendar`): kept apart
 * so that the calendar, which raises only these and its own, carries no other message text. @internal
 */
export const commonMessages = {
  empty_string: {
    en: (p) => `${p['field']}: must not be empty`,
    vi: (p) => `${p['field']}: không được để trống`,
  },
  invalid_date: {
    en: (p) => `${p['field']}: expected a real civil date 'YYYY-MM-DD', received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần một ngày hợp lệ dạng 'YYYY-MM-DD', nhận được ${d(p.received)}`,
  },
  invalid_enum: {
    en: (p) => `${p['field']}: expected one of ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần một trong các giá trị ${p['expected']}, nhận được ${d(p.received)}`,
  },
  invalid_instant: {
    en: (p) => `${p['field']}: expected an ISO 8601 instant with offset such as '2025-03-03T09:00:00+07:00', received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần thời điểm ISO 8601 có múi giờ, ví dụ '2025-03-03T09:00:00+07:00', nhận được ${d(p.received)}`,
  },
  missing_offset: {
    en: (p) => `${p['field']}: the instant has no UTC offset (add '+07:00' for Vietnam time), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: thời điểm thiếu múi giờ (thêm '+07:00' cho giờ Việt Nam), nhận được ${d(p.received)}`,
  },
  invalid_ratio: {
    en: (p) => `${p['field']}: expected a ratio of whole numbers with 0 <= numerator and denominator > 0${p['allowEmpty'] ? ' (or 0/0)' : ''}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần tỷ số của hai số nguyên, tử số không âm và mẫu số dương${p['allowEmpty'] ? ' (hoặc 0/0)' : ''}, nhận được ${d(p.received)}`,
  },
  invalid_time: {
    en: (p) => `${p['field']}: expected a clock time 'HH:mm', received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần giờ dạng 'HH:mm', nhận được ${d(p.received)}`,
  },
  invalid_type: {
    en: (p) => `${p['field']}: expected ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần ${p['expected']}, nhận được ${d(p.received)}`,
  },
  not_integer: {
    en: (p) => `${p['field']}: expected a whole number, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần số nguyên, nhận được ${d(p.received)}`,
  },
  unknown_key: {
    en: (p) => `${p['field']}: unknown field`,
    vi: (p) => `${p['field']}: trường không được hỗ trợ`,
  },
  invalid_as_of: {
    en: (p) => `${p['field']}: expected an instant with offset ('2025-03-14T17:00:00+07:00') or a civil date ('2025-03-14', the end of that day in Vietnam), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần thời điểm có múi giờ ('2025-03-14T17:00:00+07:00') hoặc ngày ('2025-03-14', tức cuối ngày đó theo giờ Việt Nam), nhận được ${d(p.received)}`,
  },
  out_of_range: {
    en: (p) => `${p['field']}: must be between ${p['minimum']} and ${p['maximum']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: phải trong khoảng từ ${p['minimum']} đến ${p['maximum']}, nhận được ${d(p.received)}`,
  },
  invalid_calendar: {
    en: (p) => `${p['field']}: expected a WorkCalendar from createCalendar(), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần lịch làm việc (WorkCalendar) tạo bằng createCalendar(), nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
