import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/errors/messages/index';

describe('docs/errors.md', () => {
  it('lists every issue and error code (run `npm run errors-doc` after adding one)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'errors.md'), 'utf8');
    const missing = Object.keys(messages).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('uses snake_case codes with both locales', () => {
    for (const [code, pair] of Object.entries(messages)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(typeof pair.en).toBe('function');
      expect(typeof pair.vi).toBe('function');
    }
  });
});
