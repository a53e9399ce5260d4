/**
 * Runs the command line in-process on the bundled sample, as a clerk would run it, and checks
 * outputs and exit codes (one subprocess test at the end checks the built binary itself).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from './_run';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'examples', 'data', 'sample.json');
const csv = join(root, 'examples', 'data', 'dossiers-2025-Q1.csv');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-cli-'));

const cli = (...args: string[]) => run(args);

describe('reform-rules CLI', () => {
  it('prints help and the version', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['report', 'scorecard', 'calendar', 'validate', 'sample', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect((await cli('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('writes the Biểu 06 report of a period with the Vietnamese headings', async () => {
    const r = await cli('report', sample, '--period', '2025-Q1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Biểu số 06/VPCP/KSTT');
    expect(r.stdout).toContain('| STT | Đơn vị | Số hồ sơ nhận giải quyết | Trong đó: Trực tuyến |');
    expect(r.stdout).toContain('Phòng Quản lý Đầu tư');
  });

  it('writes CSV for Excel to a file with a BOM (excel-vi on request), plain RFC 4180 without a BOM on stdout', async () => {
    const piped = await cli('report', sample, '--period', '2025-Q1', '--format', 'csv');
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('STT,Đơn vị,')).toBe(true);
    const out = join(tmp, 'bieu06.csv');
    expect((await cli('report', sample, '--period', '2025-Q1', '--format', 'csv', '--dialect', 'excel-vi', '--out', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFSTT;Đơn vị;')).toBe(true);
    expect(text).toMatch(/;\d+,\d\d\r\n/);
    expect((await cli('report', sample, '--period', '2025-Q1', '--format', 'csv', '--dialect', 'excel')).code).toBe(2);
  });

  it('writes the unit, place, date and signers given as flags into the HTML report', async () => {
    const r = await cli('report', sample, '--period', '2025-Q1', '--format', 'html', '--unit-name', 'UBND phường X', '--place', 'Hà Nội', '--signed-on', '2025-03-20', '--preparer', 'Nguyễn Văn A', '--head', 'Trần Thị B');
    expect(r.code).toBe(0);
    for (const t of ['UBND phường X', 'Hà Nội, ngày 20 tháng 3 năm 2025', 'Nguyễn Văn A', 'Trần Thị B']) expect(r.stdout).toContain(t);
    expect((await cli('report', sample, '--period', '2025-Q1', '--format', 'html', '--signed-on', '2025-02-30')).code).toBe(2);
  });

  it('reads the flat CSV layout and writes CSV, JSON and HTML to a file', async () => {
    const r = await cli('report', csv, '--period', '2025-Q1', '--procedures', sample, '--format', 'csv', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('Received');
    const json = await cli('report', csv, '--period', '2025-Q1', '--procedures', sample, '--format', 'json', '--by', 'field');
    const report = JSON.parse(json.stdout) as { total: { received: { total: number }; resolved: { total: number }; pending: { total: number } } };
    expect(report.total.received.total).toBe(report.total.resolved.total + report.total.pending.total);
    const out = join(tmp, 'r.html');
    expect((await cli('report', sample, '--period', '2025-Q1', '--format', 'html', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|@import|\ssrc=|url\(/);
  });

  it('computes the plan scorecard, leaving rows without input unjudged', async () => {
    const r = await cli('scorecard', sample, '--period', '2025');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Từ năm 2025, giao dịch trực tuyến là chủ yếu');
    expect(r.stdout).toContain('chưa có số liệu');
    const json = JSON.parse((await cli('scorecard', sample, '--period', '2025', '--format', 'json')).stdout) as { rows: { id: string; met: boolean | null }[] };
    expect(json.rows.find((x) => x.id === 'pciRank')?.met).toBeNull();
    expect(typeof json.rows.find((x) => x.id === 'onlineMainChannel')?.met).toBe('boolean');
  });

  it('prints the working calendar of a year with each day off and its basis', async () => {
    const r = await cli('calendar', '2025');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 2025-04-26 | Làm bù |');
    expect(r.stdout).toContain('6150/TB-BLĐTBXH');
    const json = JSON.parse((await cli('calendar', '2027', '--format', 'json')).stdout) as { coverage: string };
    expect(json.coverage).toBe('provisional');
  });

  it('validates the sample and exits 0', async () => {
    const r = await cli('validate', sample);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: \d+ bản ghi hợp lệ, 0 không hợp lệ\n$/);
  });

  it('lists every bad CSV record with its line and field and exits 1', async () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(
      bad,
      [
        'id,procedureId,departmentId,channel,receivedAt,processingDays,endKind,endAt',
        'HS-1,DT-01,QLDT,online,2025-03-03T09:00:00+07:00,15,processed,2025-03-10T09:00:00+07:00',
        'HS-2,DT-01,QLDT,fax,2025-03-03T09:00:00+07:00,15,,',
        'HS-3,DT-01,QLDT,direct,2025-03-03 09:00,1.5,,',
      ].join('\n'),
    );
    const r = await cli('validate', bad, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${bad}:3: invalid_enum: channel:`);
    expect(r.stdout).toContain(`${bad}:4: invalid_instant: receivedAt:`);
    expect(r.stdout).toContain(`${bad}:4: not_integer: processingDays:`);
    expect(r.stdout).toContain('1 valid, 2 invalid record(s)');
  });

  it('names an unknown CSV column and exits 3', async () => {
    const bad = join(tmp, 'cols.csv');
    writeFileSync(bad, 'id,recievedAt\nHS-1,2025-03-03T09:00:00+07:00\n');
    const r = await cli('validate', bad);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cột "recievedAt" không được nhận diện (gần nhất: "receivedAt")');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the line of malformed JSON Lines', async () => {
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(bad, '{"id":"a"}\n{"id": oops}\n');
    const r = await cli('validate', bad);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.jsonl, dòng 2: không phải JSON hợp lệ/);
  });

  it('reports a missing file without a stack trace (exit 3)', async () => {
    const r = await cli('report', 'nope.json', '--period', '2025-Q1');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('reform-rules: không đọc được tệp "nope.json": không có tệp này\n');
    expect((await cli('report', 'nope.json', '--period', '2025-Q1', '--locale', 'en')).stderr).toBe('reform-rules: cannot read "nope.json": no such file\n');
  });

  it('rejects an unknown option and a bad period (exit 2)', async () => {
    const r = await cli('report', sample, '--perod', '2025-Q1');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("reform-rules: lệnh report không có tùy chọn '--perod'; có phải ý bạn là --period? (xem reform-rules report --help)\n");
    const p = await cli('report', sample, '--period', '2025-Q5');
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('--period');
  });

  it('generates a deterministic sample', async () => {
    const a = await cli('sample', '--seed', '9', '--from', '2025-01-01', '--to', '2025-01-31');
    const b = await cli('sample', '--seed', '9', '--from', '2025-01-01', '--to', '2025-01-31');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = join(tmp, 's.jsonl');
    expect((await cli('sample', '--seed', '9', '--from', '2025-01-01', '--to', '2025-01-31', '--out', out)).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length).toBe((JSON.parse(a.stdout) as { dossiers: unknown[] }).dossiers.length);
  });

  it('runs the demo: the 2025 Q1 report and scorecard, and an HTML report in out/', async () => {
    const r = await cli('demo', '--data', sample, '--out-dir', join(tmp, 'out'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quý I năm 2025');
    expect(r.stdout).toContain('Kết quả thực hiện các chỉ tiêu của Kế hoạch');
    expect(readFileSync(join(tmp, 'out', 'report-2025-Q1.html'), 'utf8')).toContain('<svg');
  });

  it('runs as the built binary: the bin entry sets the exit code (one subprocess, against dist/)', () => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', sample], { cwd: tmp, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('reform-rules: lệnh report cần --period, ví dụ --period 2025-Q1 (2025-H1, 2025-9M, 2025, 2025-03) (xem reform-rules report --help)\n');
  });
});
