import type { Instant } from '../calendar/WorkCalendar';
import type { ParameterUse } from '../policy/Policy';
import type { DeadlineMode } from '../policy/PolicyParameters';
import type { DossierChannel, DossierEndKind } from '../model/dossier';

/**
 * Where a dossier stands: ended early, on time or late, or not ended by `asOf` and still within
 * its deadline or overdue (trước hạn / đúng hạn / quá hạn; đang giải quyết trong hạn / quá hạn).
 * @example
 * ```ts
 * import type { DossierOutcome } from 'reform-rules';
 * const o: DossierOutcome = 'pendingWithin';
 * ```
 * @category Dossier
 */
export type DossierOutcome = 'early' | 'onTime' | 'late' | 'pendingWithin' | 'pendingOverdue';

/**
 * Why a dossier is late (or pending overdue): its end (or `asOf`) is after the effective due time,
 * or it received more supplementation requests than the policy allows.
 * @example
 * ```ts
 * import type { LateReason } from 'reform-rules';
 * const r: LateReason = 'tooManySupplementRequests';
 * ```
 * @category Dossier
 */
export type LateReason = 'afterDue' | 'tooManySupplementRequests';

/**
 * One official and department a delay is attributed to.
 * @example
 * ```ts
 * import type { DelayAttribution } from 'reform-rules';
 * const a: DelayAttribution = { officialId: 'CB-07', departmentId: 'P-DT', overrunMinutes: 240, via: 'step' };
 * ```
 * @category Dossier
 */
export interface DelayAttribution {
  /** The official (absent when the delay falls back to a dossier without a responsible official). */
  readonly officialId?: string;
  /** The department. */
  readonly departmentId: string;
  /**
   * Working minutes beyond the allotment: for `via: 'step'`, the steps' working time (supplementation
   * pauses excluded) minus `allottedHours × 60`, summed over that official's steps in that department;
   * for `via: 'responsible'`, the dossier's own `lateBy`.
   */
  readonly overrunMinutes: number;
  /** `'step'` when a step overran its allotment, `'responsible'` when no step did and the dossier's own official/department answer for it. */
  readonly via: 'step' | 'responsible';
}

/**
 * A step of a late (or pending-overdue) dossier whose allotted time the source does not record (a
 * handover slip): the delay can be neither attributed to it nor cleared from it, so it is named here
 * instead of guessed; while such a step exists and no step with a known allotment overran, the delay
 * is attributed to no one (never to the responsible official by default).
 * @example
 * ```ts
 * import type { UnattributedStep } from 'reform-rules';
 * const u: UnattributedStep = { stepIndex: 1, officialId: 'CB-07', departmentId: 'P-DT', reason: 'allottedTimeUnknown' };
 * ```
 * @category Dossier
 */
export interface UnattributedStep {
  /** The step's position in `dossier.steps`. */
  readonly stepIndex: number;
  /** The step's official. */
  readonly officialId: string;
  /** The step's department. */
  readonly departmentId: string;
  /** Why: the source records no allotted time for the step. */
  readonly reason: 'allottedTimeUnknown';
}

/**
 * The officials and departments that took part in a dossier: every step's, plus the dossier's own.
 * @example
 * ```ts
 * import type { DossierParticipants } from 'reform-rules';
 * const p: DossierParticipants = { officialIds: ['CB-01', 'CB-07'], departmentIds: ['P-DT'] };
 * ```
 * @category Dossier
 */
export interface DossierParticipants {
  /** The distinct official ids, in order of first appearance (the dossier's own first). */
  readonly officialIds: readonly string[];
  /** The distinct department ids, in order of first appearance (the dossier's own first). */
  readonly departmentIds: readonly string[];
}

/**
 * One rule the dossier clock applied, as plain JSON: its name, its legal basis, what it saw, the
 * policy parameters it used and what it decided.
 * @example
 * ```ts
 * import type { DossierTraceStep } from 'reform-rules';
 * const s: DossierTraceStep = {
 *   rule: 'end', ruleId: 'end.processedFirst', basis: 'QĐ 766 methodology',
 *   doc: 'docs/dossier-clock.md#rule-3-the-end-of-processing',
 *   inputs: { events: ['processed@2025-03-05T10:00:00+07:00'] }, parameters: [],
 *   result: { endKind: 'processed', endedAt: '2025-03-05T10:00:00+07:00' },
 * };
 * ```
 * @category Dossier
 */
export interface DossierTraceStep {
  /** The step the rule fills: `clockStart`, `due`, `supplementation`, `end`, `outcome`, `apology`, `attribution`. */
  readonly rule: string;
  /** The id of the rule applied (e.g. `'supplementation.elapsedTime'`). */
  readonly ruleId: string;
  /** Its source: the legal text or methodology behind it. */
  readonly basis: string;
  /** The documentation section that explains it, as `docs/<file>.md#<anchor>`. */
  readonly doc: string;
  /** The inputs the rule saw (instants as `'YYYY-MM-DDTHH:mm:ss+07:00'`). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The policy parameters it used: value, dated entry and legal basis (as {@link resolveParameter} gives them). */
  readonly parameters: readonly ParameterUse[];
  /** What it decided. */
  readonly result: Readonly<Record<string, unknown>>;
}

/**
 * Why a dossier got its outcome: the rules applied in order, as plain JSON a one-stop-shop clerk
 * can read (or a UI can render).
 * @example
 * ```ts
 * import type { DossierTrace } from 'reform-rules';
 * const t: DossierTrace = {
 *   dossierId: 'HS-1', asOf: '2025-03-31T17:00:00+07:00',
 *   counting: { id: 'portal766', basis: 'QĐ 766 methodology', doc: 'docs/counting.md#portal766' }, steps: [],
 * };
 * ```
 * @category Dossier
 */
export interface DossierTrace {
  /** The dossier evaluated. */
  readonly dossierId: string;
  /** The instant it was evaluated as of. */
  readonly asOf: Instant;
  /** The counting convention used: its id, its basis and the documentation that explains it. */
  readonly counting: {
    /** The convention's id. */
    readonly id: string;
    /** Its basis. */
    readonly basis: string;
    /** The documentation section that explains it. */
    readonly doc: string;
  };
  /** The rules applied, in order. */
  readonly steps: readonly DossierTraceStep[];
}

/**
 * What every {@link DossierEvaluation} carries, whatever its outcome.
 * @example
 * ```ts
 * import type { DossierEvaluationBase } from 'reform-rules';
 * const due = (e: DossierEvaluationBase) => e.effectiveDueAt;
 * ```
 * @category Dossier
 */
export interface DossierEvaluationBase {
  /** The dossier's id. */
  readonly dossierId: string;
  /** Its procedure. */
  readonly procedureId: string;
  /** Its responsible department. */
  readonly departmentId: string;
  /** Its responsible official, when recorded. */
  readonly officialId?: string;
  /** How it was submitted. */
  readonly channel: DossierChannel;
  /** For online dossiers, the online level as recorded: full (toàn trình) or partial (một phần). */
  readonly onlineLevel?: 'full' | 'partial';
  /** How fees were paid, as recorded. */
  readonly paymentChannel?: 'online' | 'direct';
  /** The reception instant, as recorded. */
  readonly receivedAt: Instant;
  /** When the clock started (after the after-hours and cut-off rules), in +07:00. */
  readonly clockStartAt: Instant;
  /** The due time: the recorded `dueAt` when present, else computed; in +07:00. */
  readonly dueAt: Instant;
  /** Whether {@link DossierEvaluationBase.dueAt} was recorded on the dossier or computed from the processing time. */
  readonly dueSource: 'recorded' | 'computed';
  /** The deadline mode used to compute the due and the supplementation shift. */
  readonly deadlineMode: DeadlineMode;
  /**
   * The due time after adding the citizen's supplementation time (answered requests only: the wait
   * of an unanswered request is not added, the clock stopped at {@link DossierEvaluationBase.clockStoppedAt}); in +07:00.
   */
  readonly effectiveDueAt: Instant;
  /** The outcome: exactly one of the five. */
  readonly outcome: DossierOutcome;
  /** How many supplementation requests it received by `asOf`. */
  readonly supplementRequests: number;
  /** Whether it is waiting for the citizen's re-submission at `asOf` (clock stopped). */
  readonly awaitingSupplement: boolean;
  /**
   * When the clock stopped for a supplementation request that was never answered (still waiting
   * at `asOf`, or processing ended while waiting); the outcome is judged at this instant. In +07:00.
   */
  readonly clockStoppedAt?: Instant;
  /** Whether an apology letter was issued (counted separately; never changes the outcome). */
  readonly apology: boolean;
  /** To whom the delay is attributed (late and pending-overdue dossiers only; else empty). */
  readonly attribution: readonly DelayAttribution[];
  /** The officials and departments that took part in it. */
  readonly participants: DossierParticipants;
  /** The steps the delay could not be attributed to or cleared from (allotted time unknown); absent when none. */
  readonly unattributedSteps?: readonly UnattributedStep[];
  /**
   * The reception clock of an online dossier whose portal receipt (`submittedAt`) is recorded and
   * for which the policy sets a limit (`receptionWorkingHours`); absent otherwise. Never changes
   * the outcome.
   */
  readonly reception?: DossierReception;
  /** The rules applied; absent when evaluated with `trace: false`. */
  readonly trace?: DossierTrace;
}

/**
 * The verdict of the reception clock (rule `reception.workingHours`): whether an online dossier
 * was officially received within the limit counted from the portal's receipt.
 * @example
 * ```ts
 * import type { DossierReception } from 'reform-rules';
 * const r: DossierReception = { status: 'late', submittedAt: '2025-08-04T08:00:00+07:00',
 *   dueAt: '2025-08-04T17:00:00+07:00', limitWorkingHours: 8, workingMinutes: 540 };
 * ```
 * @category Dossier
 */
export interface DossierReception {
  /** Received within the limit (`'inTime'`) or not (`'late'`). */
  readonly status: 'inTime' | 'late';
  /** The portal's receipt, as recorded. */
  readonly submittedAt: Instant;
  /** The instant the limit is reached, in +07:00. */
  readonly dueAt: Instant;
  /** The limit in working hours (policy `receptionWorkingHours` on the reception day). */
  readonly limitWorkingHours: number;
  /** Working minutes from the portal's receipt to the reception. */
  readonly workingMinutes: number;
}

/**
 * A dossier whose processing ended early or on time.
 * @example
 * ```ts
 * import type { OnTimeDossierEvaluation } from 'reform-rules';
 * const ended = (e: OnTimeDossierEvaluation) => e.endedAt;
 * ```
 * @category Dossier
 */
export interface OnTimeDossierEvaluation extends DossierEvaluationBase {
  /** Early (ended on a calendar day before the due's) or on time. */
  readonly outcome: 'early' | 'onTime';
  /** When processing ended (the end event's instant as recorded). */
  readonly endedAt: Instant;
  /** How processing ended. */
  readonly endKind: DossierEndKind;
  /** Not late. */
  readonly lateReason?: never;
  /** Not late. */
  readonly lateBy?: never;
}

/**
 * A dossier whose processing ended late.
 * @example
 * ```ts
 * import type { LateDossierEvaluation } from 'reform-rules';
 * const minutes = (e: LateDossierEvaluation) => e.lateBy;
 * ```
 * @category Dossier
 */
export interface LateDossierEvaluation extends DossierEvaluationBase {
  /** Late. */
  readonly outcome: 'late';
  /** When processing ended (the end event's instant as recorded). */
  readonly endedAt: Instant;
  /** How processing ended. */
  readonly endKind: DossierEndKind;
  /** Why it is late. */
  readonly lateReason: LateReason;
  /**
   * How late, in **working minutes** (office hours of the calendar), rounded up: from the effective
   * due to the end (or to the clock stop when processing ended while waiting for a re-submission);
   * 0 when late only for too many supplementation requests (or late on the due day to the second).
   */
  readonly lateBy: number;
}

/**
 * A dossier not ended by `asOf` and still within its deadline (or waiting for the citizen).
 * @example
 * ```ts
 * import type { PendingWithinDossierEvaluation } from 'reform-rules';
 * const waiting = (e: PendingWithinDossierEvaluation) => e.awaitingSupplement;
 * ```
 * @category Dossier
 */
export interface PendingWithinDossierEvaluation extends DossierEvaluationBase {
  /** Pending within its deadline. */
  readonly outcome: 'pendingWithin';
  /** Not ended. */
  readonly endedAt?: never;
  /** Not ended. */
  readonly endKind?: never;
  /** Not overdue. */
  readonly lateReason?: never;
  /** Not overdue. */
  readonly lateBy?: never;
}

/**
 * A dossier not ended by `asOf` and past its deadline.
 * @example
 * ```ts
 * import type { PendingOverdueDossierEvaluation } from 'reform-rules';
 * const minutes = (e: PendingOverdueDossierEvaluation) => e.lateBy;
 * ```
 * @category Dossier
 */
export interface PendingOverdueDossierEvaluation extends DossierEvaluationBase {
  /** Pending, overdue. */
  readonly outcome: 'pendingOverdue';
  /** Not ended. */
  readonly endedAt?: never;
  /** Not ended. */
  readonly endKind?: never;
  /** Why it is overdue. */
  readonly lateReason: LateReason;
  /**
   * How overdue, in **working minutes**, rounded up: from the effective due to `asOf` (or to the
   * unanswered supplementation request, where the clock stopped); 0 when overdue only for too many requests.
   */
  readonly lateBy: number;
}

/**
 * The verdict of the dossier clock on one dossier as of an instant, a union discriminated by
 * `outcome`: ended variants (`early`, `onTime`, `late`) carry `endedAt` and `endKind`; late ones
 * (`late`, `pendingOverdue`) carry `lateReason` and `lateBy` (working minutes). Every variant has its
 * due times, supplementation and apology facts, the attribution of a delay and (unless turned off)
 * the trace of the rules applied.
 * @example
 * ```ts
 * import { createCalendar, evaluateDossier } from 'reform-rules';
 * const r = evaluateDossier(dossier, { calendar: createCalendar(), asOf: '2025-03-31' });
 * if (r.ok && r.value.outcome === 'late') r.value.lateBy; // => 120 (working minutes)
 * ```
 * @category Dossier
 */
export type DossierEvaluation = OnTimeDossierEvaluation | LateDossierEvaluation | PendingWithinDossierEvaluation | PendingOverdueDossierEvaluation;
