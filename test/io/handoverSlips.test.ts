import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { evaluateDossier } from '../../src/dossier/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import type { HandoverSlipRow, ReadRecord } from '../../src/io/index';
import { DOSSIER_REGISTER_MAPPING, attachHandoverSlips, readDossierCsv, readHandoverSlips, readRegisterWorkbook } from '../../src/io/index';
import type { Dossier } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';
import { writeWorkbook } from '../../src/xlsx/index';
import { collect } from './helpers';

const dir = join(import.meta.dirname, '..', 'fixtures', 'slips');
const registerCsv = readFileSync(join(dir, 'register.csv'), 'utf8');
const slipsCsv = readFileSync(join(dir, 'slips.csv'), 'utf8');
const procedureIds = { 'Cấp giấy phép xây dựng': 'XD-01' };
const T = (s: string) => `${s}:00+07:00`;

const joined = () => collect(attachHandoverSlips(readDossierCsv(registerCsv, { mapping: DOSSIER_REGISTER_MAPPING, procedureIds }), readHandoverSlips(slipsCsv)));

/** The CSV fixtures as the two sheets of one workbook (text cells, as many exports write them). */
function workbook(): Uint8Array {
  const rows = (csv: string) => csv.trim().split('\n').map((l) => l.split(';').map((c) => (c === '' ? null : c)));
  return writeWorkbook({ sheets: [{ name: 'Sổ theo dõi', rows: rows(registerCsv) }, { name: 'Phiếu kiểm soát', rows: rows(slipsCsv) }] });
}

describe('handover slips (Mẫu 06 of 03/2025, Mẫu 05 of 01/2018)', () => {
  it('reads slip rows: units, officials, handover time (also the form\'s «giờ … phút, ngày …»), verdict as recorded', async () => {
    const rows = await collect(readHandoverSlips(slipsCsv));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({ ok: true, line: 2, value: { dossierId: 'HS-2025-0001', fromUnit: 'BPMC', fromOfficial: 'CB-MC-01', toUnit: 'QLDT', toOfficial: 'CB-QLDT-02', handedAt: T('2025-03-03T10:00'), verdict: 'onTime' } });
    expect(rows[2]).toMatchObject({ ok: true, value: { handedAt: T('2025-03-10T09:00'), verdict: 'onTime' } });
    expect(rows[4]).toMatchObject({ ok: true, value: { verdict: 'late' } });
    expect(rows[6]).toMatchObject({ ok: false, line: 8, id: 'HS-2025-0003', issues: [{ code: 'unknown_value', path: ['verdict'] }] });
  });

  it('joins slip rows to register rows by dossier id: each row is the giving side\'s step, from the previous handover', async () => {
    const out = await joined();
    const byId = new Map(out.filter((r) => r.ok).map((r) => [(r.value as Dossier).id, r.value as Dossier]));
    expect(byId.get('HS-2025-0001')?.steps).toEqual([
      { officialId: 'CB-MC-01', departmentId: 'BPMC', startedAt: T('2025-03-03T09:00'), endedAt: T('2025-03-03T10:00'), verdict: 'onTime' },
      { officialId: 'CB-QLDT-02', departmentId: 'QLDT', startedAt: T('2025-03-03T10:00'), endedAt: T('2025-03-07T10:00'), verdict: 'early' },
      { officialId: 'LD-01', departmentId: 'LD', startedAt: T('2025-03-07T10:00'), endedAt: T('2025-03-10T09:00'), verdict: 'onTime' },
    ]);
    expect(byId.get('HS-2025-0002')?.steps?.map((s) => s.verdict)).toEqual(['onTime', 'late']);
    // A slip with an unreadable row gives its dossier no steps (they would be wrong); a dossier without slip keeps none.
    expect(byId.get('HS-2025-0003')?.steps).toBeUndefined();
    expect(byId.get('HS-2025-0004')?.steps).toBeUndefined();
    const rejected = out.filter((r) => !r.ok);
    expect(rejected.map((r) => [r.line, r.id, r.issues[0].code, r.issues[0].message])).toEqual([
      [7, 'HS-2025-0003', 'slip_unmatched', expect.stringContaining('một dòng khác của cùng phiếu không đọc được')],
      [8, 'HS-2025-0003', 'unknown_value', expect.stringContaining('Chưa rõ')],
      [9, 'HS-2025-9999', 'slip_unmatched', expect.stringContaining('không có hồ sơ nào mang mã này')],
    ]);
    expect(JSON.stringify(out)).not.toMatch(/Nguyễn|Trần|Lê Văn|Phạm|0901234567|Hàng Bạc/);
  });

  it('every joined dossier validates; a late one is attributed to no one, its slip steps named (no allotted time)', async () => {
    const out = await joined();
    const calendar = createCalendar();
    const procedures = [{ id: 'XD-01', name: 'Cấp giấy phép xây dựng', field: 'Xây dựng', processingDays: 5, onlineEligible: false, onlineLevel: 'none' as const, hasFees: false, onlinePayment: false }];
    for (const r of out.filter((x) => x.ok)) {
      const d = parseDossier(r.value);
      expect(d.ok).toBe(true);
      if (!d.ok) continue;
      const e = evaluateDossier(d.value, { calendar, asOf: '2025-03-31', procedures });
      if (!e.ok) throw new Error(JSON.stringify(e.issues));
      if (d.value.id === 'HS-2025-0002') {
        expect(e.value.outcome).toBe('late');
        expect(e.value.attribution).toEqual([]);
        expect(e.value.unattributedSteps?.map((u) => [u.officialId, u.reason])).toEqual([['CB-MC-01', 'allottedTimeUnknown'], ['CB-QLDT-03', 'allottedTimeUnknown']]);
      }
    }
  });

  it('reads the same from a workbook holding the register and the slips (one sheet each)', async () => {
    const bytes = readFileSync(join(dir, 'register-with-slips.xlsx'));
    expect(await collect(readRegisterWorkbook(() => workbook(), { procedureIds }))).toEqual(await joined());
    const fromXlsx = await collect(readRegisterWorkbook(() => bytes, { procedureIds }));
    expect(fromXlsx).toEqual(await joined());
    const bySheet = await collect(readHandoverSlips(bytes, { sheet: 'Phiếu kiểm soát' }));
    expect(bySheet).toEqual(await collect(readHandoverSlips(slipsCsv)));
  });

  it('an unknown header is an error naming the closest known one; a personal-data column is dropped', async () => {
    await expect(collect(readHandoverSlips('Mã số hồ sơ;Người giaoo\nHS-1;CB\n'))).rejects.toThrow(/Người giao/);
    await expect(collect(readHandoverSlips('Mã số hồ sơ;Người giaoo\nHS-1;CB\n'))).rejects.toBeInstanceOf(ReformRulesError);
    const rows = await collect(readHandoverSlips('Mã số hồ sơ;Giao;Người giao;Thời gian giao nhận;Chủ hồ sơ\nHS-1;BPMC;CB-1;2025-03-03 10:00;Nguyễn Văn A\n'));
    expect(rows).toEqual([{ ok: true, line: 2, value: { dossierId: 'HS-1', fromUnit: 'BPMC', fromOfficial: 'CB-1', handedAt: T('2025-03-03T10:00') } }]);
  });

  it('a missing column or cell is an issue naming the field; extra verdict values through the option', async () => {
    const [a] = await collect(readHandoverSlips('Mã số hồ sơ;Giao;Thời gian giao nhận;Kết quả\nHS-1;BPMC;03/03/2025 10:00;Chậm\n'));
    expect(a).toMatchObject({ ok: false, id: 'HS-1', issues: [{ code: 'missing_column', path: ['fromOfficial'] }, { code: 'unknown_value', path: ['verdict'] }] });
    const [b] = await collect(readHandoverSlips('Mã số hồ sơ;Giao;Người giao;Thời gian giao nhận;Kết quả\nHS-1;BPMC;;03/03/2025 10:00;Chậm\n', { verdicts: { chậm: 'late' } }));
    expect(b).toMatchObject({ ok: false, issues: [{ code: 'required', path: ['fromOfficial'] }] });
    const [c] = await collect(readHandoverSlips('Mã số hồ sơ;Giao;Người giao;Thời gian giao nhận;Kết quả\nHS-1;BPMC;CB;hôm qua;Chậm\n', { verdicts: { chậm: 'late' } }));
    expect(c).toMatchObject({ ok: false, issues: [{ code: 'invalid_instant', path: ['handedAt'] }] });
    await expect(readHandoverSlips('', { verdicts: { x: 'soon' as 'late' } }).next()).rejects.toThrow(/verdicts\.x/);
  });

  it('a slip row of a rejected dossier, of a dossier with steps, or of an id joined twice is rejected with the reason', async () => {
    const slip = (id: string, line: number): ReadRecord<HandoverSlipRow> => ({ ok: true, line, value: { dossierId: id, fromUnit: 'U', fromOfficial: 'O', handedAt: T('2025-03-03T10:00') } });
    const dossiers: ReadRecord<unknown>[] = [
      { ok: false, line: 2, id: 'A', input: 'A', issues: [{ code: 'required', path: ['x'], message: 'x' }] },
      { ok: true, line: 3, value: { id: 'B', receivedAt: T('2025-03-03T09:00'), steps: [] } },
      { ok: true, line: 4, value: { id: 'C', receivedAt: T('2025-03-03T09:00') } },
      { ok: true, line: 5, value: { id: 'C', receivedAt: T('2025-03-03T09:00') } },
    ];
    const out = await collect(attachHandoverSlips(dossiers, [slip('A', 2), slip('B', 3), slip('C', 4)], { locale: 'vi' }));
    expect(out.slice(0, 4).map((r) => (r.ok ? (r.value as Dossier).steps?.length : 'rejected'))).toEqual(['rejected', 0, 1, undefined]);
    expect(out.slice(4).map((r) => (r.ok ? null : [r.line, r.issues[0].message]))).toEqual([
      [2, expect.stringContaining('hồ sơ của phiếu đã bị loại')],
      [3, expect.stringContaining('đã có các bước xử lý')],
    ]);
  });

  it('law: records in = dossiers + slip rows folded into steps + rejected records, whatever the ids and rows', async () => {
    const id = fc.constantFrom('HS-1', 'HS-2', 'HS-3', 'HS-4');
    const slipRow = fc.record({ id, day: fc.integer({ min: 3, max: 20 }), verdict: fc.constantFrom('Đúng hạn', 'Trước hạn', 'Quá hạn', '', 'Chưa rõ'), official: fc.constantFrom('CB-1', '') });
    const regRow = fc.record({ id, returned: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(regRow, { maxLength: 5 }), fc.array(slipRow, { maxLength: 10 }), async (regs, slips) => {
        const register = ['Mã hồ sơ;Tên TTHC;Cơ quan chủ trì giải quyết;Nhận hồ sơ;Hẹn trả kết quả;Trả kết quả', ...regs.map((r) => `${r.id};Cấp giấy phép xây dựng;UBND;01/03/2025 08:00;28/03/2025 17:00;${r.returned ? '25/03/2025 10:00' : ''}`)].join('\n');
        const slipText = ['Mã số hồ sơ;Đơn vị giao;Người giao;Thời gian giao nhận hồ sơ;Kết quả giải quyết hồ sơ', ...slips.map((s) => `${s.id};BPMC;${s.official};${String(s.day).padStart(2, '0')}/03/2025 10:00;${s.verdict}`)].join('\n');
        const out = await collect(attachHandoverSlips(readDossierCsv(register, { mapping: DOSSIER_REGISTER_MAPPING, procedureIds }), readHandoverSlips(slipText)));
        const accepted = out.filter((r) => r.ok);
        const rejected = out.filter((r) => !r.ok);
        const folded = accepted.reduce((n, r) => n + ((r.value as Dossier).steps?.length ?? 0), 0);
        expect(regs.length + slips.length).toBe(accepted.length + folded + rejected.length);
        expect(out.length - (rejected.length - (regs.length - accepted.length))).toBe(regs.length);
        for (const r of accepted) expect(parseDossier(r.value).ok || (r.value as Dossier).id === undefined).toBe(true);
      }),
    );
  });
});

describe('handover slips at their boundary', () => {
  const attach = attachHandoverSlips as (...a: unknown[]) => AsyncIterable<ReadRecord<unknown>>;
  it('no lists, a string, a record that is not one, a bad locale: invalid_type naming the argument', async () => {
    const slips = await collect(readHandoverSlips(slipsCsv));
    const cases: [unknown[], string][] = [
      [[], 'dossiers'],
      [[[], 'HS-1'], 'slips'],
      [[[], slips, 5], 'options'],
      [[[], slips, { locale: 'fr' }], 'options.locale'],
      [[[null], slips], 'dossiers[0]'],
      [[[], [{ ok: true, line: 2, value: { dossierId: 'HS-1' } }]], 'slips[0].value.fromUnit'],
      [[[], [{ ok: false, line: 2 }]], 'slips[0].issues'],
    ];
    for (const [args, field] of cases) {
      await expect(collect(attach(...args))).rejects.toMatchObject({ code: 'invalid_type', message: expect.stringContaining(`${field}:`) });
    }
  });

  it('options that are not an object are refused by the readers', async () => {
    await expect(collect((readHandoverSlips as (...a: unknown[]) => AsyncIterable<ReadRecord<unknown>>)(slipsCsv, 5))).rejects.toMatchObject({ code: 'invalid_type' });
    await expect(collect((readHandoverSlips as (...a: unknown[]) => AsyncIterable<ReadRecord<unknown>>)(slipsCsv, { verdicts: 'quá hạn' }))).rejects.toMatchObject({ code: 'invalid_reader_option' });
    expect(() => (readRegisterWorkbook as (...a: unknown[]) => unknown)(() => workbook(), 5)).toThrow(expect.objectContaining({ code: 'invalid_type' }));
  });
});
