/**
 * Every exported function of every entry, fuzzed: hostile argument lists and mutated valid ones.
 * The only outcomes allowed are a valid value, a result with issues, or a ReformRulesError with a
 * documented code (see _harness.ts). A new export without a property in _targets.ts fails here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportedFunctions, FUZZ_RUNS, hostile, mutated, obeysTheLaw } from './_harness';
import { TARGETS } from './_targets';

const functions = exportedFunctions();

describe('fuzz: every exported function', () => {
  it('has a fuzz property for every exported function of every entry', () => {
    const missing = [...functions.keys()].filter((name) => !Object.prototype.hasOwnProperty.call(TARGETS, name));
    expect(missing).toEqual([]);
    const stale = Object.keys(TARGETS).filter((name) => !functions.has(name));
    expect(stale).toEqual([]);
  });

  for (const [name, fn] of functions) {
    it(`${name}: hostile and mutated arguments end in a value, issues or a documented ReformRulesError`, async () => {
      const valid = TARGETS[name];
      const args = valid === null || valid === undefined ? fc.array(hostile, { maxLength: 4 }) : fc.oneof(fc.array(hostile, { maxLength: 4 }), mutated(valid()), valid());
      await fc.assert(fc.asyncProperty(args, (a) => obeysTheLaw(name, fn, a)), { numRuns: FUZZ_RUNS, verbose: 0, reporter: (d) => { if (d.failed) throw new Error(`${name}: ${String(d.errorInstance).slice(0, 1500)}\nseed ${d.seed} path ${d.counterexamplePath}`); } });
    });
  }
});
