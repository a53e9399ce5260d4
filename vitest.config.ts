import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One fast-check seed per run: FC_SEED when given (to replay), else a fresh one, printed so any
// failure can be replayed with `FC_SEED=<seed> npm test`.
const seed = process.env['FC_SEED'] ?? String(Math.floor(Math.random() * 2 ** 31));
const numRuns = process.env['FC_NUM_RUNS'] ?? '100';
if (!process.env['VITEST_WORKER_ID']) {
  process.stdout.write(`fast-check: FC_SEED=${seed} FC_NUM_RUNS=${numRuns} TZ=${process.env['TZ'] ?? '(host)'}\n`);
}

export default defineConfig({
  resolve: { alias: { 'reform-rules': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/globalSetup.ts'],
    env: { FC_SEED: seed, FC_NUM_RUNS: numRuns },
    testTimeout: 60_000,
  },
});
