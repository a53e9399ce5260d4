import type { RejectedRecord } from '../../model/BatchResult';
import type { DuplicateIdRule } from '../../model/duplicateIds';
import type { EvaluateDossierOptions } from '../../dossier/createDossierEvaluator';
import type { CivilDate, Instant, WorkCalendar } from '../../calendar/WorkCalendar';
import type { IssueCode, Locale } from '../../errors/messages/index';
import type { LocalizedText } from '../../explain/Explanation';
import type { Ratio } from '../../metrics/ratio';
import type { Procedure } from '../../model/procedure';
import type { Policy } from '../../policy/Policy';
import type { PolicyParameters } from '../../policy/PolicyParameters';
import type { ReportForm } from '../forms/ReportForm';
import type { ReportFormSelector } from '../forms/reportForms';
import type { ReportingPeriod } from './ReportingPeriod';

/**
 * What one report row stands for: the dossier's responsible `'department'` (default), its
 * procedure's `'field'` (lĩnh vực; needs the procedures), its `'procedure'`, or its responsible
 * `'official'`. Each dossier falls in exactly one row, so the total row is the sum of the rows.
 * @example
 * ```ts
 * import type { ReportGroupBy } from 'reform-rules';
 * const by: ReportGroupBy = 'field';
 * ```
 * @category Report
 */
export type ReportGroupBy = 'department' | 'field' | 'procedure' | 'official';

/**
 * Options of {@link resolutionReport} and {@link createReportAccumulator}.
 * @example
 * ```ts
 * import { createCalendar, parsePeriod } from 'reform-rules';
 * import type { ResolutionReportOptions } from 'reform-rules';
 * const options: ResolutionReportOptions = { period: parsePeriod('2025-Q1'), calendar: createCalendar() };
 * ```
 * @typeParam F - The form selected (default Biểu 06).
 * @category Report
 */
export interface ResolutionReportOptions<F extends ReportFormSelector = 'bieu06'> {
  /**
   * The report form: `'bieu06'` (default), `'portal-summary'`, or a form definition of your own
   * ({@link ReportForm}). The report remembers the form's id.
   */
  readonly form?: F | undefined;
  /** The reporting period (from {@link reportingPeriod} or {@link parsePeriod}). */
  readonly period: ReportingPeriod;
  /** The working-time calendar; it must cover the period. */
  readonly calendar: WorkCalendar;
  /**
   * The moment the data is read as of: an instant with offset, or a civil date `YYYY-MM-DD` meaning
   * the end of that day in Vietnam (`'<date>T23:59:59.999+07:00'`); default (and at most) the close
   * of the period's last day. An earlier `asOf` gives an interim report of the period so far.
   */
  readonly asOf?: Instant | CivilDate | undefined;
  /**
   * The procedures, as a list or by id: their statutory processing days, names and fields. When
   * given, a dossier whose procedure is not among them is rejected (`unknown_procedure`).
   */
  readonly procedures?: ReadonlyMap<string, Procedure> | readonly Procedure[] | undefined;
  /** The policy whose dossier-clock parameters apply; default `defaultPolicy`. */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** What a row stands for. @defaultValue `'department'` */
  readonly groupBy?: ReportGroupBy | undefined;
  /** Display names of the row keys (department, official, procedure or field ids), shown in the `name` of each row. */
  readonly names?: Readonly<Record<string, string>> | undefined;
  /** The locale of the issue messages of rejected records. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
  /**
   * The one duplicate-id rule ({@link DuplicateIdRule}) across everything added to the report or
   * accumulator: `'reject'` (default) keeps the first record of an id and rejects the later ones;
   * `'allow'` keeps memory flat for a stream deduplicated upstream. Ids are not carried in saved
   * states: shards merged later are checked within each shard only (partition by id to be exact).
   * @defaultValue `'reject'`
   */
  readonly duplicateIds?: DuplicateIdRule | undefined;
  /** The counting convention of the dossier clock ({@link CountingConvention}). @defaultValue `'portal766'` */
  readonly counting?: EvaluateDossierOptions['counting'];
  /**
   * How many rejected records the report lists in `rejected` (the first by position): a whole number
   * at least 0, or `Infinity` for all. Whatever the bound, `rejectedCount` and `rejectedByCode` count
   * every rejected record exactly, so memory stays flat however many records are rejected.
   * @example
   * ```ts
   * import { createCalendar, parsePeriod, resolutionReport } from 'reform-rules';
   * const r = resolutionReport([{}, {}, {}], { period: parsePeriod('2025-Q1'), calendar: createCalendar(), maxRejected: 1 });
   * [r.rejected.length, r.rejectedCount]; // => [1, 3]
   * ```
   * @defaultValue `1000`
   */
  readonly maxRejected?: number | undefined;
}

/**
 * Column group "Số hồ sơ nhận giải quyết" of Biểu 06: dossiers to handle in the period.
 * `total = online + directOrPostal + carriedOver`.
 * @example
 * ```ts
 * import type { ReceivedCounts } from 'reform-rules';
 * const r: ReceivedCounts = { total: 10, online: 6, directOrPostal: 3, carriedOver: 1 };
 * ```
 * @category Report
 */
export interface ReceivedCounts {
  /** Tổng số: new receipts plus those carried over. */
  readonly total: number;
  /** Trong đó: Trực tuyến: received in the period online. */
  readonly online: number;
  /** Trực tiếp, dịch vụ bưu chính: received in the period in person or by public post. */
  readonly directOrPostal: number;
  /** Từ kỳ trước: received before the period and not ended before it. */
  readonly carriedOver: number;
}

/**
 * Column group "Số hồ sơ đã giải quyết": dossiers whose processing ended in the period, by the
 * dossier clock's outcome. `total = early + onTime + late`.
 * @example
 * ```ts
 * import type { ResolvedCounts } from 'reform-rules';
 * const r: ResolvedCounts = { total: 8, early: 5, onTime: 2, late: 1 };
 * ```
 * @category Report
 */
export interface ResolvedCounts {
  /** Tổng số. */
  readonly total: number;
  /** Trước hạn. */
  readonly early: number;
  /** Đúng hạn. */
  readonly onTime: number;
  /** Quá hạn. */
  readonly late: number;
}

/**
 * Column group "Số lượng hồ sơ đang giải quyết": dossiers not ended at `asOf`.
 * `total = within + overdue`.
 * @example
 * ```ts
 * import type { PendingCounts } from 'reform-rules';
 * const p: PendingCounts = { total: 2, within: 2, overdue: 0 };
 * ```
 * @category Report
 */
export interface PendingCounts {
  /** Tổng số. */
  readonly total: number;
  /** Trong hạn. */
  readonly within: number;
  /** Quá hạn. */
  readonly overdue: number;
}

/**
 * The extra columns: parts of the standard columns worth showing on their own (each is "of which",
 * never an addition to the identities).
 * @example
 * ```ts
 * import type { ExtraCounts } from 'reform-rules';
 * const x: ExtraCounts = { withdrawn: 1, stopped: 0, rejected: 0, lateWithApology: 1, postal: 1,
 *   onlineFull: 4, onlinePartial: 2, sameDay: 3 };
 * ```
 * @category Report
 */
export interface ExtraCounts {
  /** Of resolved: ended by the citizen's withdrawal (rút hồ sơ). */
  readonly withdrawn: number;
  /** Of resolved: ended by a stop (dừng giải quyết). */
  readonly stopped: number;
  /** Of resolved: ended by a refusal (từ chối giải quyết). */
  readonly rejected: number;
  /** Of resolved late: with an apology letter (quá hạn, đã có thư xin lỗi). */
  readonly lateWithApology: number;
  /** Of directOrPostal: received by public post (bưu chính công ích). */
  readonly postal: number;
  /** Of online: recorded as full online (toàn trình). */
  readonly onlineFull: number;
  /** Of online: recorded as partial online (một phần). Online dossiers without a recorded level are in neither. */
  readonly onlinePartial: number;
  /**
   * Of resolved: processed or returned on the working day processing started (the reception day,
   * or the next working day for a reception outside office hours): the plan's "4 tại chỗ" aim.
   */
  readonly sameDay: number;
}

/**
 * The mean processing time of the dossiers resolved with a result (processed or returned), in
 * working days, next to the statutory processing days of the same dossiers, both as exact ratios.
 * @example
 * ```ts
 * import type { AverageWorkingDays } from 'reform-rules';
 * const a: AverageWorkingDays = { actual: { numerator: 42, denominator: 10 }, statutory: { numerator: 100, denominator: 10 } };
 * ```
 * @category Report
 */
export interface AverageWorkingDays {
  /**
   * Sum of working days from the day processing started to the day it ended (start day not
   * counted, so a same-day result takes 0) over the count of such dossiers; `0/0` when none.
   */
  readonly actual: Ratio;
  /**
   * Sum of the statutory processing days (the procedure's, else the dossier's `processingDays`)
   * over the count of those dossiers whose statutory days are known; `0/0` when none.
   */
  readonly statutory: Ratio;
}

/**
 * One row of the results table (Biểu 06): a department, field, procedure or official, or the total.
 * @example
 * ```ts
 * import type { ReportRow } from 'reform-rules';
 * const row = (report: { total: ReportRow }) => report.total.resolved.late;
 * ```
 * @category Report
 */
export interface ReportRow extends ReportRowBase {
  /** The department, field, procedure or official id; `null` for the total row and for dossiers with no official recorded (grouping by official). */
  readonly key: string | null;
  /** The display name: from the `names` option, else the procedure's name (grouping by procedure), else the key; `''` for the total row. */
  readonly name: string;
  /** Dossiers to handle: new (online, direct or postal) and carried over. */
  readonly received: ReceivedCounts;
  /** Dossiers ended in the period. */
  readonly resolved: ResolvedCounts;
  /** Dossiers not ended at `asOf`. */
  readonly pending: PendingCounts;
  /** Extra "of which" columns. */
  readonly extra: ExtraCounts;
  /** Mean processing time against the statutory time. */
  readonly averageWorkingDays: AverageWorkingDays;
}

/**
 * A record the report could not count, with where it was and why: the one rejected-record shape of
 * the library ({@link RejectedRecord}: `index`, `line` for text inputs, `id`, `input`, `issues`). It
 * failed validation, repeated an earlier id (`duplicate_id`), could not be read by a reader, or
 * the dossier clock could not evaluate it.
 * @example
 * ```ts
 * import type { RejectedDossier } from 'reform-rules';
 * const r: RejectedDossier = { index: 3, id: 'HS-4', input: { id: 'HS-4' }, issues: [] as never };
 * ```
 * @category Report
 */
export type RejectedDossier = RejectedRecord;

/**
 * Records outside the period: counted, not shown in the rows.
 * @example
 * ```ts
 * import type { ExcludedCounts } from 'reform-rules';
 * const x: ExcludedCounts = { receivedAfter: 12, endedBefore: 340 };
 * ```
 * @category Report
 */
export interface ExcludedCounts {
  /** Received after the period's last day (or after `asOf`). */
  readonly receivedAfter: number;
  /** Ended before the period's first day. */
  readonly endedBefore: number;
}

/**
 * The results table of a period (Biểu 06/VPCP/KSTT): one row per department, field, procedure or
 * official, their total, the records rejected and those outside the period. Plain JSON.
 *
 * @remarks `inputs = rejectedCount + excluded.receivedAfter + excluded.endedBefore + total.received.total`:
 * every record is accounted for. `rejected` lists the first rejected records by position, at most
 * the `maxRejected` option (default 1000); `rejectedCount` and `rejectedByCode` count all of them,
 * so the list is cut exactly when `rejected.length < rejectedCount` ("N rejected, the first K listed"). The rows follow the report's `form` (default Biểu 06,
 * {@link ReportRow}; {@link PortalSummaryRow} for `'portal-summary'`; {@link FormRow} for a custom form).
 * @typeParam Row - The row shape of the form.
 * @example
 * ```ts
 * import type { ResolutionReport } from 'reform-rules';
 * const lateOf = (r: ResolutionReport) => r.total.resolved.late;
 * ```
 * @category Report
 */
export interface ResolutionReport<Row extends ReportRowBase = ReportRow> {
  /** The id of the form the rows follow (`'bieu06'`, `'portal-summary'` or a custom form's). */
  readonly form: string;
  /** The period. */
  readonly period: ReportingPeriod;
  /** The instant the dossiers were evaluated as of. */
  readonly asOf: Instant;
  /** What the rows stand for. */
  readonly groupBy: ReportGroupBy;
  /** The rows, by key (the `null` key last). */
  readonly rows: readonly Row[];
  /** The total row: the sum of the rows. */
  readonly total: Row;
  /**
   * The first records that could not be counted, by index: all of them, or the first `maxRejected`
   * when more were rejected (then `rejected.length < rejectedCount`).
   */
  readonly rejected: readonly RejectedDossier[];
  /**
   * How many records could not be counted, listed or not (`rejected.length` when none was cut).
   * @example
   * ```ts
   * import type { ResolutionReport } from 'reform-rules';
   * const cut = (r: ResolutionReport) => r.rejected.length < r.rejectedCount; // "N rejected, the first K listed"
   * ```
   */
  readonly rejectedCount: number;
  /**
   * The records that could not be counted, counted by the code of their first issue (by code;
   * codes with no record are absent); the counts add up to `rejectedCount`.
   * @example
   * ```ts
   * import type { ResolutionReport } from 'reform-rules';
   * const neverReceived = (r: ResolutionReport) => r.rejectedByCode.not_received ?? 0;
   * ```
   */
  readonly rejectedByCode: Readonly<Partial<Record<IssueCode, number>>>;
  /** The valid records outside the period. */
  readonly excluded: ExcludedCounts;
  /** How many records were given. */
  readonly inputs: number;
  /** The form's columns the data cannot fill (their values are `null`), with why; absent when none. */
  readonly notAvailable?: readonly NotAvailableColumn[];
}

/**
 * What every report row has, whatever its form: the key and the display name.
 * @example
 * ```ts
 * import type { ReportRowBase } from 'reform-rules';
 * const label = (row: ReportRowBase) => row.name || (row.key ?? '');
 * ```
 * @category Report
 */
export interface ReportRowBase {
  /** The department, field, procedure or official id; `null` for the total row and for dossiers with no official recorded. */
  readonly key: string | null;
  /** The display name; `''` for the total row. */
  readonly name: string;
}

/**
 * One cell of a form's row: a count, an exact mean, or `null` when the data cannot fill the column.
 * @example
 * ```ts
 * import type { FormCell } from 'reform-rules';
 * const cells: FormCell[] = [3, { numerator: 7, denominator: 2 }, null];
 * ```
 * @category Report
 */
export type FormCell = number | Ratio | null;

/**
 * The cells of a column group, by the last part of the column ids (`received.online` is `online` in `received`).
 * @example
 * ```ts
 * import type { FormCells } from 'reform-rules';
 * const received: FormCells = { total: 3, online: 2, direct: 1 };
 * ```
 * @category Report
 */
export interface FormCells {
  readonly [id: string]: FormCell | FormCells;
}

/**
 * A row of a custom form: the key, the name, and each column's cell at its dotted id.
 * @example
 * ```ts
 * import type { FormRow } from 'reform-rules';
 * const lateOf = (row: FormRow) => (row['late'] as number);
 * ```
 * @category Report
 */
export interface FormRow extends ReportRowBase {
  readonly [id: string]: FormCell | FormCells | string | null;
}

/**
 * A row of the national portal's per-unit summary (`form: 'portal-summary'`).
 * `received.total = direct + onlineFull + onlinePartial + onlineOther + carriedOver + postal`,
 * `resolved.total = onTimeOrEarly + lateWithApology + lateWithoutApology`,
 * `pending.total = within + overdueWithApology + overdueWithoutApology`,
 * `received.total = resolved.total + pending.total`.
 * @example
 * ```ts
 * import type { PortalSummaryRow } from 'reform-rules';
 * const onTime = (row: PortalSummaryRow) => row.resolved.onTimeOrEarly;
 * ```
 * @category Report
 */
export interface PortalSummaryRow extends ReportRowBase {
  /** Tiếp nhận (new in the period by channel and online level, and carried over); `nonBoundary` (phi địa giới) is `null`: not in the data. */
  readonly received: {
    /** Tổng số. */
    readonly total: number;
    /** Trực tiếp: new in person. */
    readonly direct: number;
    /** Trực tuyến toàn trình: new, full online. */
    readonly onlineFull: number;
    /** Trực tuyến một phần: new, partial online. */
    readonly onlinePartial: number;
    /** Trực tuyến hình thức khác: new online without a recorded level. */
    readonly onlineOther: number;
    /** Phi địa giới: not available from the data. */
    readonly nonBoundary: null;
    /** Kỳ trước chuyển qua. */
    readonly carriedOver: number;
    /** Bưu chính công ích: new by public post. */
    readonly postal: number;
  };
  /** Đã giải quyết. */
  readonly resolved: {
    /** Tổng số. */
    readonly total: number;
    /** Đúng và trước hạn. */
    readonly onTimeOrEarly: number;
    /** Quá hạn, đã có thư xin lỗi. */
    readonly lateWithApology: number;
    /** Quá hạn, chưa có thư xin lỗi. */
    readonly lateWithoutApology: number;
  };
  /** Đang giải quyết. */
  readonly pending: {
    /** Tổng số. */
    readonly total: number;
    /** Chưa đến hạn. */
    readonly within: number;
    /** Quá hạn, đã có thư xin lỗi. */
    readonly overdueWithApology: number;
    /** Quá hạn, chưa có thư xin lỗi. */
    readonly overdueWithoutApology: number;
  };
  /** Hồ sơ rút (of resolved). */
  readonly withdrawn: number;
  /** Hồ sơ dừng xử lý (of resolved). */
  readonly stopped: number;
  /**
   * Hồ sơ trực tuyến chờ tiếp nhận: online dossiers submitted by `asOf` and received after the
   * period (among `excluded.receivedAfter`, not the received), within the reception limit or overdue.
   */
  readonly awaitingReception: {
    /** Tổng số. */
    readonly total: number;
    /** Within the limit (đúng hạn). */
    readonly inTime: number;
    /** Past the limit (quá hạn). */
    readonly overdue: number;
  };
}

/**
 * The row shape of the form a selector names: {@link ReportRow} for Biểu 06, {@link PortalSummaryRow}
 * for the portal summary, {@link FormRow} for any other form.
 * @example
 * ```ts
 * import type { ReportRowOf } from 'reform-rules';
 * type Row = ReportRowOf<'portal-summary'>;
 * ```
 * @category Report
 */
export type ReportRowOf<F> = F extends 'bieu06' | ReportForm<'bieu06'>
  ? ReportRow
  : F extends 'portal-summary' | ReportForm<'portal-summary'>
    ? PortalSummaryRow
    : FormRow;

/**
 * A column of the report's form that the data cannot fill, with why.
 * @example
 * ```ts
 * import type { NotAvailableColumn } from 'reform-rules';
 * const n: NotAvailableColumn = { column: 'received.nonBoundary', note: { vi: '…', en: '…' } };
 * ```
 * @category Report
 */
export interface NotAvailableColumn {
  /** The column id. */
  readonly column: string;
  /** Why. */
  readonly note: LocalizedText;
}
