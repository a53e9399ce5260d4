import type { CivilDate } from '../calendar/WorkCalendar';
import type { Ratio } from '../metrics/ratio';
import { defaultPolicy } from '../policy/defaultPolicy';
import { definePolicy } from '../policy/definePolicy';
import type { LegalBasis } from '../policy/LegalBasis';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';

/**
 * How a yearly result is built from the periods of the year. The decrees' formula was NOT FOUND in
 * the sources read: `'meanOfQuarters'` (the default, an assumption) is the plain mean of the four
 * quarterly totals; `'meanOfMonths'` the mean of twelve monthly totals.
 * @example
 * ```ts
 * import type { YearAggregation } from 'reform-rules';
 * const a: YearAggregation = 'meanOfQuarters';
 * ```
 * @category Evaluation
 */
export type YearAggregation = 'meanOfQuarters' | 'meanOfMonths';

/**
 * How a leader's d (the unit's result) is built from the unit's measures (its on-time share of
 * dossiers, its task completion): their plain `'mean'` (the default, an assumption) or the
 * `'minimum'`. The decree's formula was NOT FOUND: the agency must confirm.
 * @example
 * ```ts
 * import type { UnitResultCombination } from 'reform-rules';
 * const c: UnitResultCombination = 'mean';
 * ```
 * @category Evaluation
 */
export type UnitResultCombination = 'mean' | 'minimum';

/**
 * The parameters of the evaluation of officials, each dated and cited (see {@link evaluationPolicy}).
 * @example
 * ```ts
 * import { evaluationPolicy, parameterAt } from 'reform-rules';
 * parameterAt(evaluationPolicy, 'excellenceQuota', '2026-12-31'); // => { numerator: 1, denominator: 5 }
 * ```
 * @category Evaluation
 */
export interface EvaluationParameters {
  /** The first day công chức are evaluated on points under Nghị định 335/2025/NĐ-CP (MEDIUM, disputed: confirm with the agency). */
  readonly civilServantPointsFrom: CivilDate;
  /** The first day viên chức are evaluated on points under Nghị định 233/2026/NĐ-CP (HIGH: 01/07/2026). */
  readonly publicEmployeePointsFrom: CivilDate;
  /** The maximum of the general criteria (30). */
  readonly generalCriteriaMax: number;
  /** The maximum of the task results (70). */
  readonly taskResultsMax: number;
  /** The deduction per rework or delay the official caused (25%). */
  readonly faultDeduction: Ratio;
  /** The lowest total rated "Hoàn thành xuất sắc nhiệm vụ" (90). */
  readonly excellentFrom: number;
  /** The lowest total rated "Hoàn thành tốt nhiệm vụ" (70). */
  readonly goodFrom: number;
  /** The lowest total rated "Hoàn thành nhiệm vụ" (50). */
  readonly completedFrom: number;
  /** How a year is built from its periods (NOT FOUND in the sources: an assumption). */
  readonly yearAggregation: YearAggregation;
  /** "Xuất sắc" may be at most this share of those rated "tốt" in a unit and group (20%). */
  readonly excellenceQuota: Ratio;
  /** The share for viên chức when the unit itself is rated "xuất sắc" (25%, Nghị định 233/2026 Điều 12). */
  readonly excellenceQuotaExcellentUnit: Ratio;
  /** Whether the quota's base ("those rated tốt") counts the excellent too (`true`, an interpretation). */
  readonly excellenceQuotaBaseIncludesExcellent: boolean;
  /** The quality rating of task units computed from the library's results when the input gives none: `null` by default (an agency rule; none set means an issue). */
  readonly derivedTaskQuality: Ratio | null;
  /** The coefficient K of one task occurrence or one dossier computed from the library's results (1, an assumption: the agency's list of Điều 13 gives the real K). */
  readonly derivedUnitWeight: number;
  /** How d is built from the unit's measures (NOT FOUND in the sources: an assumption). */
  readonly unitResultCombination: UnitResultCombination;
}

const D335 = 'Nghị định 335/2025/NĐ-CP';
const D233 = 'Nghị định 233/2026/NĐ-CP';
const START = '2020-08-20';

function b335(article: string, note: string): LegalBasis {
  return { document: D335, article, note: `${note} MEDIUM: text not read, several applications and a 2026 compliance audit agree; the agency must confirm.` };
}

/**
 * The default policy of the evaluation of officials: the plan's {@link defaultPolicy} (its
 * late-dossier caps) plus the {@link EvaluationParameters}, each with its basis and confidence.
 *
 * @remarks MEDIUM and unconfirmed values are parameters the agency must confirm and may override
 * with {@link extendPolicy}: the start of the 335 points regime (21/12/2025 in most sources,
 * 09/06/2025 in one), the 30/70 split, the 25% deduction, the bands of 335, and two assumptions of
 * this library: the yearly aggregation (mean of quarters; the formula was NOT FOUND) and the quota's
 * base (those rated "tốt", the excellent included), the coefficient of a derived task or dossier
 * unit (`derivedUnitWeight` = 1) and how d is built from the unit's results (`unitResultCombination`,
 * mean). `derivedTaskQuality` has no default (`null`): the agency sets it or gives ratings.
 * @example
 * ```ts
 * import { evaluationPolicy, extendPolicy, parameterAt } from 'reform-rules';
 * parameterAt(evaluationPolicy, 'civilServantPointsFrom', '2026-03-31'); // => '2025-12-21'
 * const agency = extendPolicy(evaluationPolicy, {
 *   civilServantPointsFrom: [{ from: '2020-08-20', value: '2026-01-01', basis: { document: 'Công văn 12/KKT-VP' } }],
 * });
 * ```
 * @category Evaluation
 */
export const evaluationPolicy: Policy<PolicyParameters & EvaluationParameters> = definePolicy<PolicyParameters & EvaluationParameters>({
  id: 'kkt-van-phong-91-KL/TU+evaluation',
  parameters: {
    ...defaultPolicy.parameters,
    civilServantPointsFrom: [
      { from: START, value: '2025-12-21', basis: b335('Điều 17, Điều 20', 'Start of the quarterly points regime: 21/12/2025 in most sources, 09/06/2025 in one treasury application.') },
    ],
    publicEmployeePointsFrom: [
      { from: START, value: '2026-07-01', basis: { document: D233, article: 'Điều 19, Điều 20', note: 'Issued 26/6/2026, in force 01/7/2026; ends Nghị định 90/2020 (as amended by 48/2023) for viên chức. HIGH. Điều 20.1: for the end-of-2026 rating a unit without its own regulation may still follow 90/2020.' } },
    ],
    generalCriteriaMax: [{ from: START, value: 30, basis: b335('Điều 12', 'General criteria up to 30 points.') }],
    taskResultsMax: [{ from: START, value: 70, basis: b335('Điều 12, Điều 16', 'Task results up to 70 points: (a+b+c)/3 × 70, leaders (a+b+c+d+đ+e)/6 × 70.') }],
    faultDeduction: [
      { from: START, value: { numerator: 1, denominator: 4 }, basis: b335('Điều 14', '−25% of the task for each rework (quality) or delay (tiến độ) the official caused; none with an objective reason.') },
    ],
    excellentFrom: [{ from: START, value: 90, basis: b335('Điều 20', '«Hoàn thành xuất sắc nhiệm vụ» from 90 points (233/2026 Điều 12: the same bands, HIGH).') }],
    goodFrom: [{ from: START, value: 70, basis: b335('Điều 20', '«Hoàn thành tốt nhiệm vụ» from 70 to under 90 points.') }],
    completedFrom: [{ from: START, value: 50, basis: b335('Điều 20', '«Hoàn thành nhiệm vụ» from 50 to under 70; under 50 «Không hoàn thành nhiệm vụ».') }],
    yearAggregation: [
      { from: START, value: 'meanOfQuarters', basis: { document: D335, article: 'Điều 17', note: 'NOT FOUND: the decree builds the year from the quarters but the formula was not read. The mean of the four quarterly totals is an ASSUMPTION of this library; the agency must confirm or override it.' } },
    ],
    excellenceQuota: [
      { from: START, value: { numerator: 1, denominator: 5 }, basis: b335('Điều 20', '«xuất sắc» at most 20% of those rated «Hoàn thành tốt nhiệm vụ» in the same unit and group of similar tasks (233/2026 Điều 12 for viên chức, HIGH).') },
    ],
    excellenceQuotaExcellentUnit: [
      { from: START, value: { numerator: 1, denominator: 4 }, basis: { document: D233, article: 'Điều 12', note: 'Up to 25% when the unit itself is rated «Hoàn thành xuất sắc nhiệm vụ» (viên chức). HIGH.' } },
    ],
    excellenceQuotaBaseIncludesExcellent: [
      { from: START, value: true, basis: { document: D233, article: 'Điều 12', note: '«không vượt quá 20% tổng số … được xếp loại "Hoàn thành tốt nhiệm vụ"»: read as those meeting "tốt" or above (the excellent are chosen among them). An interpretation; the agency must confirm.' } },
    ],
    derivedTaskQuality: [
      { from: START, value: null, basis: { document: D335, article: 'Điều 14', note: 'Quality (b) is judged by the person who evaluates; task and dossier records do not hold it. No default: the agency sets its own rule (e.g. 1 for work accepted without rework) or gives a rating per period or per task.' } },
    ],
    derivedUnitWeight: [
      { from: START, value: 1, basis: { document: D335, article: 'Điều 13', note: 'ASSUMPTION of this library: each task occurrence and each dossier counts with K = 1 unless the input gives its coefficient; the agency\'s list of standard products (Điều 13) sets the real K and must be confirmed.' } },
    ],
    unitResultCombination: [
      { from: START, value: 'mean', basis: { document: D335, article: 'Điều 15', note: 'd = "the result of the unit led" (MEDIUM); how it is computed from the unit\'s on-time share and task completion is NOT FOUND. The plain mean of the measures given is an ASSUMPTION; the agency must confirm or override it.' } },
    ],
  },
});
