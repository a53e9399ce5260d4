import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createDossierEvaluator, evaluateDossier, evaluateDossiers } from '../../src/dossier/index';
import type { DossierEvaluation, EvaluateDossierOptions } from '../../src/dossier/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import type { Instant } from '../../src/_lib/dateTypes';
import type { Dossier, DossierEvent, DossierStep } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';
import type { Procedure } from '../../src/model/procedure';
import { defaultPolicy } from '../../src/policy/defaultPolicy';
import { extendPolicy } from '../../src/policy/extendPolicy';

const calendar = createCalendar();
const ASOF = '2026-12-14T17:00:00+07:00';
const T = (s: string): Instant => `${s}+07:00` as Instant;

const P1: Procedure = {
  id: 'P1',
  name: 'Cấp giấy chứng nhận đăng ký đầu tư',
  field: 'Đầu tư',
  processingDays: 3,
  onlineEligible: true,
  onlineLevel: 'full',
  hasFees: false,
  onlinePayment: false,
};
const CUTOFF: Procedure = { ...P1, id: 'CT', name: 'Chứng thực bản sao', field: 'Chứng thực', processingDays: 0, cutoffTime: '15:00' };
const procedures = [P1, CUTOFF];

/** A dossier, checked against the schema so every example is valid input. */
function dossier(fields: Partial<Dossier> & { receivedAt: Instant }): Dossier {
  const input: Dossier = { id: 'HS-1', procedureId: 'P1', departmentId: 'P-DT', officialId: 'CB-01', channel: 'online', ...fields };
  const parsed = parseDossier(input);
  if (!parsed.ok) throw new Error(`invalid example dossier: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

function run(d: Dossier, options: Partial<EvaluateDossierOptions> = {}): DossierEvaluation {
  const r = evaluateDossier(d, { calendar, asOf: ASOF, procedures, ...options });
  if (!r.ok) throw new Error(`unexpected issues: ${JSON.stringify(r.issues)}`);
  return r.value;
}

function issueOf(d: Dossier, options: Partial<EvaluateDossierOptions> = {}) {
  const r = evaluateDossier(d, { calendar, asOf: ASOF, procedures, ...options });
  if (r.ok) throw new Error('expected issues');
  return r.issues[0];
}

const ev = (type: DossierEvent['type'], at: string): DossierEvent => ({ type, at: T(at) }) as DossierEvent;
const processedAt = (at: string) => [ev('processed', at)];

describe('evaluateDossier', () => {
  describe('due across Tết and the make-up Saturday', () => {
    it('skips Tết Ất Tỵ 2025 (27–31/01) when counting working days', () => {
      const e = run(dossier({ receivedAt: T('2025-01-24T09:00:00'), events: processedAt('2025-02-05T16:00:00') }));
      expect(e.dueAt).toBe('2025-02-05T17:00:00+07:00');
      expect(e.dueSource).toBe('computed');
      expect(e.outcome).toBe('onTime');
    });

    it('skips Tết Bính Ngọ 2026 (16–20/02) when counting working days', () => {
      const e = run(dossier({ receivedAt: T('2026-02-13T10:00:00'), processingDays: 2, events: processedAt('2026-02-23T09:00:00') }));
      expect(e.dueAt).toBe('2026-02-24T17:00:00+07:00');
      expect(e.outcome).toBe('early');
    });

    it('starts the clock of an online dossier received during Tết 2026 at the next working start', () => {
      const e = run(dossier({ receivedAt: T('2026-02-17T10:00:00'), processingDays: 1 }), { asOf: T('2026-02-24T12:00:00') });
      expect(e.clockStartAt).toBe('2026-02-23T07:00:00+07:00');
      expect(e.dueAt).toBe('2026-02-24T17:00:00+07:00');
      expect(e.outcome).toBe('pendingWithin');
    });

    it('counts the make-up Saturday 2025-04-26 as a working day', () => {
      expect(run(dossier({ receivedAt: T('2025-04-25T10:00:00'), processingDays: 1 })).dueAt).toBe('2025-04-26T17:00:00+07:00');
      expect(run(dossier({ receivedAt: T('2025-04-25T10:00:00'), processingDays: 2 })).dueAt).toBe('2025-04-28T17:00:00+07:00');
      // 30/04, 01/05, 02/05 off, 03/05 an ordinary Saturday
      expect(run(dossier({ receivedAt: T('2025-04-25T10:00:00'), processingDays: 4 })).dueAt).toBe('2025-05-05T17:00:00+07:00');
    });

    it('takes the processing time from the procedure when the dossier has none', () => {
      expect(run(dossier({ receivedAt: T('2025-03-03T09:00:00') })).dueAt).toBe('2025-03-06T17:00:00+07:00');
    });

    it('uses a recorded dueAt as is', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), dueAt: T('2025-03-10T10:00:00'), events: processedAt('2025-03-10T11:00:00') }));
      expect(e.dueAt).toBe('2025-03-10T10:00:00+07:00');
      expect(e.dueSource).toBe('recorded');
      expect(e.outcome).toBe('late');
      expect(e.lateBy).toBe(60);
    });

    it("computes the due in working minutes in 'workingHours' mode", () => {
      const policy = extendPolicy(defaultPolicy, {
        deadlineMode: [{ from: '2023-01-01', value: 'workingHours', basis: { document: 'Quyết định thử nghiệm' } }],
      });
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), processingDays: 1 }), { policy });
      expect(e.deadlineMode).toBe('workingHours');
      expect(e.dueAt).toBe('2025-03-04T09:00:00+07:00');
      const overTet = run(dossier({ receivedAt: T('2025-01-24T16:00:00'), processingDays: 1 }), { policy });
      expect(overTet.dueAt).toBe('2025-02-03T16:00:00+07:00');
    });
  });

  describe('reception after hours and after the cut-off', () => {
    it('starts the clock of an evening reception at the next working start', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T18:30:00'), processingDays: 1 }));
      expect(e.clockStartAt).toBe('2025-03-04T07:00:00+07:00');
      expect(e.dueAt).toBe('2025-03-05T17:00:00+07:00');
    });

    it('starts the clock of a lunch-break reception at the afternoon start', () => {
      expect(run(dossier({ receivedAt: T('2025-03-03T12:00:00'), processingDays: 1 })).clockStartAt).toBe('2025-03-03T13:30:00+07:00');
    });

    it('counts from the reception day itself when the policy turns the after-hours rule off', () => {
      const policy = extendPolicy(defaultPolicy, {
        afterHoursStartsNextWorkingStart: [{ from: '2023-01-01', value: false, basis: { document: 'Quyết định thử nghiệm' } }],
      });
      const e = run(dossier({ receivedAt: T('2025-03-03T18:30:00'), processingDays: 1 }), { policy });
      expect(e.clockStartAt).toBe('2025-03-03T18:30:00+07:00');
      expect(e.dueAt).toBe('2025-03-04T17:00:00+07:00');
    });

    it("moves a reception after the procedure's cut-off to the next working day", () => {
      const late = run(dossier({ procedureId: 'CT', receivedAt: T('2025-03-03T15:30:00') }));
      expect(late.clockStartAt).toBe('2025-03-04T07:00:00+07:00');
      expect(late.dueAt).toBe('2025-03-04T17:00:00+07:00');
      const before = run(dossier({ procedureId: 'CT', receivedAt: T('2025-03-03T14:59:00') }));
      expect(before.dueAt).toBe('2025-03-03T17:00:00+07:00');
      const exactly = run(dossier({ procedureId: 'CT', receivedAt: T('2025-03-03T15:00:00') }));
      expect(exactly.dueAt).toBe('2025-03-03T17:00:00+07:00');
    });

    it('moves a Friday reception after the cut-off over the weekend and Tết', () => {
      const e = run(dossier({ procedureId: 'CT', receivedAt: T('2025-01-24T16:00:00') }));
      expect(e.clockStartAt).toBe('2025-02-03T07:00:00+07:00');
      expect(e.dueAt).toBe('2025-02-03T17:00:00+07:00');
    });
  });

  describe('supplementation', () => {
    it('moves the due forward by the working days between request and re-submission', () => {
      const e = run(
        dossier({
          receivedAt: T('2025-03-03T09:00:00'),
          events: [ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-07T10:00:00'), ev('processed', '2025-03-11T16:00:00')],
        }),
        { counting: 'workingDays' }, // the working-day shift (an interpretation); portal766 subtracts elapsed time
      );
      expect(e.dueAt).toBe('2025-03-06T17:00:00+07:00');
      expect(e.effectiveDueAt).toBe('2025-03-11T17:00:00+07:00'); // 3 working days: 05, 06, 07/03
      expect(e.supplementRequests).toBe(1);
      expect(e.outcome).toBe('onTime');
    });

    it('makes a dossier with two supplementation requests late even when it ends in time', () => {
      const e = run(
        dossier({
          receivedAt: T('2025-03-03T09:00:00'),
          events: [
            ev('supplement-requested', '2025-03-03T10:00:00'),
            ev('supplement-received', '2025-03-03T11:00:00'),
            ev('supplement-requested', '2025-03-04T10:00:00'),
            ev('supplement-received', '2025-03-04T11:00:00'),
            ev('processed', '2025-03-05T09:00:00'),
          ],
        }),
      );
      expect(e.supplementRequests).toBe(2);
      expect(e.outcome).toBe('late');
      expect(e.lateReason).toBe('tooManySupplementRequests');
      expect(e.lateBy).toBe(0);
    });

    it('keeps a dossier waiting for re-submission pending within its deadline, clock stopped', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('supplement-requested', '2025-03-04T10:00:00')] }), {
        asOf: T('2025-06-30T17:00:00'),
      });
      expect(e.awaitingSupplement).toBe(true);
      expect(e.outcome).toBe('pendingWithin');
    });

    it('keeps a dossier pending overdue when the request came after its due', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('supplement-requested', '2025-03-07T10:00:00')] }), {
        asOf: T('2025-06-30T17:00:00'),
      });
      expect(e.outcome).toBe('pendingOverdue');
      expect(e.lateBy).toBe(180); // 07:00–10:00 on 07/03
    });

    it('judges a dossier that ends while waiting for re-submission at the request', () => {
      const e = run(
        dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('supplement-requested', '2025-03-05T10:00:00'), ev('withdrawn', '2025-03-20T10:00:00')] }),
      );
      // The clock stopped on 05/03, the day before the due day 06/03 (766: the request is the end of processing).
      expect(e.endKind).toBe('withdrawn');
      expect(e.endedAt).toBe('2025-03-20T10:00:00+07:00');
      expect(e.clockStoppedAt).toBe('2025-03-05T10:00:00+07:00');
      expect(e.effectiveDueAt).toBe(e.dueAt);
      expect(e.outcome).toBe('early');
    });

    it('keeps the outcome of a dossier ended while waiting when its end moves later (counterexample)', () => {
      const make = (processed: string) =>
        dossier({
          receivedAt: T('2026-08-26T05:24:00'),
          processingDays: 0,
          events: [ev('supplement-requested', '2026-08-26T06:09:00'), ev('apology', '2026-08-26T18:36:00'), ev('processed', processed)],
        });
      expect(run(make('2026-08-31T02:54:00')).outcome).toBe('onTime');
      expect(run(make('2026-09-03T00:00:00')).outcome).toBe('onTime');
    });

    it('keeps the time of day of a recorded due when supplementation moves it', () => {
      const e = run(
        dossier({
          receivedAt: T('2025-03-03T09:00:00'),
          dueAt: T('2025-03-10T10:00:00'),
          events: [ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-05T09:00:00'), ev('processed', '2025-03-11T09:30:00')],
        }),
        { counting: 'workingDays' },
      );
      expect(e.effectiveDueAt).toBe('2025-03-11T10:00:00+07:00');
      expect(e.outcome).toBe('onTime');
    });

    it("moves the due by working minutes in 'workingHours' mode", () => {
      const policy = extendPolicy(defaultPolicy, {
        deadlineMode: [{ from: '2023-01-01', value: 'workingHours', basis: { document: 'Quyết định thử nghiệm' } }],
      });
      const e = run(
        dossier({
          receivedAt: T('2025-03-03T09:00:00'),
          processingDays: 1,
          events: [ev('supplement-requested', '2025-03-03T10:00:00'), ev('supplement-received', '2025-03-03T16:00:00'), ev('processed', '2025-03-04T13:45:00')],
        }),
        { policy },
      );
      // due 04/03 09:00; the wait 10:00–16:00 on 03/03 holds 90 + 150 = 240 working minutes (lunch excluded),
      // so the effective due is 04/03 09:00 + 240 working minutes = 15:00 (11:30–13:30 skipped).
      expect(e.dueAt).toBe('2025-03-04T09:00:00+07:00');
      expect(e.effectiveDueAt).toBe('2025-03-04T15:00:00+07:00');
      expect(e.outcome).toBe('onTime');
    });

    it('does not move the due when the policy says supplementation does not pause the clock', () => {
      const policy = extendPolicy(defaultPolicy, {
        supplementPausesClock: [{ from: '2023-01-01', value: false, basis: { document: 'Quyết định thử nghiệm' } }],
      });
      const e = run(
        dossier({
          receivedAt: T('2025-03-03T09:00:00'),
          events: [ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-07T10:00:00'), ev('processed', '2025-03-11T16:00:00')],
        }),
        { policy },
      );
      expect(e.effectiveDueAt).toBe(e.dueAt);
      expect(e.outcome).toBe('late');
    });
  });

  describe('ends and outcomes', () => {
    const received = T('2025-03-03T09:00:00'); // due 2025-03-06T17:00

    it('ends with each end kind', () => {
      for (const kind of ['processed', 'returned', 'stopped', 'rejected', 'withdrawn'] as const) {
        const e = run(dossier({ receivedAt: received, events: [ev(kind, '2025-03-06T10:00:00')] }));
        expect(e.endKind).toBe(kind);
        expect(e.endedAt).toBe('2025-03-06T10:00:00+07:00');
        expect(e.outcome).toBe('onTime');
      }
    });

    it('ends at the first of processed and returned', () => {
      const e = run(dossier({ receivedAt: received, events: [ev('processed', '2025-03-06T10:00:00'), ev('returned', '2025-03-07T10:00:00')] }));
      expect(e.endKind).toBe('processed');
      expect(e.outcome).toBe('onTime');
    });

    it('is early when it ends on a calendar day before the due day', () => {
      expect(run(dossier({ receivedAt: received, events: processedAt('2025-03-05T16:59:00') })).outcome).toBe('early');
    });

    it('is on time when it ends exactly at the due time', () => {
      expect(run(dossier({ receivedAt: received, events: processedAt('2025-03-06T17:00:00') })).outcome).toBe('onTime');
    });

    it('is late one second after the due time', () => {
      const e = run(dossier({ receivedAt: received, events: processedAt('2025-03-06T17:00:01') }));
      expect(e.outcome).toBe('late');
      expect(e.lateBy).toBe(0);
    });

    it('is late by the working minutes past the due', () => {
      const e = run(dossier({ receivedAt: received, events: processedAt('2025-03-07T09:00:00') }));
      expect(e.outcome).toBe('late');
      expect(e.lateBy).toBe(120);
    });

    it('is pending within or overdue depending on asOf', () => {
      const d = dossier({ receivedAt: received, events: processedAt('2025-03-20T09:00:00') });
      expect(run(d, { asOf: T('2025-03-06T17:00:00') }).outcome).toBe('pendingWithin');
      const overdue = run(d, { asOf: T('2025-03-07T08:00:00') });
      expect(overdue.outcome).toBe('pendingOverdue');
      expect(overdue.lateBy).toBe(60);
      expect(overdue.endKind).toBeUndefined();
    });

    it('keeps an apologised late dossier late and counts the apology', () => {
      const e = run(
        dossier({
          receivedAt: received,
          events: [{ type: 'apology', at: T('2025-03-05T09:00:00'), newDueAt: T('2025-03-10T17:00:00') }, ev('processed', '2025-03-10T10:00:00')],
        }),
      );
      expect(e.apology).toBe(true);
      expect(e.outcome).toBe('late');
    });

    it('leaves an on-time dossier with an apology on time', () => {
      const e = run(dossier({ receivedAt: received, events: [ev('apology', '2025-03-05T09:00:00'), ev('processed', '2025-03-06T10:00:00')] }));
      expect(e.apology).toBe(true);
      expect(e.outcome).toBe('onTime');
    });
  });

  describe('attribution', () => {
    const steps: DossierStep[] = [
      { officialId: 'CB-01', departmentId: 'MC', startedAt: T('2025-03-03T09:00:00'), endedAt: T('2025-03-03T10:00:00'), allottedHours: 4 },
      { officialId: 'CB-07', departmentId: 'P-DT', startedAt: T('2025-03-03T10:00:00'), endedAt: T('2025-03-07T10:00:00'), allottedHours: 16 },
      { officialId: 'CB-09', departmentId: 'LD', startedAt: T('2025-03-07T10:00:00'), endedAt: T('2025-03-07T11:00:00'), allottedHours: 4 },
    ];

    it('attributes a late dossier to the step that overran its allotment', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), steps, events: processedAt('2025-03-07T11:00:00') }));
      expect(e.outcome).toBe('late');
      // CB-07 worked 10:00 03/03 → 10:00 07/03: 300 + 3 × 480 + 180 = 1920 working minutes against 960 allotted.
      expect(e.attribution).toEqual([{ officialId: 'CB-07', departmentId: 'P-DT', overrunMinutes: 960, via: 'step' }]);
      expect(e.participants).toEqual({ officialIds: ['CB-01', 'CB-07', 'CB-09'], departmentIds: ['P-DT', 'MC', 'LD'] });
    });

    it("excludes supplementation pauses from a step's working time", () => {
      const e = run(
        dossier({
          receivedAt: T('2025-03-03T09:00:00'),
          steps,
          events: [ev('supplement-requested', '2025-03-04T10:00:00'), ev('supplement-received', '2025-03-06T10:00:00'), ev('processed', '2025-03-11T09:00:00')],
        }),
        { counting: 'workingDays' },
      );
      expect(e.effectiveDueAt).toBe('2025-03-10T17:00:00+07:00');
      expect(e.outcome).toBe('late');
      // CB-07: 1920 working minutes minus the 960-minute pause = 960, exactly its allotment: no step overran.
      expect(e.attribution).toEqual([{ officialId: 'CB-01', departmentId: 'P-DT', overrunMinutes: 120, via: 'responsible' }]);
    });

    it("falls back to the dossier's official and department when no step overran", () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: processedAt('2025-03-07T09:00:00') }));
      expect(e.attribution).toEqual([{ officialId: 'CB-01', departmentId: 'P-DT', overrunMinutes: 120, via: 'responsible' }]);
    });

    it('attributes nothing to an on-time dossier', () => {
      expect(run(dossier({ receivedAt: T('2025-03-03T09:00:00'), steps, events: processedAt('2025-03-06T11:00:00') })).attribution).toEqual([]);
    });
  });

  describe('trace', () => {
    it('names each rule with its basis and the parameters used', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: processedAt('2025-03-07T09:00:00') }));
      const rules = e.trace?.steps.map((s) => s.rule);
      expect(rules).toEqual(['clockStart', 'due', 'supplementation', 'end', 'outcome', 'apology', 'attribution', 'reception']);
      for (const s of e.trace?.steps ?? []) {
        // The basis cites the legal text; the doc cites a section of the shipped documentation.
        expect(s.basis).not.toMatch(/RULEBOOK/);
        expect(s.basis.length).toBeGreaterThan(20);
        expect(s.doc).toMatch(/^docs\/(dossier-clock|counting)\.md#[a-z0-9-]+$/);
      }
      const due = e.trace?.steps.find((s) => s.rule === 'due');
      expect(due?.parameters.map((p) => [p.name, p.value])).toEqual([['deadlineMode', 'endOfDay']]);
      expect(JSON.parse(JSON.stringify(e.trace))).toEqual(e.trace);
    });

    it('is left out with trace: false and by the bulk evaluator', () => {
      const d = dossier({ receivedAt: T('2025-03-03T09:00:00'), processingDays: 3 });
      const r = evaluateDossier(d, { calendar, asOf: ASOF, trace: false });
      expect(r.ok && r.value.trace).toBeUndefined();
      const bulk = createDossierEvaluator({ calendar, asOf: ASOF })(d);
      expect(bulk.ok && bulk.value.trace).toBeUndefined();
      const withTrace = evaluateDossier(d, { calendar, asOf: ASOF });
      const { trace, ...rest } = withTrace.ok ? withTrace.value : ({} as DossierEvaluation);
      expect(trace).toBeDefined();
      expect(bulk.ok && bulk.value).toEqual(rest);
    });
  });

  describe('issues', () => {
    it('reports an unknown procedure', () => {
      const issue = issueOf(dossier({ procedureId: 'NOPE', receivedAt: T('2025-03-03T09:00:00') }), { locale: 'en' });
      expect(issue?.code).toBe('unknown_procedure');
      expect(issue?.path).toEqual(['procedureId']);
      expect(issue?.message).toBe("procedureId: the procedure \"NOPE\" is not in the procedures given");
    });

    it('writes issue messages in Vietnamese on request', () => {
      const issue = issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('supplement-received', '2025-03-04T10:00:00')] }), { locale: 'vi' });
      expect(issue?.message).toBe(
        'events[0].type: bổ sung hồ sơ lúc "2025-03-04T10:00:00+07:00" nhưng trước đó không có yêu cầu bổ sung nào đang chờ',
      );
    });

    it('reports a dossier with no processing time at all', () => {
      const issue = issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00') }), { procedures: undefined as never });
      expect(issue?.code).toBe('no_processing_time');
    });

    it('reports a re-submission without a request', () => {
      const issue = issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('supplement-received', '2025-03-04T10:00:00')] }));
      expect(issue?.code).toBe('resubmission_without_request');
      expect(issue?.path).toEqual(['events', 0, 'type']);
    });

    it('reports two ends', () => {
      const issue = issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('processed', '2025-03-04T10:00:00'), ev('processed', '2025-03-05T10:00:00')] }));
      expect(issue?.code).toBe('multiple_ends');
      const mixed = issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('rejected', '2025-03-04T10:00:00'), ev('returned', '2025-03-05T10:00:00')] }));
      expect(mixed?.code).toBe('multiple_ends');
    });

    it('reports a supplementation event after the end', () => {
      const issue = issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: [ev('processed', '2025-03-04T10:00:00'), ev('supplement-requested', '2025-03-05T10:00:00')] }));
      expect(issue?.code).toBe('event_after_end');
    });

    it('reports a dossier received after asOf', () => {
      expect(issueOf(dossier({ receivedAt: T('2025-03-03T09:00:00') }), { asOf: T('2025-03-01T00:00:00') })?.code).toBe('received_after_as_of');
    });

    it('reports dates the calendar does not cover', () => {
      const policy = extendPolicy(defaultPolicy, {});
      const r = evaluateDossier(dossier({ receivedAt: T('2101-01-03T09:00:00') }), { calendar, asOf: T('2101-02-01T00:00:00'), procedures, policy });
      expect(r.ok ? null : r.issues[0].code).toBe('outside_calendar');
    });

    it('reports a reception before the first policy value as the policy issue', () => {
      expect(issueOf(dossier({ receivedAt: T('2020-03-03T09:00:00') }))?.code).toBe('parameter_before_first_value');
    });

    it('ignores events after asOf', () => {
      const e = run(dossier({ receivedAt: T('2025-03-03T09:00:00'), events: processedAt('2025-03-05T09:00:00') }), { asOf: T('2025-03-04T12:00:00') });
      expect(e.outcome).toBe('pendingWithin');
    });

    it('rejects a malformed instant in unvalidated input as an issue, not a crash', () => {
      const bad = { id: 'X', procedureId: 'P1', departmentId: 'D', channel: 'online', receivedAt: '2025-03-03 09:00' } as unknown as Dossier;
      expect(issueOf(bad)?.code).toBe('invalid_instant');
      expect(issueOf(null as unknown as Dossier)?.code).toBe('not_a_dossier');
      const validated = evaluateDossier({ ...bad, channel: 'fax' } as unknown as Dossier, { calendar, asOf: ASOF, validate: true });
      expect(validated.ok).toBe(false);
    });

    it('throws for a bad asOf or calendar (programmer errors)', () => {
      const d = dossier({ receivedAt: T('2025-03-03T09:00:00') });
      expect(() => evaluateDossier(d, { calendar, asOf: '2025-03-03T09:00:00' })).toThrow(ReformRulesError);
      expect(() => evaluateDossier(d, { calendar: {} as never, asOf: ASOF })).toThrow(/calendar/);
    });
  });
});

describe('evaluateDossier near the end of the calendar', () => {
  it('names the reception when the due would fall beyond the covered range', () => {
    const r = evaluateDossier(
      { id: 'HS-2100', procedureId: 'P', departmentId: 'D', channel: 'direct', receivedAt: '2100-12-20T09:00:00+07:00', processingDays: 30 },
      { calendar: createCalendar(), asOf: '2100-12-31T17:00:00+07:00', locale: 'en' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'outside_calendar', path: ['receivedAt'], received: '2100-12-20T09:00:00+07:00' });
    expect(r.issues[0].message).toBe(
      'receivedAt (its due, counted in working time): "2100-12-20T09:00:00+07:00" is outside the calendar, which covers "1900-01-01" to "2100-12-31"',
    );
  });
});

describe('evaluateDossiers', () => {
  it('yields one result per dossier, lazily', () => {
    const ds = [dossier({ receivedAt: T('2025-03-03T09:00:00') }), dossier({ id: 'HS-2', procedureId: 'NOPE', receivedAt: T('2025-03-03T09:00:00') })];
    const results = [...evaluateDossiers(ds, { calendar, asOf: ASOF, procedures })];
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });

  it('refuses a procedures option whose entries are not procedures (null, a hole, no id, in a Map), naming the entry', () => {
    const d = dossier({ receivedAt: '2025-03-03T09:00:00+07:00' });
    const holed = [{ id: d.procedureId, processingDays: 5 }, { id: 'X', processingDays: 5 }];
    delete holed[1];
    for (const procedures of [[null], holed, [{ processingDays: 5 }], new Map([[d.procedureId, null]]), 'P1'] as unknown[]) {
      let caught: unknown;
      try {
        evaluateDossier(d, { calendar, asOf: ASOF, procedures: procedures as never });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ReformRulesError);
      expect((caught as ReformRulesError).code).toBe('invalid_type');
      expect((caught as ReformRulesError).message).toMatch(/^procedures/);
    }
  });
});
