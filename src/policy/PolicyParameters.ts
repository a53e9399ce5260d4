import type { CivilDate } from '../calendar/WorkCalendar';
import type { Ratio } from '../_lib/ratio';

/**
 * How a share is compared with its threshold: `'gt'` means "more than" (trên), `'gte'` means
 * "at least / or more" (từ ... trở lên). The plan uses both: an official is capped with more than
 * 10% late dossiers, a department with 5% or more.
 * @example
 * ```ts
 * import type { Comparison } from 'reform-rules';
 * const officials: Comparison = 'gt';
 * ```
 * @category Policy
 */
export type Comparison = 'gt' | 'gte';

/**
 * How a computed due time is counted: `'endOfDay'` (the default, Civil Code): the due day is the
 * N-th working day after the day the clock starts (Bộ luật Dân sự 2015, Điều 147.2; a deadline
 * ending on a day off moves to the next working day, Điều 148.5), due at the close of office hours
 * that day; `'workingHours'`: the clock start plus N times the working minutes of a day, counted in
 * office hours (supplementation pauses then also count in minutes).
 * @example
 * ```ts
 * import type { DeadlineMode } from 'reform-rules';
 * const mode: DeadlineMode = 'endOfDay';
 * ```
 * @category Policy
 */
export type DeadlineMode = 'endOfDay' | 'workingHours';

/**
 * The typed catalogue of policy parameters: name to value type. {@link parameterAt} reads a
 * parameter with this type, so `parameterAt(defaultPolicy, 'officialLateShareCap', date)` is a
 * {@link Ratio}. The values and legal bases of the default policy are listed in `docs/policies.md`.
 *
 * @example
 * ```ts
 * import { defaultPolicy, parameterAt } from 'reform-rules';
 * const cap = parameterAt(defaultPolicy, 'officialLateShareCap', '2025-06-01');
 * // => { numerator: 1, denominator: 20 }
 * ```
 * @category Policy
 */
export interface PolicyParameters {
  /** The late-dossier share above which an official cannot be rated "Hoàn thành tốt nhiệm vụ" or above (plan II.1). */
  readonly officialLateShareCap: Ratio;
  /** How the official's late share is compared with {@link PolicyParameters.officialLateShareCap} (`'gt'`: "trên 10%"). */
  readonly officialLateShareComparison: Comparison;
  /** The late-dossier share from which a department cannot be "Tập thể lao động tiên tiến" or above (plan II.1). */
  readonly departmentLateShareCap: Ratio;
  /** How the department's late share is compared with {@link PolicyParameters.departmentLateShareCap} (`'gte'`: "từ 5%"). */
  readonly departmentLateShareComparison: Comparison;
  /** How a computed due time is counted: whole working days to the close of office hours, or working minutes. */
  readonly deadlineMode: DeadlineMode;
  /** The number of supplementation requests a dossier may receive; more than this makes it late. */
  readonly maxSupplementRequests: number;
  /** Whether the citizen's supplementation time (request to complete re-submission) pauses the dossier clock. */
  readonly supplementPausesClock: boolean;
  /** Whether an online submission outside working hours counts from the next working start. */
  readonly afterHoursStartsNextWorkingStart: boolean;
  /**
   * Working hours, counted from the portal's receipt (`submittedAt`), within which an online dossier
   * must be officially received or sent a supplementation request; `null` where no such limit is in
   * force. MEDIUM (the 2025 decrees that state it; see `docs/dossier-clock.md`): the agency must confirm.
   */
  readonly receptionWorkingHours: number | null;
  /** Working days before the deadline by which an apology letter with a new date must be issued. */
  readonly apologyNoticeWorkingDays: number;
  /** How many times the appointment may be re-scheduled by an apology letter. */
  readonly maxApologyReschedules: number;
  /** The share of members who are "Lao động tiên tiến" needed for "Tập thể lao động tiên tiến". */
  readonly advancedCollectiveMemberShare: Ratio;
  /** How the members' share is compared with {@link PolicyParameters.advancedCollectiveMemberShare} (`'gte'`: "ít nhất 70%"). */
  readonly advancedCollectiveMemberComparison: Comparison;
  /** The share of members who are "Lao động tiên tiến" needed for "Tập thể lao động xuất sắc". */
  readonly excellentCollectiveMemberShare: Ratio;
  /** How the members' share is compared with {@link PolicyParameters.excellentCollectiveMemberShare} (`'gte'`). */
  readonly excellentCollectiveMemberComparison: Comparison;
  /** The share of members completing their tasks needed for "Tập thể lao động xuất sắc" (100%). */
  readonly excellentCollectiveCompletedShare: Ratio;
  /** The share of eligible procedures to publish as full online public services (plan II.3). */
  readonly onlineCoverageTarget: Ratio;
  /** The date from which online becomes the main channel (plan II.3: "từ năm 2025 trở đi"). */
  readonly onlineMainChannelFrom: CivilDate;
  /** The share of dossiers received online that makes online "the main channel". */
  readonly onlineMainChannelShare: Ratio;
  /** How the online share is compared with {@link PolicyParameters.onlineMainChannelShare} (`'gt'`: more than half). */
  readonly onlineMainChannelComparison: Comparison;
  /** The share of officials receiving customer satisfaction (plan II.1: 100%). */
  readonly satisfactionTarget: Ratio;
  /** The share of incoming and outgoing documents handled and signed electronically (plan II.7: 100%). */
  readonly electronicDocumentsTarget: Ratio;
  /** Working days to handle a petition or feedback (phản ánh, kiến nghị) on time. */
  readonly petitionDeadlineWorkingDays: number;
  /** Working days after the data cut-off by which a periodic report must be sent. */
  readonly reportSubmissionWorkingDays: number;
  /** The rank the province's indices (PAR Index, PCI, PAPI, ICT Index, DTI) should reach or beat (plan I.1: top 25). */
  readonly provincialIndexRankTarget: number;
}

/**
 * The name of a parameter of the default catalogue.
 * @example
 * ```ts
 * import type { PolicyParameterName } from 'reform-rules';
 * const name: PolicyParameterName = 'departmentLateShareCap';
 * ```
 * @category Policy
 */
export type PolicyParameterName = keyof PolicyParameters & string;
