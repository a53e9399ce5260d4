/**
 * `reform-rules sample` streams with flat memory (issue 14, item 8): the peak RSS of a large run
 * against that of a small one at the same volume (1,000 dossiers a working day), each in its own
 * child process (bench/sampleChild.ts through tsx), for JSON Lines (with its procedures catalogue)
 * and for the JSON bundle (whose feedback, past 50,000 records, is generated in a second pass).
 * Goal: large / small peak RSS <= 1.5 while the large run writes many times the dossiers.
 * Sizes: SAMPLE_BENCH_LARGE_TO (default 2025-12-31, one year from 2025-01-01; 2028-12-31 for four
 * years, about 780,000 dossiers), the small run is January 2025.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './types';

interface ChildRun {
  readonly code: number;
  readonly ms: number;
  readonly dossiers: number;
  readonly maxRssKb: number;
  readonly bytes: number;
}

function runChild(from: string, to: string, out: string): ChildRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'sampleChild.ts'), from, to, '1000', out], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`sample child failed: ${child.stderr}`);
  return { ...(JSON.parse(child.stdout) as Omit<ChildRun, 'bytes'>), bytes: statSync(out).size };
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const describe = (r: ChildRun) => `${r.dossiers.toLocaleString('en')} dossiers, ${(r.bytes / 2 ** 20).toFixed(0)} MiB in ${(r.ms / 1000).toFixed(1)} s, peak RSS ${mb(r.maxRssKb)}`;

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-sample-bench-'));
  const largeTo = process.env['SAMPLE_BENCH_LARGE_TO'] ?? '2025-12-31';
  const rows: BenchRow[] = [];
  try {
    for (const ext of ['jsonl', 'json'] as const) {
      const small = runChild('2025-01-01', '2025-01-31', join(dir, `small.${ext}`));
      const large = runChild('2025-01-01', largeTo, join(dir, `large.${ext}`));
      const ratio = large.maxRssKb / small.maxRssKb;
      rows.push({
        name: `peak RSS of sample --out x.${ext}, 2025-01-01..${largeTo} at 1,000 a day`,
        baseline: 'the same command for January 2025 (its own child process)',
        ratio,
        goal: '<= 1.5 (flat: memory does not grow with the dossiers written)',
        met: large.code === 0 && small.code === 0 && ratio <= 1.5,
        note: `large: ${describe(large)}; small: ${describe(small)}; load ${loadavg()[0]?.toFixed(1)}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
