import type { Explanation } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { RatingLevel } from '../rating/RatingLevel';
import type { LateCounts } from '../rating/officialRatingCap';
import type { TaskEvaluation, TaskEvaluations } from '../tasks/evaluateTasks';
import type { EvaluationPeriod } from './evaluationPeriod';

/**
 * Who is evaluated: a công chức (civil servant, Nghị định 335/2025/NĐ-CP) or a viên chức (public
 * employee, Nghị định 233/2026/NĐ-CP).
 * @example
 * ```ts
 * import type { OfficialKind } from 'reform-rules';
 * const kind: OfficialKind = 'civilServant';
 * ```
 * @category Evaluation
 */
export type OfficialKind = 'civilServant' | 'publicEmployee';

/**
 * The regime an evaluation follows, chosen by the period's last day: `'nd335-2025'` (công chức,
 * points), `'nd233-2026'` (viên chức, points, from 01/07/2026) or `'nd90-2020'` (criteria, no
 * points, before them).
 * @example
 * ```ts
 * import type { EvaluationRegime } from 'reform-rules';
 * const r: EvaluationRegime = 'nd335-2025';
 * ```
 * @category Evaluation
 */
export type EvaluationRegime = 'nd335-2025' | 'nd233-2026' | 'nd90-2020';

/**
 * A share from 0 to 1: `true` (1), `false` (0), a number with at most 4 decimals, or an exact {@link Ratio}.
 * @example
 * ```ts
 * import type { ShareInput } from 'reform-rules';
 * const half: ShareInput = 0.5;
 * ```
 * @category Evaluation
 */
export type ShareInput = boolean | number | Ratio;

/**
 * One assigned task (or standard product) of a period (Nghị định 335/2025 Điều 13–14).
 * @example
 * ```ts
 * import type { AssignedTask } from 'reform-rules';
 * const t: AssignedTask = { weight: 1.5, quantity: true, quality: true, onTime: false, faultsCaused: { delay: 1 } };
 * ```
 * @category Evaluation
 */
export interface AssignedTask {
  /** An optional id, echoed in the explanation. */
  readonly id?: string | undefined;
  /** The conversion coefficient K of the task (above 0). */
  readonly weight: number | Ratio;
  /** The share of the task accepted (nghiệm thu): quantity, a. */
  readonly quantity: ShareInput;
  /** The share accepted at the required quality: b, before deductions. */
  readonly quality: ShareInput;
  /** The share done on time: c (tiến độ), before deductions. */
  readonly onTime: ShareInput;
  /** Reworks and delays the official caused (none counted when there was an objective reason). */
  readonly faultsCaused?: {
    /** Reworks (quality) the official caused. */
    readonly rework?: number | undefined;
    /** Delays (tiến độ) the official caused. */
    readonly delay?: number | undefined;
  } | undefined;
}

/**
 * The components a leader adds (Nghị định 335/2025 Điều 15), each a share from 0 to 1.
 * @example
 * ```ts
 * import type { LeaderComponents } from 'reform-rules';
 * const l: LeaderComponents = { unitResult: 0.9, organising: 1, unity: 1 };
 * ```
 * @category Evaluation
 */
export interface LeaderComponents {
  /** d: the result of the unit led, as a share, or computed from the unit's own results ({@link UnitResultInput}). */
  readonly unitResult: ShareInput | UnitResultInput;
  /** đ: the ability to organise and run the unit. */
  readonly organising: ShareInput;
  /** e: building unity in the unit (some agencies score only 100% or 50%). */
  readonly unity: ShareInput;
}

/**
 * What is scored for one month or quarter.
 * @example
 * ```ts
 * import type { PeriodScoresInput } from 'reform-rules';
 * const q: PeriodScoresInput = { generalPoints: 28, tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }] };
 * ```
 * @category Evaluation
 */
export interface PeriodScoresInput {
  /** The points of the general criteria, 0 to 30 with at most two decimals. */
  readonly generalPoints: number;
  /** The tasks assigned in the period. */
  readonly tasks?: readonly AssignedTask[] | undefined;
  /** For a leader: d, đ, e. */
  readonly leader?: LeaderComponents | undefined;
  /** The official's dossiers of the period, used for tiến độ only when `options.dossierTimeliness` is given. */
  readonly dossiers?: LateCounts | undefined;
  /** Task units computed from the library's own results (task evaluations, a dossier tally), added to `tasks`. */
  readonly results?: ResultsInput | undefined;
}

/**
 * Dossier counts of an official or a unit: a `Tally` of `tallyDossiers` (`early`, `onTime`, `late`,
 * `lateByOthers`, `pendingOverdue`) or a row of a Biểu 06 report (`resolved`, `pending`).
 * @example
 * ```ts
 * import type { DossierCountsInput } from 'reform-rules';
 * const fromTally: DossierCountsInput = { early: 3, onTime: 15, late: 2, lateByOthers: 0, pendingOverdue: 0 };
 * const fromRow: DossierCountsInput = { resolved: { early: 3, onTime: 15, late: 2 }, pending: { overdue: 0 } };
 * ```
 * @category Evaluation
 */
export type DossierCountsInput =
  | {
      /** Ended before the due day. */
      readonly early: number;
      /** Ended on the due day. */
      readonly onTime: number;
      /** Ended late, the delay attributed to this official or unit. */
      readonly late: number;
      /** Ended late through someone else's delay (not held against this key). */
      readonly lateByOthers?: number | undefined;
      /** Not ended and overdue, attributed to this key. */
      readonly pendingOverdue?: number | undefined;
    }
  | {
      /** The ended dossiers of the row. */
      readonly resolved: {
        /** Ended before the due day. */
        readonly early: number;
        /** Ended on the due day. */
        readonly onTime: number;
        /** Ended late. */
        readonly late: number;
      };
      /** The pending dossiers of the row (only `overdue` is read). */
      readonly pending?: {
        /** Not ended and overdue. */
        readonly overdue: number;
      } | undefined;
    };

/**
 * The task results of a period computed from the library's own results (Nghị định 335/2025 Điều
 * 14, the agency's choice): the official's task evaluations ({@link evaluateTasks}) and dossier
 * tally give quantity and tiến độ; quality is in neither, so it comes from `qualityByTask`,
 * `quality` or the policy's `derivedTaskQuality`, or the input has an issue.
 * @example
 * ```ts
 * import type { ResultsInput } from 'reform-rules';
 * const r: ResultsInput = { dossiers: { early: 0, onTime: 18, late: 2 }, quality: 1 };
 * ```
 * @category Evaluation
 */
export interface ResultsInput {
  /** The official's task evaluations of the period (the official's tasks only: the caller selects them). */
  readonly tasks?: readonly TaskEvaluation[] | TaskEvaluations | undefined;
  /** The official's dossier counts of the period. */
  readonly dossiers?: DossierCountsInput | undefined;
  /** One quality rating (0 to 1) of the period, for every derived unit without its own. */
  readonly quality?: ShareInput | undefined;
  /** The quality rating of each task, by task id. */
  readonly qualityByTask?: Readonly<Record<string, ShareInput>> | undefined;
  /** The coefficient K of each task, by task id; default the policy's `derivedUnitWeight`. */
  readonly taskWeights?: Readonly<Record<string, number | Ratio>> | undefined;
  /** The coefficient K of one dossier; default the policy's `derivedUnitWeight`. */
  readonly dossierWeight?: number | Ratio | undefined;
}

/**
 * The unit's own results, from which a leader's d is computed: its on-time share of dossiers and
 * its task completion, combined by the policy's `unitResultCombination`.
 * @example
 * ```ts
 * import type { UnitResultInput } from 'reform-rules';
 * const d: UnitResultInput = { dossiers: { early: 10, onTime: 80, late: 10 }, tasks: { doneOnTime: 8, doneLate: 1, overdue: 1 } };
 * ```
 * @category Evaluation
 */
export interface UnitResultInput {
  /** The unit's dossier counts (a department `Tally` or report row). */
  readonly dossiers?: DossierCountsInput | undefined;
  /** The unit's task counts (a `TaskSummary` or `DepartmentTaskSummary` of {@link evaluateTasks}). */
  readonly tasks?: {
    /** Occurrences done on time. */
    readonly doneOnTime: number;
    /** Occurrences done late. */
    readonly doneLate: number;
    /** Occurrences not done and past due. */
    readonly overdue: number;
  } | undefined;
}

/**
 * The input of {@link evaluateOfficial}: who, and the scores of the period (or of each quarter or
 * month of a year). No names: an id only.
 * @example
 * ```ts
 * import type { OfficialEvaluationInput } from 'reform-rules';
 * const input: OfficialEvaluationInput = { officialId: 'cv01', unitId: 'P1', kind: 'civilServant',
 *   generalPoints: 28, tasks: [{ weight: 1, quantity: true, quality: true, onTime: true }] };
 * ```
 * @category Evaluation
 */
export interface OfficialEvaluationInput extends Partial<PeriodScoresInput> {
  /** The official's id. */
  readonly officialId: string;
  /** The unit (phòng, đơn vị) the excellence quota is counted in. */
  readonly unitId?: string | undefined;
  /** The group of similar tasks within the unit; default: one group per unit. */
  readonly group?: string | undefined;
  /** Công chức or viên chức. */
  readonly kind: OfficialKind;
  /** Whether the official heads the unit (a head is not rated above the unit, Nghị định 233/2026 Điều 12). */
  readonly head?: boolean | undefined;
  /** For a year: the four quarters, in order (or `months`, per the policy's `yearAggregation`). */
  readonly quarters?: readonly PeriodScoresInput[] | undefined;
  /** For a year under `'meanOfMonths'`: the twelve months, in order. */
  readonly months?: readonly PeriodScoresInput[] | undefined;
  /** Under `'nd90-2020'` (criteria, no points): the level the criteria reached. */
  readonly level?: RatingLevel | undefined;
  /** The official's handled and late dossiers of the rating year, for the plan's late-dossier cap. */
  readonly lateCounts?: LateCounts | undefined;
}

/**
 * The task components of one period, each an exact share from 0 to 1.
 * @example
 * ```ts
 * import type { TaskComponents } from 'reform-rules';
 * // { quantity: { numerator: 1, denominator: 1 }, quality: ..., timeliness: ... }
 * ```
 * @category Evaluation
 */
export interface TaskComponents {
  /** a: quantity. */
  readonly quantity: Ratio;
  /** b: quality, after −25% per rework caused. */
  readonly quality: Ratio;
  /** c: tiến độ, after −25% per delay caused. */
  readonly timeliness: Ratio;
  /** d (leaders). */
  readonly unitResult?: Ratio;
  /** đ (leaders). */
  readonly organising?: Ratio;
  /** e (leaders). */
  readonly unity?: Ratio;
}

/**
 * The points of one month or quarter, exact.
 * @example
 * ```ts
 * import type { PeriodPoints } from 'reform-rules';
 * // { general: { numerator: 28, denominator: 1 }, taskResults: ..., total: ..., components: ... }
 * ```
 * @category Evaluation
 */
export interface PeriodPoints {
  /** The general criteria (≤ 30). */
  readonly general: Ratio;
  /** The task results (≤ 70). */
  readonly taskResults: Ratio;
  /** general + taskResults (≤ 100). */
  readonly total: Ratio;
  /** a, b, c (and d, đ, e). */
  readonly components: TaskComponents;
}

/**
 * The result of {@link evaluateOfficial}.
 * @example
 * ```ts
 * import type { OfficialEvaluation } from 'reform-rules';
 * // { officialId: 'cv01', regime: 'nd335-2025', total: { numerator: 185, denominator: 2 }, points: 92.5, level: 'excellent', ... }
 * ```
 * @category Evaluation
 */
export interface OfficialEvaluation {
  /** The official's id. */
  readonly officialId: string;
  /** The unit, or `null`. */
  readonly unitId: string | null;
  /** The group of similar tasks, or `null` (one group per unit). */
  readonly group: string | null;
  /** Công chức or viên chức. */
  readonly kind: OfficialKind;
  /** Whether the official heads the unit. */
  readonly head: boolean;
  /** The period evaluated. */
  readonly period: EvaluationPeriod;
  /** The regime applied. */
  readonly regime: EvaluationRegime;
  /** The exact total out of 100, or `null` under `'nd90-2020'` (no points). */
  readonly total: Ratio | null;
  /** The total rounded half up to two decimals, for display only (bands compare `total`). */
  readonly points: number | null;
  /** The points of the period, or of each quarter or month of a year; empty under `'nd90-2020'`. */
  readonly periods: readonly PeriodPoints[];
  /** The level from the points (or recorded from the criteria). */
  readonly level: RatingLevel;
  /** The late counts given for the plan's cap, or `null`. */
  readonly lateCounts: LateCounts | null;
  /** Every component with its basis. */
  readonly explanation: Explanation;
}
