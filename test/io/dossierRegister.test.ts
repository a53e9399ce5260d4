import { describe, expect, it } from 'vitest';
import { DOSSIER_REGISTER_MAPPING, readDossierCsv, readDossierXlsx } from '../../src/io/index';
import { writeWorkbook } from '../../src/xlsx/index';
import { collect } from './helpers';

const HEAD = ['STT', 'Mã hồ sơ', 'Tên TTHC', 'Tên tổ chức, cá nhân', 'Địa chỉ/SĐT', 'Cơ quan chủ trì giải quyết', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả', 'Phương thức nhận kết quả', 'Ký nhận'];
const ids = { 'Cấp giấy phép xây dựng': 'XD-01' };

describe('the dossier register (Mẫu 07 of 03/2025, Mẫu 06 of 01/2018)', () => {
  it('a register row becomes a dossier: channel unknown, returned at «Trả kết quả», personal data dropped (CSV)', async () => {
    const csv = `${HEAD.join(';')}\n1;HS-1;Cấp giấy phép xây dựng;Nguyễn Văn A;12 Hàng Bạc, 0901234567;UBND-PX;03/03/2025 09:00;10/03/2025 17:00;10/03/2025 09:30;Trực tiếp;Nguyễn Văn A\n2;HS-2;Cấp giấy phép xây dựng;Trần B;0907654321;UBND-PX;04/03/2025 08:00;11/03/2025 17:00;;Bưu chính;\n`;
    const rows = await collect(readDossierCsv(csv, { mapping: DOSSIER_REGISTER_MAPPING, procedureIds: ids }));
    expect(rows).toEqual([
      { ok: true, line: 2, value: { id: 'HS-1', procedureId: 'XD-01', departmentId: 'UBND-PX', channel: 'unknown', receivedAt: '2025-03-03T09:00:00+07:00', dueAt: '2025-03-10T17:00:00+07:00', events: [{ type: 'returned', at: '2025-03-10T09:30:00+07:00' }] } },
      { ok: true, line: 3, value: { id: 'HS-2', procedureId: 'XD-01', departmentId: 'UBND-PX', channel: 'unknown', receivedAt: '2025-03-04T08:00:00+07:00', dueAt: '2025-03-11T17:00:00+07:00' } },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Nguyễn|Trần|0901234567|Hàng Bạc/);
  });

  it('reads the same layout from an .xlsx register', async () => {
    const bytes = writeWorkbook({ sheets: [{ name: 'Sổ theo dõi', rows: [HEAD, [1, 'HS-1', 'Cấp giấy phép xây dựng', 'Nguyễn Văn A', '0901234567', 'UBND-PX', { date: '2025-03-03T09:00' }, { date: '2025-03-10T17:00' }, { date: '2025-03-10T09:30' }, 'Trực tiếp', null]] }] });
    const rows = await collect(readDossierXlsx(bytes, { mapping: DOSSIER_REGISTER_MAPPING, procedureIds: ids }));
    expect(rows).toMatchObject([{ ok: true, value: { id: 'HS-1', channel: 'unknown', events: [{ type: 'returned', at: '2025-03-10T09:30:00+07:00' }] } }]);
    expect(JSON.stringify(rows)).not.toMatch(/Nguyễn|0901234567/);
  });
});
