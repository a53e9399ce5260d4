/**
 * Structure checks over src/: no import cycles between files (runtime and type-only imports), imports
 * between areas run one way (down the layers below), no area imports another area's `_`-private file,
 * no Node built-ins outside the CLI (the core runs anywhere), and date-fns never imported by the library.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const files = walk(src);
const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/**
 * The layers, bottom first: an area may import its own files and the areas of lower layers only.
 * `errors` and `_lib` (exact ratios, instant and civil-date readers) are the floor.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['errors'],
  ['_lib'],
  ['calendar', 'xlsx'],
  ['policy'],
  ['explain'],
  ['model'],
  ['io'],
  ['dossier'],
  ['metrics'],
  ['rating', 'tasks', 'rotation', 'scoring'],
  ['evaluation', 'coverage'],
  ['report', 'sample'],
  ['index766', 'outputs'],
  ['entry'],
  ['index.ts'],
  ['cli'],
];
const rank = new Map(LAYERS.flatMap((areas, i) => areas.map((a) => [a, i] as const)));
const areaOf = (file: string) => relative(src, file).split('/')[0] as string;

function runtimeImports(file: string, typeOnly = false): string[] {
  const out: string[] = [];
  const pattern = typeOnly ? /^(?:import|export) [^;]*?from '(\.[^']+)';/gms : /^(?:import|export) (?!type )[^;]*?from '(\.[^']+)';/gms;
  for (const m of (text.get(file) ?? '').matchAll(pattern)) {
    const base = resolve(dirname(file), m[1] as string);
    const target = [`${base}.ts`, join(base, 'index.ts')].find(isFile);
    if (target !== undefined) out.push(target);
  }
  return out;
}

/** The import cycles between files, through runtime imports (or all imports, type-only included). */
function cycles(typeOnly: boolean): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const found: string[] = [];
  const visit = (f: string, stack: string[]) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'visiting') {
      found.push([...stack.slice(stack.indexOf(f)), f].map((x) => relative(src, x)).join(' -> '));
      return;
    }
    state.set(f, 'visiting');
    for (const t of runtimeImports(f, typeOnly)) visit(t, [...stack, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  return found;
}

describe('src structure', () => {
  it('has no import cycles between files', () => {
    expect(cycles(false)).toEqual([]);
  });

  it('has no cycles between files through type-only imports either', () => {
    expect(cycles(true)).toEqual([]);
  });

  it('places every area in a layer', () => {
    expect([...new Set(files.map(areaOf))].filter((a) => !rank.has(a))).toEqual([]);
  });

  it('imports only down the layers (or within the area)', () => {
    const upward: string[] = [];
    for (const f of files) {
      for (const t of runtimeImports(f, true)) {
        const [from, to] = [areaOf(f), areaOf(t)];
        if (from !== to && (rank.get(to) ?? 99) >= (rank.get(from) ?? -1)) upward.push(`${relative(src, f)} -> ${relative(src, t)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("never imports another area's _-private file", () => {
    const offenders: string[] = [];
    for (const f of files) {
      for (const t of runtimeImports(f, true)) {
        const name = relative(src, t).split('/').pop() ?? '';
        if (areaOf(f) !== areaOf(t) && name.startsWith('_')) offenders.push(`${relative(src, f)} -> ${relative(src, t)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no function longer than 80 lines (a rule, a step or a helper each does one thing)', () => {
    const long: string[] = [];
    for (const f of files) {
      const sf = ts.createSourceFile(f, text.get(f) ?? '', ts.ScriptTarget.ES2022, true);
      const visit = (n: ts.Node): void => {
        const fn = ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isConstructorDeclaration(n);
        const body = fn ? (n as ts.FunctionLikeDeclaration).body : undefined;
        if (body !== undefined) {
          const lines = sf.getLineAndCharacterOfPosition(body.getEnd()).line - sf.getLineAndCharacterOfPosition(body.getStart(sf)).line + 1;
          if (lines > 80) long.push(`${relative(src, f)}:${sf.getLineAndCharacterOfPosition(body.getStart(sf)).line + 1} (${lines} lines)`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });

  it('uses Node built-ins only in the CLI, and never imports date-fns', () => {
    const offenders = files.filter((f) => {
      const t = text.get(f) ?? '';
      const cli = relative(src, f).startsWith('cli');
      return (!cli && /from 'node:/.test(t)) || /from 'date-fns/.test(t);
    });
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});
