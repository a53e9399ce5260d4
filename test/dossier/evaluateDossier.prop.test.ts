import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createDossierEvaluator, evaluateDossier } from '../../src/dossier/index';
import type { DossierEvaluation, DossierOutcome } from '../../src/dossier/index';
import { MS_PER_MINUTE, formatInstantVN, parseInstant } from '../../src/_lib/instant';
import type { Dossier, DossierEvent } from '../../src/model/dossier';
import { ARB_AS_OF, arbitraryProcedures, dossierArb, dossiersArb } from '../arbitraries/dossier';

const calendar = createCalendar();
const options = { calendar, asOf: ARB_AS_OF, procedures: arbitraryProcedures };
const evaluate = createDossierEvaluator(options);
const OUTCOMES: readonly DossierOutcome[] = ['early', 'onTime', 'late', 'pendingWithin', 'pendingOverdue'];
const RANK: Record<DossierOutcome, number> = { early: 0, onTime: 1, late: 2, pendingWithin: -1, pendingOverdue: -1 };

function ok(d: Dossier): DossierEvaluation {
  const r = evaluate(d);
  if (!r.ok) throw new Error(`unexpected issues for ${JSON.stringify(d)}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The dossier with its end event (and every later event) moved `minutes` later. */
function delayEnd(d: Dossier, minutes: number): Dossier {
  const events = d.events ?? [];
  const endIndex = events.findIndex((e) => e.type !== 'supplement-requested' && e.type !== 'supplement-received' && e.type !== 'apology');
  if (endIndex < 0) return d;
  const moved = events.map((e, i): DossierEvent => (i < endIndex ? e : { ...e, at: formatInstantVN((parseInstant(e.at) as number) + minutes * MS_PER_MINUTE) }));
  return { ...d, events: moved };
}

describe('evaluateDossier', () => {
  it('gives every dossier exactly one outcome, consistent with its end', () => {
    fc.assert(
      fc.property(dossierArb(), (d) => {
        const e = ok(d);
        expect(OUTCOMES.filter((o) => o === e.outcome)).toHaveLength(1);
        const ended = e.outcome === 'early' || e.outcome === 'onTime' || e.outcome === 'late';
        expect(e.endKind !== undefined).toBe(ended);
        expect(e.lateBy !== undefined).toBe(e.outcome === 'late' || e.outcome === 'pendingOverdue');
        expect(e.attribution.length > 0).toBe(e.lateBy !== undefined);
        expect(parseInstant(e.effectiveDueAt) as number).toBeGreaterThanOrEqual(parseInstant(e.dueAt) as number);
      }),
    );
  });

  it('never turns a late dossier on time when time is added to its end (monotonic)', () => {
    fc.assert(
      fc.property(dossierArb(), fc.integer({ min: 1, max: 14_400 }), (d, minutes) => {
        const before = ok(d);
        const after = ok(delayEnd(d, minutes));
        if (before.endKind !== undefined && after.endKind !== undefined) {
          expect(RANK[after.outcome]).toBeGreaterThanOrEqual(RANK[before.outcome]);
          if (before.outcome === 'late') expect(after.outcome).toBe('late');
        }
      }),
    );
  });

  it('does not depend on how the instants are spelled (offset) or on the trace switch', () => {
    fc.assert(
      fc.property(dossierArb(), (d) => {
        const r = evaluateDossier(d, options);
        const { trace, ...plain } = r.ok ? r.value : ({} as DossierEvaluation);
        expect(trace).toBeDefined();
        expect(plain).toEqual(ok(d));
      }),
      { numRuns: 50 },
    );
  });

  it('gives each dossier the same evaluation whatever the order of the input list', () => {
    fc.assert(
      fc.property(dossiersArb(), fc.infiniteStream(fc.double()), (ds, noise) => {
        const keys = ds.map(() => noise.next().value);
        const shuffled = ds.map((d, i) => [keys[i] as number, d] as const).sort((a, b) => a[0] - b[0]).map(([, d]) => d);
        const byId = (list: Dossier[]) => new Map(list.map((d) => [d.id, ok(d)]));
        expect(byId(shuffled)).toEqual(byId(ds));
      }),
      { numRuns: 30 },
    );
  });

  it('does not depend on the host time zone (UTC, Asia/Ho_Chi_Minh, America/Santiago)', () => {
    const dossiers = fc.sample(dossierArb(), 150);
    const here = JSON.parse(JSON.stringify(dossiers.map((d) => evaluateDossier(d, options))));
    const probe = fileURLToPath(new URL('./_tzProbe.ts', import.meta.url));
    for (const TZ of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Santiago']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', probe], {
        input: JSON.stringify(dossiers),
        env: { ...process.env, TZ },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(JSON.parse(out.toString('utf8'))).toEqual(here);
    }
  });
});
