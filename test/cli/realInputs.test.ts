/**
 * The CLI on the real sources (issue 12): a portal sync payload, an .xlsx export, a `;` CSV with
 * Vietnamese headers; a report that leaves records out exits 4 unless --allow-rejected, and
 * `validate --period` lists exactly the records the report leaves out, with the same reasons.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from './_run';
import { writeWorkbook } from '../../src/xlsx/index';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-real-'));
const sync = join(root, 'examples', 'data', 'dvcqg-sync-2025-03.json');

const cli = (args: string[]) => run(args);

describe('CLI on real sources', () => {
  it('reads a portal sync payload; the report exits 4 with the count and first reasons, unless --allow-rejected', async () => {
    const r = await cli(['report', sync, '--period', '2025-03', '--convention', 'calendar', '--format', 'json', '--locale', 'en']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/record\(s\) left out of the report \(2 never received, \d+ invalid\)/);
    expect(r.stderr).toContain('not_received');
    expect(r.stdout).not.toMatch(/Nguyễn|001085012345|0912345678/);
    const ok = await cli(['report', sync, '--period', '2025-03', '--convention', 'calendar', '--format', 'json', '--allow-rejected']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('bản ghi bị loại khỏi báo cáo');
  });

  it('validate --period lists exactly the records report leaves out, with the same reasons', async () => {
    const r = await cli(['report', sync, '--period', '2025-03', '--convention', 'calendar', '--format', 'json', '--allow-rejected', '--locale', 'en']);
    const report = JSON.parse(r.stdout) as { rejected: { index: number; issues: { code: string }[] }[] };
    const v = await cli(['validate', sync, '--period', '2025-03', '--convention', 'calendar', '--locale', 'en']);
    expect(v.code).toBe(1);
    const listed = v.stdout.split('\n').filter((l) => l.startsWith(sync)).filter((l) => !l.includes('record(s) used')).map((l) => l.split(': ').slice(0, 2).join(': '));
    expect(listed).toEqual(report.rejected.flatMap((x) => x.issues.map((i) => `${sync}:${x.index}: ${i.code}`)));
  });

  it('reads an .xlsx export and a ; CSV with Vietnamese headers by extension and content, and --input-format', async () => {
    const xlsx = join(tmp, 'export.xlsx');
    writeFileSync(xlsx, writeWorkbook({ sheets: [{ name: 'Hồ sơ', rows: [['Số hồ sơ', 'Mã TTHC', 'Phòng', 'Hình thức nộp', 'Ngày tiếp nhận', 'Hẹn trả kết quả', 'Chủ hồ sơ'], ['HS-1', 'XD-01', 'QLDT', 'Trực tuyến', { date: '2025-03-03T09:00' }, { date: '2025-03-10T17:00' }, 'Nguyễn Văn A']] }] }));
    expect((await cli(['validate', xlsx, '--locale', 'en'])).stdout).toContain('1 valid, 0 invalid');
    const renamed = join(tmp, 'export.bin');
    writeFileSync(renamed, writeWorkbook({ sheets: [{ name: 'S', rows: [['Số hồ sơ', 'Mã TTHC', 'Phòng', 'Ngày tiếp nhận'], ['HS-2', 'XD-01', 'QLDT', '03/03/2025 09:00']] }] }));
    expect((await cli(['validate', renamed, '--locale', 'en'])).stdout).toContain('1 valid, 0 invalid');
    const csv = join(tmp, 'export.txt');
    writeFileSync(csv, 'Số biên nhận;Mã TTHC;Phòng;Ngày nộp\nB-1;XD-01;QLDT;03/03/2025\n');
    const map = join(tmp, 'export-map.json');
    writeFileSync(map, JSON.stringify({ columns: { 'Số biên nhận': 'id', 'Ngày nộp': 'receivedAt' }, dateFormat: 'dd/MM/yyyy' }));
    expect((await cli(['validate', csv, '--input-format', 'csv', '--mapping', map, '--locale', 'en'])).stdout).toContain('1 valid, 0 invalid');
    expect((await cli(['validate', csv, '--input-format', 'csv', '--locale', 'en'])).code).toBe(3);
    expect((await cli(['validate', csv, '--input-format', 'pdf'])).code).toBe(2);
  });
});
