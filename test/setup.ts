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

// The zone of the project (vitest.config.ts spawns each project's workers with its TZ): the offsets
// of a winter and a summer day prove the host zone is the one asked for, not the machine's.
const ZONE_OFFSETS: Record<string, [number, number]> = { UTC: [0, 0], 'Asia/Ho_Chi_Minh': [-420, -420], 'America/Santiago': [180, 240] };
const zone = process.env['TZ'];
const expected = zone === undefined ? undefined : ZONE_OFFSETS[zone];
if (expected !== undefined) {
  const seen: [number, number] = [new Date(2025, 0, 15).getTimezoneOffset(), new Date(2025, 6, 15).getTimezoneOffset()];
  if (seen[0] !== expected[0] || seen[1] !== expected[1]) throw new Error(`TZ=${zone} but the host offsets are ${seen.join(', ')} (expected ${expected.join(', ')})`);
}

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
