import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the xlsx area (workbook writer and reader; IssueCode is derived from these keys). @internal */
export const xlsxMessages = {
  invalid_sheet_name: {
    en: (p) => `${p['field']}: a sheet name must be 1 to 31 characters without [ ] : * ? / \\ and not start or end with an apostrophe (${p['reason']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: tên trang tính phải dài 1 đến 31 ký tự, không chứa [ ] : * ? / \\ và không bắt đầu hay kết thúc bằng dấu nháy đơn (${p['reason']}), nhận được ${d(p.received)}`,
  },
  duplicate_sheet_name: {
    en: (p) => `${p['field']}: the sheet name ${d(p.received)} is already used by sheet ${p['other']} (names are compared without case)`,
    vi: (p) => `${p['field']}: tên trang tính ${d(p.received)} đã dùng cho trang tính ${p['other']} (không phân biệt chữ hoa, chữ thường)`,
  },
  invalid_cell: {
    en: (p) => `${p['field']}: ${p['reason']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['reasonVi']}, nhận được ${d(p.received)}`,
  },
  invalid_cell_range: {
    en: (p) => `${p['field']}: expected a cell range such as 'A1:D2' inside the sheet (${p['reason']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần vùng ô dạng 'A1:D2' nằm trong trang tính (${p['reasonVi']}), nhận được ${d(p.received)}`,
  },
  invalid_xlsx_option: {
    en: (p) => `${p['field']}: expected ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần ${p['expectedVi']}, nhận được ${d(p.received)}`,
  },
  xlsx_limit_exceeded: {
    en: (p) => `${p['field']}: a worksheet holds at most ${p['maximum']} ${p['unit']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: một trang tính chứa tối đa ${p['maximum']} ${p['unitVi']}, nhận được ${d(p.received)}`,
  },
  invalid_xlsx_zip: {
    en: (p) => `${p['field']}: the file is not a readable .xlsx (ZIP) archive (${p['detail']})`,
    vi: (p) => `${p['field']}: tệp không phải là tệp .xlsx (ZIP) đọc được (${p['detail']})`,
  },
  invalid_xlsx_xml: {
    en: (p) => `${p['field']}: the part ${d(p['part'])} is not well-formed SpreadsheetML (${p['detail']}), near ${d(p.received)}`,
    vi: (p) => `${p['field']}: phần ${d(p['part'])} không phải SpreadsheetML hợp lệ (${p['detail']}), gần ${d(p.received)}`,
  },
  missing_xlsx_part: {
    en: (p) => `${p['field']}: the workbook has no ${p['part']} part`,
    vi: (p) => `${p['field']}: tệp không có phần ${p['part']}`,
  },
  xlsx_sheet_not_found: {
    en: (p) => `${p['field']}: no sheet ${d(p.received)} in the workbook; its sheets are ${p['sheets']}`,
    vi: (p) => `${p['field']}: không có trang tính ${d(p.received)}; các trang tính hiện có: ${p['sheets']}`,
  },
  xlsx_error_cell: {
    en: (p) => `${p['field']}: the cell holds the spreadsheet error ${d(p.received)}, not a value`,
    vi: (p) => `${p['field']}: ô chứa lỗi bảng tính ${d(p.received)}, không phải giá trị`,
  },
  invalid_xlsx_value: {
    en: (p) => `${p['field']}: ${p['reason']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['reasonVi']}, nhận được ${d(p.received)}`,
  },
  invalid_excel_serial: {
    en: (p) => `${p['field']}: expected an Excel date serial number from ${p['minimum']} to ${p['maximum']} (${p['reason']}), received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần số ngày tuần tự của Excel từ ${p['minimum']} đến ${p['maximum']} (${p['reasonVi']}), nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
