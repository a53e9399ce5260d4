import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the input readers (`src/io`). @internal */
export const ioMessages = {
  invalid_source: {
    en: (p) => `${p['field']}: expected a string, a Uint8Array, or an (async) iterable of Uint8Array or string chunks, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần một chuỗi, một Uint8Array, hoặc một dãy (bất đồng bộ) các khối Uint8Array hay chuỗi, nhận được ${d(p.received)}`,
  },
  invalid_reader_option: {
    en: (p) => `${p['field']}: expected ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần ${p['expectedVi'] ?? p['expected']}, nhận được ${d(p.received)}`,
  },
  invalid_encoding: {
    en: (p) => `line ${p['line']}: the bytes are not valid ${p['encoding']}${p['encoding'] === 'UTF-8' ? ' (save the file as UTF-8)' : ' (an unpaired surrogate)'}`,
    vi: (p) => `dòng ${p['line']}: dữ liệu không phải ${p['encoding']} hợp lệ${p['encoding'] === 'UTF-8' ? ' (hãy lưu tệp dạng UTF-8)' : ' (ký tự đại diện không có cặp)'}`,
  },
  record_too_large: {
    en: (p) => `line ${p['line']}: the record is longer than the limit of ${p['limit']} characters (option maxRecordBytes); it was skipped up to the next line`,
    vi: (p) => `dòng ${p['line']}: bản ghi dài hơn giới hạn ${p['limit']} ký tự (tùy chọn maxRecordBytes); đã bỏ qua đến dòng kế tiếp`,
  },
  invalid_json: {
    en: (p) => `line ${p['line']}: not valid JSON (${p['detail']})`,
    vi: (p) => `dòng ${p['line']}: không phải JSON hợp lệ (${p['detailVi'] ?? p['detail']})`,
  },
  not_json_array: {
    en: (p) => `line ${p['line']}: expected a JSON array of records, the input is a JSON ${p['kind']}`,
    vi: (p) => `dòng ${p['line']}: cần một mảng JSON các bản ghi, dữ liệu vào là ${p['kind']} JSON`,
  },
  truncated_input: {
    en: (p) => `line ${p['line']}: the input ends inside this record (${p['detail']})`,
    vi: (p) => `dòng ${p['line']}: dữ liệu kết thúc giữa chừng bản ghi này (${p['detailVi'] ?? p['detail']})`,
  },
  trailing_content: {
    en: (p) => `line ${p['line']}: unexpected content after the end of the JSON array`,
    vi: (p) => `dòng ${p['line']}: có dữ liệu thừa sau khi mảng JSON đã kết thúc`,
  },
  csv_field_count: {
    en: (p) => `line ${p['line']}: expected ${p['expected']} fields as in the header, received ${p['count']}`,
    vi: (p) => `dòng ${p['line']}: cần ${p['expected']} trường như dòng tiêu đề, nhận được ${p['count']}`,
  },
  csv_unterminated_quote: {
    en: (p) => `line ${p['line']}: a quoted field is never closed (a '"' is missing)`,
    vi: (p) => `dòng ${p['line']}: một trường trong ngoặc kép không được đóng (thiếu '"')`,
  },
  csv_invalid_quote: {
    en: (p) => `line ${p['line']}: unexpected text after a closing quote in field ${p['field']}`,
    vi: (p) => `dòng ${p['line']}: có ký tự thừa sau dấu ngoặc kép đóng ở trường ${p['field']}`,
  },
  invalid_csv_header: {
    en: (p) => `line ${p['line']}: the CSV header is not usable (${p['detail']})`,
    vi: (p) => `dòng ${p['line']}: dòng tiêu đề CSV không dùng được (${p['detailVi'] ?? p['detail']})`,
  },
  unknown_header: {
    en: (p) => `unknown column ${d(p.received)}${p['closest'] === undefined ? '' : ` (closest known header: ${d(p['closest'])})`}; known headers: ${p['expected']}; give a mapping for other exports`,
    vi: (p) => `cột ${d(p.received)} không được nhận diện${p['closest'] === undefined ? '' : ` (gần nhất: ${d(p['closest'])})`}; các tiêu đề được nhận diện: ${p['expected']}; dùng tệp ánh xạ (mapping) cho các mẫu xuất khác`,
  },
  missing_column: {
    en: (p) => `${p['field']}: the source has no column for this field, which the dossier model requires (${p['hint']})`,
    vi: (p) => `${p['field']}: nguồn dữ liệu không có cột cho trường bắt buộc này của hồ sơ (${p['hintVi'] ?? p['hint']})`,
  },
  unknown_value: {
    en: (p) => `${p['field']}: no mapping for the value ${d(p.received)}; known values: ${p['expected']}`,
    vi: (p) => `${p['field']}: không có ánh xạ cho giá trị ${d(p.received)}; các giá trị đã biết: ${p['expected']}`,
  },
  not_received: {
    en: (p) => `${p['field']}: the status ${d(p.received)} means the dossier was never received; it is not counted as a dossier`,
    vi: (p) => `${p['field']}: trạng thái ${d(p.received)} nghĩa là hồ sơ chưa được tiếp nhận; không tính là hồ sơ`,
  },
  unnamed_column_value: {
    en: (p) => `${p['field']}: a column without a header holds a value, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: một cột không có tiêu đề lại có giá trị, nhận được ${d(p.received)}`,
  },
  invalid_mapping: {
    en: (p) => `${p['field']}: ${p['detail']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['detailVi'] ?? p['detail']}, nhận được ${d(p.received)}`,
  },
  applicant_key_personal: {
    en: (p) => `${p['field']}: the key equals a personal-data value of the record; give an opaque key`,
    vi: (p) => `${p['field']}: khóa trùng với một dữ liệu cá nhân của bản ghi; hãy dùng khóa không lộ danh tính`,
  },
  progress_unmatched: {
    en: (p) => `${p['field']}: no dossier ${d(p.received)} was read (or it was left out)`,
    vi: (p) => `${p['field']}: không có hồ sơ ${d(p.received)} (hoặc hồ sơ đã bị loại)`,
  },
  progress_no_allotted_time: {
    en: (p) => `${p['field']}: no allotted time for the step of ${d(p.received)} (give calendar or stepHours)`,
    vi: (p) => `${p['field']}: không tính được thời gian giao cho bước của ${d(p.received)} (dùng calendar hoặc stepHours)`,
  },
} satisfies Record<string, MessagePair>;
