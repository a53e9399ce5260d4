/**
 * Runs every example (examples/NN-topic/index.ts) in its own Node process against the BUILT
 * package (`reform-rules` resolves to dist/ through the package's own exports map), failing when
 * one exits non-zero. Each example asserts its own results. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  process.stderr.write('examples: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const dirs = readdirSync(join(import.meta.dirname)).filter((d) => /^\d\d-/.test(d)).sort();
let failed = 0;
for (const dir of dirs) {
  const file = join(import.meta.dirname, dir, 'index.ts');
  // examples/tsconfig.json has no `paths`, so `reform-rules` resolves to dist/ as it would in an app.
  const env = { ...process.env, TSX_TSCONFIG_PATH: join(import.meta.dirname, 'tsconfig.json') };
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', env });
  const ok = run.status === 0;
  if (!ok) failed += 1;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${dir}\n`);
  if (!ok) process.stdout.write(`${run.stdout}\n${run.stderr}\n`);
}
process.stdout.write(`examples: ${dirs.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
