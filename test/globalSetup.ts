/**
 * Builds the package's JavaScript once before the suite (as `npm run build` does, without the .d.ts:
 * see tsup.config.ts), so that the tests that
 * import the built package by name or spawn the built CLI run against fresh output.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  // RR_SKIP_BUILD=1 skips the build in a development loop that does not touch dist/ (never in CI).
  if (process.env['RR_SKIP_BUILD'] === '1' && process.env['CI'] !== 'true') return;
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: root, stdio: 'pipe', env: { ...process.env, RR_TEST_BUILD: '1' } });
}
