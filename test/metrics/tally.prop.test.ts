import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createDossierEvaluator } from '../../src/dossier/index';
import type { DossierEvaluation } from '../../src/dossier/index';
import { emptyTally, lateRate, mergeTallies, onTimeRate, tallyDossiers } from '../../src/metrics/index';
import type { TallyBy } from '../../src/metrics/index';
import { ARB_AS_OF, arbitraryProcedures, dossiersArb } from '../arbitraries/dossier';

const evaluate = createDossierEvaluator({ calendar: createCalendar(), asOf: ARB_AS_OF, procedures: arbitraryProcedures });
const evaluationsArb = dossiersArb(40).map((ds) => ds.map((d) => evaluate(d)).flatMap((r) => (r.ok ? [r.value] : [])));
const byArb = fc.constantFrom<TallyBy>('department', 'official', 'procedure', 'channel', (e: DossierEvaluation) => [e.procedureId, e.channel]);

describe('mergeTallies', () => {
  it('tallies over any split of the data, merged, equal the tally of the whole', () => {
    fc.assert(
      fc.property(evaluationsArb, fc.array(fc.nat(), { maxLength: 4 }), byArb, (es, cuts, by) => {
        const points = [...new Set(cuts.map((c) => (es.length === 0 ? 0 : c % (es.length + 1))))].sort((a, b) => a - b);
        const parts: DossierEvaluation[][] = [];
        let from = 0;
        for (const p of [...points, es.length]) {
          parts.push(es.slice(from, p));
          from = p;
        }
        const merged = parts.map((p) => tallyDossiers(p, { by })).reduce(mergeTallies, { byKey: new Map(), unevaluated: 0 });
        expect(merged.byKey).toEqual(tallyDossiers(es, { by }).byKey);
      }),
      { numRuns: 50 },
    );
  });

  it('is commutative and associative', () => {
    fc.assert(
      fc.property(evaluationsArb, evaluationsArb, evaluationsArb, byArb, (x, y, z, by) => {
        const [a, b, c] = [x, y, z].map((es) => tallyDossiers(es, { by })) as [ReturnType<typeof tallyDossiers>, ReturnType<typeof tallyDossiers>, ReturnType<typeof tallyDossiers>];
        expect(mergeTallies(a, b).byKey).toEqual(mergeTallies(b, a).byKey);
        expect(mergeTallies(mergeTallies(a, b), c).byKey).toEqual(mergeTallies(a, mergeTallies(b, c)).byKey);
      }),
      { numRuns: 30 },
    );
  });
});

describe('tallyDossiers', () => {
  it('conserves every dossier in exactly one outcome column and every ended one in one end-kind column', () => {
    fc.assert(
      fc.property(evaluationsArb, byArb, (es, by) => {
        for (const t of tallyDossiers(es, { by }).byKey.values()) {
          const ended = t.early + t.onTime + t.late + t.lateByOthers;
          expect(ended + t.pendingWithin + t.pendingOverdue + t.pendingOverdueByOthers).toBe(t.dossiers);
          expect(t.processed + t.returned + t.stopped + t.rejected + t.withdrawn).toBe(ended);
          const on = onTimeRate(t);
          const late = lateRate(t);
          expect(on.numerator + late.numerator).toBe(on.denominator);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on the order of the input list', () => {
    fc.assert(
      fc.property(evaluationsArb, byArb, (es, by) => {
        expect(tallyDossiers([...es].reverse(), { by }).byKey).toEqual(tallyDossiers(es, { by }).byKey);
      }),
      { numRuns: 50 },
    );
  });

  it('counts every dossier once per procedure (keys partition the dossiers)', () => {
    fc.assert(
      fc.property(evaluationsArb, (es) => {
        let sum = emptyTally().dossiers;
        for (const t of tallyDossiers(es, { by: 'procedure' }).byKey.values()) sum += t.dossiers;
        expect(sum).toBe(es.length);
      }),
      { numRuns: 50 },
    );
  });
});
