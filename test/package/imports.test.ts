/**
 * Structure checks over src/: no import cycles between files (runtime imports), no Node built-ins
 * outside the CLI (the core runs anywhere), and date-fns never imported by the library.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

function runtimeImports(file: string): string[] {
  const out: string[] = [];
  for (const m of (text.get(file) ?? '').matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)';/gms)) {
    const base = resolve(dirname(file), m[1] as string);
    const target = [`${base}.ts`, join(base, 'index.ts')].find(isFile);
    if (target !== undefined) out.push(target);
  }
  return out;
}

describe('src structure', () => {
  it('has no import cycles between files', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, stack: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].map((x) => relative(src, x)).join(' -> '));
        return;
      }
      state.set(f, 'visiting');
      for (const t of runtimeImports(f)) visit(t, [...stack, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
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
