import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFiles } from '../../scripts/write-sample';

describe('examples/data', () => {
  it('holds exactly what the deterministic generator writes (run `npm run sample-data` after changing it)', () => {
    for (const [name, text] of Object.entries(sampleFiles())) {
      expect(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'data', name), 'utf8') === text).toBe(true);
    }
  });
});
