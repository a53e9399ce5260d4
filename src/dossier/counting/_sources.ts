/**
 * The cited sources of the shipped counting conventions (quoted in full in docs/counting.md).
 * @internal
 * @module
 */
import type { CountingChoices } from './CountingConvention';

const M = 'QĐ 766 methodology 2.1';
const TD = 'TD DichVuCong (HuanVu201/DichVuCong_KhoaLuan_PASETO) code';

/** @internal */
export const PORTAL766_BASIS = `The national portal's methodology «Mô tả công thức tính chỉ số 766», record 2.1, as published (the portal's rule, not a legal text; MEDIUM–HIGH)`;

/** @internal The source of each portal choice. */
export const PORTAL766_BASES: { readonly [K in keyof CountingChoices]: string } = {
  compare: `${M}: NgayKetThucXuLy <= NgayHenTra (date-times; unit not stated: MEDIUM)`,
  endEvent: `${M}: «ưu tiên lấy thời gian Đã xử lý xong» over Đã trả kết quả`,
  otherEnds: `${M}: Dừng xử lý / Từ chối and a withdrawal after reception are ends, judged at their time`,
  supplementation: `${M}, literal: end − (hoàn thành bổ sung − yêu cầu bổ sung), elapsed time`,
  maxSupplementRequests: `${M}: «hơn 01 lần thì tính quá hạn»; the number is the policy's maxSupplementRequests`,
  awaitingSupplement: `${M}: waiting for re-submission, the request date is the end of processing`,
  period: 'Portal reporting API timeType month / quarter / year (MEDIUM)',
};

/** @internal */
export const DATE_LEVEL_BASIS = `Date-level counting of provincial one-stop systems: ${TD}, CAST(NgayKetThucXuLy AS DATE) <= CAST(NgayHenTra AS DATE) (HIGH as code; one application's evidence)`;

/** @internal The source of each date-level choice. */
export const DATE_LEVEL_BASES: { readonly [K in keyof CountingChoices]: string } = {
  compare: `${TD}: end date vs due date (HIGH as code)`,
  endEvent: `${TD}: unit summary by NgayKetThucXuLy (its Biểu 06 builder uses NgayTra: endEvent 'handOver')`,
  otherEnds: `${TD}: returned / withdrawn counted inside đúng hạn (HIGH as code)`,
  supplementation: 'Not stated by the date-level code read: the working-day shift is an interpretation; the agency must confirm',
  maxSupplementRequests: 'No request-count rule in the date-level comparison (inferred: LOW; the agency must confirm)',
  awaitingSupplement: `${TD}: supplementation waits counted inside đang giải quyết trong hạn (HIGH as code)`,
  period: `${TD}: a from-to date range parameter`,
};

/** @internal */
export const WORKING_DAYS_BASIS = `${M} with the supplementation wait counted in working time and added to the due: an interpretation (the library's earlier reading), not the text`;
