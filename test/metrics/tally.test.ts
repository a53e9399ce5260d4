import { describe, expect, it } from 'vitest';
import type { Instant } from '../../src/_lib/dateTypes';
import { createCalendar } from '../../src/calendar/createCalendar';
import { evaluateDossier, evaluateDossiers } from '../../src/dossier/index';
import type { DossierEvaluation } from '../../src/dossier/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { addTallies, compareRatio, emptyTally, lateRate, mergeTallies, onTimeRate, ratioValue, tallyDossiers } from '../../src/metrics/index';
import type { Dossier } from '../../src/model/dossier';

const calendar = createCalendar();
const asOf = '2025-06-30T17:00:00+07:00';
const T = (s: string): Instant => `${s}+07:00` as Instant;

// Received Mon 2025-03-03 09:00, 3 working days: due 2025-03-06T17:00.
const base = { procedureId: 'P1', departmentId: 'P-DT', officialId: 'CB-01', channel: 'online', receivedAt: T('2025-03-03T09:00:00'), processingDays: 3 } as const;
const steps = [
  { officialId: 'CB-01', departmentId: 'MC', startedAt: T('2025-03-03T09:00:00'), endedAt: T('2025-03-03T10:00:00'), allottedHours: 4 },
  { officialId: 'CB-07', departmentId: 'P-DT', startedAt: T('2025-03-03T10:00:00'), endedAt: T('2025-03-07T10:00:00'), allottedHours: 16 },
];
const dossiers: Dossier[] = [
  { ...base, id: 'A', events: [{ type: 'processed', at: T('2025-03-05T10:00:00') }] }, // early
  { ...base, id: 'B', channel: 'direct', events: [{ type: 'returned', at: T('2025-03-06T10:00:00') }] }, // onTime
  { ...base, id: 'C', steps, events: [{ type: 'processed', at: T('2025-03-07T11:00:00') }, { type: 'apology', at: T('2025-03-07T12:00:00') }] }, // late, CB-07 / P-DT
  { ...base, id: 'D', officialId: 'CB-02', receivedAt: T('2025-06-27T09:00:00') }, // pendingWithin (due 2025-07-02)
  { ...base, id: 'E', officialId: 'CB-02', receivedAt: T('2025-06-02T09:00:00'), events: [{ type: 'supplement-requested', at: T('2025-06-03T09:00:00') }, { type: 'supplement-received', at: T('2025-06-04T09:00:00') }] }, // pendingOverdue
];
const results = [...evaluateDossiers(dossiers, { calendar, asOf })];
const evaluations = results.map((r) => (r.ok ? r.value : (undefined as never)));

describe('tallyDossiers', () => {
  it('counts each outcome, end kind, apology and supplementation per department', () => {
    const t = tallyDossiers(results, { by: 'department' });
    expect(t.unevaluated).toBe(0);
    expect(t.byKey.get('P-DT')).toEqual({
      ...emptyTally(),
      dossiers: 5,
      early: 1,
      onTime: 1,
      late: 1,
      pendingWithin: 1,
      pendingOverdue: 1,
      processed: 2,
      returned: 1,
      apologies: 1,
      supplemented: 1,
      supplementRequests: 1,
    });
    // MC took part in C through its first step, but the delay is CB-07's in P-DT.
    expect(t.byKey.get('MC')).toEqual({ ...emptyTally(), dossiers: 1, lateByOthers: 1, processed: 1, apologies: 1 });
  });

  it("counts an official's participation and only the delays attributed to them", () => {
    const t = tallyDossiers(evaluations, { by: 'official' });
    expect(t.byKey.get('CB-01')).toMatchObject({ dossiers: 3, early: 1, onTime: 1, late: 0, lateByOthers: 1 });
    expect(t.byKey.get('CB-07')).toMatchObject({ dossiers: 1, late: 1, lateByOthers: 0 });
    expect(t.byKey.get('CB-02')).toMatchObject({ dossiers: 2, pendingWithin: 1, pendingOverdue: 1 });
  });

  it('groups by procedure, channel or a function', () => {
    expect(tallyDossiers(evaluations, { by: 'procedure' }).byKey.get('P1')?.dossiers).toBe(5);
    const byChannel = tallyDossiers(evaluations, { by: 'channel' });
    expect([...byChannel.byKey.keys()].sort()).toEqual(['direct', 'online']);
    expect(byChannel.byKey.get('direct')?.onTime).toBe(1);
    const byMonth = tallyDossiers(evaluations, { by: (e) => e.receivedAt.slice(0, 7) });
    expect(byMonth.byKey.get('2025-06')?.dossiers).toBe(2);
    const none = tallyDossiers(evaluations, { by: (e: DossierEvaluation) => (e.apology ? ['x', 'x', 'y'] : undefined) });
    expect(none.byKey.get('x')?.dossiers).toBe(1);
    expect(none.byKey.get('y')?.dossiers).toBe(1);
  });

  it('counts failed results as unevaluated, under no key', () => {
    const bad = evaluateDossier({ ...base, id: 'X', events: [{ type: 'supplement-received', at: T('2025-03-04T09:00:00') }] }, { calendar, asOf });
    const t = tallyDossiers([...results, bad], { by: 'procedure' });
    expect(t.unevaluated).toBe(1);
    expect(t.byKey.get('P1')?.dossiers).toBe(5);
  });

  it('rejects an unknown grouping key', () => {
    expect(() => tallyDossiers([], { by: 'province' as never })).toThrow(ReformRulesError);
  });
});

describe('mergeTallies', () => {
  it('merges two halves into the tally of the whole', () => {
    const whole = tallyDossiers(evaluations, { by: 'official' });
    const merged = mergeTallies(tallyDossiers(evaluations.slice(0, 2), { by: 'official' }), tallyDossiers(evaluations.slice(2), { by: 'official' }));
    expect(merged.byKey).toEqual(whole.byKey);
  });

  it('rejects a tally with a fractional count', () => {
    const bad = { byKey: new Map([['k', { ...emptyTally(), late: 0.5 }]]), unevaluated: 0 };
    expect(() => mergeTallies(bad, bad)).toThrow(/invalid_tally|whole counts/);
  });
});

describe('addTallies', () => {
  it('sums count by count', () => {
    expect(addTallies({ ...emptyTally(), dossiers: 2, late: 1 }, { ...emptyTally(), dossiers: 3 })).toEqual({ ...emptyTally(), dossiers: 5, late: 1 });
  });
});

describe('onTimeRate', () => {
  it('counts early, on time and late-by-others over the ended dossiers', () => {
    expect(onTimeRate({ ...emptyTally(), early: 3, onTime: 6, late: 1, pendingWithin: 4 })).toEqual({ numerator: 9, denominator: 10 });
    expect(onTimeRate({ ...emptyTally(), onTime: 1, lateByOthers: 1 })).toEqual({ numerator: 2, denominator: 2 });
  });

  it('is 0/0 when nothing ended', () => {
    expect(ratioValue(onTimeRate(emptyTally()))).toBeNull();
  });
});

describe('lateRate', () => {
  it('compares exactly with a cap', () => {
    const r = lateRate({ ...emptyTally(), onTime: 89, late: 11 });
    expect(r).toEqual({ numerator: 11, denominator: 100 });
    expect(compareRatio(r, { numerator: 1, denominator: 10 })).toBe(1);
    expect(compareRatio(lateRate({ ...emptyTally(), onTime: 90, late: 10 }), { numerator: 1, denominator: 10 })).toBe(0);
  });

  it('rejects a malformed tally', () => {
    expect(() => lateRate({ ...emptyTally(), late: -1 })).toThrow(ReformRulesError);
  });
});
