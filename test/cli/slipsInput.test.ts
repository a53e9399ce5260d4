/**
 * The CLI on a workbook holding the register (Mẫu 07) and its handover slips (Mẫu 06):
 * `--input-format slips`; every slip row accounted for in validate and report alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-slips-'));
const book = join(root, 'test', 'fixtures', 'slips', 'register-with-slips.xlsx');
const mapping = join(tmp, 'map.json');
writeFileSync(mapping, JSON.stringify({ columns: { 'Tên TTHC': 'procedureId' } }));

function cli(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: tmp, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI --input-format slips', () => {
  it('validate lists the slip rows it could not use, with their reasons; the dossiers are valid', () => {
    const v = cli(['validate', book, '--input-format', 'slips', '--mapping', mapping, '--locale', 'en']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('4 valid, 3 invalid');
    expect(v.stdout).toMatch(/:9: slip_unmatched: handover slip line 9: the row of dossier "HS-2025-9999"/);
    expect(v.stdout).toMatch(/:8: unknown_value: verdict/);
  });

  it('report: records in = counted + rejected (4 register rows + 8 slip rows: 5 folded into steps); no personal data', () => {
    const r = cli(['report', book, '--input-format', 'slips', '--mapping', mapping, '--period', '2025-03', '--convention', 'calendar', '--format', 'json', '--locale', 'en']);
    expect(r.code).toBe(4);
    const ok = cli(['report', book, '--input-format', 'slips', '--mapping', mapping, '--period', '2025-03', '--convention', 'calendar', '--format', 'json', '--locale', 'en', '--allow-rejected']);
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as { rejected: { id: string; issues: { code: string }[] }[] };
    // A register does not record the channel: Biểu 06 lists its dossiers as rejected (never a guessed channel).
    expect(report.rejected.map((x) => [x.id, x.issues[0]?.code])).toEqual([
      ['HS-2025-0001', 'channel_not_recorded'], ['HS-2025-0002', 'channel_not_recorded'], ['HS-2025-0003', 'channel_not_recorded'], ['HS-2025-0004', 'channel_not_recorded'],
      ['HS-2025-0003', 'slip_unmatched'], ['HS-2025-0003', 'unknown_value'], ['HS-2025-9999', 'slip_unmatched'],
    ]);
    expect(ok.stdout).not.toMatch(/Nguyễn|Trần Thị|0901234567|Hàng Bạc/);
  });

  it('refuses stdin (the workbook is read once per sheet)', () => {
    const r = cli(['validate', '-', '--input-format', 'slips'], readFileSync(book));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('give a file');
  });
});
