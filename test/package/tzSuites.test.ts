/**
 * `npm test` runs the date suites (TZ_SUITES of vitest.config.ts) in two more projects, each spawned
 * under its own host time zone (ZONES).
 * This keeps the selection honest: every test folder is classified (all in the set, some files in
 * it, or none), every entry of the set matches a test file, and every source area whose code
 * handles dates (imports the civil-date / instant helpers of src/_lib, or uses the JS Date API) has
 * tests in the set that import that area, so a new date area cannot silently miss the reruns.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TZ_SUITES } from '../../vitest.config';

const root = join(import.meta.dirname, '..', '..');
/** Folders whose tests run once: they compute no date of their own (see vitest.config.ts). */
const ONCE = new Set(['arbitraries', 'browser', 'docs', 'errors', 'examples', 'explain', 'fixtures', 'metrics', 'package']);
/** Folders of which only some files are date suites; the others run once. */
const PARTLY = new Set(['cli', 'report', 'xlsx', 'coverage', 'evaluation', 'index766', 'outputs', 'rating', 'scoring']);
/** Source areas that never run in the library: the CLI and the entry barrels. */
const NOT_LIBRARY = new Set(['cli', 'entry']);
const DATE_CODE = /from '(\.\.?\/)+_lib\/(instant|fastInstant|civilDate|asOf)'|from '\.\/(instant|fastInstant|civilDate|asOf)'|new Date\(|Date\.(UTC|parse|now)|Intl\.DateTimeFormat|getTimezoneOffset/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [relative(root, p)];
  });
}

/** Whether a test path matches a TZ_SUITES entry (`dir/**\/*.test.ts` or an exact file). */
const inSet = (path: string) => TZ_SUITES.some((g) => (g.endsWith('/**/*.test.ts') ? path.startsWith(g.slice(0, -'**/*.test.ts'.length)) && path.endsWith('.test.ts') : path === g));
const tests = files(join(root, 'test')).filter((f) => f.endsWith('.test.ts'));

describe('npm test time-zone selection', () => {
  it('classifies every test folder as a date suite, partly one, or a once-only suite', () => {
    const folders = readdirSync(join(root, 'test')).filter((f) => statSync(join(root, 'test', f)).isDirectory());
    const whole = new Set(TZ_SUITES.filter((g) => g.endsWith('/**/*.test.ts')).map((g) => g.split('/')[1]));
    expect(folders.filter((f) => [whole.has(f), ONCE.has(f), PARTLY.has(f)].filter(Boolean).length !== 1)).toEqual([]);
    for (const g of TZ_SUITES.filter((x) => !x.endsWith('/**/*.test.ts'))) expect(PARTLY.has(g.split('/')[1] as string), g).toBe(true);
  });

  it('has no entry that matches no test file', () => {
    expect(TZ_SUITES.filter((g) => !tests.some((t) => inSet(t) && (g.endsWith('/**/*.test.ts') ? t.startsWith(g.slice(0, -'**/*.test.ts'.length)) : t === g)))).toEqual([]);
  });

  it('covers every source area whose code handles dates with tests that import it', () => {
    const src = files(join(root, 'src')).filter((f) => f.endsWith('.ts'));
    const areas = new Set(src.filter((f) => DATE_CODE.test(readFileSync(join(root, f), 'utf8'))).map((f) => f.split('/')[1] as string).filter((a) => !a.endsWith('.ts') && !NOT_LIBRARY.has(a)));
    expect(areas.size).toBeGreaterThan(5);
    const imported = new Set(tests.filter(inSet).flatMap((t) => [...readFileSync(join(root, t), 'utf8').matchAll(/from '(?:\.\.\/)+src\/([^/']+)\/|from 'reform-rules\/(calendar|dossier|report|io|index766)'/g)].map((m) => (m[1] ?? m[2]) as string)));
    expect([...areas].filter((a) => !imported.has(a)).sort()).toEqual([]);
  });
});
