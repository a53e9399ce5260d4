import type { CivilDate, Instant, WorkCalendar } from '../calendar/WorkCalendar';
import type { CountingConvention } from '../dossier/counting/CountingConvention';
import type { Issue } from '../errors/Issue';
import type { LocalizedText } from '../explain/Explanation';
import type { Locale } from '../errors/messages/index';
import type { Ratio } from '../metrics/ratio';
import type { Dossier } from '../model/dossier';
import type { Procedure } from '../model/procedure';
import type { ParameterValue } from '../policy/Policy';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import type { ReportingPeriod } from '../report/types/ReportingPeriod';
import type { Group766, Index766Scheme, Indicator766Code } from './scheme';

/**
 * A procedure as the index reads it: the library's {@link Procedure} (its `departmentId` places it
 * in a unit), plus whether it is connected to the population database (4.5b) when known.
 * @example
 * ```ts
 * import type { Procedure766 } from 'reform-rules/index766';
 * const p: Procedure766 = { id: 'P1', name: 'Cấp phép', field: 'Xây dựng', processingDays: 10, onlineEligible: true,
 *   onlineLevel: 'full', hasFees: true, onlinePayment: true, departmentId: 'SXD', citizenDataConnected: true };
 * ```
 * @category Index 766
 */
export interface Procedure766 extends Procedure {
  /** Connected to the population database (dữ liệu dân cư), when known. */
  readonly citizenDataConnected?: boolean | undefined;
}

/**
 * A procedure's publication in the period, as judged by the agency (1.1–1.3): the library does not
 * yet judge the publication deadlines itself.
 * @example
 * ```ts
 * import type { Publication766 } from 'reform-rules/index766';
 * const p: Publication766 = { procedureId: 'P1', departmentId: 'SXD', publishedOnTime: true, nationalDbOnTime: true, contentComplete: true };
 * ```
 * @category Index 766
 */
export interface Publication766 {
  /** The procedure. */
  readonly procedureId: string;
  /** The publishing unit. */
  readonly departmentId?: string | undefined;
  /** 1.1: the publication decision was on time (any amendment late: late for the whole period). */
  readonly publishedOnTime: boolean;
  /** 1.2: published on the national TTHC database on time, when known. */
  readonly nationalDbOnTime?: boolean | undefined;
  /** 1.3: published with full content (khoản 2 Điều 8 Nghị định 63/2010), when known. */
  readonly contentComplete?: boolean | undefined;
}

/**
 * A petition (phản ánh, kiến nghị) in the period with its handling outcome as the source judges it.
 * @example
 * ```ts
 * import type { Petition766 } from 'reform-rules/index766';
 * const p: Petition766 = { id: 'PA-1', departmentId: 'SXD', outcome: 'onTime', about: 'procedure' };
 * ```
 * @category Index 766
 */
export interface Petition766 {
  /** Its id (each petition counted once). */
  readonly id: string;
  /** The competent unit. */
  readonly departmentId: string;
  /** Handled early, on time, late, or pending within / past the 15 working days. */
  readonly outcome: 'early' | 'onTime' | 'late' | 'pendingWithin' | 'pendingOverdue';
  /** What it is about (5.1), when classified. */
  readonly about?: 'procedure' | 'staff' | undefined;
  /** The petitioner disliked the answer (5.3). */
  readonly disliked?: boolean | undefined;
  /** Petitioned again on the same matter (5.3). */
  readonly repeated?: boolean | undefined;
}

/**
 * A dossier's feedback (5.4): a petition about it or a dislike rating.
 * @example
 * ```ts
 * import type { Feedback766 } from 'reform-rules/index766';
 * const f: Feedback766 = { dossierId: 'HS-1', dislike: true };
 * ```
 * @category Index 766
 */
export interface Feedback766 {
  /** The dossier. */
  readonly dossierId: string;
  /** Rated "dislike". */
  readonly dislike?: boolean | undefined;
  /** Has a petition about it. */
  readonly petition?: boolean | undefined;
}

/**
 * The communes of a unit offering electronic certified copies (4.ecc).
 * @example
 * ```ts
 * import type { CertifiedCopies766 } from 'reform-rules/index766';
 * const c: CertifiedCopies766 = { departmentId: 'UBND-X', communes: 12, offering: 9 };
 * ```
 * @category Index 766
 */
export interface CertifiedCopies766 {
  /** The unit. */
  readonly departmentId: string;
  /** Its communes. */
  readonly communes: number;
  /** Of them, offering electronic certified copies. */
  readonly offering: number;
}

/**
 * The input of {@link serviceIndex766}: the dossiers, and when available the other sources. An
 * indicator whose source is absent is `null` with the source named.
 * @example
 * ```ts
 * import type { ServiceIndex766Input } from 'reform-rules/index766';
 * const input: ServiceIndex766Input = { dossiers: [] };
 * ```
 * @category Index 766
 */
export interface ServiceIndex766Input {
  /** The dossiers (validated; see `parseDossiers`). */
  readonly dossiers: Iterable<Dossier>;
  /** The procedures in competence (3.1, 3.2, 3.5, 3.pay, 4.5b). */
  readonly procedures?: readonly Procedure766[] | undefined;
  /** The publications of the period (1.1–1.3). */
  readonly publications?: readonly Publication766[] | undefined;
  /** The ids of dossiers synced to the national portal (1.4). */
  readonly syncedDossierIds?: Iterable<string> | undefined;
  /** The petitions of the period (5.1–5.3). */
  readonly petitions?: readonly Petition766[] | undefined;
  /** Dossier feedback (5.4). */
  readonly feedback?: readonly Feedback766[] | undefined;
  /** Electronic certified copies per unit (4.ecc). */
  readonly certifiedCopies?: readonly CertifiedCopies766[] | undefined;
}

/**
 * Options of {@link serviceIndex766}.
 * @example
 * ```ts
 * import { createCalendar } from 'reform-rules/index766';
 * import type { ServiceIndex766Options } from 'reform-rules/index766';
 * const o: ServiceIndex766Options = { period: '2026-08', calendar: createCalendar() };
 * ```
 * @category Index 766
 */
export interface ServiceIndex766Options {
  /** The calendar period: `'2026-08'`, `'2026-Q3'`, `'2026'`, or a {@link ReportingPeriod} with convention `'calendar'`. */
  readonly period: string | ReportingPeriod;
  /** The working-time calendar (must cover the dossiers' dates). */
  readonly calendar: WorkCalendar;
  /** Evaluate as of this instant (within the period), or a civil date meaning the end of that day in Vietnam; default the close of the period's last day. */
  readonly asOf?: Instant | CivilDate | undefined;
  /** The counting convention of the dossier outcomes; default `'portal766'`. */
  readonly counting?: CountingConvention | 'portal766' | 'dateLevel' | 'workingDays' | undefined;
  /** The units: the competent department (default) or the receiving unit (else the department). */
  readonly groupBy?: 'department' | 'receivingUnit' | undefined;
  /** The dossier clock's policy; default `defaultPolicy`. */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** The dated schemes of the index; default `index766Schemes`. */
  readonly schemes?: readonly ParameterValue<Index766Scheme>[] | undefined;
  /** The locale of issue messages; default `'vi'` ({@link DEFAULT_LOCALE}). */
  readonly locale?: Locale | undefined;
}

/**
 * One indicator of one unit: its counts, exact ratio, points and source; all `null` with `missing`
 * naming the absent input when it cannot be computed.
 * @example
 * ```ts
 * import type { Indicator766 } from 'reform-rules/index766';
 * const pct = (i: Indicator766) => (i.ratio === null || i.ratio.denominator === 0 ? null : (100 * i.ratio.numerator) / i.ratio.denominator);
 * ```
 * @category Index 766
 */
export interface Indicator766 {
  /** The code. */
  readonly code: Indicator766Code;
  /** The portal group. */
  readonly group: Group766;
  /** Its name. */
  readonly label: LocalizedText;
  /** The numerator, or `null` when not computable. */
  readonly numerator: number | null;
  /** The denominator, or `null`. */
  readonly denominator: number | null;
  /** The exact ratio, or `null`. */
  readonly ratio: Ratio | null;
  /** The points rounded to 2 decimals, or `null` (not scored, N/A, or missing input). */
  readonly score: number | null;
  /** The maximum points. */
  readonly max: number;
  /** The source of the ratio and of the rule. */
  readonly basis: string;
  /** The inputs that are absent, when the indicator is `null` for that reason. */
  readonly missing?: readonly string[];
  /** Records of the denominator whose flag is not recorded (counted as "not"), when any. */
  readonly notRecorded?: number;
}

/**
 * A group subtotal: the exact sum of its indicators rounded once, or `null` with why.
 * @example
 * ```ts
 * import type { Group766Score } from 'reform-rules/index766';
 * const full = (g: Group766Score) => g.score === g.max;
 * ```
 * @category Index 766
 */
export interface Group766Score {
  /** The group. */
  readonly group: Group766;
  /** Its points, or `null` when one of its scored indicators is `null`. */
  readonly score: number | null;
  /** Its maximum. */
  readonly max: number;
  /** Why it is `null`: the indicators or inputs missing. */
  readonly missing?: readonly string[];
}

/**
 * The dossier outcomes of group 2 in a unit (received or handled in the period).
 * @example
 * ```ts
 * import type { Progress766 } from 'reform-rules/index766';
 * const lateOrOverdue = (p: Progress766) => p.late + p.pendingOverdue;
 * ```
 * @category Index 766
 */
export interface Progress766 {
  /** Ended early. */
  readonly early: number;
  /** Ended on time. */
  readonly onTime: number;
  /** Ended late. */
  readonly late: number;
  /** Pending within the deadline at `asOf`. */
  readonly pendingWithin: number;
  /** Pending overdue at `asOf`. */
  readonly pendingOverdue: number;
}

/**
 * The index of one unit (or of the total): every indicator, the group subtotals and the total.
 * @example
 * ```ts
 * import type { Index766Unit } from 'reform-rules/index766';
 * const progress = (u: Index766Unit) => u.indicators.find((i) => i.code === '2.1')?.score;
 * ```
 * @category Index 766
 */
export interface Index766Unit {
  /** The unit's id; `null` for the total. */
  readonly unit: string | null;
  /** The group-2 outcomes. */
  readonly progress: Progress766;
  /** Every indicator of the scheme, in the scheme's order. */
  readonly indicators: readonly Indicator766[];
  /** The six group subtotals. */
  readonly groups: readonly Group766Score[];
  /** The total out of 100, or `null` when a group is `null`. */
  readonly total: number | null;
  /** The sum of the groups that could be scored, and their maxima. */
  readonly partialTotal: {
    /** The points. */
    readonly score: number;
    /** The maxima of those groups. */
    readonly max: number;
  };
}

/**
 * A dossier that could not be counted, by position, with its issues.
 * @example
 * ```ts
 * import type { RejectedDossier766 } from 'reform-rules/index766';
 * const codes = (r: RejectedDossier766) => r.issues.map((i) => i.code);
 * ```
 * @category Index 766
 */
export interface RejectedDossier766 {
  /** Its position in the input. */
  readonly index: number;
  /** Its id, when it had a string one. */
  readonly id?: string;
  /** The problems. */
  readonly issues: readonly Issue[];
}

/**
 * The national service index of a period, per unit and in total, computed from dossiers.
 * @remarks `inputs = rejected.length + excluded.receivedAfter + excluded.endedBefore + counted`.
 * @example
 * ```ts
 * import type { ServiceIndex766 } from 'reform-rules/index766';
 * const total = (x: ServiceIndex766) => x.total.total;
 * ```
 * @category Index 766
 */
export interface ServiceIndex766 {
  /** The scheme used: id, first day, basis. */
  readonly scheme: {
    /** Its id. */
    readonly id: string;
    /** Its first day. */
    readonly from: string;
    /** Its basis. */
    readonly basis: string;
  };
  /** The period. */
  readonly period: ReportingPeriod;
  /** The instant the dossiers were evaluated as of. */
  readonly asOf: Instant;
  /** The counting convention of the outcomes. */
  readonly counting: {
    /** Its id. */
    readonly id: string;
    /** Its basis. */
    readonly basis: string;
  };
  /** What the units are. */
  readonly groupBy: 'department' | 'receivingUnit';
  /** The units, sorted by id. */
  readonly units: readonly Index766Unit[];
  /** The total over all units. */
  readonly total: Index766Unit;
  /** The dossiers that could not be counted. */
  readonly rejected: readonly RejectedDossier766[];
  /** The valid dossiers outside the period. */
  readonly excluded: {
    /** Received after `asOf`. */
    readonly receivedAfter: number;
    /** Ended before the period's first day. */
    readonly endedBefore: number;
  };
  /** The dossiers counted in group 2. */
  readonly counted: number;
  /** How many dossiers were given. */
  readonly inputs: number;
}
