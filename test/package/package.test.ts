/**
 * Imports the built package (test/globalSetup.ts builds it) by its name, in ESM and in CJS, in
 * fresh Node processes, as a user's app would.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('the built package', () => {
  it('imports by name in ESM', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import * as m from 'reform-rules'; const r = m.parseDossier({}); process.stdout.write(JSON.stringify([typeof m.parseDossiers, r.ok, m.compareRatio({numerator:11,denominator:100},{numerator:1,denominator:10})]));",
    ]);
    expect(JSON.parse(out)).toEqual(['function', false, 1]);
  });

  it('requires by name in CJS', () => {
    const out = node([
      '-e',
      "const m = require('reform-rules'); process.stdout.write(JSON.stringify([typeof m.parseDossiers, new m.ReformRulesError('invalid_date', 'x') instanceof Error]));",
    ]);
    expect(JSON.parse(out)).toEqual(['function', true]);
  });

  it('exposes the same names in ESM and CJS', () => {
    const esm = node(['--input-type=module', '-e', "import * as m from 'reform-rules'; process.stdout.write(JSON.stringify(Object.keys(m).sort()))"]);
    const cjs = node(['-e', "process.stdout.write(JSON.stringify(Object.keys(require('reform-rules')).sort()))"]);
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
  });

  it.each(['calendar', 'dossier', 'plan', 'report'])('serves reform-rules/%s in ESM and CJS, with one ReformRulesError class', (sub) => {
    const esm = node([
      '--input-type=module',
      '-e',
      `import * as root from 'reform-rules'; import * as m from 'reform-rules/${sub}'; process.stdout.write(JSON.stringify([m.ReformRulesError === root.ReformRulesError, typeof m.createCalendar, Object.keys(m).every((k) => k in root)]));`,
    ]);
    expect(JSON.parse(esm)).toEqual([true, 'function', true]);
    const cjs = node(['-e', `const root = require('reform-rules'); const m = require('reform-rules/${sub}'); process.stdout.write(JSON.stringify(m.ReformRulesError === root.ReformRulesError));`]);
    expect(JSON.parse(cjs)).toBe(true);
  });

  it('serves reform-rules/xlsx apart from the root, sharing its ReformRulesError', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import * as root from 'reform-rules'; import * as x from 'reform-rules/xlsx'; let same = false; try { x.writeWorkbook({ sheets: [{ name: 'a[b', rows: [] }] }); } catch (e) { same = e instanceof root.ReformRulesError; } process.stdout.write(JSON.stringify([same, 'writeWorkbook' in root, x.writeWorkbook({ sheets: [{ name: 'S', rows: [[1]] }] }).length > 100]));",
    ]);
    expect(JSON.parse(out)).toEqual([true, false, true]);
  });

  it('ships every guide the code cites (traces and messages name docs/*.md sections)', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const shipped = new Set((packed[0]?.files ?? []).map((f) => f.path));
    const cited = new Set<string>();
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    for (const f of walk(join(root, 'src'))) for (const m of readFileSync(f, 'utf8').matchAll(/docs\/[a-z0-9-]+\.md/g)) cited.add(m[0]);
    expect(cited.size).toBeGreaterThan(5);
    expect([...cited].filter((d) => !shipped.has(d))).toEqual([]);
  });

  it('runs the bin with --version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(node(['dist/cli.js', '--version']).trim()).toBe(pkg.version);
  });
});
