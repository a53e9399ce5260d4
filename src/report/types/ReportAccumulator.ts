import type { RejectedRecord } from '../../model/BatchResult';
import type { Instant } from '../../calendar/WorkCalendar';
import type { IssueCode } from '../../errors/messages/index';
import type { ReportingPeriod } from './ReportingPeriod';
import type { ExcludedCounts, RejectedDossier, ReportGroupBy, ReportRow, ReportRowBase, ResolutionReport } from './ResolutionReport';

/**
 * The plain-JSON state of a {@link ReportAccumulator}: what {@link ReportAccumulator.toJSON}
 * writes, {@link ReportAccumulator.merge} and {@link reportAccumulatorFromJSON} read. Send it to
 * another process or machine as JSON and merge it there.
 *
 * @remarks Version 3 counts per form column (`fields` are the form's count column ids, and
 * `<id>.numerator` / `<id>.denominator` for a mean) and keeps the first rejected records by
 * position (at most the accumulator's `maxRejected`) with the exact totals of all of them
 * (`rejectedCount`, `rejectedByCode`). A version 2 state (which listed every rejected record: its
 * totals are read from its list) and a version 1 state (Biểu 06 only, before forms) are still read.
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
  /** The state version, `3`. */
  readonly version: 3;
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
  /** The first rejected records, by index (at most the accumulator's `maxRejected`). */
  readonly rejected: readonly RejectedDossier[];
  /** How many records were rejected in all (more than `rejected.length` when the list was cut). */
  readonly rejectedCount: number;
  /** How many records were rejected per code of their first issue, by code. */
  readonly rejectedByCode: Readonly<Partial<Record<IssueCode, number>>>;
  /**
   * The accumulator's bound on `rejected` (its `maxRejected`; `null`: none, `Infinity` in JSON).
   * Merging a state lowers the receiving accumulator's bound to it, so a merge lists the first
   * records of the smallest bound whatever the order; a state restored without `maxRejected` keeps it.
   */
  readonly maxRejected: number | null;
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
   * report, counted in `rejectedCount` (and listed in `rejected` when among the first
   * `maxRejected`), so records in = counted + excluded + rejected still holds.
   * @param rejected - The rejected record, as the readers of `reform-rules/io` yield it.
   */
  addRejected(rejected: RejectedRecord): void;
  /**
   * Adds another accumulator's counts (or its JSON state) to this one; the other is not changed.
   * The rejected totals add up; the list keeps the first `maxRejected` of both lists (fewer when the
   * other's list was cut shorter: only its first records are known).
   * @param other - An accumulator for the same form, period, `asOf` and grouping, or its state.
   * @returns This accumulator.
   */
  merge(other: ReportAccumulator<ReportRowBase> | ReportAccumulatorState): ReportAccumulator<Row>;
  /** The state as plain JSON (see {@link reportAccumulatorFromJSON}). */
  toJSON(): ReportAccumulatorState;
  /** The report of everything added and merged so far. */
  result(): ResolutionReport<Row>;
}
