/**
 * The prepared dossier clock: reads the options once, then runs the regime's rules on each dossier.
 * @internal
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { readAsOfMs } from '../_lib/asOf';
import { formatCivilDate } from '../_lib/civilDate';
import type { Instant } from '../_lib/dateTypes';
import { formatInstantVN, parseClockTime, vnDay } from '../_lib/instant';
import type { CalendarIndex } from '../calendar/CalendarIndexShape';
import { calendarIndex } from '../calendar/calendarIndex';
import type { Issue, IssuePath } from '../errors/Issue';
import { createIssue, pathToString } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { raise, ReformRulesError } from '../errors/ReformRulesError';
import type { Dossier } from '../model/dossier';
import type { Procedure } from '../model/procedure';
import { procedureList } from '../model/procedure';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import type { CountingConvention } from './counting/CountingConvention';
import { countingConventions, portal766 } from './counting/presets';
import type { DelayAttribution, UnattributedStep } from './DossierEvaluation';
import type { ClockContext, ClockFacts, ClockParameters, ClockRegime, ClockState } from './rules/ClockRule';
import { readInstant } from '../_lib/fastInstant';
import { attributionRule } from './rules/attribution';

const CACHE_LIMIT = 4096;

/** @internal Thrown inside one evaluation to return an issue (caught at the top, never escapes). */
export class EvaluationIssue {
  constructor(readonly issue: Issue) {}
}

/** @internal A procedure with its cut-off read once. */
interface ProcedureInfo {
  readonly procedure: Procedure;
  readonly cutoffMinute: number | undefined;
}

/** @internal What the clock reads from its options (the public options type lives in createDossierEvaluator). */
export interface ClockOptions {
  readonly calendar: unknown;
  readonly asOf: unknown;
  readonly procedures?: ReadonlyMap<string, Procedure> | readonly Procedure[] | undefined;
  readonly policy?: Policy<PolicyParameters> | undefined;
  readonly counting?: CountingConvention | string | undefined;
  readonly locale?: Locale | undefined;
}

/** @internal The prepared clock. */
export interface DossierClockCore {
  readonly range: { readonly from: string; readonly to: string };
  readonly locale: Locale;
  readonly context: ClockContext;
  readonly regime: ClockRegime;
  readonly run: (dossier: Dossier, receivedMs?: number, instants?: readonly number[]) => ClockFacts;
  readonly format: (ms: number) => Instant;
}


/** @internal The convention the `counting` option names (a shipped id or a convention value). */
export function readCounting(counting: unknown): CountingConvention {
  if (counting === undefined) return portal766;
  if (typeof counting === 'string') {
    const hit = (countingConventions as Readonly<Record<string, CountingConvention>>)[counting];
    if (hit !== undefined && Object.hasOwn(countingConventions, counting)) return hit;
  } else if (typeof counting === 'object' && counting !== null && Array.isArray((counting as Partial<CountingConvention>).regime)) {
    return counting as CountingConvention;
  }
  return raise('invalid_enum', { field: 'counting', expected: `${Object.keys(countingConventions).map((k) => `'${k}'`).join(', ')} or a convention from defineCounting()`, received: counting });
}

function readProcedures(p: ClockOptions['procedures']): Map<string, ProcedureInfo> | undefined {
  if (p === undefined) return undefined;
  const out = new Map<string, ProcedureInfo>();
  for (const x of procedureList(p, 'procedures')) out.set(x.id, { procedure: x, cutoffMinute: x.cutoffTime === undefined ? undefined : parseClockTime(x.cutoffTime) });
  return out;
}

/** @internal The policy's clock parameters per reception day, cached. */
function paramsReader(policy: Policy<PolicyParameters>): (day: number) => ClockParameters {
  const byDay = new Map<number, ClockParameters>();
  return (day) => {
    const hit = byDay.get(day);
    if (hit !== undefined) return hit;
    const date = formatCivilDate(day);
    const deadlineMode = resolveParameter(policy, 'deadlineMode', date);
    const maxSupplementRequests = resolveParameter(policy, 'maxSupplementRequests', date);
    const supplementPausesClock = resolveParameter(policy, 'supplementPausesClock', date);
    const afterHours = resolveParameter(policy, 'afterHoursStartsNextWorkingStart', date);
    const reception = resolveParameter(policy, 'receptionWorkingHours', date);
    const params: ClockParameters = {
      deadlineMode: deadlineMode.value,
      maxSupplementRequests: maxSupplementRequests.value,
      supplementPausesClock: supplementPausesClock.value,
      afterHoursStartsNextWorkingStart: afterHours.value,
      receptionWorkingHours: reception.value,
      uses: { deadlineMode, maxSupplementRequests, supplementPausesClock, afterHoursStartsNextWorkingStart: afterHours, receptionWorkingHours: reception },
    };
    if (byDay.size >= CACHE_LIMIT) byDay.clear();
    byDay.set(day, params);
    return params;
  };
}

/** @internal Formats epoch ms as +07:00 instants, cached. */
function formatter(): (ms: number) => Instant {
  const cache = new Map<number, Instant>();
  return (ms) => {
    const hit = cache.get(ms);
    if (hit !== undefined) return hit;
    const text = formatInstantVN(ms);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(ms, text);
    return text;
  };
}

/** @internal The context helpers that turn a data problem into an issue. */
function contextOf(index: CalendarIndex, asOfMs: number, counting: CountingConvention, locale: Locale, format: (ms: number) => Instant): ClockContext {
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
  const firstStartMinute = (index.intervals[0] as readonly [number, number])[0];
  return { calendar: index, asOfMs, counting, firstStartMinute, fail, instant, covered, format };
}

const NO_EVENTS: readonly number[] = Object.freeze([]);
const NO_ATTRIBUTION: readonly DelayAttribution[] = Object.freeze([]);
const NO_UNATTRIBUTED: readonly UnattributedStep[] = Object.freeze([]);

/** @internal A fresh state (every field set, so every state has the same shape). */
function newState(
  dossier: Dossier, asOfMs: number, params: ClockParameters, info: ProcedureInfo | undefined, receivedMs: number,
  eventCount: number, ats: readonly number[], firstEndIndex: number, firstSupplementIndex: number, firstApologyIndex: number,
): ClockState {
  return {
    dossier, asOfMs, params, procedure: info?.procedure, cutoffMinute: info?.cutoffMinute, receivedMs, eventCount, ats, firstEndIndex, firstSupplementIndex, firstApologyIndex,
    afterHoursMoved: false, cutoffMoved: false, startMs: receivedMs,
    dueMs: Number.NaN, dueSource: 'computed', processingDays: undefined,
    supplementRequests: 0, pauses: undefined, pauseUnits: 0, pauseUnit: 'workingDays', shiftMs: 0, effectiveDueMs: Number.NaN,
    tooManyRequests: false, maxRequests: params.maxSupplementRequests, openRequestMs: Number.NaN, openRequestIndex: -1,
    endMs: undefined, endKind: undefined, endedAt: undefined, endIndex: -1, outOfOrder: undefined,
    awaitingSupplement: false, clockStoppedMs: undefined, clockStoppedIndex: -1,
    outcome: 'pendingWithin', lateReason: undefined, lateBy: undefined, judgedMs: asOfMs,
    apologyAt: undefined, apologyNewDueAt: undefined, attribution: NO_ATTRIBUTION, unattributedSteps: NO_UNATTRIBUTED,
    reception: 'notOnline', submittedMs: Number.NaN, receptionDueMs: Number.NaN, receptionWorkingMinutes: Number.NaN,
  };
}

/** @internal Fails with `invalid_type` unless `steps` is an array of steps (officials and departments as text, allotments finite hours at least 0); instants are read where used. */
function checkSteps(steps: unknown, ctx: ClockContext): void {
  if (!Array.isArray(steps)) return ctx.fail('invalid_type', ['steps'], { expected: 'an array of steps', received: steps });
  for (let i = 0; i < steps.length; i++) {
    const step: unknown = steps[i];
    const st = step as { officialId?: unknown; departmentId?: unknown; allottedHours?: unknown } | null;
    if (typeof step !== 'object' || st === null || typeof st.officialId !== 'string' || typeof st.departmentId !== 'string') {
      ctx.fail('invalid_type', ['steps', i], { expected: 'a step { officialId, departmentId, startedAt }', received: step });
    }
    const hours = st.allottedHours;
    if (hours !== undefined && !(typeof hours === 'number' && hours >= 0 && Number.isFinite(hours))) ctx.fail('invalid_type', ['steps', i, 'allottedHours'], { expected: 'a finite number of hours at least 0', received: hours });
  }
}

/**
 * @internal Reads the options once and returns the clock. With `attribution: false` the shipped
 * attribution rule ({@link attributionRule}) is left out of the regime: for consumers that read no
 * attribution (the report). That rule writes only `attribution`, `unattributedSteps` and `pauses`
 * (which no later rule reads), and on a validated dossier evaluated as of an instant the calendar
 * covers it cannot fail (it reads step instants the schema checked, between the reception and
 * `asOf`), so every other fact is the same; the steps (which only that rule reads) are then not
 * checked either. A rule a convention put in its place is kept.
 */
export function createDossierClock(options: ClockOptions, attribution = true): DossierClockCore {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an options object { calendar, asOf }', received: options });
  const calendar = options.calendar as { addWorkingDays?: unknown } | null;
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.addWorkingDays !== 'function') raise('invalid_calendar', { field: 'calendar', received: calendar });
  const asOfMs = readAsOfMs(options.asOf).ms;
  const counting = readCounting(options.counting);
  const index: CalendarIndex = calendarIndex(options.calendar as Parameters<typeof calendarIndex>[0]);
  const locale: Locale = options.locale ?? DEFAULT_LOCALE;
  const procedures = readProcedures(options.procedures);
  const paramsAt = paramsReader(options.policy ?? defaultPolicy);
  const format = formatter();
  const ctx = contextOf(index, asOfMs, counting, locale, format);
  const regime = counting.regime;
  const rules = (attribution ? regime : regime.filter((r) => r !== attributionRule)).map((r) => r.apply);
  const nRules = rules.length;
  const scratch: number[] = [Number.NaN];

  const run = (dossier: Dossier, receivedHint?: number, eventHints?: readonly number[]): ClockFacts => {
    if (typeof dossier !== 'object' || dossier === null || typeof dossier.id !== 'string') return ctx.fail('not_a_dossier', [], { received: dossier });
    const receivedMs = receivedHint ?? ctx.instant(dossier.receivedAt, 'receivedAt');
    if (receivedMs > asOfMs) ctx.fail('received_after_as_of', ['receivedAt'], { received: dossier.receivedAt, asOf: options.asOf });
    ctx.covered(receivedMs, 'receivedAt');
    const params = paramsAt(vnDay(receivedMs));
    let info: ProcedureInfo | undefined;
    if (procedures !== undefined) {
      info = procedures.get(dossier.procedureId);
      if (info === undefined) ctx.fail('unknown_procedure', ['procedureId'], { received: dossier.procedureId });
    }
    // Events up to asOf (the later ones are ignored), their instants read once.
    const events = dossier.events;
    const ats = eventHints ?? scratch;
    let count = 0;
    let firstEnd = -1;
    let firstSupplement = -1;
    let firstApology = -1;
    if (events !== undefined) {
      if (!Array.isArray(events)) ctx.fail('invalid_type', ['events'], { expected: 'an array of events', received: events });
      for (let i = 0; i < events.length; i++) {
        const event = events[i] as (typeof events)[number];
        if (typeof event !== 'object' || event === null || typeof event.type !== 'string') ctx.fail('invalid_type', ['events', i], { expected: 'an event { type, at }', received: event });
        const at = eventHints === undefined ? (scratch[i + 1] = ctx.instant(event.at, 'events', i, 'at')) : (eventHints[i + 1] as number);
        if (at > asOfMs) break;
        count = i + 1;
        const t = event.type;
        if (t === 'supplement-requested' || t === 'supplement-received') {
          if (firstSupplement < 0) firstSupplement = i;
        } else if (t === 'apology') {
          if (firstApology < 0) firstApology = i;
        } else if (firstEnd < 0) firstEnd = i;
      }
    }
    // Only the attribution reads steps; without it (validated dossiers) there is nothing to check.
    if (attribution && dossier.steps !== undefined) checkSteps(dossier.steps, ctx);
    const s = newState(dossier, asOfMs, params, info, receivedMs, count, count === 0 ? NO_EVENTS : ats, firstEnd, firstSupplement, firstApology);
    for (let r = 0; r < nRules; r++) (rules[r] as (typeof rules)[number])(s, ctx);
    return s;
  };

  return { run, format, context: ctx, regime, range: { from: formatCivilDate(index.firstDay), to: formatCivilDate(index.lastDay) }, locale };
}

/** @internal The issues of an error thrown inside one evaluation (rethrows anything else). */
export function issuesOf(error: unknown, dossier: Dossier, clock: DossierClockCore): [Issue, ...Issue[]] {
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
