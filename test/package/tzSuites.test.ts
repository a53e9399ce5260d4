/**
 * Every test folder is either a date suite (run under the three host time zones by `npm test`) or
 * named here as not depending on the host time zone, so a new area cannot silently miss the reruns.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TZ_SUITES } from '../../vitest.config';

const ONCE = new Set(['arbitraries', 'browser', 'cli', 'docs', 'errors', 'examples', 'explain', 'fixtures', 'fuzz', 'metrics', 'package']);

describe('npm test time-zone selection', () => {
  it('classifies every test folder as a date suite or a once-only suite', () => {
    const root = join(import.meta.dirname, '..');
    const folders = readdirSync(root).filter((f) => statSync(join(root, f)).isDirectory());
    const dated = new Set(TZ_SUITES.map((g) => g.split('/')[1]));
    const unclassified = folders.filter((f) => !dated.has(f) && !ONCE.has(f));
    expect(unclassified).toEqual([]);
  });
});
