import { defineConfig } from 'tsup';

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
    dts: true,
    clean: true,
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
