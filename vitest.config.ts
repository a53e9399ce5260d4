import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One fast-check seed per run: FC_SEED when given (to replay), else a fresh one, printed so any
// failure can be replayed with `FC_SEED=<seed> npm test`.
// vitest evaluates this file more than once (the root and each project): the first evaluation
// stores the seed in the environment, so every project and worker runs with the one printed.
const seed = (process.env['FC_SEED'] ??= String(Math.floor(Math.random() * 2 ** 31)));
const numRuns = (process.env['FC_NUM_RUNS'] ??= '100');

// `npm test` runs the whole suite once under TZ=UTC and only the suites of date logic again under
// Asia/Ho_Chi_Minh and America/Santiago (the three projects below, in one vitest run): the tests of the code that
// reads, computes or writes dates and instants (civil dates, instants, calendars, clock rules,
// periods, date parsing of the readers, Excel date serials) and, for every other area whose code
// handles dates, its example tests, plus the fuzz suite and the CLI stream tests (the hardening
// issue's gate). Formatting, aggregation properties, the rest of the CLI, package gates and examples
// run once: they compute no date the suites below do not already pin in the three zones.
// test/package/tzSuites.test.ts checks that every area whose code imports the date helpers is here.
export const TZ_SUITES = [
  'test/_lib/**/*.test.ts',
  'test/calendar/**/*.test.ts',
  'test/dossier/**/*.test.ts',
  'test/model/**/*.test.ts',
  'test/io/**/*.test.ts',
  'test/policy/**/*.test.ts',
  'test/tasks/**/*.test.ts',
  'test/rotation/**/*.test.ts',
  'test/report/reportingPeriod.test.ts',
  'test/report/submissionDeadline.test.ts',
  'test/report/resolutionReport.test.ts',
  'test/report/createReportAccumulator.test.ts',
  'test/xlsx/excelSerial.test.ts',
  'test/xlsx/readXlsxRows.test.ts',
  'test/coverage/evaluatePlan.test.ts',
  'test/evaluation/evaluateOfficial.test.ts',
  'test/index766/serviceIndex766.test.ts',
  'test/sample/**/*.test.ts',
  // The hardening issue's gate: the fuzz suite and the CLI stream tests pass under the three zones.
  'test/fuzz/**/*.test.ts',
  'test/cli/streams.test.ts',
];

/** The three host time zones of `npm test`: the whole suite under UTC, the date suites under two more. */
export const ZONES = [
  { name: 'utc', tz: 'UTC', include: ['test/**/*.test.ts'] },
  { name: 'hcm', tz: 'Asia/Ho_Chi_Minh', include: TZ_SUITES },
  { name: 'santiago', tz: 'America/Santiago', include: TZ_SUITES },
] as const;

if (!process.env['VITEST_WORKER_ID'] && process.env['RR_SEED_PRINTED'] !== '1') {
  process.env['RR_SEED_PRINTED'] = '1';
  process.stdout.write(`fast-check: FC_SEED=${seed} FC_NUM_RUNS=${numRuns}; projects ${ZONES.map((z) => `${z.name} (TZ=${z.tz})`).join(', ')}\n`);
}

const alias = [
  // Subpaths first: an alias matches a prefix, so 'reform-rules' alone must come last.
  ...(['calendar', 'dossier', 'plan', 'report', 'index766'] as const).map((s) => ({ find: `reform-rules/${s}`, replacement: fileURLToPath(new URL(`./src/entry/${s}.ts`, import.meta.url)) })),
  { find: 'reform-rules/io', replacement: fileURLToPath(new URL('./src/io/index.ts', import.meta.url)) },
  { find: 'reform-rules/xlsx', replacement: fileURLToPath(new URL('./src/entry/outputs.ts', import.meta.url)) },
  { find: /^reform-rules$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
];

export default defineConfig({
  resolve: { alias },
  test: {
    // One run, one scheduler: each zone is a project whose workers are spawned with that TZ (a
    // project's env reaches the child process at spawn, before any Date is read; test/setup.ts checks
    // the zone took effect). `vitest run --project utc` runs the suite once.
    projects: ZONES.map((z) => ({
      extends: true as const,
      test: { name: z.name, include: [...z.include], env: { TZ: z.tz } },
    })),
    setupFiles: ['test/setup.ts'],
    // Builds dist/ once before any project starts (the CLI binary and package tests import it).
    globalSetup: ['test/globalSetup.ts'],
    env: { FC_SEED: seed, FC_NUM_RUNS: numRuns },
    // vitest's default is one worker fewer than the cores (one worker on this 2-core machine); many
    // tests wait on child processes and files, so one more worker than cores keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism() + 1),
    // Test files of a worker share one module graph instead of re-importing the sources for each file
    // (import was about half the run: 106 of ~250 worker-seconds). The suites keep no state between
    // files: every module-level value is a pure cache or a constant, and tests that patch globals
    // (the fuzz harness's prototype pollution, the console guard of test/setup.ts) restore them.
    isolate: false,
    testTimeout: 60_000,
  },
});
