/**
 * The dossier register of the one-stop section (Sổ theo dõi hồ sơ: Mẫu 07 under Thông tư
 * 03/2025/TT-VPCP, Mẫu 06 under Thông tư 01/2018/TT-VPCP) as a mapping of the dossier CSV/xlsx readers.
 * @module
 */
import type { DossierCsvMapping } from './dossierCsvMapping';

/**
 * The columns of the dossier register (Sổ theo dõi hồ sơ) as a {@link DossierCsvMapping}: give it as
 * `mapping` to `readDossierCsv` / `readDossierXlsx` (or `--input-format register` in the CLI). Column
 * names as printed in Mẫu 07 of Thông tư 03/2025/TT-VPCP (HIGH as printed in Quyết định
 * 3621/QĐ-BYT, MEDIUM that it is verbatim; `formats.md` § 1.2); the register is Mẫu 06 under Thông tư
 * 01/2018/TT-VPCP (LOW: numbering inferred, its columns not found): both numberings are the same
 * layout here, and the agency must confirm its register's columns. A row becomes a dossier with
 * channel `'unknown'` (the register does not record it), `receivedAt` from «Nhận hồ sơ», `dueAt`
 * from «Hẹn trả kết quả» and a `returned` end at «Trả kết quả»; the procedure is named (give
 * `procedureIds`). Applicant name, address/phone and the signature column are personal data, dropped.
 * «Phương thức nhận kết quả» is not read (the mapping has no role for it yet). The header must be one
 * row (flatten the «Nhận và trả kết quả» group; remove the column-number row).
 * @example
 * ```ts
 * import { DOSSIER_REGISTER_MAPPING, readDossierCsv } from 'reform-rules/io';
 * const csv = 'STT;Mã hồ sơ;Tên TTHC;Tên tổ chức, cá nhân;Cơ quan chủ trì giải quyết;Nhận hồ sơ;Hẹn trả kết quả;Trả kết quả\n1;HS-1;Cấp phép;Nguyễn A;UBND;03/03/2025 09:00;10/03/2025 17:00;10/03/2025 09:00\n';
 * for await (const r of readDossierCsv(csv, { mapping: DOSSIER_REGISTER_MAPPING, procedureIds: { 'Cấp phép': 'XD-01' } })) if (r.ok) r.value.channel; // => 'unknown'
 * ```
 * @category Input
 */
export const DOSSIER_REGISTER_MAPPING: DossierCsvMapping = {
  columns: {
    STT: 'ignore',
    'Mã hồ sơ': 'id',
    'Tên TTHC': 'procedureName',
    'Tên thủ tục hành chính': 'procedureName',
    'Tên tổ chức, cá nhân': 'personal',
    'Địa chỉ/SĐT': 'personal',
    'Địa chỉ, số điện thoại': 'personal',
    'Cơ quan chủ trì giải quyết': 'departmentId',
    'Nhận hồ sơ': 'receivedAt',
    'Hẹn trả kết quả': 'dueAt',
    'Trả kết quả': 'returnedAt',
    'Phương thức nhận kết quả': 'ignore',
    'Ký nhận': 'personal',
  },
};
