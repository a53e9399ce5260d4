/**
 * Test setup: fast-check seed and run count from the environment (FC_SEED, FC_NUM_RUNS, chosen and
 * printed by vitest.config.ts), and a guard that fails any test writing to the console.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect } from 'vitest';

const seed = Number(process.env['FC_SEED']);
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? '100');
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, received ${process.env['FC_SEED']}`);
if (!Number.isInteger(numRuns) || numRuns < 1) throw new Error(`FC_NUM_RUNS must be a positive integer, received ${process.env['FC_NUM_RUNS']}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, numRuns });

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;
const originals = new Map<string, unknown>();
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) {
    originals.set(m, console[m]);
    (console as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => {
      calls.push(`console.${m}(${args.map(String).join(' ')})`);
    };
  }
});

afterEach(() => {
  for (const m of methods) (console as unknown as Record<string, unknown>)[m] = originals.get(m);
  if (calls.length > 0) {
    const written = calls;
    calls = [];
    expect.fail(`the test wrote to the console (tests must not):\n${written.join('\n')}`);
  }
});
