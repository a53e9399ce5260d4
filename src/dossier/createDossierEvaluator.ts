import { DEFAULT_LOCALE } from '../errors/locale';
import type { CivilDate, Instant, WorkCalendar } from '../calendar/WorkCalendar';
import type { Issue, Result } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Dossier } from '../model/dossier';
import { parseDossier } from '../model/dossier';
import type { Procedure } from '../model/procedure';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import type { CountingConvention } from './counting/CountingConvention';
import type { DossierEvaluation, DossierEvaluationBase, DossierParticipants } from './DossierEvaluation';
import type { ClockFacts } from './rules/ClockRule';
import type { DossierClockCore } from './_clock';
import { createDossierClock, issuesOf } from './_clock';
import { buildTrace } from './_trace';

/**
 * Options of {@link evaluateDossier}, {@link evaluateDossiers} and {@link createDossierEvaluator}.
 * @example
 * ```ts
 * import { createCalendar, defaultPolicy } from 'reform-rules';
 * import type { EvaluateDossierOptions } from 'reform-rules';
 * const options: EvaluateDossierOptions = {
 *   calendar: createCalendar(),
 *   asOf: '2025-03-14', // the end of that day in Vietnam, or an instant with offset
 *   procedures: [procedure],
 *   policy: defaultPolicy,
 *   counting: 'portal766',
 * };
 * ```
 * @category Dossier
 */
export interface EvaluateDossierOptions {
  /** The working-time calendar (from `createCalendar`); it must cover every date the dossier touches. */
  readonly calendar: WorkCalendar;
  /**
   * The moment to evaluate as of (the period's end); events after it are ignored. An instant with
   * offset (`'2025-03-14T17:00:00+07:00'`), or a civil date `'YYYY-MM-DD'` meaning the **end of that
   * day in Vietnam** (`23:59:59.999+07:00`).
   */
  readonly asOf: Instant | CivilDate;
  /**
   * The procedures, by id or as a list. Needed for `cutoffTime` and for the processing time of a
   * dossier with neither `dueAt` nor `processingDays`. When given, a dossier whose procedure is
   * not among them gets the issue `unknown_procedure`.
   */
  readonly procedures?: ReadonlyMap<string, Procedure> | readonly Procedure[];
  /** The policy whose clock parameters apply (read on each dossier's reception day); default {@link defaultPolicy}. */
  readonly policy?: Policy<PolicyParameters>;
  /**
   * The counting convention: a shipped id (`'portal766'`, the default; `'dateLevel'`;
   * `'workingDays'`) or a convention from {@link defineCounting}. It selects the clock rules; the
   * trace names it. See `docs/counting.md`.
   */
  readonly counting?: CountingConvention | 'portal766' | 'dateLevel' | 'workingDays';
  /**
   * Whether to build the {@link DossierTrace}. Default `true` for {@link evaluateDossier} (one
   * dossier, explain it) and `false` for {@link evaluateDossiers} and {@link createDossierEvaluator}
   * (bulk: the trace costs more than the evaluation).
   */
  readonly trace?: boolean;
  /** Run {@link parseDossier} on each dossier first (a debug path for unvalidated input); default `false`. */
  readonly validate?: boolean;
  /** The locale of issue messages; default `'vi'` ({@link DEFAULT_LOCALE}). */
  readonly locale?: Locale;
}

/**
 * A prepared dossier clock: evaluates one dossier with options fixed in advance.
 * @example
 * ```ts
 * import type { Dossier, DossierEvaluator } from 'reform-rules';
 * const outcomeOf = (evaluate: DossierEvaluator, d: Dossier) => { const r = evaluate(d); return r.ok ? r.value.outcome : null; };
 * ```
 * @category Dossier
 */
export type DossierEvaluator = (dossier: Dossier) => Result<DossierEvaluation>;

export type { ClockFacts } from './rules/ClockRule';

/**
 * Prepares the dossier clock once (calendar index, `asOf`, procedures, policy, counting convention)
 * and returns a function that evaluates one validated dossier: the fast path for bulk evaluation
 * and streaming into {@link tallyDossiers}.
 *
 * @remarks Same rules and results as {@link evaluateDossier}; the trace is off unless
 * `trace: true`. The returned function is pure apart from small bounded caches of per-day policy
 * values and formatted instants. See `docs/dossier-clock.md` for the rules.
 * @param options - The calendar, `asOf`, procedures, policy, counting convention and switches.
 * @returns The evaluator: dossier in, `Result<DossierEvaluation>` out (issues for data problems).
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `invalid_instant`) When `asOf` is not an instant with offset.
 * @throws {@link ReformRulesError} (code `missing_offset`) When `asOf` has no UTC offset.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `asOf` looks like a civil date but is not a real one.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `counting` names no known convention.
 * @example
 * ```ts
 * import { createCalendar, createDossierEvaluator } from 'reform-rules';
 * const evaluate = createDossierEvaluator({ calendar: createCalendar(), asOf: '2025-03-31' });
 * const r = evaluate(dossier);
 * r.ok ? r.value.outcome : r.issues[0].code; // => 'onTime'
 * ```
 * @category Dossier
 */
export function createDossierEvaluator(options: EvaluateDossierOptions): DossierEvaluator {
  const clock = createDossierClock(options);
  const validate = options.validate === true;
  const withTrace = options.trace === true;
  const locale: Locale = options.locale ?? DEFAULT_LOCALE;
  return (dossier: Dossier): Result<DossierEvaluation> => {
    if (validate) {
      const parsed = parseDossier(dossier, { locale });
      if (!parsed.ok) return parsed;
    }
    try {
      return { ok: true, value: evaluationOf(clock.run(dossier), clock, withTrace) };
    } catch (error) {
      return { ok: false, issues: issuesOf(error, dossier, clock) };
    }
  };
}

/**
 * @internal The numeric dossier clock for bulk consumers that need no {@link DossierEvaluation}
 * (the report): the facts of one validated dossier (instants as epoch ms, nothing formatted), or
 * the issues {@link createDossierEvaluator} would return for it. Same rules, same issues.
 */
export type DossierFactsEvaluator = (dossier: Dossier, receivedMs?: number, instants?: readonly number[]) => ClockFacts | Issue[];

/**
 * @internal Prepares the numeric dossier clock (same options and errors as
 * {@link createDossierEvaluator}; `trace` and `validate` are ignored). `receivedMs`, when given,
 * must be `readInstant(dossier.receivedAt)` already read by the caller; `instants`, when given,
 * must hold `readInstant(dossier.events[i].at)` at `[i + 1]` for every event (all valid). With
 * `attribution: false` (a consumer that reads no attribution, given validated dossiers and an
 * `asOf` the calendar covers) the facts' `attribution` and `unattributedSteps` stay empty and
 * every other fact is the same (see `createDossierClock`).
 */
export function createDossierFactsEvaluator(options: EvaluateDossierOptions, attribution = true): DossierFactsEvaluator {
  const clock = createDossierClock(options, attribution);
  const { run } = clock;
  return (dossier: Dossier, receivedMs?: number, instants?: readonly number[]): ClockFacts | Issue[] => {
    try {
      return run(dossier, receivedMs, instants);
    } catch (error) {
      return issuesOf(error, dossier, clock);
    }
  };
}

/** @internal The optional fields of an evaluation, set after it is built. */
type OptionalFields = { -readonly [K in 'officialId' | 'onlineLevel' | 'paymentChannel' | 'clockStoppedAt' | 'reception' | 'trace' | 'unattributedSteps']?: DossierEvaluationBase[K] };

/** @internal The public evaluation of the facts (one object literal per outcome variant). */
function evaluationOf(f: ClockFacts, clock: DossierClockCore, withTrace: boolean): DossierEvaluation {
  const dossier = f.dossier;
  const format = clock.format;
  const participants = participantsOf(dossier);
  const clockStartAt = f.startMs === f.receivedMs ? dossier.receivedAt : format(f.startMs);
  const dueAt = f.dueSource === 'recorded' && dossier.dueAt !== undefined ? dossier.dueAt : format(f.dueMs);
  const effectiveDueAt = f.effectiveDueMs === f.dueMs ? dueAt : format(f.effectiveDueMs);
  // One object literal per variant (no spread: this is the bulk path).
  let evaluation: DossierEvaluation;
  const outcome = f.outcome;
  if (outcome === 'pendingWithin') {
    evaluation = {
      dossierId: dossier.id, procedureId: dossier.procedureId, departmentId: dossier.departmentId, channel: dossier.channel, receivedAt: dossier.receivedAt,
      clockStartAt, dueAt, dueSource: f.dueSource, deadlineMode: f.params.deadlineMode, effectiveDueAt, outcome,
      supplementRequests: f.supplementRequests, awaitingSupplement: f.awaitingSupplement, apology: f.apologyAt !== undefined, attribution: f.attribution, participants,
    };
  } else if (outcome === 'pendingOverdue') {
    evaluation = {
      dossierId: dossier.id, procedureId: dossier.procedureId, departmentId: dossier.departmentId, channel: dossier.channel, receivedAt: dossier.receivedAt,
      clockStartAt, dueAt, dueSource: f.dueSource, deadlineMode: f.params.deadlineMode, effectiveDueAt, outcome,
      lateReason: f.lateReason ?? 'afterDue', lateBy: f.lateBy ?? 0,
      supplementRequests: f.supplementRequests, awaitingSupplement: f.awaitingSupplement, apology: f.apologyAt !== undefined, attribution: f.attribution, participants,
    };
  } else {
    const endedAt = f.endedAt ?? format(f.endMs ?? f.asOfMs);
    const endKind = f.endKind ?? 'processed';
    evaluation =
      outcome === 'late'
        ? {
            dossierId: dossier.id, procedureId: dossier.procedureId, departmentId: dossier.departmentId, channel: dossier.channel, receivedAt: dossier.receivedAt,
            clockStartAt, dueAt, dueSource: f.dueSource, deadlineMode: f.params.deadlineMode, effectiveDueAt, endedAt, endKind, outcome,
            lateReason: f.lateReason ?? 'afterDue', lateBy: f.lateBy ?? 0,
            supplementRequests: f.supplementRequests, awaitingSupplement: f.awaitingSupplement, apology: f.apologyAt !== undefined, attribution: f.attribution, participants,
          }
        : {
            dossierId: dossier.id, procedureId: dossier.procedureId, departmentId: dossier.departmentId, channel: dossier.channel, receivedAt: dossier.receivedAt,
            clockStartAt, dueAt, dueSource: f.dueSource, deadlineMode: f.params.deadlineMode, effectiveDueAt, endedAt, endKind, outcome,
            supplementRequests: f.supplementRequests, awaitingSupplement: f.awaitingSupplement, apology: f.apologyAt !== undefined, attribution: f.attribution, participants,
          };
  }
  const extra: OptionalFields = evaluation;
  if (dossier.officialId !== undefined) extra.officialId = dossier.officialId;
  if (dossier.onlineLevel !== undefined) extra.onlineLevel = dossier.onlineLevel;
  if (dossier.paymentChannel !== undefined) extra.paymentChannel = dossier.paymentChannel;
  if (f.clockStoppedMs !== undefined) extra.clockStoppedAt = format(f.clockStoppedMs);
  if (f.unattributedSteps.length > 0) extra.unattributedSteps = f.unattributedSteps;
  if (f.reception === 'inTime' || f.reception === 'late') {
    extra.reception = {
      status: f.reception, submittedAt: dossier.submittedAt as Instant, dueAt: format(f.receptionDueMs),
      limitWorkingHours: f.params.receptionWorkingHours as number, workingMinutes: f.receptionWorkingMinutes,
    };
  }
  if (withTrace) extra.trace = buildTrace(f, clock.regime, clock.context);
  return evaluation;
}

/** @internal The distinct officials and departments of a dossier: its own first, then its steps'. */
function participantsOf(dossier: Dossier): DossierParticipants {
  const officialIds: string[] = dossier.officialId === undefined ? [] : [dossier.officialId];
  const departmentIds: string[] = [dossier.departmentId];
  const steps = dossier.steps;
  if (steps !== undefined) {
    for (const step of steps) {
      if (!officialIds.includes(step.officialId)) officialIds.push(step.officialId);
      if (!departmentIds.includes(step.departmentId)) departmentIds.push(step.departmentId);
    }
  }
  return { officialIds, departmentIds };
}
