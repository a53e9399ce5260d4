/**
 * Builds the plain-JSON trace of one dossier evaluation from the facts the clock gathered.
 * Only called when a trace is asked for, so the bulk path never pays for it.
 * @internal
 * @module
 */
import { formatInstantVN } from '../_lib/instant';
import type { ClockFacts } from './createDossierEvaluator';
import type { DossierTrace, DossierTraceStep } from './DossierEvaluation';

const BASIS = {
  clockStart:
    'RULEBOOK §1 (counting starts the next working day, BLDS 2015 Điều 147.2; cut-off and after-hours receptions are per-procedure settings, QĐ 3142/QĐ-BGDĐT Điều 11, NĐ 23/2015 Điều 7)',
  due: 'RULEBOOK §1–§2 (due = reception + processing time in working time; a deadline ending on a day off moves to the next working day, BLDS 2015 Điều 148.5)',
  supplementation:
    'RULEBOOK §2 (the citizen\'s supplementation time is added to the due; more than one request ⇒ late: QĐ 766 methodology, NĐ 61/2018 as amended)',
  end: 'RULEBOOK §2 (end = first processed > returned > stopped / refused; a withdrawal after reception also ends it: QĐ 766 methodology)',
  outcome:
    'RULEBOOK §2 (on time iff end ≤ due; early iff the end is on a calendar day before the due day; pending within iff asOf ≤ due: QĐ 766 methodology)',
  apology: 'RULEBOOK §2 (an apology letter never changes the outcome; reports count apologies separately: NĐ 118/2025, Thông tư 03/2025/TT-VPCP Mẫu 04)',
  attribution:
    'RULEBOOK §2 (a late dossier is attributed to the steps that overran their allotment, else to the dossier\'s responsible official and department)',
} as const;

/** @internal Builds the trace of one evaluation. */
export function buildTrace(f: ClockFacts): DossierTrace {
  const at = (ms: number | undefined): string | null => (ms === undefined ? null : formatInstantVN(ms));
  const u = f.params.uses;
  const steps: DossierTraceStep[] = [];

  steps.push({
    rule: 'clockStart',
    basis: BASIS.clockStart,
    inputs: {
      receivedAt: f.dossier.receivedAt,
      procedureId: f.dossier.procedureId,
      cutoffTime: f.procedure?.cutoffTime ?? null,
    },
    parameters: [u.afterHoursStartsNextWorkingStart],
    result: {
      clockStartAt: at(f.startMs),
      movedOutOfHours: f.afterHoursMoved,
      movedByCutoff: f.cutoffMoved,
    },
  });

  steps.push({
    rule: 'due',
    basis: BASIS.due,
    inputs: {
      recordedDueAt: f.dossier.dueAt ?? null,
      processingDays: f.processingDays ?? null,
      processingDaysFrom: f.dossier.dueAt !== undefined ? null : f.dossier.processingDays !== undefined ? 'dossier' : 'procedure',
      clockStartAt: at(f.startMs),
      minutesPerDay: f.minutesPerDay,
    },
    parameters: f.dueSource === 'computed' ? [u.deadlineMode] : [],
    result: {
      dueAt: f.dueSource === 'recorded' ? f.dossier.dueAt : at(f.dueMs),
      dueSource: f.dueSource,
      how:
        f.dueSource === 'recorded'
          ? 'the appointment recorded on the dossier'
          : f.params.deadlineMode === 'endOfDay'
            ? `close of office hours ${f.processingDays} working day(s) after the clock-start day (that day not counted)`
            : `clock start + ${f.processingDays} × ${f.minutesPerDay} working minutes`,
    },
  });

  const pairs: { requestedAt: string | null; resubmittedAt: string | null }[] = [];
  for (let i = 0; i + 1 < f.pauses.length; i += 2) {
    pairs.push({ requestedAt: at(f.pauses[i]), resubmittedAt: at(f.pauses[i + 1]) });
  }
  steps.push({
    rule: 'supplementation',
    basis: BASIS.supplementation,
    inputs: { requests: f.supplementRequests, pauses: pairs, awaitingAtAsOf: f.awaitingSupplement },
    parameters: [u.supplementPausesClock, u.maxSupplementRequests, u.deadlineMode],
    result: {
      pause: f.pauseUnits,
      pauseUnit: f.params.deadlineMode === 'endOfDay' ? 'workingDays' : 'workingMinutes',
      effectiveDueAt: at(f.effectiveDueMs),
      tooManyRequests: f.supplementRequests > f.params.maxSupplementRequests,
      clockStoppedAt: at(f.clockStoppedMs),
    },
  });

  steps.push({
    rule: 'end',
    basis: BASIS.end,
    inputs: {
      events: (f.dossier.events ?? []).map((e) => `${e.type}@${e.at}`),
      asOf: at(f.asOfMs),
    },
    parameters: [],
    result: { endKind: f.endKind ?? null, endedAt: at(f.endMs) },
  });

  steps.push({
    rule: 'outcome',
    basis: BASIS.outcome,
    inputs: {
      endedAt: at(f.endMs),
      clockStoppedAt: at(f.clockStoppedMs),
      effectiveDueAt: at(f.effectiveDueMs),
      asOf: at(f.asOfMs),
      supplementRequests: f.supplementRequests,
    },
    parameters: [u.maxSupplementRequests],
    result: {
      outcome: f.outcome,
      judgedAt: at(f.clockStoppedMs ?? f.endMs ?? f.asOfMs),
      lateReason: f.lateReason ?? null,
      lateByWorkingMinutes: f.lateBy ?? null,
    },
  });

  steps.push({
    rule: 'apology',
    basis: BASIS.apology,
    inputs: { apologyAt: f.apologyAt ?? null, proposedDueAt: f.apologyNewDueAt ?? null },
    parameters: [],
    result: { apology: f.apologyAt !== undefined, outcomeUnchanged: f.outcome },
  });

  if (f.attribution.length > 0) {
    steps.push({
      rule: 'attribution',
      basis: BASIS.attribution,
      inputs: {
        steps: (f.dossier.steps ?? []).map((s) => ({
          officialId: s.officialId,
          departmentId: s.departmentId,
          startedAt: s.startedAt,
          endedAt: s.endedAt ?? null,
          allottedMinutes: s.allottedHours * 60,
        })),
        officialId: f.dossier.officialId ?? null,
        departmentId: f.dossier.departmentId,
      },
      parameters: [u.supplementPausesClock],
      result: { attribution: f.attribution.map((a) => ({ ...a })) },
    });
  }

  return { dossierId: f.dossier.id, asOf: formatInstantVN(f.asOfMs), steps };
}
