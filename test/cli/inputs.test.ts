/**
 * The CLI's input adapters over the library readers: stdin (`-`), a FIFO, a bad line that does not
 * end the run, a Vietnamese `;` export. In-process, but stdin and the FIFO go through the built binary
(test/globalSetup.ts builds it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from './_run';

const cli = (args: string[]) => run(args);

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-inputs-'));
const good = (id: string) => JSON.stringify({ id, procedureId: 'DT-01', departmentId: 'QLDT', channel: 'online', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 15 });

/** The built binary, for what needs a real process: stdin. */
function bin(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: tmp, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI inputs', () => {
  it('reads stdin with "-", sniffing the format from the content', () => {
    const r = bin(['validate', '-', '--locale', 'en'], `${good('HS-1')}\n${good('HS-2')}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-: 2 valid, 0 invalid record(s)');
    const arr = bin(['validate', '-', '--locale', 'en'], `[${good('HS-1')}]`);
    expect(arr.stdout).toContain('1 valid, 0 invalid');
  });

  it('reads a FIFO as a stream', () => {
    const fifo = join(tmp, 'in.jsonl');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const r = spawnSync('sh', ['-c', `printf '%s\\n' '${good('HS-9')}' > '${fifo}' & exec "${process.execPath}" "${join(root, 'dist', 'cli.js')}" validate '${fifo}' --locale en`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 valid, 0 invalid');
  });

  it('keeps reading after a bad line: validate lists every record, report counts it as rejected', async () => {
    const file = join(tmp, 'mixed.jsonl');
    writeFileSync(file, `${good('HS-1')}\n{"id": oops}\n${good('HS-3')}\n{"id":"HS-4"`);
    const v = await cli(['validate', file, '--locale', 'en']);
    expect(v.code).toBe(3);
    expect(v.stdout).toContain(`${file}:2: invalid_json`);
    expect(v.stdout).toContain(`${file}:4: invalid_json`);
    expect(v.stdout).toContain('2 valid, 2 invalid record(s)');
    const r = await cli(['report', file, '--period', '2025-Q1', '--format', 'json']);
    expect(r.code).toBe(4); // records left out: loud, unless --allow-rejected
    expect((await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--allow-rejected'])).code).toBe(0);
    const report = JSON.parse(r.stdout) as { inputs: number; rejected: { index: number; line?: number }[] };
    expect(report.inputs).toBe(4);
    expect(report.rejected.map((x) => [x.index, x.line])).toEqual([[1, 2], [3, 4]]);
  });

  it('--max-rejected N lists the first N rejected records and counts them all (all: every one; a bad value: usage)', async () => {
    const file = join(tmp, 'many-bad.jsonl');
    writeFileSync(file, `${good('HS-1')}\n{"id": oops}\n{"id":"HS-3"}\n{"id":"HS-4"}\n`);
    const r = await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--max-rejected', '1', '--summary-json', '--locale', 'en']);
    expect(r.code).toBe(4);
    const report = JSON.parse(r.stdout) as { rejected: { index: number }[]; rejectedCount: number; rejectedByCode: Record<string, number> };
    expect(report.rejected.map((x) => x.index)).toEqual([1]);
    expect([report.rejectedCount, report.rejectedByCode]).toEqual([3, { invalid_json: 1, required: 2 }]);
    expect(r.stderr).toContain('"records":{"in":4,"accepted":1,"rejected":3,"excluded":0}');
    const said = await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--max-rejected', '1', '--locale', 'en']);
    expect(said.stderr).toContain('3 record(s) left out of the report (0 never received, 3 invalid), the first 1 listed as rejected');
    const all = JSON.parse((await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--max-rejected', 'all'])).stdout) as typeof report;
    expect(all.rejected).toHaveLength(3);
    const bad = await cli(['report', file, '--period', '2025-Q1', '--max-rejected', '-2', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--max-rejected must be a whole number from 0 or all, received '-2'");
  });

  it('reads a ";" export with Vietnamese headers and drops personal data', async () => {
    const file = join(tmp, 'export.csv');
    writeFileSync(file, '\uFEFFSố hồ sơ;Mã TTHC;Phòng;Hình thức nộp;Ngày tiếp nhận;Số ngày giải quyết;Chủ hồ sơ\r\nHS-1;DT-01;QLDT;Trực tuyến;03/03/2025 09:00;15;Nguyễn Văn A\r\n');
    const v = await cli(['validate', file, '--locale', 'en']);
    expect(v.code).toBe(0);
    const r = await cli(['report', file, '--period', '2025-Q1', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Nguyễn');
  });
});
