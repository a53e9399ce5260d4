/**
 * The README's first command-line example runs as written on the file it names (examples/data/),
 * exits 0, and counts every record of that file: none left out, none silently dropped.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const cliSection = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Examples'));
const command = /^npx reform-rules (report .+)$/m.exec(cliSection)?.[1] ?? '';

describe("the README's report example", () => {
  it('names files that exist in examples/data/', () => {
    const files = command.split(/\s+/).filter((a) => a.startsWith('examples/data/'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const f of files) expect(() => readFileSync(join(root, f))).not.toThrow();
  });

  it('exits 0 and counts every record of the file (received total = rows, nothing rejected)', () => {
    const args = command.split(/\s+/).map((a) => (a === 'csv' ? 'json' : a));
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args, '--locale', 'en'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { total: { received: { total: number } }; rejected: unknown[] };
    const input = args.find((a) => a.startsWith('examples/data/') && a.endsWith('.csv')) as string;
    const rows = readFileSync(join(root, input), 'utf8').trim().split('\n').length - 1;
    expect(report.rejected).toEqual([]);
    expect(report.total.received.total).toBe(rows);
  });
});
