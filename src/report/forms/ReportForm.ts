import type { DossierOutcome } from '../../dossier/DossierEvaluation';
import type { LocalizedText } from '../../explain/Explanation';
import type { Dossier, DossierChannel, DossierEndKind } from '../../model/dossier';

/**
 * What the report knows about one dossier counted in a row, read by a form's classifiers. One
 * object is reused from dossier to dossier (do not keep it).
 * @example
 * ```ts
 * import type { ReportDossierFacts } from 'reform-rules';
 * const lateWithoutApology = (f: ReportDossierFacts) => f.outcome === 'late' && !f.apology;
 * ```
 * @category Report
 */
export interface ReportDossierFacts {
  /** The validated dossier. */
  readonly dossier: Dossier;
  /** Its channel (`dossier.channel`, read once). */
  readonly channel: DossierChannel;
  /** Its online level (`dossier.onlineLevel`, read once). */
  readonly onlineLevel: 'full' | 'partial' | undefined;
  /** Received in the period (new); `false`: received before it and not ended before it (carried over). */
  readonly receivedInPeriod: boolean;
  /** The dossier clock's outcome as of the report's `asOf`. */
  readonly outcome: DossierOutcome;
  /** How it ended in the period; `undefined` while pending. */
  readonly endKind: DossierEndKind | undefined;
  /** An apology letter (phiếu xin lỗi) was recorded. */
  readonly apology: boolean;
  /** Supplementation requests recorded. */
  readonly supplementRequests: number;
  /**
   * Processed or returned (ended with a result): working days from the day processing started to
   * the day it ended (start day not counted); `undefined` for other dossiers.
   */
  readonly workingDays: number | undefined;
  /** Processed or returned on the working day processing started. */
  readonly sameDay: boolean;
  /** The statutory processing days (the procedure's, else the dossier's `processingDays`), when known. */
  readonly statutoryDays: number | undefined;
  /** The reception clock's verdict (see {@link ReportReception}). */
  readonly reception: ReportReception;
}

/**
 * The reception clock as a report fact: `'inTime'` / `'late'` (an online dossier received within
 * the policy's `receptionWorkingHours` of the portal's receipt, or not), `'unknown'` (online without
 * `submittedAt`), `'none'` (not online, or no limit in force); and, for an online dossier submitted
 * by the report's `asOf` but received after the period (so not among the received),
 * `'awaitingInTime'` / `'awaitingOverdue'`: still awaiting reception at `asOf`, within the limit or past it.
 * @example
 * ```ts
 * import type { ReportReception } from 'reform-rules';
 * const r: ReportReception = 'awaitingOverdue';
 * ```
 * @category Report
 */
export type ReportReception = 'none' | 'unknown' | 'inTime' | 'late' | 'awaitingInTime' | 'awaitingOverdue';

/**
 * A condition on a dossier's discrete facts, as data: each fact named must have the value given
 * (or one of the values listed). `onlineLevel: 'none'` is an online level not recorded (or not
 * online); `endKind: 'pending'` is not ended. A form made of conditions compiles to one lookup
 * table (the fastest way to count); use a predicate function for anything else.
 * @example
 * ```ts
 * import type { ReportFactCondition } from 'reform-rules';
 * const newOnline: ReportFactCondition = { receivedInPeriod: true, channel: 'online' };
 * ```
 * @category Report
 */
export interface ReportFactCondition {
  /** The channel. */
  readonly channel?: DossierChannel | readonly DossierChannel[] | undefined;
  /** The online level (`'none'`: not recorded). */
  readonly onlineLevel?: 'none' | 'full' | 'partial' | readonly ('none' | 'full' | 'partial')[] | undefined;
  /** New in the period (`true`) or carried over (`false`). */
  readonly receivedInPeriod?: boolean | undefined;
  /** The dossier clock's outcome. */
  readonly outcome?: DossierOutcome | readonly DossierOutcome[] | undefined;
  /** How it ended (`'pending'`: not ended). */
  readonly endKind?: DossierEndKind | 'pending' | readonly (DossierEndKind | 'pending')[] | undefined;
  /** An apology letter was recorded. */
  readonly apology?: boolean | undefined;
  /** Processed or returned on the working day processing started. */
  readonly sameDay?: boolean | undefined;
  /**
   * The reception clock's verdict. A condition naming `'awaitingInTime'` or `'awaitingOverdue'`
   * counts dossiers awaiting reception at `asOf` (excluded from the received, `excluded.receivedAfter`)
   * and may name no other fact but `channel: 'online'`.
   */
  readonly reception?: ReportReception | readonly ReportReception[] | undefined;
}

/**
 * A classifier of a column group: the id of the one child column a dossier falls in, or
 * `undefined` for none.
 * @example
 * ```ts
 * import type { ReportGroupClassifier } from 'reform-rules';
 * const byChannel: ReportGroupClassifier = (f) => (f.dossier.channel === 'online' ? 'online' : 'other');
 * ```
 * @category Report
 */
export type ReportGroupClassifier = (facts: ReportDossierFacts) => string | undefined;

/**
 * What every column of a {@link ReportForm} has: id, headings and unit.
 * @example
 * ```ts
 * import type { ReportFormColumnBase } from 'reform-rules';
 * const base: ReportFormColumnBase = { id: 'late', unit: 'dossiers', heading: { vi: 'Quá hạn', en: 'Late' } };
 * ```
 * @category Report
 */
export interface ReportFormColumnBase {
  /**
   * The column id, unique in the form. A dotted id (`'received.online'`) nests the value in the
   * JSON row (`row.received.online`).
   */
  readonly id: string;
  /** The full heading (CSV and Markdown of a form with `headerRows: 'flat'`). */
  readonly heading: LocalizedText;
  /** The heading under its group (HTML, grouped CSV/Markdown); default `heading`. */
  readonly subheading?: LocalizedText | undefined;
  /** The unit of the values. */
  readonly unit: 'dossiers' | 'workingDays';
}

/**
 * A column of a report form: a count (by its own predicate or picked by its group's
 * `classify`), a sum of other columns, a mean (an exact ratio), or not available from the data.
 * @example
 * ```ts
 * import type { ReportFormColumn } from 'reform-rules';
 * const late: ReportFormColumn = { id: 'late', kind: 'count', unit: 'dossiers',
 *   heading: { vi: 'Quá hạn', en: 'Late' }, count: (f) => f.outcome === 'late' };
 * ```
 * @category Report
 */
export type ReportFormColumn =
  | (ReportFormColumnBase & {
      /** A count. */
      readonly kind: 'count';
      /**
       * Counts the dossier when it matches (a condition, compiled to a table) or when the
       * predicate is true; omit it when the column's group `classify` picks it.
       */
      readonly count?: ReportFactCondition | ((facts: ReportDossierFacts) => boolean) | undefined;
    })
  | (ReportFormColumnBase & {
      /** The sum of other columns. */
      readonly kind: 'sum';
      /** The ids of the count or sum columns added up. */
      readonly of: readonly string[];
    })
  | (ReportFormColumnBase & {
      /** A mean, as an exact ratio. */
      readonly kind: 'mean';
      /** The dossier's value, or `undefined` when it is not part of the mean. */
      readonly value: (facts: ReportDossierFacts) => number | undefined;
      /** Decimals shown. @defaultValue 2 */
      readonly places?: number | undefined;
    })
  | (ReportFormColumnBase & {
      /** Not available from the data. */
      readonly kind: 'unavailable';
      /** Why the data cannot fill it (shown in the outputs' notes). */
      readonly note: LocalizedText;
    });

/**
 * A heading over adjacent columns (multi-level: a group may hold groups). A group with `classify`
 * sorts each dossier into one of its direct count columns.
 * @example
 * ```ts
 * import type { ReportFormGroup } from 'reform-rules';
 * const g: ReportFormGroup = { heading: { vi: 'Đã giải quyết', en: 'Resolved' }, children: ['resolved.total', 'resolved.late'] };
 * ```
 * @category Report
 */
export interface ReportFormGroup {
  /** The group heading. */
  readonly heading: LocalizedText;
  /** Column ids and groups, in display order. */
  readonly children: readonly (string | ReportFormGroup)[];
  /** Picks the child count column a dossier falls in (exclusive), or none. */
  readonly classify?: ReportGroupClassifier | undefined;
}

/**
 * A law every row of the form satisfies: the sum of the `left` columns is equal to (`'='`) or at
 * most (`'<='`) the sum of the `right` columns. Checked on every report and on every loaded or
 * merged accumulator state.
 * @example
 * ```ts
 * import type { ReportFormIdentity } from 'reform-rules';
 * const flow: ReportFormIdentity = { id: 'flow', left: ['received.total'], relation: '=', right: ['resolved.total', 'pending.total'] };
 * ```
 * @category Report
 */
export interface ReportFormIdentity {
  /** A short name (shown when it fails). */
  readonly id: string;
  /** Count or sum column ids. */
  readonly left: readonly string[];
  /** `'='` or `'<='`. */
  readonly relation: '=' | '<=';
  /** Count or sum column ids. */
  readonly right: readonly string[];
}

/**
 * A report form as data: its id, title and number, columns, heading groups, the classification
 * of each dossier into its columns and the identities of its rows. The accumulator counts per
 * column and every formatter reads the form; see `docs/reports.md` to add one as one file.
 *
 * @typeParam Id - The form id (a literal for the built-in forms).
 * @example
 * ```ts
 * import { bieu06Form } from 'reform-rules';
 * bieu06Form.number.vi; // => 'Biểu số 06/VPCP/KSTT'
 * ```
 * @category Report
 */
export interface ReportForm<Id extends string = string> {
  /** The id stored in reports and accumulator states (e.g. `'bieu06'`). */
  readonly id: Id;
  /** The title. */
  readonly title: LocalizedText;
  /** The form number (e.g. "Biểu số 06/VPCP/KSTT"). */
  readonly number: LocalizedText;
  /** The unit line under the title (e.g. "Đơn vị tính: Số hồ sơ TTHC."). */
  readonly unitLine: LocalizedText;
  /** The columns, in the order of the JSON rows. */
  readonly columns: readonly ReportFormColumn[];
  /** The display order: column ids and groups; every column exactly once. */
  readonly layout: readonly (string | ReportFormGroup)[];
  /** The laws of each row. */
  readonly identities: readonly ReportFormIdentity[];
  /**
   * CSV and Markdown headings: `'flat'`, one row of the columns' full headings (as the printed
   * Biểu 06); `'grouped'`, CSV one row per heading level, Markdown "Group: column" headings.
   */
  readonly headerRows: 'flat' | 'grouped';
  /** Notes printed under the table (Markdown, HTML). */
  readonly notes?: readonly LocalizedText[] | undefined;
  /**
   * Whether the form has columns for dossiers whose source did not record the channel
   * (`channel: 'unknown'`, e.g. conditions on `channel: 'unknown'`). When not, such a dossier is a
   * rejected record (`channel_not_recorded`) rather than being counted under a guessed channel.
   * @defaultValue `false`
   */
  readonly countsUnrecordedChannel?: boolean | undefined;
  /** The HTML bar chart: the share `numerator / denominator` (column ids summed) per row. */
  readonly chart?: {
    /** The chart's caption. */
    readonly caption: LocalizedText;
    /** Count or sum column ids added up for the numerator. */
    readonly numerator: readonly string[];
    /** Count or sum column ids added up for the denominator. */
    readonly denominator: readonly string[];
  } | undefined;
}
