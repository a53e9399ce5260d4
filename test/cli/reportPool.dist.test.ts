/**
 * `report --jobs 2` from the built binary (dist/cli.js loads dist/reportWorker.js): a JSON Lines
 * file above the pool's size threshold gives the same bytes as `--jobs 1`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PARALLEL_BYTES } from '../../src/cli/reportPool';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-pool-dist-'));

describe('dist/cli.js report --jobs', () => {
  it('splits a large JSON Lines file across workers with the one pass\'s output', () => {
    const file = join(tmp, 'big.jsonl');
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < MIN_PARALLEL_BYTES + 200_000 && i < 100_000; i += 500) {
      for (let k = i; k < i + 500; k++) {
        lines.push(JSON.stringify({ id: `HS-${k}`, procedureId: 'P1', departmentId: `D${k % 7}-${'x'.repeat(300)}`, channel: k % 2 === 0 ? 'online' : 'direct', receivedAt: `2025-0${4 + (k % 3)}-0${1 + (k % 9)}T09:${String(k % 60).padStart(2, '0')}:00+07:00`, processingDays: 1 + (k % 10) }));
      }
    }
    lines.splice(1234, 0, '{"id": oops');
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect(statSync(file).size).toBeGreaterThan(MIN_PARALLEL_BYTES);
    const run = (jobs: string) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', file, '--period', '2025-Q2', '--convention', 'calendar', '--format', 'json', '--allow-rejected', '--jobs', jobs], { encoding: 'utf8' });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).inputs).toBe(lines.length);
    expect(run('0').status).toBe(2);
  }, 120_000);
});
