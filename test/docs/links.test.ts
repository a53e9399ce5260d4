/**
 * The README and the guides cite only what the repository has: every relative Markdown link resolves
 * to a file (and its `#anchor` to a heading of that file), and every repository path written in
 * backticks (`docs/…`, `examples/…`, `src/…`, `scripts/…`, `bench/…`, `test/…`) exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const files = ['README.md', 'CHANGELOG.md', ...['docs', 'docs/vi'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`))];

/** Generated on demand (git-ignored), so a link to them is fine without the file. */
const GENERATED = ['docs/api', 'out'];

/** The text outside fenced code blocks. */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (with GitHub's -1, -2 for repeats). */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const s = slug(m[1] ?? '');
    const n = seen.get(s) ?? 0;
    out.add(n === 0 ? s : `${s}-${n}`);
    seen.set(s, n + 1);
  }
  for (const m of readFileSync(file, 'utf8').matchAll(/<a (?:name|id)="([^"]+)"/g)) out.add(m[1] ?? '');
  return out;
}

const generated = (path: string): boolean => GENERATED.some((g) => path === g || path.startsWith(`${g}/`));

describe('links and cited paths in the README and the guides', () => {
  it.each(files)('%s: every relative link resolves', (file) => {
    const text = prose(readFileSync(join(root, file), 'utf8'));
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1] ?? '';
      if (/^[a-z]+:/i.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const abs = path === '' ? join(root, file) : join(root, dirname(file), decodeURI(path));
      const rel = relative(root, abs);
      if (generated(rel)) continue;
      if (!existsSync(abs)) broken.push(`${target} (no ${rel})`);
      else if (anchor !== undefined && anchor !== '' && abs.endsWith('.md') && !anchors(abs).has(decodeURIComponent(anchor))) broken.push(`${target} (no heading #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  it.each(files)('%s: every repository path in backticks exists', (file) => {
    const text = prose(readFileSync(join(root, file), 'utf8'));
    const missing: string[] = [];
    for (const m of text.matchAll(/`((?:docs|examples|src|scripts|bench|test)\/[\w./-]+?)(?:#[\w-]+)?`/g)) {
      const path = (m[1] ?? '').replace(/\/$/, '');
      if (path.includes('*') || path.includes('…') || generated(path) || path.includes('<')) continue;
      if (!existsSync(join(root, path))) missing.push(path);
    }
    expect(missing).toEqual([]);
  });
});
