import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instant } from '../../src/_lib/dateTypes';
import { createCalendar } from '../../src/calendar/createCalendar';
import { calendarIndex } from '../../src/calendar/calendarIndex';
import { evaluateDossier, receptionClockAt } from '../../src/dossier/index';
import type { DossierEvaluation } from '../../src/dossier/index';
import { MS_PER_MINUTE, formatInstantVN, parseInstant } from '../../src/_lib/instant';
import type { Dossier } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';
import { defaultPolicy } from '../../src/policy/defaultPolicy';
import { extendPolicy } from '../../src/policy/extendPolicy';

const calendar = createCalendar();
const index = calendarIndex(calendar);
const T = (s: string): Instant => `${s}+07:00` as Instant;
const ms = (s: string) => parseInstant(T(s)) as number;

function dossier(fields: Partial<Dossier> & { receivedAt: string }): Dossier {
  const parsed = parseDossier({ id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', channel: 'online', processingDays: 3, ...fields });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function value(d: Dossier, options: Partial<Parameters<typeof evaluateDossier>[1]> = {}): DossierEvaluation {
  const r = evaluateDossier(d, { calendar, asOf: '2026-06-30', ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function hoursPolicy(hours: number) {
  return extendPolicy(defaultPolicy, {
    receptionWorkingHours: [{ from: '2025-07-01', value: hours, basis: { document: 'Quy chế của cơ quan (test)', note: 'agency override' } }],
  });
}

describe('rule reception.workingHours (the reception clock)', () => {
  // Office hours 07:00–11:30 and 13:30–17:00 (480 working minutes a day).
  it('is in time at exactly 8 working hours from the portal receipt, late one minute after', () => {
    const onTime = value(dossier({ submittedAt: T('2025-08-04T08:00:00'), receivedAt: T('2025-08-05T08:00:00') }));
    expect(onTime.reception).toEqual({
      status: 'inTime', submittedAt: T('2025-08-04T08:00:00'), dueAt: T('2025-08-05T08:00:00'), limitWorkingHours: 8, workingMinutes: 480,
    });
    const late = value(dossier({ submittedAt: T('2025-08-04T08:00:00'), receivedAt: T('2025-08-05T08:01:00') }));
    expect(late.reception).toMatchObject({ status: 'late', dueAt: T('2025-08-05T08:00:00'), workingMinutes: 481 });
    // The verdict never changes the outcome of processing.
    expect(late.outcome).toBe(onTime.outcome);
  });

  it('counts only working time: a Saturday submission counts from Monday 07:00', () => {
    const e = value(dossier({ submittedAt: T('2025-08-09T10:00:00'), receivedAt: T('2025-08-11T14:30:00') }));
    expect(e.reception).toMatchObject({ status: 'inTime', dueAt: T('2025-08-11T17:00:00'), workingMinutes: 330 });
  });

  it('records the rule, its parameter and verdict in the trace', () => {
    const e = value(dossier({ submittedAt: T('2025-08-04T08:00:00'), receivedAt: T('2025-08-05T09:00:00') }));
    const step = e.trace?.steps.find((s) => s.ruleId === 'reception.workingHours');
    expect(step?.rule).toBe('reception');
    expect(step?.doc).toBe('docs/dossier-clock.md#rule-8-the-reception-clock');
    expect(step?.parameters[0]).toMatchObject({ name: 'receptionWorkingHours', value: 8, from: '2025-07-01' });
    expect(step?.result).toEqual({ reception: 'late', receptionDueAt: T('2025-08-05T08:00:00'), workingMinutes: 540 });
  });

  it('is not evaluated without submittedAt, for other channels, or before a limit is in force', () => {
    const noSubmission = value(dossier({ receivedAt: T('2025-08-05T09:00:00') }));
    expect(noSubmission.reception).toBeUndefined();
    expect(noSubmission.trace?.steps.find((s) => s.rule === 'reception')?.result).toEqual({ reception: 'submissionUnknown' });
    const direct = value(dossier({ channel: 'direct', submittedAt: T('2025-08-04T08:00:00'), receivedAt: T('2025-08-06T09:00:00') }));
    expect(direct.reception).toBeUndefined();
    expect(direct.trace?.steps.some((s) => s.rule === 'reception')).toBe(false);
    const before = value(dossier({ submittedAt: T('2025-03-03T08:00:00'), receivedAt: T('2025-03-10T09:00:00') }));
    expect(before.reception).toBeUndefined();
    expect(before.trace?.steps.find((s) => s.rule === 'reception')?.result).toEqual({ reception: 'noLimit' });
  });

  it('takes the limit from the policy (an agency override)', () => {
    const d = dossier({ submittedAt: T('2025-08-04T08:00:00'), receivedAt: T('2025-08-05T09:00:00') });
    expect(value(d, { policy: hoursPolicy(16) }).reception).toMatchObject({ status: 'inTime', limitWorkingHours: 16 });
  });

  it('names submittedAt when it is outside the calendar', () => {
    const d = { ...dossier({ receivedAt: T('2025-08-05T09:00:00') }), submittedAt: T('1899-12-31T09:00:00') };
    const r = evaluateDossier(d, { calendar, asOf: '2026-06-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'outside_calendar', path: ['submittedAt'] });
  });
});

describe('reception clock laws', () => {
  const FROM = ms('2025-07-01T00:00:00');
  const SPAN = 300 * 24 * 60; // minutes
  const submitted = fc.integer({ min: 0, max: SPAN }).map((m) => FROM + m * MS_PER_MINUTE);

  it('boundary: exactly the limit is in time, one working minute more is late (any limit)', () => {
    fc.assert(
      fc.property(submitted, fc.integer({ min: 1, max: 40 }), (sub, hours) => {
        const at = index.addWorkingMinutes(sub, hours * 60);
        expect(receptionClockAt(index, sub, at, hours)).toEqual({ dueMs: at, workingMinutes: hours * 60, status: 'inTime' });
        expect(receptionClockAt(index, sub, index.addWorkingMinutes(sub, hours * 60 + 1), hours).status).toBe('late');
      }),
    );
  });

  it('boundary through evaluateDossier: received at exactly 8 working hours is in time', () => {
    fc.assert(
      fc.property(submitted, (sub) => {
        const due = index.addWorkingMinutes(sub, 480);
        const d = dossier({ submittedAt: formatInstantVN(sub), receivedAt: formatInstantVN(due) });
        expect(value(d, { trace: false }).reception).toMatchObject({ status: 'inTime', workingMinutes: 480 });
        const later = dossier({ submittedAt: formatInstantVN(sub), receivedAt: formatInstantVN(index.addWorkingMinutes(sub, 481)) });
        expect(value(later, { trace: false }).reception?.status).toBe('late');
      }),
    );
  });

  it('monotone: a later reception is never more in time; a longer limit is never less', () => {
    fc.assert(
      fc.property(submitted, fc.integer({ min: 0, max: 5 * 1440 }), fc.integer({ min: 0, max: 5 * 1440 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 24 }), (sub, a, b, h, more) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const r1 = receptionClockAt(index, sub, sub + early * MS_PER_MINUTE, h);
        const r2 = receptionClockAt(index, sub, sub + late * MS_PER_MINUTE, h);
        expect(r1.workingMinutes).toBeLessThanOrEqual(r2.workingMinutes);
        if (r1.status === 'late') expect(r2.status).toBe('late');
        if (r1.status === 'inTime') expect(receptionClockAt(index, sub, sub + early * MS_PER_MINUTE, h + more).status).toBe('inTime');
      }),
    );
  });
});

describe('receptionClockAt at its boundary', () => {
  it('a missing calendar, a non-finite instant or a bad limit is invalid_type naming the argument', () => {
    const sub = ms('2025-08-04T08:00:00');
    const cases: [unknown[], string][] = [
      [[], 'calendar'],
      [[{}, sub, sub, 8], 'calendar.workingMinutesBetween'],
      [[index, Number.NaN, sub, 8], 'submittedMs'],
      [[index, sub, '2025-08-04', 8], 'atMs'],
      [[index, sub, sub, -1], 'hours'],
      [[index, sub, sub, Infinity], 'hours'],
    ];
    for (const [args, field] of cases) {
      expect(() => (receptionClockAt as (...a: unknown[]) => unknown)(...args)).toThrow(expect.objectContaining({ code: 'invalid_type', message: expect.stringContaining(`${field}:`) }));
    }
  });
});

describe('evaluateDossier with hand-built events and steps (no validate)', () => {
  it('events or steps that are not lists of records are an invalid_type issue naming the field, never a crash', () => {
    const base = { id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', channel: 'direct', receivedAt: T('2025-08-04T08:00:00'), processingDays: 1 };
    const bad: [Record<string, unknown>, string][] = [
      [{ events: 'returned' }, 'events'],
      [{ events: [null] }, 'events'],
      [{ events: [{ type: Object.create(null), at: T('2025-08-04T09:00:00') }] }, 'events'],
      [{ steps: {} }, 'steps'],
      [{ steps: [{ officialId: 'CB', departmentId: 'P', startedAt: T('2025-08-04T08:00:00'), allottedHours: 'x' }] }, 'steps'],
    ];
    for (const [fields, field] of bad) {
      const r = evaluateDossier({ ...base, ...fields } as unknown as Dossier, { calendar, asOf: '2026-06-30' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'invalid_type', path: expect.arrayContaining([field]) });
    }
  });
});
