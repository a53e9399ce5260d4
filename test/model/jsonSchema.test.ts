import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReformRulesError, recordKinds, toJSONSchema } from '../../src/index';

describe('toJSONSchema', () => {
  it('matches the committed docs/schemas files (run `npm run schemas` after changing a schema)', () => {
    for (const kind of recordKinds) {
      const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schemas', `${kind}.schema.json`), 'utf8'));
      expect(toJSONSchema(kind)).toEqual(committed);
    }
  });

  it('describes the dossier fields, formats and enums', () => {
    const s = toJSONSchema('Dossier') as { required: string[]; additionalProperties: boolean; properties: Record<string, { format?: string; enum?: string[] }> };
    expect(s.required).toEqual(['id', 'procedureId', 'departmentId', 'channel', 'receivedAt']);
    expect(s.additionalProperties).toBe(false);
    expect(s.properties['receivedAt']?.format).toBe('date-time');
    expect(s.properties['channel']?.enum).toEqual(['direct', 'online', 'postal', 'unknown']);
  });

  it('gives every kind at once when called without a kind', () => {
    const all = toJSONSchema();
    expect(Object.keys(all)).toEqual([...recordKinds]);
    expect(all.Dossier).toEqual(toJSONSchema('Dossier'));
  });

  it('rejects an unknown record kind', () => {
    expect(() => toJSONSchema('Case' as never)).toThrow(ReformRulesError);
  });
});
