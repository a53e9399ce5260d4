import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/index';
import { DOSSIER_CSV_MAPPING_SCHEMA, parseDossierCsvMapping, readDossierCsv } from '../../src/io/index';
import { collect, cut, utf8 } from './helpers';

const values = async (csv: string | Uint8Array[], options?: Parameters<typeof readDossierCsv>[1]) => (await collect(readDossierCsv(csv, options)));

describe('readDossierCsv: the English layout', () => {
  it('builds a valid dossier with its events in time order', async () => {
    const csv = [
      'id,procedureId,departmentId,channel,onlineLevel,receivedAt,processingDays,supplementRequestedAt,supplementReceivedAt,apologyAt,apologyNewDueAt,endKind,endAt,returnedAt,dueAt',
      'HS-1,XD-01,QHXD,online,partial,2025-03-03T09:00:00+07:00,20,2025-03-05T09:00:00+07:00,2025-03-12T09:00:00+07:00,2025-03-28T09:00:00+07:00,2025-04-04T17:00:00+07:00,processed,2025-04-02T10:00:00+07:00,2025-04-03T10:00:00+07:00,',
    ].join('\n');
    const [r] = await values(csv);
    if (r?.ok !== true) throw new Error('expected a record');
    expect(parseDossier(r.value).ok).toBe(true);
    expect((r.value['events'] as { type: string }[]).map((e) => e.type)).toEqual(['supplement-requested', 'supplement-received', 'apology', 'processed', 'returned']);
    expect(r.value['processingDays']).toBe(20);
    expect('dueAt' in r.value).toBe(false);
  });

  it('passes a bad cell through unchanged so validation names it, and keeps ISO strict', async () => {
    const [r] = await values('id,procedureId,departmentId,channel,processingDays,receivedAt\nHS-2,XD-01,QLDT,fax,mười,2025-03-03 09:00\n');
    expect(r?.ok === true && r.value).toMatchObject({ channel: 'fax', processingDays: 'mười', receivedAt: '2025-03-03 09:00' });
  });

  it('names an unknown header with the closest known one', async () => {
    await expect(values('id,recievedAt\nHS-1,x\n')).rejects.toMatchObject({ code: 'unknown_header', message: expect.stringContaining('closest known header: "receivedAt"') as unknown });
  });
});

describe('readDossierCsv: one-stop exports with Vietnamese headers', () => {
  const header = 'STT;Số hồ sơ;Mã TTHC;Phòng;Hình thức nộp;Ngày nhận;Hẹn trả kết quả;Ngày có kết quả;Ngày trả kết quả;Trạng thái;Chủ hồ sơ;Số điện thoại;Địa chỉ;CCCD';
  const row = (id: string, channel: string, received: string, status: string, done = '') => `1;${id};XD-01;QLDT;${channel};${received};20/03/2025;${done};;${status};Nguyễn Văn A;0901234567;12 Lê Lợi;001099012345`;

  it('reads aliases, dd/MM/yyyy dates in Vietnam time and channel values, and drops personal data', async () => {
    const csv = [header, row('HS-1', 'Trực tuyến', '03/03/2025 09:00', 'Đã xử lý xong', '10/03/2025 16:30:15'), row('HS-2', 'Bưu chính', '2025-03-04', 'Đang xử lý')].join('\r\n');
    const r = await values(csv);
    expect(r).toEqual([
      { ok: true, line: 2, value: { id: 'HS-1', procedureId: 'XD-01', departmentId: 'QLDT', channel: 'online', receivedAt: '2025-03-03T09:00:00+07:00', dueAt: '2025-03-20T00:00:00+07:00', events: [{ type: 'processed', at: '2025-03-10T16:30:15+07:00' }] } },
      { ok: true, line: 3, value: { id: 'HS-2', procedureId: 'XD-01', departmentId: 'QLDT', channel: 'postal', receivedAt: '2025-03-04T00:00:00+07:00', dueAt: '2025-03-20T00:00:00+07:00' } },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/Nguyễn|0901234567|Lê Lợi|001099012345/);
  });

  it('matches headers in any case, with or without diacritics and spacing', async () => {
    const r = await values('MA HO SO,ma tthc, Đơn vị  xử lý ,KÊNH,ngay tiep nhan\nHS-1,XD-01,QLDT,truc tiep,17/12/2024 10:53\n');
    expect(r).toEqual([{ ok: true, line: 2, value: { id: 'HS-1', procedureId: 'XD-01', departmentId: 'QLDT', channel: 'direct', receivedAt: '2024-12-17T10:53:00+07:00' } }]);
  });

  it('rejects, never guesses: a missing required column, a never-received status, an unknown status; no channel is unknown', async () => {
    const noChannel = await values('Mã hồ sơ;Mã TTHC;Phòng;Ngày tiếp nhận\nHS-1;XD-01;QLDT;03/03/2025\n');
    expect(noChannel).toMatchObject([{ ok: true, line: 2, value: { id: 'HS-1', channel: 'unknown' } }]);
    const emptyChannel = await values('Mã hồ sơ;Mã TTHC;Phòng;Kênh;Ngày tiếp nhận\nHS-1;XD-01;QLDT;;03/03/2025\n');
    expect(emptyChannel).toMatchObject([{ ok: true, value: { channel: 'unknown' } }]);
    const noUnit = await values('Mã hồ sơ;Mã TTHC;Kênh;Ngày tiếp nhận\nHS-1;XD-01;Trực tiếp;03/03/2025\n');
    expect(noUnit).toMatchObject([{ ok: false, line: 2, id: 'HS-1', issues: [{ code: 'missing_column', path: ['departmentId'] }] }]);
    const statuses = await values([header, row('HS-3', 'Trực tiếp', '03/03/2025', 'Mới đăng ký'), row('HS-4', 'Trực tiếp', '03/03/2025', 'Chờ gì đó')].join('\n'));
    expect(statuses.map((x) => (x.ok ? 'ok' : x.issues[0].code))).toEqual(['not_received', 'unknown_value']);
    expect(JSON.stringify(statuses)).not.toMatch(/Nguyễn|0901234567/);
  });

  it('withholds the text of an unsplittable row when the export has personal-data columns', async () => {
    const r = await values(`${header}\nHS-9;Nguyễn Văn B\n`);
    expect(r).toMatchObject([{ ok: false, issues: [{ code: 'csv_field_count' }] }]);
    expect(JSON.stringify(r)).not.toContain('Nguyễn');
  });

  it('uses a mapping for other exports, and validates it', async () => {
    const mapping = { columns: { 'Số biên nhận': 'id', 'Ngày nộp': 'receivedAt', 'Người đứng tên': 'personal', 'Thủ tục': 'procedureName' }, values: { channel: { 'Qua mạng': 'online' } }, dateFormat: 'dd/MM/yyyy' } as const;
    const r = await values('Số biên nhận,Ngày nộp,Người đứng tên,Thủ tục,Phòng,Kênh\nB-1,05/03/2025 08:15,Trần C,Cấp phép xây dựng,QLDT,Qua mạng\n', { mapping, procedureIds: { 'cap phep xay dung': 'XD-01' } });
    expect(r).toEqual([{ ok: true, line: 2, value: { id: 'B-1', procedureId: 'XD-01', departmentId: 'QLDT', channel: 'online', receivedAt: '2025-03-05T08:15:00+07:00' } }]);
    expect(parseDossierCsvMapping({ columns: { a: 'number' }, extra: 1 })).toMatchObject({ ok: false, issues: [{ code: 'invalid_mapping', path: ['columns', 'a'] }, { code: 'invalid_mapping', path: ['extra'] }] });
    await expect(values('a\n1\n', { mapping: { dateFormat: 'MM/dd' } as never })).rejects.toMatchObject({ code: 'invalid_mapping' });
    expect(JSON.stringify(DOSSIER_CSV_MAPPING_SCHEMA)).toContain('"personal"');
  });

  it('property: rows = accepted + rejected, chunking never changes the result, personal data never appears', async () => {
    const name = fc.constantFrom('Nguyễn Văn A', 'Trần Thị Bích', 'Lê "Ba"');
    const status = fc.constantFrom('Đã xử lý xong', 'Đang xử lý', 'Mới đăng ký', 'Dừng xử lý', '??');
    const date = fc.constantFrom('03/03/2025 09:00', '2025-03-04', '31/02/2025', '', 'x');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, status, date, date), { maxLength: 8 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), async (rows, points) => {
        const lines = rows.map(([n, s, a, b], i) => `1;HS-${i};XD-01;QLDT;Trực tiếp;${a};20/03/2025;${b};;${s};"${n.replace(/"/g, '""')}";0912345678;Hà Nội;001;`);
        const text = [`${header};`, ...lines].join('\n');
        const whole = await values(text);
        expect(await values(cut(utf8(text), points))).toEqual(whole);
        expect(whole.length).toBe(rows.length);
        expect(JSON.stringify(whole)).not.toMatch(/Nguyễn|Trần|"Ba"|0912345678|Hà Nội/);
      }),
    );
  });
});
