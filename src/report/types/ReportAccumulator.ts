import type { RejectedRecord } from '../../model/BatchResult';
import type { Instant } from '../../calendar/WorkCalendar';
import type { ReportingPeriod } from './ReportingPeriod';
import type { ExcludedCounts, RejectedDossier, ReportGroupBy, ReportRow, ReportRowBase, ResolutionReport } from './ResolutionReport';

/**
 * The plain-JSON state of a {@link ReportAccumulator}: what {@link ReportAccumulator.toJSON}
 * writes, {@link ReportAccumulator.merge} and {@link reportAccumulatorFromJSON} read. Send it to
 * another process or machine as JSON and merge it there.
 *
 * @remarks Version 2 counts per form column (`fields` are the form's count column ids, and
 * `<id>.numerator` / `<id>.denominator` for a mean). A version 1 state (Biểu 06 only, before
 * forms) is still read.
 * @example
 * ```ts
 * import type { ReportAccumulatorState } from 'reform-rules';
 * const rowsOf = (s: ReportAccumulatorState) => s.rows.length;
 * ```
 * @category Report
 */
export interface ReportAccumulatorState {
  /** Always `'reform-rules/report-accumulator'`. */
  readonly format: 'reform-rules/report-accumulator';
  /** The state version, `2`. */
  readonly version: 2;
  /** The form's id. */
  readonly form: string;
  /** The period. */
  readonly period: ReportingPeriod;
  /** The instant the dossiers are evaluated as of. */
  readonly asOf: Instant;
  /** What the rows stand for. */
  readonly groupBy: ReportGroupBy;
  /** The names of the counters (the form's slots), in the order of each row's `counts`. */
  readonly fields: readonly string[];
  /** How many records were added. */
  readonly inputs: number;
  /** One `[key, counts]` pair per row (`null` key: no official recorded), by key. */
  readonly rows: readonly (readonly [string | null, readonly number[]])[];
  /** The rejected records, by index. */
  readonly rejected: readonly RejectedDossier[];
  /** The valid records outside the period. */
  readonly excluded: ExcludedCounts;
}

/**
 * Builds a {@link ResolutionReport} incrementally: add records one at a time (from a stream, a
 * database cursor...), merge accumulators built on other shards, save the state as JSON.
 * @typeParam Row - The row shape of the accumulator's form.
 * @example
 * ```ts
 * import { createCalendar, createReportAccumulator, parsePeriod } from 'reform-rules';
 * const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar: createCalendar() });
 * for (const record of records) acc.add(record);
 * acc.result().total.resolved.total; // => 1284
 * ```
 * @category Report
 */
export interface ReportAccumulator<Row extends ReportRowBase = ReportRow> {
  /**
   * Adds one record (validated here, like {@link parseDossier}).
   * @param record - The record, typically parsed JSON.
   * @param index - Its position in the whole input (for `rejected`); default the number of records added before it. Pass it when sharding, so merged reports name the same positions.
   * @param line - Its 1-based line, when it was read from a text input (kept in `rejected`).
   */
  add(record: unknown, index?: number, line?: number): void;
  /**
   * Counts a record a reader could not read (invalid JSON, a bad CSV row): it is an input of the
   * report and listed in `rejected`, so records in = counted + excluded + rejected still holds.
   * @param rejected - The rejected record, as the readers of `reform-rules/io` yield it.
   */
  addRejected(rejected: RejectedRecord): void;
  /**
   * Adds another accumulator's counts (or its JSON state) to this one; the other is not changed.
   * @param other - An accumulator for the same form, period, `asOf` and grouping, or its state.
   * @returns This accumulator.
   */
  merge(other: ReportAccumulator<ReportRowBase> | ReportAccumulatorState): ReportAccumulator<Row>;
  /** The state as plain JSON (see {@link reportAccumulatorFromJSON}). */
  toJSON(): ReportAccumulatorState;
  /** The report of everything added and merged so far. */
  result(): ResolutionReport<Row>;
}
