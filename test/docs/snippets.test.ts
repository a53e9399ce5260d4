/**
 * Every ```ts / ```js snippet of the README (and every snippet marked ```ts runnable in docs/*.md)
 * runs as it is written: each is written to a module of its own and imported (`reform-rules` and its
 * subpaths resolve to the sources through the vitest aliases), so a snippet that uses a name it does
 * not define fails. Each result shown as `expr; // => value` (on the same line, or on the next line
 * after a statement) is checked against what the library gives.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** One fenced snippet: where it is and its text. */
interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The fenced blocks of a Markdown file whose info string matches `info`. */
function snippets(file: string, info: RegExp): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (info.test(open[1] ?? '')) out.push({ file, line: i + 1, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return out;
}

/** The value written after `// =>`: the longest prefix (with or without its continuation lines) that is a literal. */
function shownValue(first: string, continuation: readonly string[]): { value: unknown } | undefined {
  const texts = [[first, ...continuation].join(' '), first];
  for (const text of texts) {
    const cuts = [text.length, ...[...text.matchAll(/\s+\(/g)].map((m) => m.index)].sort((a, b) => b - a);
    for (const cut of cuts) {
      const candidate = text.slice(0, cut).trim();
      if (candidate === '' || /[A-Za-z_$][\w$]*\s*\(/.test(candidate.replace(/'[^']*'/g, "''"))) continue;
      try {
        return { value: new Function(`"use strict"; return (${candidate});`)() };
      } catch {
        // not a literal: try a shorter prefix
      }
    }
  }
  return undefined;
}

/** The snippet with every shown result turned into a check of the value the library gives. */
function withChecks(code: string): { code: string; checks: number } {
  const lines = code.split('\n');
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const inline = /^(\s*)(?!\/\/)(.+?);\s*\/\/ => (.*)$/.exec(line);
    const own = /^\s*\/\/ => (.*)$/.exec(line);
    const continuation: string[] = [];
    for (let j = i + 1; /^\s*\/\/\s{2,}/.test(lines[j] ?? ''); j++) continuation.push((lines[j] ?? '').replace(/^\s*\/\/\s+/, ''));
    if (inline !== null) {
      const shown = shownValue(inline[3] ?? '', continuation);
      if (shown === undefined) continue;
      lines[i] = `${inline[1]}__snippetCheck(${inline[2]}, ${JSON.stringify(shown.value)}, ${JSON.stringify(line.trim())});`;
      checks += 1;
    } else if (own !== null) {
      let at = i - 1;
      while (at >= 0 && ((lines[at] ?? '').trim() === '' || (lines[at] ?? '').trim().startsWith('//'))) at -= 1;
      const statement = /^(\s*)(.+);\s*$/.exec(lines[at] ?? '');
      const shown = shownValue(own[1] ?? '', continuation);
      if (statement === null || shown === undefined) continue;
      lines[at] = `${statement[1]}__snippetCheck(${statement[2]}, ${JSON.stringify(shown.value)}, ${JSON.stringify(line.trim())});`;
      checks += 1;
    }
  }
  return { code: lines.join('\n'), checks };
}

const readme = snippets('README.md', /^(ts|js|typescript)\b/);
const guides = readdirSync(join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => snippets(`docs/${f}`, /^(ts|js|typescript)\s+runnable\b/));
const dir = mkdtempSync(join(tmpdir(), 'rr-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README and guide snippets', () => {
  it('finds the README snippets and the marked guide snippets', () => {
    expect(readme.length).toBeGreaterThanOrEqual(2);
    expect(guides.length).toBeGreaterThanOrEqual(1);
  });

  it.each([...readme, ...guides].map((s) => [`${s.file}:${s.line}`, s] as const))('%s runs and shows what the library gives', async (name, s) => {
    const { code, checks } = withChecks(s.code);
    const seen: string[] = [];
    (globalThis as { __snippetCheck?: unknown }).__snippetCheck = (actual: unknown, shown: unknown, label: string) => {
      expect(actual, `${name}: ${label}`).toEqual(shown);
      seen.push(label);
    };
    const file = join(dir, `${name.replace(/[^\w]+/g, '_')}.ts`);
    writeFileSync(file, `declare function __snippetCheck(actual: unknown, shown: unknown, label: string): void;\n${code}\nexport {};\n`);
    await import(pathToFileURL(file).href);
    expect(seen).toHaveLength(checks);
    expect(checks, `${name} shows no result to check`).toBeGreaterThan(0);
  });
});

describe('the shown-value reader', () => {
  it('reads a literal and stops before an explanation', () => {
    expect(shownValue("'2025-02-07'   (the receipt day is not counted)", [])).toEqual({ value: '2025-02-07' });
    expect(shownValue("['a', 1]", ['received after hours'])).toEqual({ value: ['a', 1] });
    expect(shownValue("'Tỷ lệ 11/100 (11%) vượt,", ["mục II.1) nên.'"])).toEqual({ value: 'Tỷ lệ 11/100 (11%) vượt, mục II.1) nên.' });
    expect(shownValue('every weekday off', [])).toBeUndefined();
  });
});
