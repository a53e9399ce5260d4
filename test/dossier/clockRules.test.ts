import { describe, expect, it } from 'vitest';
import type { Instant } from '../../src/_lib/dateTypes';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createDossierEvaluator, evaluateDossier } from '../../src/dossier/index';
import type { ClockRule, DossierEvaluation } from '../../src/dossier/index';
import { defineCounting, portal766, replaceClockRule, workingDays } from '../../src/dossier/index';
import { dueFromProcedure } from '../../src/dossier/rules/dueFromProcedure';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import type { Dossier } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';

const calendar = createCalendar();
const T = (s: string): Instant => `${s}+07:00` as Instant;

function dossier(fields: Partial<Dossier> & { receivedAt: string }): Dossier {
  const parsed = parseDossier({ id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', officialId: 'CB-01', channel: 'online', processingDays: 3, ...fields });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function value(d: Dossier, options: Partial<Parameters<typeof evaluateDossier>[1]> = {}): DossierEvaluation {
  const r = evaluateDossier(d, { calendar, asOf: '2026-12-14', ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('the clock as named rules', () => {
  it('lists every rule applied with its id, basis and documentation anchor, and names the convention', () => {
    const e = value(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [{ type: 'processed', at: T('2025-03-05T10:00:00') }] }), { counting: 'portal766' });
    expect(e.trace?.steps.map((s) => s.ruleId)).toEqual([
      'clockStart.reception',
      'due.appointmentOrProcessingDays',
      'supplementation.elapsedTime',
      'end.processedFirst',
      'outcome.byConvention',
      'apology.neverChangesOutcome',
      'reception.workingHours',
    ]);
    expect(e.trace?.counting.id).toBe('portal766');
    expect(e.trace?.counting.doc).toBe('docs/counting.md#portal766');
    expect(e.trace?.steps[0]?.doc).toBe('docs/dossier-clock.md#rule-1-when-the-clock-starts');
  });

  // Worked example: a new decree replaces one rule. The rule is one value (it would be one file,
  // e.g. src/dossier/rules/dueMinusOneDay.ts); the regime is the convention's array with that step replaced.
  const dueOneDayEarlier: ClockRule = {
    id: 'due.oneDayShorter',
    step: 'due',
    basis: 'Hypothetical decree X/2027: every processing time is shortened by one working day',
    doc: 'docs/dossier-clock.md#rule-2-the-due-time',
    apply(s, ctx) {
      dueFromProcedure.apply(s, ctx);
      if (s.dueSource === 'computed') s.dueMs = ctx.calendar.closeOfDay(ctx.calendar.addWorkingDays(Math.floor((s.dueMs + 7 * 3_600_000) / 86_400_000), -1));
    },
    explain: (f, ctx) => ({ inputs: { processingDays: f.processingDays ?? null }, parameters: [], result: { dueAt: ctx.format(f.dueMs) } }),
  };

  it('plugs a rule defined in one file into a regime (worked example)', () => {
    const decreeX = defineCounting({ id: 'decreeX', label: { vi: 'Nghị định X', en: 'Decree X' }, basis: 'Hypothetical decree X/2027', extends: portal766, rules: [dueOneDayEarlier] });
    expect(decreeX.regime.map((r) => r.id)[1]).toBe('due.oneDayShorter');
    expect(replaceClockRule(portal766.regime, dueOneDayEarlier)).toEqual(decreeX.regime);
    const d = dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [{ type: 'processed', at: T('2025-03-06T10:00:00') }] });
    expect(value(d).outcome).toBe('onTime'); // due Thu 06/03 17:00
    const e = value(d, { counting: decreeX });
    expect(e.dueAt).toBe(T('2025-03-05T17:00:00'));
    expect(e.outcome).toBe('late');
    expect(e.trace?.steps[1]).toMatchObject({ rule: 'due', ruleId: 'due.oneDayShorter', basis: 'Hypothetical decree X/2027: every processing time is shortened by one working day' });
    expect(e.trace?.counting).toMatchObject({ id: 'decreeX', doc: 'docs/counting.md#your-own-convention' });
  });

  it('refuses a rule for a step the regime does not have, and an unknown counting', () => {
    expect(() => replaceClockRule(portal766.regime, { ...dueOneDayEarlier, step: 'nope' as never })).toThrow(ReformRulesError);
    expect(() => createDossierEvaluator({ calendar, asOf: '2026-01-01', counting: 'nope' as never })).toThrow(/counting/);
  });
});

describe('asOf', () => {
  const d = dossier({ receivedAt: T('2025-03-03T09:00:00') });
  it('accepts a civil date as the end of that day in Vietnam', () => {
    const byDate = value(d, { asOf: '2025-03-06' });
    const byInstant = value(d, { asOf: '2025-03-06T23:59:59.999+07:00' });
    expect(byDate).toEqual(byInstant);
    expect(byDate.trace?.asOf).toBe(T('2025-03-06T23:59:59.999'));
    expect(value(d, { asOf: '2025-03-06' }).outcome).toBe('pendingOverdue'); // due 17:00, asOf 23:59:59.999
    expect(value(d, { asOf: '2025-03-05' }).outcome).toBe('pendingWithin');
  });

  it('rejects a date that is not real, with the field', () => {
    expect(() => createDossierEvaluator({ calendar, asOf: '2025-02-30' })).toThrow(/asOf/);
  });
});

describe('DossierEvaluation is a union on outcome', () => {
  it('narrows: ended variants have endedAt and endKind, late ones lateBy', () => {
    const late = value(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [{ type: 'processed', at: T('2025-03-07T09:00:00') }] }), { counting: workingDays });
    if (late.outcome !== 'late') throw new Error('expected late');
    const minutes: number = late.lateBy;
    const endedAt: string = late.endedAt;
    expect([minutes, endedAt, late.endKind]).toEqual([120, T('2025-03-07T09:00:00'), 'processed']);
    const pending = value(dossier({ receivedAt: T('2025-03-03T09:00:00') }), { asOf: '2025-03-04' });
    expect(pending.outcome).toBe('pendingWithin');
    expect(pending.endedAt).toBeUndefined();
    expect(pending.lateBy).toBeUndefined();
  });
});
