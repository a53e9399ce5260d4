import { defineConfig } from 'tsup';

// RR_TEST_BUILD=1 (test/globalSetup.ts): the JavaScript only, for the tests that run the built CLI
// and import the package by name; no .d.ts (3.6 s instead of 21 s) and no clean, so types from an
// earlier full build stay. `npm run build` (and CI after the tests) builds everything.
const testBuild = process.env['RR_TEST_BUILD'] === '1';

export default defineConfig([
  {
    // The library: ESM + CJS with .d.ts / .d.cts, platform-neutral (no Node APIs in the core). The
    // root and one entry per subpath (`reform-rules/calendar` ...), sharing chunks so that a class
    // (ReformRulesError) is one class whichever subpath it is imported from.
    entry: {
      index: 'src/index.ts',
      calendar: 'src/entry/calendar.ts',
      dossier: 'src/entry/dossier.ts',
      plan: 'src/entry/plan.ts',
      report: 'src/entry/report.ts',
      xlsx: 'src/entry/outputs.ts',
      io: 'src/io/index.ts',
      index766: 'src/entry/index766.ts',
    },
    format: ['esm', 'cjs'],
    dts: !testBuild,
    clean: !testBuild,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
  },
  {
    // The command line (the package's bin), ESM for Node 20, and the worker of `report --jobs N`
    // (loaded by dist/cli.js from next to itself).
    entry: { cli: 'src/cli/main.ts', reportWorker: 'src/cli/reportWorker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
