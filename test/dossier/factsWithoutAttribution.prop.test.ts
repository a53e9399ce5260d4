import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createDossierFactsEvaluator } from '../../src/dossier/createDossierEvaluator';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { parseDossier } from '../../src/model/dossier';
import { arbitraryProcedures, dossierArb } from '../arbitraries/dossier';

const calendar = createCalendar();
/** An `asOf` the calendar covers: any day from 2025-01-01 to 2026-12-31, as a civil date (its close). */
const asOfArb = fc.integer({ min: daysFromCivil(2025, 1, 1), max: daysFromCivil(2026, 12, 31) }).map(formatCivilDate);
const countingArb = fc.constantFrom('portal766', 'dateLevel', 'workingDays') as fc.Arbitrary<'portal766' | 'dateLevel' | 'workingDays'>;

/** The facts without the ones the attribution rule writes. */
function rest(f: object): Record<string, unknown> {
  const { attribution: _a, unattributedSteps: _u, pauses: _p, ...others } = f as Record<string, unknown>;
  return others;
}

describe('createDossierFactsEvaluator without attribution', () => {
  it('gives the same facts but attribution, and the same issues, for validated dossiers and a covered asOf', () => {
    fc.assert(
      fc.property(dossierArb(), asOfArb, countingArb, fc.boolean(), (d, asOf, counting, withProcedures) => {
        const parsed = parseDossier(d);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const options = { calendar, asOf, counting, ...(withProcedures ? { procedures: arbitraryProcedures } : {}) };
        const full = createDossierFactsEvaluator(options)(parsed.value);
        const lean = createDossierFactsEvaluator(options, false)(parsed.value);
        expect(Array.isArray(lean)).toBe(Array.isArray(full));
        if (Array.isArray(full) || Array.isArray(lean)) expect(lean).toEqual(full);
        else {
          expect(rest(lean)).toEqual(rest(full));
          expect(lean.attribution).toEqual([]);
          expect(lean.unattributedSteps).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
