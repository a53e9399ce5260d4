import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { serviceIndex766 } from '../../src/index766/index';
import type { Indicator766, Index766Unit } from '../../src/index766/index';
import type { Dossier } from '../../src/model/dossier';
import { dossier, ev, sixDossiers } from './_fixtures';

const calendar = createCalendar();
const ind = (u: Index766Unit, code: string) => u.indicators.find((i) => i.code === code) as Indicator766;

describe('serviceIndex766', () => {
  it("the issue's six dossiers: the portal's 4/6 (13.33 points), not onTimeRate's 3/4", () => {
    const x = serviceIndex766({ dossiers: sixDossiers() }, { period: '2026-08', calendar });
    const p = ind(x.total, '2.1');
    expect(x.total.progress).toEqual({ early: 1, onTime: 2, late: 1, pendingWithin: 1, pendingOverdue: 1 });
    expect([p.numerator, p.denominator, p.score, p.max]).toEqual([4, 6, 13.33, 20]);
    expect(x.units.map((u) => u.unit)).toEqual(['SXD']);
    expect(x.counting.id).toBe('portal766');
    expect(x.asOf).toBe('2026-08-31T23:59:59.999+07:00');
  });

  it('names the missing input instead of guessing, and leaves the total null with a partial total', () => {
    const x = serviceIndex766({ dossiers: sixDossiers() }, { period: '2026-08', calendar });
    expect(ind(x.total, '1.1')).toMatchObject({ score: null, numerator: null, missing: ['publications'] });
    expect(ind(x.total, '1.4').missing).toEqual(['syncedDossierIds']);
    expect(ind(x.total, '4.3').missing).toEqual(['dossiers[].digitisation']);
    expect(ind(x.total, '5.4').missing).toEqual(['feedback']);
    expect(x.total.total).toBeNull();
    expect(x.total.groups.find((g) => g.group === 'progress')).toEqual({ group: 'progress', score: 13.33, max: 20 });
    expect(x.total.groups.find((g) => g.group === 'online')?.missing).toEqual(['score rule NOT FOUND']);
    expect(x.total.partialTotal).toEqual({ score: 13.33, max: 20 });
  });

  it('computes the other groups from the sources given', () => {
    const base = sixDossiers();
    const dossiers = base.map((d, i) => ({ ...d, digitisation: { digitisedComponents: i < 5, electronicResult: i < 3, vneidVerified: true }, fees: [{ amount: i < 4 ? 50_000 : 0 }], paymentChannel: i < 2 ? 'online' as const : 'direct' as const }));
    const x = serviceIndex766(
      {
        dossiers,
        syncedDossierIds: dossiers.slice(0, 5).map((d) => d.id),
        feedback: [{ dossierId: 'HS-early', dislike: true }],
        petitions: [],
        publications: [{ procedureId: 'P1', departmentId: 'SXD', publishedOnTime: true, nationalDbOnTime: false, contentComplete: true }],
        procedures: [{ id: 'P1', name: 'Cấp phép', field: 'XD', processingDays: 3, onlineEligible: true, onlineLevel: 'full', hasFees: true, onlinePayment: true, departmentId: 'SXD', citizenDataConnected: true }],
        certifiedCopies: [{ departmentId: 'SXD', communes: 4, offering: 3 }],
      },
      { period: '2026-08', calendar },
    );
    const t = x.total;
    expect([ind(t, '1.4').numerator, ind(t, '1.4').denominator, ind(t, '1.4').score]).toEqual([5, 6, 5]);
    expect(ind(t, '1.2').score).toBe(0);
    expect(ind(t, '4.3').score).toBe(2); // 5/6 ≥ 80%
    expect(ind(t, '4.1').score).toBe(3); // 3/6 × 6
    expect(ind(t, '4.ecc').score).toBe(1.5);
    expect([ind(t, '3.6').numerator, ind(t, '3.6').denominator]).toEqual([2, 4]);
    expect(ind(t, '3.pay').score).toBe(3 + 2 + 2.5); // A = 1/2, B = 1/1, C = 1/1; capped at 10
    expect(ind(t, '5.2').score).toBe(6); // no petitions
    expect([ind(t, '5.4').numerator, ind(t, '5.4').denominator]).toEqual([3, 6]); // 6 − 2 late/overdue − 1 dislike
    expect(ind(t, '5.4').score).toBe(3.33);
    expect(x.units[0]?.indicators).toEqual(t.indicators);
  });

  it('counts every record: counted + rejected + excluded = inputs', () => {
    const dossiers: unknown[] = [
      ...sixDossiers(),
      dossier('HS-old', '2026-07-01T09:00:00', [ev('processed', '2026-07-02T09:00:00')]),
      dossier('HS-next', '2026-09-03T09:00:00', []),
      dossier('HS-bad', '2026-08-03T09:00:00', [], { procedureId: 'P1' }),
      null,
    ];
    (dossiers[8] as { receivedAt: string }).receivedAt = 'soon';
    const x = serviceIndex766({ dossiers: dossiers as Dossier[] }, { period: '2026-08', calendar });
    expect(x.excluded).toEqual({ receivedAfter: 1, endedBefore: 1 });
    expect(x.rejected.map((r) => r.index)).toEqual([8, 9]);
    expect(x.counted + x.rejected.length + x.excluded.receivedAfter + x.excluded.endedBefore).toBe(x.inputs);
  });

  it('selects the counting convention: dateLevel counts 17:30 on the due day as on time', () => {
    const d = [dossier('HS-1730', '2026-08-03T09:00:00', [ev('processed', '2026-08-06T17:30:00')])];
    expect(ind(serviceIndex766({ dossiers: d }, { period: '2026-08', calendar }).total, '2.1').numerator).toBe(0);
    const x = serviceIndex766({ dossiers: d }, { period: '2026-08', calendar, counting: 'dateLevel' });
    expect(ind(x.total, '2.1').numerator).toBe(1);
    expect(x.counting.id).toBe('dateLevel');
  });

  it('groups by receiving unit when asked', () => {
    const d = [dossier('A', '2026-08-03T09:00:00', [], { receivingUnitId: 'UBND-X' }), dossier('B', '2026-08-03T09:00:00', [])];
    expect(serviceIndex766({ dossiers: d }, { period: '2026-08', calendar, groupBy: 'receivingUnit' }).units.map((u) => u.unit)).toEqual(['SXD', 'UBND-X']);
  });

  it('rejects a non-calendar period and a bad option with a code', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ReformRulesError).code;
      }
      return null;
    };
    expect(code(() => serviceIndex766({ dossiers: [] }, { period: '2026-H1', calendar }))).toBe('index_period_not_calendar');
    expect(code(() => serviceIndex766({ dossiers: [] }, { period: 'August', calendar }))).toBe('invalid_period');
    expect(code(() => serviceIndex766({ dossiers: [] }, { period: '2026-08', calendar, counting: 'nope' as 'dateLevel' }))).toBe('invalid_enum');
    expect(code(() => serviceIndex766({ dossiers: [] }, { period: '2026-08', calendar, asOf: '2026-07-01' }))).toBe('as_of_before_period');
  });

  it('property: group-2 numerator + late/overdue = denominator; one more on-time dossier never lowers 2.1', () => {
    const outcomeDossier = fc.record({ day: fc.integer({ min: 3, max: 28 }), endIn: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(outcomeDossier, { maxLength: 25 }), (specs) => {
        const ds = specs.map((s, i) => {
          const rec = `2026-08-${String(s.day).padStart(2, '0')}T09:00:00`;
          const endDay = s.day + (s.endIn ?? 99);
          const end = endDay > 31 ? [] : [ev('processed', `2026-08-${String(endDay).padStart(2, '0')}T10:00:00`)];
          return dossier(`HS-${i}`, rec, end);
        });
        const x = serviceIndex766({ dossiers: ds }, { period: '2026-08', calendar });
        const p = ind(x.total, '2.1');
        const lateOverdue = x.total.progress.late + x.total.progress.pendingOverdue;
        const more = [...ds, dossier('HS-more', '2026-08-03T09:00:00', [ev('processed', '2026-08-04T09:00:00')])];
        const q = ind(serviceIndex766({ dossiers: more }, { period: '2026-08', calendar }).total, '2.1');
        return (p.numerator ?? 0) + lateOverdue === p.denominator && (p.score === null || (q.score ?? 0) >= p.score);
      }),
    );
  });
});
