/**
 * The CLI's streams: a closed pipe ends quietly, a full device and an unwritable --out / --out-dir
 * are one message with exit code 5 before any work, stdin / /dev/stdin / FIFOs are read as streams,
 * a record beyond the record-size limit is a rejected record and a JSON document too large to read
 * whole is one message. In-process where the code decides; subprocesses only for the OS behaviour.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError, EXIT } from '../../src/cli/CliError';
import { checkOutputPath, guardStdout, writeFailure } from '../../src/cli/output';
import { addJsonLinesFile, isStreamInput, readJsonFile, readRecords } from '../../src/cli/readRecords';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-streams-'));
const lines = '{"id":"HS-1","procedureId":"P1","departmentId":"D","channel":"online","receivedAt":"2025-01-06T09:00:00+07:00","processingDays":3}\n{"id":"HS-2"}\n';
const jsonl = join(tmp, 'd.jsonl');
writeFileSync(jsonl, lines);

function sparse(name: string, bytes: number): string {
  const file = join(tmp, name);
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return file;
}

/** Makes a FIFO at `fifo` and writes `parts` to it one after another (settles once all are written). */
function fifoWriting(fifo: string, parts: readonly string[]): Promise<void> {
  execFileSync('mkfifo', [fifo]);
  return new Promise<void>((resolve, reject) => {
    const w = createWriteStream(fifo);
    w.on('error', reject);
    const put = (k: number): void => {
      if (k === parts.length - 1) w.end(parts[k], () => resolve());
      else w.write(parts[k] as string, () => put(k + 1));
    };
    put(0);
  });
}

function caught(f: () => unknown): CliError {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a CliError');
}

async function all(file: string): Promise<{ ok: boolean; code?: string }[]> {
  const out: { ok: boolean; code?: string }[] = [];
  for await (const r of readRecords(file)) out.push(r.ok ? { ok: true } : { ok: false, code: r.issues[0]?.code ?? '' });
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('CLI output paths, checked before the work', () => {
  it('refuses a directory, a missing folder and a file where a folder belongs, with exit code 5', () => {
    const dir = caught(() => checkOutputPath(tmp, 'file'));
    expect([dir.code, dir.exitCode, dir.message]).toEqual(['output_unwritable', EXIT.output, `cannot write "${tmp}": it is a directory`]);
    expect(caught(() => checkOutputPath(join(tmp, 'missing', 'x.md'), 'file')).message).toContain('does not exist');
    expect(caught(() => checkOutputPath('/dev/null/x', 'directory')).exitCode).toBe(EXIT.output);
  });

  it('accepts a new file in an existing folder and a folder to create', () => {
    expect(() => checkOutputPath(join(tmp, 'new.md'), 'file')).not.toThrow();
    expect(() => checkOutputPath(join(tmp, 'a', 'b'), 'directory')).not.toThrow();
    expect(() => checkOutputPath(undefined, 'file')).not.toThrow();
  });

  it('names the cause of a failed write', () => {
    expect(writeFailure('stdout', Object.assign(new Error('x'), { code: 'ENOSPC' })).message).toBe('cannot write "stdout": no space left on the device (ENOSPC)');
    expect(writeFailure('r.md', Object.assign(new Error('x'), { code: 'EACCES' })).exitCode).toBe(EXIT.output);
  });
});

describe('CLI stdout errors', () => {
  it('a closed pipe (EPIPE) ends quietly with the exit code so far; a full device prints one line and exits 5', () => {
    const exits: number[] = [];
    const before = process.stdout.listenerCount('error');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    guardStdout((code) => exits.push(code), 'en');
    const listener = process.stdout.listeners('error')[before] as (e: unknown) => void;
    try {
      listener(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      expect(stderr).not.toHaveBeenCalled();
      listener(Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' }));
      expect(exits).toEqual([0, EXIT.output]);
      expect(String(stderr.mock.calls[0]?.[0])).toBe('reform-rules: cannot write "stdout": no space left on the device (ENOSPC)\n');
    } finally {
      process.stdout.off('error', listener);
    }
  });
});

describe('CLI inputs as streams', () => {
  it('treats -, /dev/stdin, /dev/fd/N and FIFOs as streams, regular files not', () => {
    expect(isStreamInput('-')).toBe(true);
    expect(isStreamInput('/dev/stdin')).toBe(true);
    expect(isStreamInput('/dev/fd/0')).toBe(true);
    expect(isStreamInput(jsonl)).toBe(false);
    const fifo = join(tmp, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(isStreamInput(fifo)).toBe(true);
  });

  it('reads a FIFO as a stream, its format sniffed from its content', async () => {
    const fifo = join(tmp, 'records.fifo');
    const writer = fifoWriting(fifo, [lines]);
    const records = await all(fifo);
    await writer;
    expect(records.map((r) => r.ok)).toEqual([true, true]);
  });

  it('reports a JSON Lines FIFO straight into the accumulator (the report command\'s road), in chunks as they come', async () => {
    const fifo = join(tmp, 'report.fifo');
    // Two writes: the reader's reads end where each write did.
    const writer = fifoWriting(fifo, [lines.slice(0, 50), lines.slice(50)]);
    const added: unknown[] = [];
    const n = await addJsonLinesFile({ add: (r, index, line) => added.push([index, line, (r as { id: string }).id]), addRejected: (r) => added.push(r.issues[0].code) }, fifo, 'en', () => undefined);
    await writer;
    expect(n).toBe(2);
    expect(added).toEqual([[0, 1, 'HS-1'], [1, 2, 'HS-2']]);
  });

  it('a line longer than the record-size limit is one rejected record, not a RangeError', async () => {
    const big = sparse('big.jsonl', 16 * 1024 * 1024 + 10);
    expect(await all(big)).toEqual([{ ok: false, code: 'record_too_large' }]);
  });

  it('a JSON document too large to read whole is one message (exit 3), not a RangeError', () => {
    const big = sparse('big.json', 16 * 1024 * 1024 + 10);
    const e = caught(() => readJsonFile(big));
    expect([e.code, e.exitCode]).toEqual(['input_too_large', EXIT.input]);
  });
});

describe('CLI streams through the OS (subprocesses)', () => {
  const cli = join(root, 'dist', 'cli.js');
  const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: tmp, encoding: 'utf8', env: { ...process.env, CLI: cli, NODE: process.execPath } });

  it('piping into head ends quietly (no EPIPE trace)', () => {
    const r = sh('"$NODE" "$CLI" calendar export --from 1990 --to 2030 --format csv | head -n 1');
    expect(r.stdout.split('\n')[0]).toMatch(/^day,/);
    expect(r.stderr).toBe('');
  });

  it('> /dev/full is one message and exit code 5', () => {
    const r = sh('"$NODE" "$CLI" calendar export --from 2025 --to 2025 --format csv --locale en > /dev/full');
    expect(r.status).toBe(EXIT.output);
    expect(r.stderr).toBe('reform-rules: cannot write "stdout": no space left on the device (ENOSPC)\n');
    const vi = sh('"$NODE" "$CLI" calendar export --from 2025 --to 2025 --format csv > /dev/full');
    expect(vi.status).toBe(EXIT.output);
    expect(vi.stderr).toBe('reform-rules: không ghi được "stdout": thiết bị hết chỗ trống (ENOSPC)\n');
  });

  it('a redirected and a piped /dev/stdin, and -, are read as JSON Lines', () => {
    for (const script of ['"$NODE" "$CLI" validate /dev/stdin --locale en < d.jsonl', 'cat d.jsonl | "$NODE" "$CLI" validate /dev/stdin --locale en', 'cat d.jsonl | "$NODE" "$CLI" validate - --locale en']) {
      const r = sh(script);
      expect(r.stdout).toMatch(/1 valid, 1 invalid record/);
      expect(r.stderr).not.toContain('unexpected');
    }
  });

  it('--out to a directory and demo --out-dir on an impossible path fail fast with exit code 5', () => {
    expect(sh(`"$NODE" "$CLI" report d.jsonl --period 2025-Q1 --out "${tmp}"`).status).toBe(EXIT.output);
    const demo = spawnSync(process.execPath, [cli, 'demo', '--out-dir', '/dev/null/x'], { cwd: tmp, encoding: 'utf8', timeout: 20_000 });
    expect(demo.status).toBe(EXIT.output);
  });
});
