/**
 * Bundle-size budgets: bundles entry points that import from the built package (test/globalSetup.ts
 * builds it) with esbuild, minified, dependencies external, and checks the bytes against a budget.
 * A budget that fails is a signal to look at what grew, not to raise the number in passing.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

async function minifiedSize(code: string): Promise<number> {
  const out = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['zod', 'date-fns', 'ts-pattern'],
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.contents.byteLength ?? Number.NaN;
}

describe('bundle size', () => {
  it.each([
    // Raised from 200_000 by issue 17 (evaluation of officials, rating limits, rotation, CCHC scoring:
    // +49 KB minified, mostly bilingual explanation and message text): the lead should review.
    ['the whole library', "import * as m from 'reform-rules'; console.log(m);", 240_000],
    ['compareRatio alone', "import { compareRatio } from 'reform-rules'; console.log(compareRatio);", 30_000],
    ['createCalendar alone', "import { createCalendar } from 'reform-rules'; console.log(createCalendar);", 60_000],
  ])('keeps %s within its budget', async (_name, code, budget) => {
    const size = await minifiedSize(code);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(budget);
  });
});
