import type { CivilDate } from '../calendar/WorkCalendar';
import type { Issue } from '../errors/Issue';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { ParameterUse } from '../policy/Policy';
import type { Comparison } from '../policy/PolicyParameters';
import type { DateRange } from './DateRange';
import type { ParGrade } from './parGrade';

/**
 * The identifier of a scorecard row: one per measurable target of the plan.
 * @example
 * ```ts
 * import type { ScorecardRowId } from 'reform-rules';
 * const id: ScorecardRowId = 'onlineServiceCoverage';
 * ```
 * @category Coverage
 */
export type ScorecardRowId =
  | 'parIndexRank'
  | 'pciRank'
  | 'papiRank'
  | 'ictIndexRank'
  | 'dtiRank'
  | 'officialLateShare'
  | 'departmentLateShare'
  | 'satisfaction'
  | 'agencyParGrade'
  | 'petitionsOnTime'
  | 'onlineServiceCoverage'
  | 'onlineMainChannel'
  | 'tasksSingleLead'
  | 'electronicDocuments'
  | 'tasksOnTime'
  /** Plan II.5, only when a rotation schedule is given (issue 17). */
  | 'rotationAsDue'
  /** Plan I.1, one per service-index group the agency tracks, only when `serviceIndex` is given (issue 13). */
  | `indexGroup:${string}`;

/**
 * What a scorecard row measured: an exact share, a count of those over a cap, a rank, or a grade.
 * @example
 * ```ts
 * import type { ScorecardMeasure } from 'reform-rules';
 * const m: ScorecardMeasure = { kind: 'share', share: { numerator: 9, denominator: 10 } };
 * ```
 * @category Coverage
 */
export type ScorecardMeasure =
  | {
      /** An exact share. */
      readonly kind: 'share';
      /** The share. */
      readonly share: Ratio;
    }
  | {
      /** How many are over a cap. */
      readonly kind: 'overCap';
      /** How many are over the cap. */
      readonly over: number;
      /** How many were judged (with at least one dossier handled). */
      readonly of: number;
    }
  | {
      /** A rank among the provinces. */
      readonly kind: 'rank';
      /** The rank (1 = first). */
      readonly rank: number;
    }
  | {
      /** A grade. */
      readonly kind: 'grade';
      /** The grade. */
      readonly grade: ParGrade;
    }
  | {
      /** Points of a service-index group. */
      readonly kind: 'score';
      /** The points (at most 2 decimals). */
      readonly score: number;
      /** The group's maximum. */
      readonly max: number;
    };

/**
 * A scorecard row's target, with the policy parameters (value, dated entry, legal basis) it reads.
 * @example
 * ```ts
 * import type { ScorecardTarget } from 'reform-rules';
 * const t: ScorecardTarget = { kind: 'rank', atMost: 25, parameters: [] };
 * ```
 * @category Coverage
 */
export type ScorecardTarget =
  | {
      /** The share must reach a value. */
      readonly kind: 'share';
      /** The value. */
      readonly value: Ratio;
      /** `'gte'`: at least; `'gt'`: more than. */
      readonly comparison: Comparison;
      /** The parameters read. */
      readonly parameters: readonly ParameterUse[];
    }
  | {
      /** Nobody may be over a cap. */
      readonly kind: 'noneOverCap';
      /** The cap on the late share. */
      readonly cap: Ratio;
      /** `'gt'`: over means more than the cap; `'gte'`: at or above it. */
      readonly comparison: Comparison;
      /** The parameters read. */
      readonly parameters: readonly ParameterUse[];
    }
  | {
      /** The rank must be this or better. */
      readonly kind: 'rank';
      /** The worst acceptable rank. */
      readonly atMost: number;
      /** The parameters read. */
      readonly parameters: readonly ParameterUse[];
    }
  | {
      /** The grade must be this or better. */
      readonly kind: 'grade';
      /** The lowest acceptable grade. */
      readonly atLeast: ParGrade;
      /** The parameters read (none: the grade is the plan's text). */
      readonly parameters: readonly ParameterUse[];
    }
  | {
      /** A service-index group must reach the agency's target: a share of its maximum, or points. */
      readonly kind: 'indexScore';
      /** The group. */
      readonly group: string;
      /** The group's maximum; `null` when the group was not given. */
      readonly max: number | null;
      /** At least this share of the maximum (when the target is a share). */
      readonly share?: Ratio;
      /** At least these points (when the target is points). */
      readonly score?: number;
      /** The parameters read (the agency's target, with its basis). */
      readonly parameters: readonly ParameterUse[];
    };

/**
 * One row of the plan scorecard: a measurable target of the plan, what was measured, the target
 * and whether it is met, with the explanation. `met` and `measured` are `null` exactly when the
 * input the row needs was not given.
 * @example
 * ```ts
 * import type { ScorecardRow } from 'reform-rules';
 * // { id: 'satisfaction', section: 'II.1', title: { vi: ..., en: ... }, measured: { kind: 'share', ... },
 * //   target: { kind: 'share', ... }, met: false, explanation: { ... } }
 * ```
 * @category Coverage
 */
export interface ScorecardRow {
  /** The row's identifier. */
  readonly id: ScorecardRowId;
  /** The plan section it implements, e.g. `'II.3'`. */
  readonly section: string;
  /** The target in words. */
  readonly title: LocalizedText;
  /** What was measured; `null` when the input was not given. */
  readonly measured: ScorecardMeasure | null;
  /** The target, with the parameters read. */
  readonly target: ScorecardTarget;
  /** Whether the target is met; `null` when the input was not given. */
  readonly met: boolean | null;
  /** Why, citing the target's basis; for a row not judged, which input is missing. */
  readonly explanation: Explanation;
}

/**
 * How many rows of a {@link PlanScorecard} are met, not met, and not judged.
 * @example
 * ```ts
 * import type { ScorecardSummary } from 'reform-rules';
 * const s: ScorecardSummary = { met: 9, notMet: 2, notJudged: 4 };
 * ```
 * @category Coverage
 */
export interface ScorecardSummary {
  /** Rows met. */
  readonly met: number;
  /** Rows not met. */
  readonly notMet: number;
  /** Rows not judged (their input was not given). */
  readonly notJudged: number;
}

/**
 * The plan scorecard returned by {@link evaluatePlan}.
 * @example
 * ```ts
 * import type { PlanScorecard } from 'reform-rules';
 * // scorecard.rows.filter((r) => r.met === false).map((r) => r.id)
 * ```
 * @category Coverage
 */
export interface PlanScorecard {
  /** The period judged. */
  readonly period: DateRange;
  /** The day of the evaluation. */
  readonly asOf: CivilDate;
  /** One row per measurable target, in the plan's order. */
  readonly rows: readonly ScorecardRow[];
  /** How many rows are met, not met, not judged. */
  readonly summary: ScorecardSummary;
  /** Problems in the inputs (records left out); paths start with the input's field name. */
  readonly issues: readonly Issue[];
  /** The scorecard's explanation: the summary, with every row's explanation as a child. */
  readonly explanation: Explanation;
}
