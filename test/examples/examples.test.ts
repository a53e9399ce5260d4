/**
 * Runs every example in its own Node process (against the sources through tsconfig paths; CI
 * also runs them against the built package with `npm run examples`). Each example asserts its
 * own results with node:assert, so a wrong number fails here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dirs = readdirSync(join(root, 'examples')).filter((d) => /^\d\d-/.test(d)).sort();

describe('examples', () => {
  it.each(dirs)('%s runs and its assertions hold', (dir) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'examples', dir, 'index.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });
});
