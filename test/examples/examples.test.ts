/**
 * Runs every example in-process (imported, against the sources through the vitest aliases; CI
 * also runs them against the built package with `npm run examples`, each in its own process).
 * Each example asserts its own results with node:assert, so a wrong number fails here. What an
 * example prints is captured: it must print something, and nothing as a warning or an error.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dirs = readdirSync(join(root, 'examples')).filter((d) => /^\d\d-/.test(d)).sort();

/** Runs `body` with console.log/info captured and console.warn/error recorded as failures. */
async function capturing(body: () => Promise<unknown>): Promise<{ out: string; err: string }> {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  let out = '';
  let err = '';
  console.log = (...a: unknown[]) => void (out += `${a.map(String).join(' ')}\n`);
  console.info = console.log;
  console.warn = (...a: unknown[]) => void (err += `${a.map(String).join(' ')}\n`);
  console.error = console.warn;
  try {
    await body();
  } finally {
    Object.assign(console, saved);
  }
  return { out, err };
}

describe('examples', () => {
  it.each(dirs)('%s runs and its assertions hold', async (dir) => {
    const { out, err } = await capturing(() => import(pathToFileURL(join(root, 'examples', dir, 'index.ts')).href));
    expect(err).toBe('');
    expect(out.length).toBeGreaterThan(0);
  });
});
