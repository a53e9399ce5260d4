import { formatCivilDate } from '../_lib/civilDate';
import { formatInstantVN, parseClockTime, vnDay, vnInstant, vnMinuteOfDay } from '../_lib/instant';
import type { CalendarIndex } from '../calendar/CalendarIndexShape';
import { calendarIndex } from '../calendar/calendarIndex';
import type { Instant, WorkCalendar } from '../calendar/WorkCalendar';
import type { Issue, IssuePath, Result } from '../errors/Issue';
import { createIssue, pathToString } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { raise, ReformRulesError } from '../errors/ReformRulesError';
import type { Dossier, DossierEndKind } from '../model/dossier';
import { parseDossier } from '../model/dossier';
import type { Procedure } from '../model/procedure';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { DeadlineMode, PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import type { DelayAttribution, DossierEvaluation, DossierOutcome, LateReason } from './DossierEvaluation';
import { readInstant } from './_fastInstant';
import { buildTrace } from './_trace';

/**
 * Options of {@link evaluateDossier}, {@link evaluateDossiers} and {@link createDossierEvaluator}.
 * @example
 * ```ts
 * import { createCalendar, defaultPolicy } from 'reform-rules';
 * import type { EvaluateDossierOptions } from 'reform-rules';
 * const options: EvaluateDossierOptions = {
 *   calendar: createCalendar(),
 *   asOf: '2025-03-14T17:00:00+07:00',
 *   procedures: [procedure],
 *   policy: defaultPolicy,
 * };
 * ```
 * @category Dossier
 */
export interface EvaluateDossierOptions {
  /** The working-time calendar (from `createCalendar`); it must cover every date the dossier touches. */
  readonly calendar: WorkCalendar;
  /** The instant to evaluate as of (the period's end); events after it are ignored. */
  readonly asOf: Instant;
  /**
   * The procedures, by id or as a list. Needed for `cutoffTime` and for the processing time of a
   * dossier with neither `dueAt` nor `processingDays`. When given, a dossier whose procedure is
   * not among them gets the issue `unknown_procedure`.
   */
  readonly procedures?: ReadonlyMap<string, Procedure> | readonly Procedure[];
  /** The policy whose clock parameters apply (read on each dossier's reception day); default {@link defaultPolicy}. */
  readonly policy?: Policy<PolicyParameters>;
  /**
   * Whether to build the {@link DossierTrace}. Default `true` for {@link evaluateDossier} (one
   * dossier, explain it) and `false` for {@link evaluateDossiers} and {@link createDossierEvaluator}
   * (bulk: the trace costs more than the evaluation).
   */
  readonly trace?: boolean;
  /** Run {@link parseDossier} on each dossier first (a debug path for unvalidated input); default `false`. */
  readonly validate?: boolean;
  /** The locale of issue messages; default `'en'`. */
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

/** @internal The clock parameters in force on one reception day. */
interface ClockParams {
  readonly deadlineMode: DeadlineMode;
  readonly maxSupplementRequests: number;
  readonly supplementPausesClock: boolean;
  readonly afterHoursStartsNextWorkingStart: boolean;
  readonly uses: {
    readonly deadlineMode: ParameterUse;
    readonly maxSupplementRequests: ParameterUse;
    readonly supplementPausesClock: ParameterUse;
    readonly afterHoursStartsNextWorkingStart: ParameterUse;
  };
}

/** @internal A procedure with its cut-off read once. */
interface ProcedureInfo {
  readonly procedure: Procedure;
  readonly cutoffMinute: number | undefined;
}

/** @internal Everything the trace needs, gathered on the way (instants as epoch ms). */
export interface ClockFacts {
  readonly dossier: Dossier;
  readonly asOfMs: number;
  readonly params: ClockParams;
  readonly procedure: Procedure | undefined;
  readonly receivedMs: number;
  readonly afterHoursMoved: boolean;
  readonly cutoffMinute: number | undefined;
  readonly cutoffMoved: boolean;
  readonly startMs: number;
  readonly dueMs: number;
  readonly dueSource: 'recorded' | 'computed';
  readonly processingDays: number | undefined;
  readonly minutesPerDay: number;
  readonly pauses: readonly number[];
  readonly pauseUnits: number;
  readonly effectiveDueMs: number;
  readonly supplementRequests: number;
  readonly awaitingSupplement: boolean;
  readonly clockStoppedMs: number | undefined;
  readonly endMs: number | undefined;
  readonly endKind: DossierEndKind | undefined;
  /** The end event's `at` as recorded (when `endMs` is set). */
  readonly endedAt: string | undefined;
  readonly outcome: DossierOutcome;
  readonly lateReason: LateReason | undefined;
  readonly lateBy: number | undefined;
  readonly apologyAt: string | undefined;
  readonly apologyNewDueAt: string | undefined;
  readonly attribution: readonly DelayAttribution[];
}

const CACHE_LIMIT = 4096;

/** @internal Thrown inside one evaluation to return an issue (caught at the top, never escapes). */
class EvaluationIssue {
  constructor(readonly issue: Issue) {}
}

function isProcedureList(p: ReadonlyMap<string, Procedure> | readonly Procedure[]): p is readonly Procedure[] {
  return Array.isArray(p);
}

/**
 * Prepares the dossier clock once (calendar index, `asOf`, procedures, policy) and returns a
 * function that evaluates one validated dossier: the fast path for bulk evaluation and
 * streaming into {@link tallyDossiers}.
 *
 * @remarks Same rules and results as {@link evaluateDossier}; the trace is off unless
 * `trace: true`. The returned function is pure apart from small bounded caches of per-day policy
 * values and formatted instants. See `docs/dossier-clock.md` for the rules.
 * @param options - The calendar, `asOf`, procedures, policy and switches.
 * @returns The evaluator: dossier in, `Result<DossierEvaluation>` out (issues for data problems).
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `invalid_instant`) When `asOf` is not an instant with offset.
 * @throws {@link ReformRulesError} (code `missing_offset`) When `asOf` has no UTC offset.
 * @example
 * ```ts
 * import { createCalendar, createDossierEvaluator } from 'reform-rules';
 * const evaluate = createDossierEvaluator({ calendar: createCalendar(), asOf: '2025-03-31T17:00:00+07:00' });
 * const r = evaluate(dossier);
 * r.ok ? r.value.outcome : r.issues[0].code; // => 'onTime'
 * ```
 * @category Dossier
 */
export function createDossierEvaluator(options: EvaluateDossierOptions): DossierEvaluator {
  const clock = createDossierClock(options);
  const validate = options.validate === true;
  const locale: Locale = options.locale ?? 'en';
  return (dossier: Dossier): Result<DossierEvaluation> => {
    if (validate) {
      const parsed = parseDossier(dossier, { locale });
      if (!parsed.ok) return parsed;
    }
    try {
      return { ok: true, value: clock.evaluationOf(clock.run(dossier)) };
    } catch (error) {
      return { ok: false, issues: issuesOf(error, dossier, clock) };
    }
  };
}

/** @internal The issues of an error thrown inside one evaluation (rethrows anything else). */
function issuesOf(error: unknown, dossier: Dossier, clock: DossierClockCore): [Issue, ...Issue[]] {
  if (error instanceof EvaluationIssue) return [error.issue];
  if (error instanceof ReformRulesError) {
    if (error.code === 'calendar_out_of_range') {
      // The dates themselves were checked; only the due, counted forward from the reception, fell
      // beyond the calendar: name the dossier's field, not the calendar's internal argument.
      return [
        createIssue(
          'outside_calendar',
          ['receivedAt'],
          { field: 'receivedAt (its due, counted in working time)', received: dossier.receivedAt, from: clock.range.from, to: clock.range.to },
          clock.locale,
        ),
      ];
    }
    // A policy limit hit deep inside (no policy value for the reception day).
    const issue: Issue = { code: error.code, path: [], message: error.message, ...('received' in error ? { received: error.received } : {}) };
    return [issue];
  }
  throw error;
}

/**
 * @internal The prepared dossier clock behind {@link createDossierEvaluator}: `run` computes the
 * numeric facts of one dossier (throwing the internal issue on a data problem), `evaluationOf`
 * turns them into the public {@link DossierEvaluation}.
 */
interface DossierClockCore {
  /** The calendar's covered range, for issues. */
  readonly range: { readonly from: string; readonly to: string };
  /** The locale of issue messages. */
  readonly locale: Locale;
  readonly run: (dossier: Dossier, receivedMs?: number, instants?: readonly number[]) => ClockFacts;
  readonly evaluationOf: (f: ClockFacts) => DossierEvaluation;
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
 * must hold `readInstant(dossier.events[i].at)` at `[i + 1]` for every event (all valid).
 */
export function createDossierFactsEvaluator(options: EvaluateDossierOptions): DossierFactsEvaluator {
  const clock = createDossierClock(options);
  const { run } = clock;
  return (dossier: Dossier, receivedMs?: number, instants?: readonly number[]): ClockFacts | Issue[] => {
    try {
      return run(dossier, receivedMs, instants);
    } catch (error) {
      return issuesOf(error, dossier, clock);
    }
  };
}

/** @internal Reads the options once and returns the clock. */
function createDossierClock(options: EvaluateDossierOptions): DossierClockCore {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an options object { calendar, asOf }', received: options });
  const calendar = options.calendar;
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.addWorkingDays !== 'function') {
    raise('invalid_calendar', { field: 'calendar', received: calendar });
  }
  const asOfMs = readInstant(options.asOf);
  if (typeof asOfMs === 'string') {
    raise(asOfMs === 'not_string' ? 'invalid_instant' : asOfMs, { field: 'asOf', received: options.asOf });
  }
  const index: CalendarIndex = calendarIndex(calendar);
  const policy = options.policy ?? defaultPolicy;
  const withTrace = options.trace === true;
  const locale: Locale = options.locale ?? 'en';
  const firstStartMinute = (index.intervals[0] as readonly [number, number])[0];

  let procedures: Map<string, ProcedureInfo> | undefined;
  if (options.procedures !== undefined) {
    procedures = new Map();
    const entries: Iterable<Procedure> = isProcedureList(options.procedures) ? options.procedures : options.procedures.values();
    for (const p of entries) {
      procedures.set(p.id, { procedure: p, cutoffMinute: p.cutoffTime === undefined ? undefined : parseClockTime(p.cutoffTime) });
    }
  }

  const paramsByDay = new Map<number, ClockParams>();
  const paramsAt = (day: number): ClockParams => {
    const hit = paramsByDay.get(day);
    if (hit !== undefined) return hit;
    const date = formatCivilDate(day);
    const deadlineMode = resolveParameter(policy, 'deadlineMode', date);
    const maxSupplementRequests = resolveParameter(policy, 'maxSupplementRequests', date);
    const supplementPausesClock = resolveParameter(policy, 'supplementPausesClock', date);
    const afterHours = resolveParameter(policy, 'afterHoursStartsNextWorkingStart', date);
    const params: ClockParams = {
      deadlineMode: deadlineMode.value,
      maxSupplementRequests: maxSupplementRequests.value,
      supplementPausesClock: supplementPausesClock.value,
      afterHoursStartsNextWorkingStart: afterHours.value,
      uses: { deadlineMode, maxSupplementRequests, supplementPausesClock, afterHoursStartsNextWorkingStart: afterHours },
    };
    if (paramsByDay.size >= CACHE_LIMIT) paramsByDay.clear();
    paramsByDay.set(day, params);
    return params;
  };

  const formatted = new Map<number, string>();
  const format = (ms: number): string => {
    const hit = formatted.get(ms);
    if (hit !== undefined) return hit;
    const text = formatInstantVN(ms);
    if (formatted.size >= CACHE_LIMIT) formatted.clear();
    formatted.set(ms, text);
    return text;
  };

  const fail = (code: IssueCode, path: IssuePath, params: Record<string, unknown>): never => {
    throw new EvaluationIssue(createIssue(code, path, { field: pathToString(path), ...params }, locale));
  };

  // Paths are built only on failure, so the happy path allocates nothing here.
  const instant = (value: unknown, field: string, i = -1, sub = ''): number => {
    const ms = readInstant(value);
    if (typeof ms === 'string') return fail(ms === 'not_string' ? 'invalid_instant' : ms, i < 0 ? [field] : [field, i, sub], { received: value });
    return ms;
  };

  const covered = (ms: number, field: string, i = -1, sub = ''): void => {
    if (!index.covers(vnDay(ms))) {
      fail('outside_calendar', i < 0 ? [field] : [field, i, sub], { received: format(ms), from: formatCivilDate(index.firstDay), to: formatCivilDate(index.lastDay) });
    }
  };

  const run = (dossier: Dossier, receivedHint?: number, eventHints?: readonly number[]): ClockFacts => {
    if (typeof dossier !== 'object' || dossier === null || typeof dossier.id !== 'string') {
      return fail('not_a_dossier', [], { received: dossier });
    }
    const receivedMs = receivedHint ?? instant(dossier.receivedAt, 'receivedAt');
    if (receivedMs > asOfMs) fail('received_after_as_of', ['receivedAt'], { received: dossier.receivedAt, asOf: options.asOf });
    covered(receivedMs, 'receivedAt');
    const params = paramsAt(vnDay(receivedMs));

    let info: ProcedureInfo | undefined;
    if (procedures !== undefined) {
      info = procedures.get(dossier.procedureId);
      if (info === undefined) fail('unknown_procedure', ['procedureId'], { received: dossier.procedureId });
    }

    // §1 clock start: after-hours reception, then the procedure's cut-off.
    let startMs = receivedMs;
    let afterHoursMoved = false;
    if (params.afterHoursStartsNextWorkingStart) {
      startMs = index.nextWorkingStart(receivedMs);
      afterHoursMoved = startMs !== receivedMs;
    }
    const cutoffMinute = info?.cutoffMinute;
    let cutoffMoved = false;
    if (cutoffMinute !== undefined && vnMinuteOfDay(startMs) > cutoffMinute) {
      startMs = vnInstant(index.addWorkingDays(vnDay(startMs), 1), firstStartMinute);
      cutoffMoved = true;
    }
    const startDay = vnDay(startMs);

    // §1–§2 due: recorded, or reception + processing time in working time.
    const mode = params.deadlineMode;
    let dueMs: number;
    let dueSource: 'recorded' | 'computed';
    let processingDays: number | undefined;
    if (dossier.dueAt !== undefined) {
      dueMs = instant(dossier.dueAt, 'dueAt');
      dueSource = 'recorded';
    } else {
      processingDays = dossier.processingDays ?? info?.procedure.processingDays;
      if (processingDays === undefined) return fail('no_processing_time', ['processingDays'], { received: dossier.procedureId });
      dueSource = 'computed';
      if (mode === 'endOfDay') {
        const dueDay =
          processingDays === 0 && !index.isWorkingDay(startDay)
            ? index.addWorkingDays(startDay, 1)
            : index.addWorkingDays(startDay, processingDays);
        dueMs = index.closeOfDay(dueDay);
      } else {
        dueMs = index.addWorkingMinutes(startMs, processingDays * index.minutesPerDay);
      }
    }

    // §2 events up to asOf: supplementation pauses, ends, apology.
    let supplementRequests = 0;
    let openRequest = Number.NaN;
    let openRequestIndex = -1;
    let stoppedIndex = -1;
    let pauses: number[] | undefined;
    let pauseUnits = 0;
    let endMs: number | undefined;
    let endKind: DossierEndKind | undefined;
    let endedAt: string | undefined;
    let endIndex = -1;
    let resultsSeen = 0;
    let stoppedAt = Number.NaN;
    let apologyAt: string | undefined;
    let apologyNewDueAt: string | undefined;
    const pausing = params.supplementPausesClock;
    const events = dossier.events;
    if (events !== undefined) {
      for (let i = 0; i < events.length; i++) {
        const event = events[i];
        if (event === undefined) continue;
        const at = eventHints === undefined ? instant(event.at, 'events', i, 'at') : (eventHints[i + 1] as number);
        if (at > asOfMs) break;
        const type = event.type;
        if (type === 'supplement-requested' || type === 'supplement-received') {
          if (endMs !== undefined) fail('event_after_end', ['events', i, 'at'], { received: event.at, endedAt: format(endMs) });
          if (type === 'supplement-requested') {
            supplementRequests++;
            if (Number.isNaN(openRequest)) {
              openRequest = at;
              openRequestIndex = i;
            }
          } else {
            if (Number.isNaN(openRequest)) fail('resubmission_without_request', ['events', i, 'type'], { received: event.at });
            (pauses ??= []).push(openRequest, at);
            if (pausing) {
              pauseUnits += mode === 'endOfDay' ? index.workingDaysBetween(vnDay(openRequest), vnDay(at)) : index.workingMinutesBetween(openRequest, at);
            }
            openRequest = Number.NaN;
          }
          continue;
        }
        if (type === 'apology') {
          if (apologyAt === undefined) {
            apologyAt = event.at;
            apologyNewDueAt = event.newDueAt;
          }
          continue;
        }
        if (type === 'processed' || type === 'returned') {
          const bit = type === 'processed' ? 1 : 2;
          if ((endKind !== undefined && resultsSeen === 0) || (resultsSeen & bit) !== 0) {
            fail('multiple_ends', ['events', i, 'type'], { received: type, previous: `${endKind} at ${endedAt}` });
          }
          resultsSeen |= bit;
          if (endMs !== undefined) continue; // processed then returned: the first one ended processing
        } else if (endKind !== undefined) {
          // stopped, rejected, withdrawn after another end
          fail('multiple_ends', ['events', i, 'type'], { received: type, previous: `${endKind} at ${endedAt}` });
        }
        endMs = at;
        endKind = type;
        endedAt = event.at;
        endIndex = i;
        if (!Number.isNaN(openRequest)) {
          // Ended while waiting for the citizen: the clock stopped at the request (766 methodology),
          // so the wait is not added to the due; it is still excluded from the steps' working time.
          (pauses ??= []).push(openRequest, at);
          stoppedAt = openRequest;
          stoppedIndex = openRequestIndex;
          openRequest = Number.NaN;
        }
      }
    }
    const awaitingSupplement = !Number.isNaN(openRequest);
    const clockStoppedMs = awaitingSupplement ? openRequest : Number.isNaN(stoppedAt) ? undefined : stoppedAt;

    // §2 effective due: the due moved forward by the citizen's supplementation time.
    let effectiveDueMs = dueMs;
    if (pauseUnits > 0) {
      if (mode === 'endOfDay') {
        const effectiveDay = index.addWorkingDays(vnDay(dueMs), pauseUnits);
        effectiveDueMs = dueSource === 'computed' ? index.closeOfDay(effectiveDay) : vnInstant(effectiveDay, vnMinuteOfDay(dueMs));
      } else {
        effectiveDueMs = index.addWorkingMinutes(dueMs, pauseUnits);
      }
    }

    // §2 outcome.
    const tooMany = supplementRequests > params.maxSupplementRequests;
    let outcome: DossierOutcome;
    let lateReason: LateReason | undefined;
    let lateBy: number | undefined;
    let reference: number;
    if (endMs !== undefined) {
      reference = Number.isNaN(stoppedAt) ? endMs : stoppedAt;
      if (reference > effectiveDueMs || tooMany) {
        outcome = 'late';
      } else {
        outcome = vnDay(reference) < vnDay(effectiveDueMs) ? 'early' : 'onTime';
      }
    } else {
      // Waiting for the citizen: the clock stopped at the request.
      reference = awaitingSupplement ? openRequest : asOfMs;
      outcome = reference > effectiveDueMs || tooMany ? 'pendingOverdue' : 'pendingWithin';
    }
    if (outcome === 'late' || outcome === 'pendingOverdue') {
      if (reference > effectiveDueMs) {
        const referenceIndex = awaitingSupplement ? openRequestIndex : !Number.isNaN(stoppedAt) ? stoppedIndex : endIndex;
        covered(reference, referenceIndex < 0 ? 'asOf' : 'events', referenceIndex, 'at');
        lateReason = 'afterDue';
        lateBy = Math.ceil(index.workingMinutesBetween(effectiveDueMs, reference));
      } else {
        lateReason = 'tooManySupplementRequests';
        lateBy = 0;
      }
    }

    // §2 attribution to the steps that overran their allotment, else to the dossier's own.
    let attribution: readonly DelayAttribution[] = NO_ATTRIBUTION;
    if (lateBy !== undefined) {
      const horizon = endMs ?? asOfMs;
      if (awaitingSupplement) (pauses ??= []).push(openRequest, asOfMs);
      attribution = attribute(dossier, index, horizon, asOfMs, pausing ? pauses : undefined, lateBy, instant);
    }

    return {
      dossier,
      asOfMs,
      params,
      procedure: info?.procedure,
      receivedMs,
      afterHoursMoved,
      cutoffMinute,
      cutoffMoved,
      startMs,
      dueMs,
      dueSource,
      processingDays,
      minutesPerDay: index.minutesPerDay,
      pauses: pauses ?? NO_PAUSES,
      pauseUnits,
      effectiveDueMs,
      supplementRequests,
      awaitingSupplement,
      clockStoppedMs,
      endMs,
      endKind,
      endedAt,
      outcome,
      lateReason,
      lateBy,
      apologyAt,
      apologyNewDueAt,
      attribution,
    };
  };

  const evaluationOf = (f: ClockFacts): DossierEvaluation => {
    const dossier = f.dossier;
    const participants = participantsOf(dossier);
    const clockStartAt = f.startMs === f.receivedMs ? dossier.receivedAt : format(f.startMs);
    const dueAt = f.dueSource === 'recorded' ? (dossier.dueAt as string) : format(f.dueMs);
    const effectiveDueAt = f.effectiveDueMs === f.dueMs ? dueAt : format(f.effectiveDueMs);

    const evaluation: {
      -readonly [K in keyof DossierEvaluation]: DossierEvaluation[K];
    } = {
      dossierId: dossier.id,
      procedureId: dossier.procedureId,
      departmentId: dossier.departmentId,
      channel: dossier.channel,
      receivedAt: dossier.receivedAt,
      clockStartAt,
      dueAt,
      dueSource: f.dueSource,
      deadlineMode: f.params.deadlineMode,
      effectiveDueAt,
      outcome: f.outcome,
      supplementRequests: f.supplementRequests,
      awaitingSupplement: f.awaitingSupplement,
      apology: f.apologyAt !== undefined,
      attribution: f.attribution,
      participants,
    };
    if (dossier.officialId !== undefined) evaluation.officialId = dossier.officialId;
    if (dossier.onlineLevel !== undefined) evaluation.onlineLevel = dossier.onlineLevel;
    if (dossier.paymentChannel !== undefined) evaluation.paymentChannel = dossier.paymentChannel;
    if (f.endMs !== undefined) {
      evaluation.endedAt = f.endedAt as string;
      evaluation.endKind = f.endKind as DossierEndKind;
    }
    if (f.clockStoppedMs !== undefined) evaluation.clockStoppedAt = format(f.clockStoppedMs);
    if (f.lateReason !== undefined) evaluation.lateReason = f.lateReason;
    if (f.lateBy !== undefined) evaluation.lateBy = f.lateBy;
    if (withTrace) evaluation.trace = buildTrace(f);
    return evaluation;
  };

  return { run, evaluationOf, range: { from: formatCivilDate(index.firstDay), to: formatCivilDate(index.lastDay) }, locale };
}

const NO_PAUSES: readonly number[] = Object.freeze([]);
const NO_ATTRIBUTION: readonly DelayAttribution[] = Object.freeze([]);

/** @internal The distinct officials and departments of a dossier: its own first, then its steps'. */
function participantsOf(dossier: Dossier): DossierEvaluation['participants'] {
  const officialIds: string[] = dossier.officialId === undefined ? [] : [dossier.officialId];
  const departmentIds: string[] = [dossier.departmentId];
  const steps = dossier.steps;
  if (steps !== undefined) {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as NonNullable<typeof steps>[number];
      if (!officialIds.includes(step.officialId)) officialIds.push(step.officialId);
      if (!departmentIds.includes(step.departmentId)) departmentIds.push(step.departmentId);
    }
  }
  return { officialIds, departmentIds };
}

/** @internal Attributes a delay to the overrunning steps, or to the dossier's own official and department. */
function attribute(
  dossier: Dossier,
  index: CalendarIndex,
  horizon: number,
  asOfMs: number,
  pauses: readonly number[] | undefined,
  lateBy: number,
  instant: (value: unknown, field: string, i?: number, sub?: string) => number,
): readonly DelayAttribution[] {
  const out: { officialId: string; departmentId: string; overrunMinutes: number; via: 'step' }[] = [];
  const steps = dossier.steps ?? [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as (typeof steps)[number];
    const start = instant(step.startedAt, 'steps', i, 'startedAt');
    if (start > asOfMs) continue;
    let end = step.endedAt === undefined ? horizon : Math.min(instant(step.endedAt, 'steps', i, 'endedAt'), asOfMs);
    if (end < start) end = start;
    let worked = index.workingMinutesBetween(start, end);
    if (pauses !== undefined) {
      for (let p = 0; p + 1 < pauses.length; p += 2) {
        const from = Math.max(start, pauses[p] as number);
        const to = Math.min(end, pauses[p + 1] as number);
        if (to > from) worked -= index.workingMinutesBetween(from, to);
      }
    }
    const overrun = Math.ceil(worked - step.allottedHours * 60);
    if (overrun > 0) {
      let same: (typeof out)[number] | undefined;
      for (let k = 0; k < out.length; k++) {
        const a = out[k] as (typeof out)[number];
        if (a.officialId === step.officialId && a.departmentId === step.departmentId) same = a;
      }
      if (same === undefined) out.push({ officialId: step.officialId, departmentId: step.departmentId, overrunMinutes: overrun, via: 'step' });
      else same.overrunMinutes += overrun;
    }
  }
  if (out.length > 0) return out;
  const fallback: DelayAttribution =
    dossier.officialId === undefined
      ? { departmentId: dossier.departmentId, overrunMinutes: lateBy, via: 'responsible' }
      : { officialId: dossier.officialId, departmentId: dossier.departmentId, overrunMinutes: lateBy, via: 'responsible' };
  return [fallback];
}
