/**
 * The dossier clock as an ordered list of named rules: the types a rule is written against.
 * @module
 */
import type { Instant } from '../../_lib/dateTypes';
import type { Dossier, DossierEndKind } from '../../model/dossier';
import type { Procedure } from '../../model/procedure';
import type { ParameterUse } from '../../policy/Policy';
import type { DeadlineMode } from '../../policy/PolicyParameters';
import type { IssueCode } from '../../errors/messages/index';
import type { IssuePath } from '../../errors/Issue';
import type { DelayAttribution, DossierOutcome, DossierTraceStep, LateReason, UnattributedStep } from '../DossierEvaluation';
import type { LocalizedText } from '../../explain/Explanation';

/**
 * The step of the clock a rule fills. A regime has one rule per step; replacing a rule means
 * giving another rule for the same step (see {@link replaceClockRule}).
 * @example
 * ```ts
 * import type { ClockStep } from 'reform-rules';
 * const s: ClockStep = 'supplementation';
 * ```
 * @category Dossier clock rules
 */
export type ClockStep = 'clockStart' | 'due' | 'supplementation' | 'end' | 'outcome' | 'apology' | 'attribution' | 'reception';

/**
 * The clock parameters of the policy in force on a dossier's reception day, with how each was
 * resolved (dated entry and legal basis).
 * @example
 * ```ts
 * import type { ClockParameters } from 'reform-rules';
 * const mode = (p: ClockParameters) => p.deadlineMode; // => 'endOfDay'
 * ```
 * @category Dossier clock rules
 */
export interface ClockParameters {
  /** How a due is computed from processing days. */
  readonly deadlineMode: DeadlineMode;
  /** The policy's number of supplementation requests allowed. */
  readonly maxSupplementRequests: number;
  /** Whether the citizen's supplementation time moves the due at all. */
  readonly supplementPausesClock: boolean;
  /** Whether an after-hours reception starts the clock at the next working start. */
  readonly afterHoursStartsNextWorkingStart: boolean;
  /** Working hours from the portal's receipt within which an online dossier must be received (`null`: no limit). */
  readonly receptionWorkingHours: number | null;
  /** How each parameter was resolved, for the trace. */
  readonly uses: {
    /** How `receptionWorkingHours` was resolved. */
    readonly receptionWorkingHours: ParameterUse;
    /** How `deadlineMode` was resolved. */
    readonly deadlineMode: ParameterUse;
    /** How `maxSupplementRequests` was resolved. */
    readonly maxSupplementRequests: ParameterUse;
    /** How `supplementPausesClock` was resolved. */
    readonly supplementPausesClock: ParameterUse;
    /** How `afterHoursStartsNextWorkingStart` was resolved. */
    readonly afterHoursStartsNextWorkingStart: ParameterUse;
  };
}

/**
 * The numeric working-time calendar a rule works on: Vietnam civil days as epoch days (days since
 * 1970-01-01) and instants as epoch milliseconds. Every method throws `calendar_out_of_range`
 * (turned into the issue `outside_calendar`) beyond the calendar's range.
 * @example
 * ```ts
 * import type { ClockCalendar } from 'reform-rules';
 * const nextDay = (c: ClockCalendar, day: number) => c.addWorkingDays(day, 1);
 * ```
 * @category Dossier clock rules
 */
export interface ClockCalendar {
  /** Working minutes per working day. */
  readonly minutesPerDay: number;
  /** Whether the epoch day is covered by the calendar. */
  covers(day: number): boolean;
  /** Whether the epoch day is a working day. */
  isWorkingDay(day: number): boolean;
  /** The working day `n` working days after `day` (that day not counted). */
  addWorkingDays(day: number, n: number): number;
  /** The working days after `from` up to and including `to`. */
  workingDaysBetween(from: number, to: number): number;
  /** The instant `minutes` working minutes after `ms`. */
  addWorkingMinutes(ms: number, minutes: number): number;
  /** The working minutes between two instants (fractional when seconds are involved). */
  workingMinutesBetween(a: number, b: number): number;
  /** The first working instant at or after `ms`. */
  nextWorkingStart(ms: number): number;
  /** The instant office hours close on an epoch day. */
  closeOfDay(day: number): number;
}

/**
 * What stays the same for every dossier of one evaluation run: the calendar, `asOf`, the counting
 * convention, and helpers that turn a data problem into an issue.
 * @example
 * ```ts
 * import type { ClockContext } from 'reform-rules';
 * const asOf = (c: ClockContext) => c.asOfMs;
 * ```
 * @category Dossier clock rules
 */
export interface ClockContext {
  /** The numeric calendar. */
  readonly calendar: ClockCalendar;
  /** `asOf` in epoch milliseconds. */
  readonly asOfMs: number;
  /** The counting convention in use. */
  readonly counting: CountingConvention;
  /** The minute after midnight at which office hours open. */
  readonly firstStartMinute: number;
  /** Ends this dossier's evaluation with an issue (never returns). */
  readonly fail: (code: IssueCode, path: IssuePath, params: Record<string, unknown>) => never;
  /** Reads an instant of the dossier, failing with an issue naming the field when it is malformed. */
  readonly instant: (value: unknown, field: string, i?: number, sub?: string) => number;
  /** Fails with `outside_calendar` (naming the field) when the instant's day is not covered. */
  readonly covered: (ms: number, field: string, i?: number, sub?: string) => void;
  /** Formats epoch milliseconds as `'YYYY-MM-DDTHH:mm:ss+07:00'`. */
  readonly format: (ms: number) => Instant;
}

/**
 * The facts one dossier's evaluation gathers, rule after rule (instants as epoch milliseconds;
 * `NaN` or `undefined` when not known yet). Rules read what earlier rules wrote and write their own
 * part; the last rule's state is the result.
 * @example
 * ```ts
 * import type { ClockState } from 'reform-rules';
 * const shiftDueOneHour = (s: ClockState) => { s.effectiveDueMs += 3_600_000; };
 * ```
 * @category Dossier clock rules
 */
export interface ClockState {
  /** The dossier (validated). */
  readonly dossier: Dossier;
  /** `asOf`, epoch ms. */
  readonly asOfMs: number;
  /** The policy's clock parameters on the reception day. */
  readonly params: ClockParameters;
  /** The dossier's procedure, when procedures were given. */
  readonly procedure: Procedure | undefined;
  /** The procedure's cut-off as minutes after midnight, if it has one. */
  readonly cutoffMinute: number | undefined;
  /** The reception instant. */
  readonly receivedMs: number;
  /** How many of the dossier's events happened up to `asOf` (the others are ignored). */
  readonly eventCount: number;
  /** The events' instants: `ats[i + 1]` is `events[i].at` (for `i < eventCount`). */
  readonly ats: readonly number[];
  /** The index of the first end event (processed, returned, stopped, rejected, withdrawn) up to `asOf`, or -1. */
  readonly firstEndIndex: number;
  /** The index of the first supplementation event (request or re-submission) up to `asOf`, or -1. */
  readonly firstSupplementIndex: number;
  /** The index of the first apology up to `asOf`, or -1. */
  readonly firstApologyIndex: number;
  /** clockStart: whether the after-hours rule moved the start. */
  afterHoursMoved: boolean;
  /** clockStart: whether the procedure's cut-off moved the start. */
  cutoffMoved: boolean;
  /** clockStart: when the clock started. */
  startMs: number;
  /** due: the due instant. */
  dueMs: number;
  /** due: recorded on the dossier or computed. */
  dueSource: 'recorded' | 'computed';
  /** due: the processing days used, when computed. */
  processingDays: number | undefined;
  /** supplementation: requests up to `asOf`. */
  supplementRequests: number;
  /** supplementation: [request, re-submission] instant pairs (also the open wait of a dossier that ended while waiting). */
  pauses: number[] | undefined;
  /** supplementation: how much the due moved, in {@link ClockState.pauseUnit}s. */
  pauseUnits: number;
  /** supplementation: the unit of {@link ClockState.pauseUnits}. */
  pauseUnit: 'workingDays' | 'workingMinutes' | 'elapsedMinutes';
  /** supplementation: elapsed time subtracted from the end before comparing (elapsed-time model), else 0. */
  shiftMs: number;
  /** supplementation: the due after the citizen's time. */
  effectiveDueMs: number;
  /** supplementation: whether there were more requests than allowed. */
  tooManyRequests: boolean;
  /** supplementation: the number of requests allowed. */
  maxRequests: number;
  /** supplementation: the unanswered request up to `asOf` (NaN when none). */
  openRequestMs: number;
  /** supplementation: the index of that request, or -1. */
  openRequestIndex: number;
  /** end: the end instant. */
  endMs: number | undefined;
  /** end: how processing ended. */
  endKind: DossierEndKind | undefined;
  /** end: the end event's `at` as recorded. */
  endedAt: Instant | undefined;
  /** end: the end event's index, or -1. */
  endIndex: number;
  /** end: a `returned` recorded before the `processed` it follows (the pair, as recorded), when there is one. */
  outOfOrder:
    | {
        /** The `returned` event's `at`. */
        readonly returnedAt: Instant;
        /** The later `processed` event's `at`. */
        readonly processedAt: Instant;
      }
    | undefined;
  /** end: whether the dossier still waits for a re-submission at `asOf`. */
  awaitingSupplement: boolean;
  /** end: where the clock stopped for an unanswered request, if it did. */
  clockStoppedMs: number | undefined;
  /** end: the index of that request, or -1. */
  clockStoppedIndex: number;
  /** outcome: the outcome. */
  outcome: DossierOutcome;
  /** outcome: why late or overdue. */
  lateReason: LateReason | undefined;
  /** outcome: working minutes late (late and pending overdue only). */
  lateBy: number | undefined;
  /** outcome: the instant the outcome was judged at. */
  judgedMs: number;
  /** apology: the first apology's `at`. */
  apologyAt: Instant | undefined;
  /** apology: its proposed new date. */
  apologyNewDueAt: Instant | undefined;
  /** attribution: to whom the delay is attributed. */
  attribution: readonly DelayAttribution[];
  /** attribution: the steps it could not attribute to or clear (allotted time unknown). */
  unattributedSteps: readonly UnattributedStep[];
  /** reception: the verdict of the reception clock (see {@link ReceptionStatus}). */
  reception: ReceptionStatus;
  /** reception: the portal's receipt (`submittedAt`), epoch ms (NaN when not recorded). */
  submittedMs: number;
  /** reception: the instant the reception limit is reached (NaN when not evaluated). */
  receptionDueMs: number;
  /** reception: working minutes from the portal's receipt to the reception (NaN when not evaluated). */
  receptionWorkingMinutes: number;
}

/**
 * The verdict of the reception clock on one dossier: `'inTime'` (officially received within the
 * limit counted from the portal's receipt), `'late'`, or why it was not evaluated: `'notOnline'`,
 * `'submissionUnknown'` (no `submittedAt`), `'noLimit'` (the policy sets no limit on the reception day).
 * @example
 * ```ts
 * import type { ReceptionStatus } from 'reform-rules';
 * const s: ReceptionStatus = 'inTime';
 * ```
 * @category Dossier clock rules
 */
export type ReceptionStatus = 'inTime' | 'late' | 'notOnline' | 'submissionUnknown' | 'noLimit';

/**
 * The facts of one evaluation once every rule ran (read-only).
 * @example
 * ```ts
 * import type { ClockFacts } from 'reform-rules';
 * const late = (f: ClockFacts) => f.outcome === 'late';
 * ```
 * @category Dossier clock rules
 */
export type ClockFacts = Readonly<ClockState>;

/**
 * What a rule says about itself in the trace: what it saw, the policy parameters it used, what it decided.
 * @example
 * ```ts
 * import type { ClockRuleExplanation } from 'reform-rules';
 * const e: ClockRuleExplanation = { inputs: {}, parameters: [], result: { moved: false } };
 * ```
 * @category Dossier clock rules
 */
export type ClockRuleExplanation = Pick<DossierTraceStep, 'inputs' | 'parameters' | 'result'>;

/**
 * One named rule of the dossier clock: its id, the step it fills, its legal basis, the section of
 * `docs/dossier-clock.md` that explains it, what it does to the {@link ClockState}, and what it
 * says in the trace. A rule is one small file; a regime is an array of them.
 * @example
 * ```ts
 * import type { ClockRule } from 'reform-rules';
 * const noApology: ClockRule = {
 *   id: 'apology.ignored', step: 'apology', basis: 'Agency rule X', doc: 'docs/dossier-clock.md#rule-6-apologies',
 *   apply: () => {}, explain: () => ({ inputs: {}, parameters: [], result: {} }),
 * };
 * ```
 * @category Dossier clock rules
 */
export interface ClockRule {
  /** The rule's unique id, e.g. `'supplementation.elapsedTime'`. */
  readonly id: string;
  /** The step it fills. */
  readonly step: ClockStep;
  /** Its legal basis (the legal text or methodology, with confidence where it is not HIGH). */
  readonly basis: string;
  /** The section of the documentation that explains it, as `docs/<file>.md#<anchor>`. */
  readonly doc: string;
  /** Applies the rule to one dossier's state (throws through `context.fail` on a data problem). */
  readonly apply: (state: ClockState, context: ClockContext) => void;
  /** What the rule says in the trace; `undefined` leaves it out of the trace for this dossier. */
  readonly explain: (facts: ClockFacts, context: ClockContext) => ClockRuleExplanation | undefined;
}

/**
 * An ordered list of clock rules, one per {@link ClockStep}, applied in order to every dossier.
 * @example
 * ```ts
 * import { portal766 } from 'reform-rules';
 * import type { ClockRegime } from 'reform-rules';
 * const regime: ClockRegime = portal766.regime;
 * ```
 * @category Dossier clock rules
 */
export type ClockRegime = readonly ClockRule[];

/**
 * The choices a counting convention makes, each one a field (see `docs/counting.md`).
 * @example
 * ```ts
 * import type { CountingChoices } from 'reform-rules';
 * const c: Partial<CountingChoices> = { compare: 'date' };
 * ```
 * @category Counting conventions
 */
export interface CountingChoices {
  /** The comparison unit: instants (`end <= due`), or calendar days in +07:00 (`CAST(end AS DATE) <= CAST(due AS DATE)`). */
  readonly compare: 'instant' | 'date';
  /** Which event dates the result when a dossier has both: `'processed'` (đã xử lý xong) or `'handOver'` (`returned`, đã trả kết quả). */
  readonly endEvent: 'processed' | 'handOver';
  /** How a `stopped`, `rejected` (trả lại) or `withdrawn` (xin rút) dossier counts: judged at its end like any other, or counted on time. */
  readonly otherEnds: 'judged' | 'onTime';
  /** The supplementation model: due moved by the working time of the wait, elapsed wait subtracted from the end, or the time limit restarted from zero. */
  readonly supplementation: 'workingDayShift' | 'elapsedTime' | 'restart';
  /** How many supplementation requests are allowed before the dossier is late: a number, `Infinity`, or `'policy'` (the policy's `maxSupplementRequests` on the reception day). */
  readonly maxSupplementRequests: number | 'policy';
  /** A dossier waiting for re-submission at `asOf`: judged with its clock stopped at the request, or counted pending within. */
  readonly awaitingSupplement: 'clockStopped' | 'pendingWithin';
  /** The period convention the convention's reports use: calendar month / quarter / year, or a free date range. */
  readonly period: 'calendar' | 'dateRange';
}

/**
 * A named, cited counting convention: its choices, the source of each, and the clock regime (the
 * ordered rules) those choices select. Pass it (or a preset's id) as the `counting` option.
 * @example
 * ```ts
 * import { dateLevel, evaluateDossier } from 'reform-rules';
 * const r = evaluateDossier(dossier, { calendar, asOf: '2025-03-31', counting: dateLevel });
 * r.ok && r.value.trace?.counting.id; // => 'dateLevel'
 * ```
 * @category Counting conventions
 */
export interface CountingConvention extends CountingChoices {
  /** Its id, e.g. `'portal766'`. */
  readonly id: string;
  /** Its name in Vietnamese and English. */
  readonly label: LocalizedText;
  /** Where it comes from (the methodology, the code, the agency's decision), with confidence. */
  readonly basis: string;
  /** The source of each choice. */
  readonly bases: { readonly [K in keyof CountingChoices]: string };
  /** The clock rules applied, in order, one per step. */
  readonly regime: ClockRegime;
}
