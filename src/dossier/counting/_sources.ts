/**
 * The cited sources of the shipped counting conventions (see docs/counting.md).
 * @internal
 * @module
 */
import type { CountingChoices } from './CountingConvention';

/** @internal */
export const PORTAL766_BASIS =
  'The national portal\'s methodology «Mô tả công thức tính chỉ số 766» (QĐ 766/QĐ-TTg service index), record 2.1, as published: the portal\'s rule, not a legal text (MEDIUM–HIGH as its text)';

/** @internal The source of each portal choice. */
export const PORTAL766_BASES: { readonly [K in keyof CountingChoices]: string } = {
  compare:
    'QĐ 766 methodology 2.1: «Thời gian kết thúc xử lý (trường NgayKetThucXuLy) <= Ngày hẹn trả (trường NgayHenTra)»; both are date-times; the unit is not stated (MEDIUM)',
  endEvent:
    'QĐ 766 methodology 2.1: «Nếu tiến trình xử lý có đồng thời trạng thái Đã xử lý xong, Đã trả kết quả thì hệ thống ưu tiên lấy thời gian Đã xử lý xong» (MEDIUM–HIGH)',
  otherEnds: 'QĐ 766 methodology 2.1: «Dừng xử lý/Từ chối» and withdrawal after reception are ends, judged at their end time (MEDIUM–HIGH)',
  supplementation:
    'QĐ 766 methodology 2.1, literal: «Thời gian kết thúc xử lý hồ sơ = Thời gian kết thúc xử lý − Thời gian bổ sung hồ sơ; Thời gian bổ sung hồ sơ = Thời điểm hoàn thành bổ sung hồ sơ − Thời điểm Yêu cầu bổ sung» (elapsed time; MEDIUM–HIGH)',
  maxSupplementRequests: 'QĐ 766 methodology 2.1: «trừ trường hợp "Yêu cầu bổ sung hồ sơ" hơn 01 lần thì tính quá hạn»; the number is the policy\'s maxSupplementRequests (default 1)',
  awaitingSupplement:
    'QĐ 766 methodology 2.1: «Nếu hồ sơ đang yêu cầu bổ sung, công dân chưa quay lại bổ sung hồ sơ thì lấy ngày cán bộ yêu cầu bổ sung hồ sơ là Thời gian kết thúc xử lý»',
  period: 'Portal reporting API: timeType month / quarter / year (MEDIUM)',
};

/** @internal */
export const DATE_LEVEL_BASIS =
  'Date-level counting of provincial one-stop systems: the TD DichVuCong statistics (HuanVu201/DichVuCong_KhoaLuan_PASETO, Statistics/BaoCaoTongHop/*WhereBuilder.cs: CONVERT(DATE …)) and the same family\'s statistics SQL «CAST(NgayKetThucXuLy AS DATE) <= CAST(NgayHenTra AS DATE)» (HIGH as code; one application\'s evidence, not a legal text)';

/** @internal The source of each date-level choice. */
export const DATE_LEVEL_BASES: { readonly [K in keyof CountingChoices]: string } = {
  compare: 'TD DichVuCong: trước hạn = end date < due date; đúng hạn = same date; quá hạn = end date > due date; «CAST(NgayKetThucXuLy AS DATE) <= CAST(NgayHenTra AS DATE)» (HIGH as code)',
  endEvent:
    'TD DichVuCong unit summary dates the result by NgayKetThucXuLy (end of processing) (HIGH as code); its Biểu 06 builder (BaoCaoSo06WhereBuilder.cs) uses NgayTra (hand-over) instead: define a variant with endEvent \'handOver\' for that count',
  otherEnds:
    'TD DichVuCong unit summary counts returned (trả lại) and withdrawn (xin rút) dossiers inside "đúng hạn" (HIGH as code); a Thanh Hóa Biểu 06 template: «(Bao gồm cả hồ sơ chờ Bổ sung và Trả lại/Xin rút)» (MEDIUM)',
  supplementation:
    'Not stated by the date-level code read (it compares NgayHenTra as stored): the library moves the due by the working days of the wait, an interpretation; the agency must confirm',
  maxSupplementRequests: 'No request-count rule seen in the date-level comparison (inferred from the formula: LOW); the agency must confirm',
  awaitingSupplement: 'TD DichVuCong counts supplementation, stop and payment-wait dossiers inside "đang giải quyết (trong hạn)" (HIGH as code)',
  period: 'TD DichVuCong: a «Từ ngày … đến ngày …» range parameter (HIGH as code)',
};

/** @internal */
export const WORKING_DAYS_BASIS =
  'The library\'s reading before counting conventions existed: the 766 methodology\'s choices, with the citizen\'s supplementation time counted in working time and added to the due (an interpretation of record 2.1, plausible for deadlines in working days; not the text)';
