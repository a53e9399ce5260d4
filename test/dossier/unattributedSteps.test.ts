import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createDossierEvaluator } from '../../src/dossier/index';
import type { DossierEvaluation } from '../../src/dossier/index';
import type { Instant } from '../../src/_lib/dateTypes';
import type { Dossier, DossierStep } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';
import { ARB_AS_OF, arbitraryProcedures, dossierArb } from '../arbitraries/dossier';

const calendar = createCalendar();
const T = (s: string): Instant => `${s}+07:00` as Instant;
const P1 = { id: 'P1', name: 'Cấp phép', field: 'Đầu tư', processingDays: 3, onlineEligible: true, onlineLevel: 'full' as const, hasFees: false, onlinePayment: false };
const evaluate = createDossierEvaluator({ calendar, asOf: '2026-12-14T17:00:00+07:00', procedures: [P1], trace: true });

function run(d: Dossier): DossierEvaluation {
  const parsed = parseDossier(d);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const r = evaluate(parsed.value);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const base = { id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', officialId: 'CB-01', channel: 'direct' as const, receivedAt: T('2025-03-03T09:00:00') };
const late = [{ type: 'processed' as const, at: T('2025-03-07T11:00:00') }];

describe('steps whose allotted time is not recorded (handover slips)', () => {
  const slip: DossierStep[] = [
    { officialId: 'CB-01', departmentId: 'MC', startedAt: T('2025-03-03T09:00:00'), endedAt: T('2025-03-03T10:00:00'), verdict: 'onTime' },
    { officialId: 'CB-07', departmentId: 'P-DT', startedAt: T('2025-03-03T10:00:00'), endedAt: T('2025-03-07T10:00:00'), verdict: 'late' },
  ];

  it('a late dossier is attributed to no one, and each such step is named, never guessed', () => {
    const e = run({ ...base, steps: slip, events: late });
    expect(e.outcome).toBe('late');
    expect(e.attribution).toEqual([]);
    expect(e.unattributedSteps).toEqual([
      { stepIndex: 0, officialId: 'CB-01', departmentId: 'MC', reason: 'allottedTimeUnknown' },
      { stepIndex: 1, officialId: 'CB-07', departmentId: 'P-DT', reason: 'allottedTimeUnknown' },
    ]);
    const trace = e.trace?.steps.find((s) => s.rule === 'attribution');
    expect(trace?.result).toMatchObject({ attribution: [], unattributedSteps: [{ stepIndex: 0 }, { stepIndex: 1 }] });
    expect((trace?.inputs['steps'] as { allottedMinutes: unknown; verdict?: unknown }[]).map((s) => [s.allottedMinutes, s.verdict])).toEqual([[null, 'onTime'], [null, 'late']]);
  });

  it('a known step that overran is still attributed; the unknown one is named beside it', () => {
    const mixed: DossierStep[] = [slip[0] as DossierStep, { ...(slip[1] as DossierStep), allottedHours: 16 }];
    const e = run({ ...base, steps: mixed, events: late });
    expect(e.attribution).toEqual([{ officialId: 'CB-07', departmentId: 'P-DT', overrunMinutes: 960, via: 'step' }]);
    expect(e.unattributedSteps?.map((u) => u.stepIndex)).toEqual([0]);
  });

  it('an early dossier names nothing; the verdict is kept as recorded and does not change the outcome', () => {
    const e = run({ ...base, steps: slip, events: [{ type: 'processed', at: T('2025-03-05T11:00:00') }] });
    expect(e.outcome).toBe('early');
    expect(e.attribution).toEqual([]);
    expect(e.unattributedSteps).toBeUndefined();
  });

  it('law: dropping every allotment never invents an attribution; a late dossier is attributed or names its steps', () => {
    const ev = createDossierEvaluator({ calendar, asOf: ARB_AS_OF, procedures: arbitraryProcedures });
    fc.assert(
      fc.property(dossierArb(), (d) => {
        const steps = d.steps?.map(({ allottedHours: _, ...s }) => s);
        const stripped: Dossier = steps === undefined ? d : { ...d, steps };
        const r = ev(stripped);
        const full = ev(d);
        if (!r.ok || !full.ok) throw new Error('unexpected issues');
        const e = r.value;
        expect(e.outcome).toBe(full.value.outcome);
        expect(e.attribution.every((a) => a.via === 'responsible')).toBe(true);
        if (e.lateBy === undefined) expect(e.attribution.length + (e.unattributedSteps?.length ?? 0)).toBe(0);
        else if ((e.unattributedSteps?.length ?? 0) > 0) expect(e.attribution).toEqual([]);
        else expect(e.attribution).toEqual(full.value.attribution); // no step had started: the same fallback
        expect(e.attribution.length > 0 || (e.unattributedSteps?.length ?? 0) > 0).toBe(e.lateBy !== undefined);
      }),
    );
  });
});
