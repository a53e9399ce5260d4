import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { compareCountings, dateLevel, defineCounting, evaluateDossier, evaluateDossiers, portal766, workingDays } from '../../src/dossier/index';
import type { DossierEvaluation, EvaluateDossierOptions } from '../../src/dossier/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import type { Dossier, DossierEvent } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';
import { dossierArb } from '../arbitraries/dossier';

const calendar = createCalendar();
const T = (s: string) => `${s}+07:00`;
const ev = (type: DossierEvent['type'], at: string): DossierEvent => ({ type, at: T(at) }) as DossierEvent;

/** Received Mon 03/03/2025 09:00, 3 working days: due Thu 06/03/2025 17:00. */
function dossier(events: DossierEvent[], id = 'HS-1'): Dossier {
  const parsed = parseDossier({ id, procedureId: 'P1', departmentId: 'P-DT', channel: 'online', receivedAt: T('2025-03-03T09:00:00'), processingDays: 3, events });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function value(d: Dossier, options: Partial<EvaluateDossierOptions> = {}): DossierEvaluation {
  const r = evaluateDossier(d, { calendar, asOf: '2025-03-14', ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const outcomeUnder = (d: Dossier, counting: NonNullable<EvaluateDossierOptions['counting']>, asOf: EvaluateDossierOptions['asOf'] = '2025-03-14') => value(d, { counting, asOf }).outcome;

describe('counting conventions', () => {
  it("defaults to 'portal766' and names the convention in every trace", () => {
    const e = value(dossier([ev('processed', '2025-03-05T10:00:00')]));
    expect(e.trace?.counting).toEqual({ id: 'portal766', basis: portal766.basis, doc: 'docs/counting.md#portal766' });
    expect(value(dossier([]), { counting: 'dateLevel' }).trace?.counting.id).toBe('dateLevel');
  });

  it('formats.md § 2 worked example: elapsed-time subtraction is late, the working-day shift on time', () => {
    const d = dossier([ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-07T10:00:00'), ev('processed', '2025-03-11T16:00:00')]);
    const portal = value(d);
    // 11/03 16:00 − 72 h = Sat 08/03 16:00 > due Thu 06/03 17:00.
    expect(portal.outcome).toBe('late');
    expect(portal.effectiveDueAt).toBe(T('2025-03-09T17:00:00'));
    expect(portal.lateBy).toBe(480); // Fri 07/03, a full working day, from the due to the adjusted end
    expect(portal.trace?.steps.find((s) => s.rule === 'supplementation')?.result).toMatchObject({ pause: 72 * 60, pauseUnit: 'elapsedMinutes' });
    const shifted = value(d, { counting: workingDays });
    expect([shifted.outcome, shifted.effectiveDueAt]).toEqual(['onTime', T('2025-03-11T17:00:00')]);
    expect(workingDays.bases.supplementation).toMatch(/interpretation/);
  });

  it('restart from zero: the time limit runs again from the re-submission', () => {
    const restart = defineCounting({ id: 'liênThông2025', label: { vi: 'Tính lại từ đầu', en: 'Restart' }, basis: 'test', supplementation: 'restart' });
    const d = dossier([ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-07T10:00:00'), ev('processed', '2025-03-12T16:00:00')]);
    const e = value(d, { counting: restart });
    expect(e.effectiveDueAt).toBe(T('2025-03-12T17:00:00')); // 3 working days after Fri 07/03: 10, 11, 12/03
    expect(e.outcome).toBe('onTime');
    expect(outcomeUnder(d, 'portal766')).toBe('late');
  });

  it('compares by calendar date under dateLevel: processed 17:30 on the due day', () => {
    const d = dossier([ev('processed', '2025-03-06T17:30:00')]);
    expect(outcomeUnder(d, 'portal766')).toBe('late');
    expect(outcomeUnder(d, 'dateLevel')).toBe('onTime');
    expect(outcomeUnder(dossier([ev('processed', '2025-03-07T07:00:00')]), 'dateLevel')).toBe('late');
    expect(outcomeUnder(dossier([]), 'portal766', '2025-03-06')).toBe('pendingOverdue');
    expect(outcomeUnder(dossier([]), 'dateLevel', '2025-03-06')).toBe('pendingWithin');
  });

  it('counts a late withdrawal on time under dateLevel, late under portal766', () => {
    for (const kind of ['withdrawn', 'rejected', 'stopped'] as const) {
      const d = dossier([ev(kind, '2025-03-07T09:00:00')]);
      expect(outcomeUnder(d, 'portal766')).toBe('late');
      expect(outcomeUnder(d, 'dateLevel')).toBe('onTime');
    }
  });

  it('judges a dossier waiting for re-submission at the request (portal766) or within (dateLevel)', () => {
    const d = dossier([ev('supplement-requested', '2025-03-07T10:00:00')]);
    expect(outcomeUnder(d, 'portal766')).toBe('pendingOverdue');
    expect(outcomeUnder(d, 'dateLevel')).toBe('pendingWithin');
    expect(outcomeUnder(dossier([ev('supplement-requested', '2025-03-05T10:00:00')]), 'portal766')).toBe('pendingWithin');
  });

  it('makes two requests late under portal766 (policy), not under dateLevel', () => {
    const d = dossier([
      ev('supplement-requested', '2025-03-03T10:00:00'),
      ev('supplement-received', '2025-03-03T11:00:00'),
      ev('supplement-requested', '2025-03-04T10:00:00'),
      ev('supplement-received', '2025-03-04T11:00:00'),
      ev('processed', '2025-03-05T10:00:00'),
    ]);
    expect(outcomeUnder(d, 'portal766')).toBe('late');
    expect(outcomeUnder(d, 'dateLevel')).toBe('early');
    const twoAllowed = defineCounting({ id: 'two', label: { vi: 'Hai lần', en: 'Two' }, basis: 'test', maxSupplementRequests: 2 });
    expect(outcomeUnder(d, twoAllowed)).toBe('early');
  });

  it('rejects a convention choice it does not know, naming the field', () => {
    expect(() => defineCounting({ id: 'x', label: { vi: 'x', en: 'x' }, basis: 'b', compare: 'hour' as never })).toThrow(ReformRulesError);
    expect(() => defineCounting({ id: 'x', label: { vi: 'x', en: 'x' }, basis: 'b', compare: 'hour' as never })).toThrow(/compare/);
    expect(() => defineCounting({ id: 'x', label: { vi: 'x', en: 'x' }, basis: '' })).toThrow(/basis/);
    expect(() => defineCounting({ id: 'x', label: { vi: 'x', en: 'x' }, basis: 'b', maxSupplementRequests: -1 })).toThrow(/maxSupplementRequests/);
  });
});

describe('end-event order (returned / processed)', () => {
  // Due Thu 06/03/2025 17:00.
  it('processed then returned: judged at the processed time, no out-of-order pair', () => {
    const e = value(dossier([ev('processed', '2025-03-05T10:00:00'), ev('returned', '2025-03-07T09:00:00')]));
    expect([e.outcome, e.endKind, e.endedAt]).toEqual(['early', 'processed', T('2025-03-05T10:00:00')]);
    expect(e.trace?.steps.find((s) => s.rule === 'end')?.result['outOfOrder']).toBeNull();
  });

  it('returned then processed (the bug): the processed time has priority, and the trace records the pair', () => {
    const e = value(dossier([ev('returned', '2025-03-05T10:00:00'), ev('processed', '2025-03-07T09:00:00')]));
    expect([e.outcome, e.endKind, e.endedAt, e.lateBy]).toEqual(['late', 'processed', T('2025-03-07T09:00:00'), 120]);
    expect(e.trace?.steps.find((s) => s.rule === 'end')?.result['outOfOrder']).toEqual({ returnedAt: T('2025-03-05T10:00:00'), processedAt: T('2025-03-07T09:00:00') });
  });

  it('hand-over convention: the returned time dates the result in either order', () => {
    const handOver = defineCounting({ id: 'bieu06NgayTra', label: { vi: 'Theo ngày trả', en: 'By hand-over' }, basis: 'test', endEvent: 'handOver' });
    const a = value(dossier([ev('processed', '2025-03-05T10:00:00'), ev('returned', '2025-03-07T09:00:00')]), { counting: handOver });
    expect([a.outcome, a.endKind]).toEqual(['late', 'returned']);
    const b = value(dossier([ev('returned', '2025-03-05T10:00:00'), ev('processed', '2025-03-07T09:00:00')]), { counting: handOver });
    expect([b.outcome, b.endKind]).toEqual(['early', 'returned']);
  });

  it('returned alone or processed alone: that event', () => {
    expect(value(dossier([ev('returned', '2025-03-05T10:00:00')])).endKind).toBe('returned');
    expect(value(dossier([ev('processed', '2025-03-05T10:00:00')])).endKind).toBe('processed');
  });

  it('a repeated result or a result with another end is a contradiction', () => {
    const pairs: [DossierEvent['type'], DossierEvent['type']][] = [
      ['processed', 'processed'],
      ['returned', 'returned'],
      ['processed', 'withdrawn'],
      ['withdrawn', 'processed'],
      ['returned', 'stopped'],
      ['rejected', 'returned'],
    ];
    for (const [first, second] of pairs) {
      const r = evaluateDossier(dossier([ev(first, '2025-03-05T10:00:00'), ev(second, '2025-03-06T10:00:00')]), { calendar, asOf: '2025-03-14' });
      expect(r.ok ? null : r.issues[0]?.code, `${first} then ${second}`).toBe('multiple_ends');
    }
  });
});

describe('compareCountings', () => {
  const ds = [
    dossier([ev('processed', '2025-03-06T17:30:00')], 'compare'),
    dossier([ev('withdrawn', '2025-03-07T09:00:00')], 'otherEnds'),
    dossier([ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-07T10:00:00'), ev('processed', '2025-03-11T16:00:00')], 'supplementation'),
    dossier([ev('supplement-requested', '2025-03-07T10:00:00')], 'awaiting'),
    dossier([ev('processed', '2025-03-05T10:00:00')], 'same'),
  ];

  it('lists the dossiers whose outcome differs, with the choice that made the difference', () => {
    const c = compareCountings(ds, 'portal766', 'dateLevel', { calendar, asOf: '2025-03-14' });
    expect(c.compared).toBe(5);
    expect(c.differences.map((d) => [d.dossierId, d.a, d.b, d.madeBy.map((m) => m.choice)])).toEqual([
      ['compare', 'late', 'onTime', ['compare']],
      ['otherEnds', 'late', 'onTime', ['otherEnds']],
      ['supplementation', 'late', 'onTime', ['supplementation']],
      ['awaiting', 'pendingOverdue', 'pendingWithin', ['awaitingSupplement']],
    ]);
    expect(c.differences[0]?.madeBy[0]).toMatchObject({ a: 'instant', b: 'date', basisB: dateLevel.bases.compare });
    expect(c.levers.map((l) => l.choice)).toEqual(['compare', 'otherEnds', 'supplementation', 'maxSupplementRequests', 'awaitingSupplement', 'period']);
  });

  it('keeps every dossier: compared + unevaluated = in', () => {
    const bad = { ...ds[0], id: 'bad', receivedAt: T('2026-01-01T09:00:00') } as Dossier;
    const c = compareCountings([...ds, bad], portal766, workingDays, { calendar, asOf: '2025-03-14' });
    expect(c.compared + c.unevaluated.length).toBe(6);
    expect(c.unevaluated[0]).toMatchObject({ index: 5, id: 'bad' });
    expect(c.differences.map((d) => d.dossierId)).toEqual(['supplementation']);
  });

  it('finds no difference between a convention and itself (property)', () => {
    fc.assert(
      fc.property(fc.array(dossierArb(), { maxLength: 8 }), (list) => {
        const c = compareCountings(list, 'dateLevel', dateLevel, { calendar, asOf: '2026-12-31' });
        expect(c.differences).toEqual([]);
        expect(c.compared + c.unevaluated.length).toBe(list.length);
      }),
    );
  });

  it('each difference it lists is real, and every real difference is listed (property)', () => {
    fc.assert(
      fc.property(fc.array(dossierArb(), { maxLength: 8 }), (list) => {
        const options = { calendar, asOf: '2026-12-31' } as const;
        const a = [...evaluateDossiers(list, { ...options, counting: 'portal766' })];
        const b = [...evaluateDossiers(list, { ...options, counting: 'dateLevel' })];
        const expected = list.flatMap((d, i) => {
          const x = a[i];
          const y = b[i];
          return x?.ok && y?.ok && x.value.outcome !== y.value.outcome ? [d.id] : [];
        });
        expect(compareCountings(list, 'portal766', 'dateLevel', options).differences.map((d) => d.dossierId)).toEqual(expected);
      }),
    );
  });
});

describe('laws across conventions (property)', () => {
  it('under every convention: ended ⇔ endedAt, late variants ⇔ lateBy ≥ 0, and dateLevel is never stricter on ended dossiers without supplementation', () => {
    fc.assert(
      fc.property(dossierArb(), (d) => {
        for (const counting of [portal766, dateLevel, workingDays]) {
          const r = evaluateDossier(d, { calendar, asOf: '2026-12-31', counting, trace: false });
          if (!r.ok) continue;
          const e = r.value;
          const ended = e.outcome === 'early' || e.outcome === 'onTime' || e.outcome === 'late';
          expect(e.endedAt !== undefined).toBe(ended);
          const late = e.outcome === 'late' || e.outcome === 'pendingOverdue';
          expect(e.lateBy !== undefined && e.lateBy >= 0).toBe(late);
        }
        const p = evaluateDossier(d, { calendar, asOf: '2026-12-31' });
        const q = evaluateDossier(d, { calendar, asOf: '2026-12-31', counting: 'dateLevel' });
        if (p.ok && q.ok && p.value.supplementRequests === 0 && p.value.outcome !== 'late') expect(q.value.outcome).not.toBe('late');
      }),
    );
  });
});
