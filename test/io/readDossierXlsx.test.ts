import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDossierXlsx } from '../../src/io/index';
import { createDossierIngest } from '../../src/model/index';
import { writeWorkbook } from '../../src/xlsx/index';
import { collect } from './helpers';

const HEADER = ['STT', 'Số hồ sơ', 'Mã TTHC', 'Phòng ban', 'Hình thức nộp', 'Ngày tiếp nhận', 'Hẹn trả kết quả', 'Ngày có kết quả', 'Trạng thái', 'Chủ hồ sơ', 'Số điện thoại'];
const book = (rows: unknown[][]) => writeWorkbook({ sheets: [{ name: 'Hồ sơ', rows: [HEADER, ...rows] as never }] });

describe('readDossierXlsx (one-stop Excel exports)', () => {
  it('reads Vietnamese headers, Excel date cells in Vietnam time, text dates, and drops personal data', async () => {
    const bytes = book([
      [1, 'HS-1', 'XD-01', 'QLDT', 'Trực tuyến', { date: '2024-12-17T10:53' }, { date: '2024-12-24T17:00' }, { date: '2024-12-20T09:00' }, 'Đã xử lý xong', 'Nguyễn Văn A', '0901234567'],
      [2, 'HS-2', 'XD-01', 'QLDT', 'Trực tiếp', '17/12/2024 10:53', '24/12/2024', null, 'Đang xử lý', 'Trần Thị B', '0907654321'],
      [3, 'HS-3', 'XD-01', 'QLDT', null, { date: '2024-12-18' }, null, null, 'Mới đăng ký', 'Lê C', null],
    ]);
    const rows = await collect(readDossierXlsx(bytes));
    expect(rows[0]).toEqual({ ok: true, line: 2, value: { id: 'HS-1', procedureId: 'XD-01', departmentId: 'QLDT', channel: 'online', receivedAt: '2024-12-17T10:53:00+07:00', dueAt: '2024-12-24T17:00:00+07:00', events: [{ type: 'processed', at: '2024-12-20T09:00:00+07:00' }] } });
    expect(rows[1]).toMatchObject({ ok: true, value: { channel: 'direct', receivedAt: '2024-12-17T10:53:00+07:00', dueAt: '2024-12-24T00:00:00+07:00' } });
    expect(rows[2]).toMatchObject({ ok: false, id: 'HS-3', issues: [{ code: 'not_received' }] });
    expect(JSON.stringify(rows)).not.toMatch(/Nguyễn|Trần|0901234567/);
    const ingest = createDossierIngest();
    expect(rows.filter((r) => r.ok).map((r) => (r.ok ? ingest.accept(r.value, { index: 0 }).ok : false))).toEqual([true, true]);
  });

  it('uses the mapping and names an unknown header', async () => {
    const bytes = writeWorkbook({ sheets: [{ name: 'S', rows: [['Số biên nhận', 'Mã TTHC', 'Phòng', 'Ngày nộp'], ['B-1', 'P1', 'DT', { date: '2025-03-03T09:00' }]] }] });
    await expect(collect(readDossierXlsx(bytes))).rejects.toMatchObject({ code: 'unknown_header' });
    const rows = await collect(readDossierXlsx(bytes, { mapping: { columns: { 'Số biên nhận': 'id', 'Ngày nộp': 'receivedAt' } } }));
    expect(rows).toMatchObject([{ ok: true, value: { id: 'B-1', channel: 'unknown', receivedAt: '2025-03-03T09:00:00+07:00' } }]);
  });

  it('property: data rows = accepted + rejected; personal data never appears', async () => {
    const name = fc.constantFrom('Nguyễn Văn A', 'Trần Thị Bích');
    const date = fc.oneof(fc.constant(null), fc.constantFrom('03/03/2025 09:00', '31/02/2025', 'x'), fc.constantFrom({ date: '2025-03-03T09:00' }, { date: '2025-03-04' }));
    const status = fc.constantFrom('Đã xử lý xong', 'Đang xử lý', 'Mới đăng ký', '??', null);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('HS-1', 'HS-2', null), date, date, status, name), { minLength: 1, maxLength: 6 }), async (specs) => {
        const rows = specs.map(([id, a, b, s, n]) => [1, id, 'P', 'D', 'Trực tiếp', a, b, null, s, n, '0901234567']);
        const out = await collect(readDossierXlsx(book(rows)));
        const nonBlank = rows.length;
        expect(out.length).toBe(nonBlank);
        expect(JSON.stringify(out)).not.toMatch(/Nguyễn|Trần|0901234567/);
      }),
      { numRuns: 30 },
    );
  });
});
