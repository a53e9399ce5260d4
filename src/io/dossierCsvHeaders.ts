/**
 * The header alias table of dossier exports: the library's English layout and the Vietnamese
 * headers of one-stop exports, matched with or without diacritics, in any case and spacing.
 * @module
 */

/**
 * What a dossier CSV column holds: a dossier field (the English layout's column names), the
 * procedure's name (`procedureName`, turned into `procedureId` through a lookup), the status
 * (`status`), personal data of the applicant (`personal`: recognised and dropped), or nothing
 * the rules use (`ignore`).
 * @category Input
 */
export type DossierCsvRole =
  | 'id' | 'procedureId' | 'procedureName' | 'departmentId' | 'officialId' | 'channel' | 'onlineLevel'
  | 'receivedAt' | 'dueAt' | 'processingDays'
  | 'supplementRequestedAt' | 'supplementReceivedAt' | 'supplementRequestedAt2' | 'supplementReceivedAt2'
  | 'apologyAt' | 'apologyNewDueAt' | 'endKind' | 'endAt' | 'returnedAt' | 'status' | 'personal' | 'ignore';

/**
 * The English layout's columns, in the documented order (ISO 8601 instants with offset).
 * @example
 * ```ts
 * import { DOSSIER_CSV_COLUMNS } from 'reform-rules/io';
 * DOSSIER_CSV_COLUMNS[0]; // => 'id'
 * ```
 * @category Input
 */
export const DOSSIER_CSV_COLUMNS = [
  'id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt',
  'processingDays', 'supplementRequestedAt', 'supplementReceivedAt', 'supplementRequestedAt2',
  'supplementReceivedAt2', 'apologyAt', 'apologyNewDueAt', 'endKind', 'endAt', 'returnedAt',
] as const;

/**
 * The Vietnamese headers recognised for each role (any case, with or without diacritics, any
 * spacing). Source: `formats.md` § 1.3–1.4 of the project references (two 2026 import templates
 * and a provincial system's register query; confidence LOW–MEDIUM as a vendor format, as of
 * 2026-12): the agency must confirm its export's headers, and a mapping
 * ({@link DossierCsvMapping}) overrides or extends this table.
 * @example
 * ```ts
 * import { DOSSIER_CSV_HEADER_ALIASES } from 'reform-rules/io';
 * DOSSIER_CSV_HEADER_ALIASES.id?.includes('Mã hồ sơ'); // => true
 * ```
 * @category Input
 */
export const DOSSIER_CSV_HEADER_ALIASES: Readonly<Partial<Record<DossierCsvRole, readonly string[]>>> = {
  id: ['Mã hồ sơ', 'Số hồ sơ', 'Mã số hồ sơ', 'MaHoSo'],
  procedureId: ['Mã TTHC', 'Mã thủ tục', 'Mã thủ tục hành chính', 'MaTTHC'],
  procedureName: ['Tên TTHC', 'Tên thủ tục', 'Tên thủ tục hành chính', 'TenTTHC'],
  departmentId: ['Phòng', 'Phòng ban', 'Đơn vị xử lý', 'DonViXuLy'],
  officialId: ['Cán bộ xử lý', 'Cán bộ xử lý hiện tại'],
  channel: ['Hình thức nộp', 'Kênh', 'Kênh nộp', 'Kênh thực hiện', 'KenhThucHien'],
  onlineLevel: ['Mức độ', 'Mức độ trực tuyến'],
  receivedAt: ['Ngày tiếp nhận', 'Ngày nhận', 'NgayTiepNhan'],
  dueAt: ['Ngày hẹn trả', 'Hẹn trả kết quả', 'NgayHenTra'],
  processingDays: ['Số ngày giải quyết'],
  endAt: ['Ngày có kết quả', 'Ngày kết thúc xử lý', 'NgayKetThucXuLy'],
  returnedAt: ['Ngày trả kết quả', 'NgayTra'],
  status: ['Trạng thái', 'Trạng thái hồ sơ', 'TrangThaiHoSo'],
  personal: [
    'Chủ hồ sơ', 'Người nộp', 'Tên người nộp', 'Người nộp hồ sơ', 'Số điện thoại', 'Điện thoại', 'Email', 'Địa chỉ',
    'CCCD', 'CMND', 'Số CCCD', 'Số CMND', 'Số giấy tờ', 'Số định danh', 'Cơ quan/đơn vị', 'Ngày sinh',
    'ChuHoSo', 'SoDienThoaiChuHoSo', 'EmailChuHoSo', 'SoGiayToChuHoSo', 'DiaChiChuHoSo',
    'applicantName', 'phone', 'email', 'address', 'idNumber',
  ],
  ignore: ['STT', 'Số thứ tự', 'Tên lĩnh vực', 'Lĩnh vực', 'Trích yếu', 'Bước xử lý hiện tại', 'Hạn xử lý', 'Cập nhật nguồn', 'Ghi chú'],
};

/** @internal A header in comparable form: no diacritics, `đ` as `d`, lower case, letters and digits only. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** @internal The role of a header and whether it matched the English layout exactly. */
export interface HeaderMatch {
  readonly role: DossierCsvRole;
  readonly english: boolean;
}

let table: Map<string, HeaderMatch> | undefined;

/** @internal The alias table by normalised header. */
export function aliasTable(): Map<string, HeaderMatch> {
  if (table !== undefined) return table;
  table = new Map();
  for (const [role, names] of Object.entries(DOSSIER_CSV_HEADER_ALIASES) as [DossierCsvRole, readonly string[]][]) {
    for (const n of names) table.set(normaliseHeader(n), { role, english: false });
  }
  for (const c of DOSSIER_CSV_COLUMNS) table.set(normaliseHeader(c), { role: c, english: true });
  return table;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** @internal The known header closest to `header` (edit distance on normalised forms), when close enough. */
export function closestHeader(header: string, known: readonly string[]): string | undefined {
  const h = normaliseHeader(header);
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = distance(h, normaliseHeader(k));
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(h.length / 3)) ? best : undefined;
}

/** @internal Every known header, English layout first. */
export function knownHeaders(): string[] {
  return [...DOSSIER_CSV_COLUMNS, ...Object.entries(DOSSIER_CSV_HEADER_ALIASES).filter(([r]) => r !== 'personal' && r !== 'ignore').flatMap(([, n]) => n as string[])];
}
