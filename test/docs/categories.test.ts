/**
 * The API reference's sidebar is grouped by area (`@category`, typedoc.json `navigation.includeCategories`).
 * This keeps it so without running TypeDoc: every export of every entry point carries a `@category`
 * that typedoc.json's `categoryOrder` lists, so nothing falls into the default category (which only
 * the re-exports of `reform-rules/index766` may use), and the landing page exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
  readme: string;
  categoryOrder: string[];
  defaultCategory: string;
  categorizeByGroup: boolean;
  navigation: { includeCategories: boolean };
};

/** The `@category` tags of a symbol's declarations (the comment of a variable is on its statement). */
function categories(symbol: ts.Symbol): string[] {
  const found: string[] = [];
  for (const d of symbol.declarations ?? []) {
    for (const tag of ts.getJSDocTags(d)) {
      if (tag.tagName.text !== 'category') continue;
      const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
      if (text !== undefined) found.push(text.trim().replace(/\s*\*\/$/, ''));
    }
  }
  return found;
}

describe('the API reference navigation (typedoc.json)', () => {
  it('groups by category, in an order that names every area, with a landing page', () => {
    expect(config.navigation.includeCategories).toBe(true);
    expect(config.categorizeByGroup).toBe(false);
    expect(config.categoryOrder.at(-1)).toBe('*');
    expect(config.defaultCategory).not.toBe('Other');
    expect(existsSync(join(root, config.readme))).toBe(true);
    const landing = readFileSync(join(root, config.readme), 'utf8');
    const road = ['readRecords', 'createDossierIngest', 'evaluateDossier', 'resolutionReport', 'formatReport', 'reportWorkbook'].map((n) => landing.indexOf(`!${n} `));
    expect(road.every((i) => i > 0)).toBe(true);
    expect([...road].sort((a, b) => a - b)).toEqual(road);
  });

  it('gives every export of every entry point a @category listed in categoryOrder', () => {
    const files = config.entryPoints.map((e) => join(root, e));
    // Only src/ matters here: no lib, no node_modules (the symbols' own comments carry the tags).
    const options: ts.CompilerOptions = { noEmit: true, noLib: true, types: [], module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
    const host = ts.createCompilerHost(options);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (f) => !f.includes('node_modules') && fileExists(f);
    const program = ts.createProgram(files, options, host);
    const checker = program.getTypeChecker();
    const known = new Set(config.categoryOrder);
    const missing: string[] = [];
    const unknown: string[] = [];
    let count = 0;
    for (const file of files) {
      const source = program.getSourceFile(file);
      const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      expect(moduleSymbol, file).toBeDefined();
      if (moduleSymbol === undefined) continue;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        count += 1;
        const cats = categories(symbol);
        if (cats.length === 0) missing.push(`${config.entryPoints[files.indexOf(file)]}: ${exported.name}`);
        for (const c of cats) if (!known.has(c)) unknown.push(`${exported.name}: ${c}`);
      }
    }
    expect(count).toBeGreaterThan(300);
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
  }, 60_000);
});
