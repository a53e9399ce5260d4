import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/model/dossier';
import { dossierArb } from '../arbitraries/dossier';

describe('dossierArb', () => {
  it('produces only schema-valid dossiers', () => {
    fc.assert(
      fc.property(dossierArb(), (d) => {
        const r = parseDossier(d);
        expect(r.ok ? [] : r.issues).toEqual([]);
      }),
    );
  });
});
