import { formatCivilDate } from '../_lib/civilDate';
import { vnDay, vnInstant } from '../_lib/instant';
import type { CalendarIndex } from '../calendar/CalendarIndexShape';
import type { Instant } from '../calendar/WorkCalendar';
import { createDossierFactsEvaluator } from '../dossier/createDossierEvaluator';
import type { DossierFactsEvaluator } from '../dossier/createDossierEvaluator';
import { readInstant } from '../dossier/_fastInstant';
import { describeValue } from '../errors/describe';
import type { Issue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import type { Dossier } from '../model/dossier';
import { parseDossier } from '../model/dossier';
import type { Procedure } from '../model/procedure';
import type { ReportingPeriod } from './types/ReportingPeriod';
import type {
  ExcludedCounts,
  RejectedDossier,
  ReportGroupBy,
  ReportRow,
  ResolutionReport,
  ResolutionReportOptions,
} from './types/ResolutionReport';
import { checkCovered, readPeriod } from './_readPeriod';
import type { PeriodDays } from './_readPeriod';
import { isAcceptedDossier } from './_validateDossier';
import { readCalendar } from './submissionDeadline';

/** @internal The counters kept per row, in this order (the accumulator state's `fields`). */
export const COUNTER_FIELDS = [
  'newOnline',
  'newDirect',
  'newPostal',
  'carriedOver',
  'early',
  'onTime',
  'late',
  'pendingWithin',
  'pendingOverdue',
  'withdrawn',
  'stopped',
  'rejected',
  'lateWithApology',
  'onlineFull',
  'onlinePartial',
  'sameDay',
  'workingDaysSum',
  'workingDaysCount',
  'statutoryDaysSum',
  'statutoryDaysCount',
] as const;

const NEW_ONLINE = 0;
const NEW_DIRECT = 1;
const NEW_POSTAL = 2;
const CARRIED_OVER = 3;
const EARLY = 4;
const ON_TIME = 5;
const LATE = 6;
const PENDING_WITHIN = 7;
const PENDING_OVERDUE = 8;
const WITHDRAWN = 9;
const STOPPED = 10;
const REJECTED = 11;
const LATE_WITH_APOLOGY = 12;
const ONLINE_FULL = 13;
const ONLINE_PARTIAL = 14;
const SAME_DAY = 15;
const DAYS_SUM = 16;
const DAYS_COUNT = 17;
const STATUTORY_SUM = 18;
const STATUTORY_COUNT = 19;
const N = COUNTER_FIELDS.length;

/** @internal The map key standing for `null` (no official recorded). */
const NULL_KEY = '\u0000';

const GROUP_BYS: readonly ReportGroupBy[] = ['department', 'field', 'procedure', 'official'];
const STATE_FORMAT = 'reform-rules/report-accumulator' as const;

/**
 * The plain-JSON state of a {@link ReportAccumulator}: what {@link ReportAccumulator.toJSON}
 * writes, {@link ReportAccumulator.merge} and {@link reportAccumulatorFromJSON} read. Send it to
 * another process or machine as JSON and merge it there.
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
  /** The state version, `1`. */
  readonly version: 1;
  /** The period. */
  readonly period: ReportingPeriod;
  /** The instant the dossiers are evaluated as of. */
  readonly asOf: Instant;
  /** What the rows stand for. */
  readonly groupBy: ReportGroupBy;
  /** The names of the counters, in the order of each row's `counts`. */
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
 * @example
 * ```ts
 * import { createCalendar, createReportAccumulator, parsePeriod } from 'reform-rules';
 * const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar: createCalendar() });
 * for (const record of records) acc.add(record);
 * acc.result().total.resolved.total; // => 1284
 * ```
 * @category Report
 */
export interface ReportAccumulator {
  /**
   * Adds one record (validated here, like {@link parseDossier}).
   * @param record - The record, typically parsed JSON.
   * @param index - Its position in the whole input (for `rejected`); default the number of records added before it. Pass it when sharding, so merged reports name the same positions.
   */
  add(record: unknown, index?: number): void;
  /**
   * Adds another accumulator's counts (or its JSON state) to this one; the other is not changed.
   * @param other - An accumulator for the same period, `asOf` and grouping, or its state.
   * @returns This accumulator.
   */
  merge(other: ReportAccumulator | ReportAccumulatorState): ReportAccumulator;
  /** The state as plain JSON (see {@link reportAccumulatorFromJSON}). */
  toJSON(): ReportAccumulatorState;
  /** The report of everything added and merged so far. */
  result(): ResolutionReport;
}

/** @internal Everything prepared once from the options. */
interface Context {
  readonly period: ReportingPeriod;
  readonly days: PeriodDays;
  readonly asOf: Instant;
  readonly asOfMs: number;
  readonly groupBy: ReportGroupBy;
  readonly index: CalendarIndex;
  readonly evaluate: DossierFactsEvaluator;
  readonly procedures: ReadonlyMap<string, Procedure> | undefined;
  readonly names: Readonly<Record<string, string>> | undefined;
  readonly locale: Locale;
}

function toProcedureMap(p: ResolutionReportOptions['procedures']): ReadonlyMap<string, Procedure> | undefined {
  if (p === undefined) return undefined;
  if (p instanceof Map) return p as ReadonlyMap<string, Procedure>;
  if (!Array.isArray(p)) return raise('invalid_type', { field: 'procedures', expected: 'an array or Map of procedures', received: p });
  return new Map((p as readonly Procedure[]).map((x) => [x.id, x]));
}

/** @internal Reads and checks the options. */
function prepare(options: ResolutionReportOptions): Context {
  if (typeof options !== 'object' || options === null) {
    return raise('invalid_type', { field: 'options', expected: 'an options object { period, calendar }', received: options });
  }
  const period = options.period;
  const days = readPeriod(period);
  const index = readCalendar(options.calendar);
  checkCovered(days, index);
  const groupBy = options.groupBy ?? 'department';
  if (!GROUP_BYS.includes(groupBy)) raise('invalid_enum', { field: 'groupBy', expected: GROUP_BYS.map((g) => `'${g}'`).join(', '), received: groupBy });
  const procedures = toProcedureMap(options.procedures);
  if (groupBy === 'field' && procedures === undefined) raise('group_needs_procedures', { field: 'groupBy', received: groupBy });
  const closeMs = vnInstant(days.toDay + 1, 0) - 1;
  let asOf = `${formatCivilDate(days.toDay)}T23:59:59.999+07:00`;
  let asOfMs = closeMs;
  if (options.asOf !== undefined) {
    const ms = readInstant(options.asOf);
    if (typeof ms === 'string') raise(ms === 'not_string' ? 'invalid_instant' : ms, { field: 'asOf', received: options.asOf });
    if (ms < vnInstant(days.fromDay, 0)) raise('as_of_before_period', { field: 'asOf', received: options.asOf, from: formatCivilDate(days.fromDay) });
    if (ms < closeMs) {
      asOf = options.asOf;
      asOfMs = ms;
    }
  }
  const locale = options.locale ?? 'en';
  const evaluate = createDossierFactsEvaluator({
    calendar: options.calendar,
    asOf,
    ...(procedures === undefined ? {} : { procedures }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    locale,
  });
  return { period, days, asOf, asOfMs, groupBy, index, evaluate, procedures, names: options.names, locale };
}

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** A value as JSON would carry it (so the report and the state round-trip through JSON). */
function jsonSafe(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return JSON.parse(text) as unknown;
  } catch {
    // BigInt or a cycle: fall through to the description.
  }
  return describeValue(value);
}

/** Issues whose `received` values survive JSON (an `undefined` one is left out). */
function jsonIssues(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    if (!('received' in issue)) return issue;
    const { received, ...rest } = issue;
    return received === undefined ? rest : { ...rest, received: jsonSafe(received) };
  });
}

function rejection(index: number, record: unknown, issues: readonly Issue[]): RejectedDossier {
  const id = idOf(record);
  const safe = jsonIssues(issues);
  return id === undefined ? { index, issues: safe } : { index, id, issues: safe };
}

/** @internal An accumulator with the extra hook {@link resolutionReport} uses to reject duplicates. */
export interface InternalAccumulator extends ReportAccumulator {
  /** Records a rejected record without evaluating it. */
  reject(index: number, record: unknown, issues: readonly Issue[]): void;
}

function ratioOf(numerator: number, denominator: number): { numerator: number; denominator: number } {
  return { numerator, denominator };
}

/** @internal A row of the report from its counters. */
export function rowFromCounts(key: string | null, name: string, c: readonly number[]): ReportRow {
  const at = (i: number): number => c[i] as number;
  const online = at(NEW_ONLINE);
  const directOrPostal = at(NEW_DIRECT) + at(NEW_POSTAL);
  const carriedOver = at(CARRIED_OVER);
  const early = at(EARLY);
  const onTime = at(ON_TIME);
  const late = at(LATE);
  const within = at(PENDING_WITHIN);
  const overdue = at(PENDING_OVERDUE);
  return {
    key,
    name,
    received: { total: online + directOrPostal + carriedOver, online, directOrPostal, carriedOver },
    resolved: { total: early + onTime + late, early, onTime, late },
    pending: { total: within + overdue, within, overdue },
    extra: {
      withdrawn: at(WITHDRAWN),
      stopped: at(STOPPED),
      rejected: at(REJECTED),
      lateWithApology: at(LATE_WITH_APOLOGY),
      postal: at(NEW_POSTAL),
      onlineFull: at(ONLINE_FULL),
      onlinePartial: at(ONLINE_PARTIAL),
      sameDay: at(SAME_DAY),
    },
    averageWorkingDays: {
      actual: ratioOf(at(DAYS_SUM), at(DAYS_COUNT)),
      statutory: ratioOf(at(STATUTORY_SUM), at(STATUTORY_COUNT)),
    },
  };
}

/** Adds to one counter. */
function bump(c: number[], i: number, by = 1): void {
  c[i] = (c[i] as number) + by;
}

function compareKeys(a: string, b: string): number {
  // The null key sorts last; others by UTF-16 code units (deterministic, locale-free).
  if (a === b) return 0;
  if (a === NULL_KEY) return 1;
  if (b === NULL_KEY) return -1;
  return a < b ? -1 : 1;
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** @internal Checks a state's shape (throws `invalid_accumulator_state`). */
function readState(state: unknown, field: string): ReportAccumulatorState {
  const bad = (detail: string, received: unknown = state): never => raise('invalid_accumulator_state', { field, detail, received });
  if (typeof state !== 'object' || state === null) return bad('not an object');
  const s = state as Partial<ReportAccumulatorState>;
  if (s.format !== STATE_FORMAT || s.version !== 1) return bad(`format must be '${STATE_FORMAT}' version 1`, { format: s.format, version: s.version });
  readPeriod(s.period, `${field}.period`);
  if (typeof s.asOf !== 'string' || typeof readInstant(s.asOf) !== 'number') return bad('asOf is not an instant', s.asOf);
  if (!GROUP_BYS.includes(s.groupBy as ReportGroupBy)) return bad('unknown groupBy', s.groupBy);
  if (!Array.isArray(s.fields) || s.fields.length !== N || s.fields.some((f, i) => f !== COUNTER_FIELDS[i])) return bad('unexpected fields', s.fields);
  if (!isCount(s.inputs)) return bad('inputs is not a count', s.inputs);
  if (!Array.isArray(s.rows)) return bad('rows is not an array', s.rows);
  const keys = new Set<string | null>();
  for (const row of s.rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== 2) return bad('a row is not a [key, counts] pair', row);
    const [key, counts] = row as [unknown, unknown];
    if (key !== null && typeof key !== 'string') return bad('a row key is not a string or null', key);
    if (keys.has(key)) return bad('a row key repeats', key);
    keys.add(key);
    if (!Array.isArray(counts) || counts.length !== N || !counts.every(isCount)) return bad('row counts are not whole numbers', counts);
  }
  if (!Array.isArray(s.rejected)) return bad('rejected is not an array', s.rejected);
  for (const r of s.rejected as unknown[]) {
    const x = r as Partial<RejectedDossier> | null;
    if (typeof x !== 'object' || x === null || !isCount(x.index) || !Array.isArray(x.issues) || (x.id !== undefined && typeof x.id !== 'string')) {
      return bad('a rejected record is not { index, id?, issues }', r);
    }
  }
  const ex = s.excluded as Partial<ExcludedCounts> | undefined;
  if (typeof ex !== 'object' || ex === null || !isCount(ex.receivedAfter) || !isCount(ex.endedBefore)) return bad('excluded is not { receivedAfter, endedBefore }', ex);
  return s as ReportAccumulatorState;
}

/** @internal Creates the accumulator (with the internal `reject` hook). */
export function createInternalAccumulator(options: ResolutionReportOptions): InternalAccumulator {
  const ctx = prepare(options);
  const { fromDay, toDay } = ctx.days;
  const { asOfMs, evaluate, index: cal, procedures, groupBy } = ctx;
  const rows = new Map<string, number[]>();
  // The instants the fast validation read (receivedAt, events' at), reused from record to record.
  const instants: number[] = [];
  const rejected: RejectedDossier[] = [];
  let receivedAfter = 0;
  let endedBefore = 0;
  let inputs = 0;

  const rowOf = (key: string): number[] => {
    let c = rows.get(key);
    if (c === undefined) {
      c = new Array<number>(N).fill(0);
      rows.set(key, c);
    }
    return c;
  };

  const keyOf = (d: Dossier): string => {
    switch (groupBy) {
      case 'department':
        return d.departmentId;
      case 'procedure':
        return d.procedureId;
      case 'official':
        return d.officialId ?? NULL_KEY;
      case 'field':
        // The evaluator already rejected dossiers whose procedure is unknown.
        return (procedures?.get(d.procedureId) as Procedure).field;
    }
  };

  const nextIndex = (index: number | undefined): number => {
    inputs++;
    if (index === undefined) return inputs - 1;
    if (!isCount(index)) raise('not_integer', { field: 'index', received: index });
    return index;
  };

  const add = (record: unknown, index?: number): void => {
    const at = nextIndex(index);
    // validateDossier inlined: no Result allocated on the fast path.
    let d: Dossier;
    let known: number[] | undefined;
    if (isAcceptedDossier(record, instants)) {
      d = record;
      known = instants;
    } else {
      const valid = parseDossier(record, { locale: ctx.locale });
      if (!valid.ok) {
        rejected.push(rejection(at, record, valid.issues));
        return;
      }
      d = valid.value;
    }
    const read = known === undefined ? readInstant(d.receivedAt) : (known[0] as number);
    const receivedMs = read as number;
    const receivedDay = vnDay(receivedMs);
    if (receivedDay > toDay || receivedMs > asOfMs) {
      receivedAfter++;
      return;
    }
    const e = evaluate(d, typeof read === 'number' ? read : undefined, known);
    if (Array.isArray(e)) {
      rejected.push(rejection(at, record, e));
      return;
    }
    const endMs = e.endMs;
    if (endMs !== undefined) {
      if (vnDay(endMs) < fromDay) {
        endedBefore++;
        return;
      }
    }
    const c = rowOf(keyOf(d));
    if (receivedDay >= fromDay) {
      if (d.channel === 'online') {
        bump(c, NEW_ONLINE);
        if (d.onlineLevel === 'full') bump(c, ONLINE_FULL);
        else if (d.onlineLevel === 'partial') bump(c, ONLINE_PARTIAL);
      } else if (d.channel === 'postal') {
        bump(c, NEW_POSTAL);
      } else {
        bump(c, NEW_DIRECT);
      }
    } else {
      bump(c, CARRIED_OVER);
    }
    switch (e.outcome) {
      case 'pendingWithin':
        bump(c, PENDING_WITHIN);
        return;
      case 'pendingOverdue':
        bump(c, PENDING_OVERDUE);
        return;
      case 'early':
        bump(c, EARLY);
        break;
      case 'onTime':
        bump(c, ON_TIME);
        break;
      case 'late':
        bump(c, LATE);
        if (e.apologyAt !== undefined) bump(c, LATE_WITH_APOLOGY);
        break;
    }
    switch (e.endKind) {
      case 'withdrawn':
        bump(c, WITHDRAWN);
        return;
      case 'stopped':
        bump(c, STOPPED);
        return;
      case 'rejected':
        bump(c, REJECTED);
        return;
      default: {
        // processed or returned: a result, with a processing time.
        // Resolved: the dossier ended (processed or returned), so endMs is set.
        const startDay = vnDay(e.startMs);
        const endDay = vnDay(endMs as number);
        if (endDay === startDay) bump(c, SAME_DAY);
        const worked = endDay > startDay ? cal.workingDaysBetween(startDay, endDay) : 0;
        bump(c, DAYS_SUM, worked);
        bump(c, DAYS_COUNT);
        const statutory = procedures?.get(d.procedureId)?.processingDays ?? d.processingDays;
        if (statutory !== undefined) {
          bump(c, STATUTORY_SUM, statutory);
          bump(c, STATUTORY_COUNT);
        }
      }
    }
  };

  const sortedKeys = (): string[] => [...rows.keys()].sort(compareKeys);
  const sortedRejected = (): RejectedDossier[] => [...rejected].sort((a, b) => a.index - b.index);

  const toJSON = (): ReportAccumulatorState => ({
    format: STATE_FORMAT,
    version: 1,
    period: ctx.period,
    asOf: ctx.asOf,
    groupBy,
    fields: [...COUNTER_FIELDS],
    inputs,
    rows: sortedKeys().map((k) => [k === NULL_KEY ? null : k, [...(rows.get(k) as number[])]] as const),
    rejected: sortedRejected(),
    excluded: { receivedAfter, endedBefore },
  });

  const self: InternalAccumulator = {
    add,
    reject(index: number, record: unknown, issues: readonly Issue[]): void {
      rejected.push(rejection(nextIndex(index), record, issues));
    },
    merge(other: ReportAccumulator | ReportAccumulatorState): ReportAccumulator {
      const isAccumulator = typeof other === 'object' && other !== null && typeof (other as ReportAccumulator).toJSON === 'function' && typeof (other as ReportAccumulator).add === 'function';
      const s = readState(isAccumulator ? (other as ReportAccumulator).toJSON() : other, 'other');
      const mismatch = (detail: string, detailVi: string, mine: unknown, theirs: unknown): never =>
        raise('incompatible_accumulators', { field: 'other', detail, detailVi, mine, received: theirs });
      if (s.period.from !== ctx.period.from || s.period.to !== ctx.period.to) {
        mismatch('periods', 'kỳ báo cáo', `${ctx.period.from}..${ctx.period.to}`, `${s.period.from}..${s.period.to}`);
      }
      if (readInstant(s.asOf) !== asOfMs) mismatch('asOf', 'thời điểm chốt', ctx.asOf, s.asOf);
      if (s.groupBy !== groupBy) mismatch('groupings', 'cách nhóm', groupBy, s.groupBy);
      for (const [key, counts] of s.rows) {
        const c = rowOf(key === null ? NULL_KEY : key);
        for (let i = 0; i < N; i++) c[i] = (c[i] as number) + (counts[i] as number);
      }
      for (const r of s.rejected) rejected.push(r);
      receivedAfter += s.excluded.receivedAfter;
      endedBefore += s.excluded.endedBefore;
      inputs += s.inputs;
      return self;
    },
    toJSON,
    result(): ResolutionReport {
      const total = new Array<number>(N).fill(0);
      const out: ReportRow[] = [];
      for (const k of sortedKeys()) {
        const counts = rows.get(k) as number[];
        for (let i = 0; i < N; i++) total[i] = (total[i] as number) + (counts[i] as number);
        const key = k === NULL_KEY ? null : k;
        const name = (key === null ? undefined : (ctx.names?.[key] ?? (groupBy === 'procedure' ? procedures?.get(key)?.name : undefined))) ?? key ?? '';
        out.push(rowFromCounts(key, name, counts));
      }
      return {
        period: ctx.period,
        asOf: ctx.asOf,
        groupBy,
        rows: out,
        total: rowFromCounts(null, '', total),
        rejected: sortedRejected(),
        excluded: { receivedAfter, endedBefore },
        inputs,
      };
    },
  };
  return self;
}

/**
 * Creates an empty report accumulator: the same report as {@link resolutionReport}, built one
 * record at a time from a stream or from shards (one per worker thread or database partition),
 * its state plain JSON so another process or machine can merge it.
 *
 * @remarks Each record is validated exactly as {@link parseDossier} does (a fast path for the
 * canonical shape, zod for anything else) and evaluated by the dossier clock as of the close of
 * the period's last day (or the earlier `asOf`). Memory holds one row of counters per key plus
 * the rejected records, whatever the number of records. Merging is exact: the merge of the
 * accumulators of any split of the records equals the accumulator of all of them (pass each
 * record's global position as `add(record, index)` so the rejected records keep their positions).
 * Unlike {@link resolutionReport}, an accumulator does not detect duplicate ids (that would need
 * every id in memory and in the state): deduplicate upstream.
 * To continue from a saved state use {@link reportAccumulatorFromJSON}.
 * @param options - The period, calendar, and optionally `asOf`, procedures, policy, grouping, names, locale.
 * @returns An empty accumulator.
 * @throws {@link ReformRulesError} (code `invalid_reporting_period`) When `period` has no valid `from`/`to` window.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `period_outside_calendar`) When the calendar does not cover the period.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `groupBy` is not one of the allowed values.
 * @throws {@link ReformRulesError} (code `group_needs_procedures`) When grouping by field without procedures.
 * @throws {@link ReformRulesError} (code `as_of_before_period`) When `asOf` is before the period starts.
 * @throws {@link ReformRulesError} (code `invalid_instant`) When `asOf` is not an instant with offset.
 * @example
 * ```ts
 * import { createCalendar, createReportAccumulator, parsePeriod } from 'reform-rules';
 * const options = { period: parsePeriod('2025-Q1'), calendar: createCalendar() };
 * const a = createReportAccumulator(options);
 * const b = createReportAccumulator(options);
 * shardA.forEach((r, i) => a.add(r, i));
 * shardB.forEach((r, i) => b.add(r, shardA.length + i));
 * a.merge(JSON.parse(JSON.stringify(b.toJSON()))).result().inputs; // => shardA.length + shardB.length
 * ```
 * @category Report
 */
export function createReportAccumulator(options: ResolutionReportOptions): ReportAccumulator {
  return createInternalAccumulator(options);
}

/**
 * Restores an accumulator from its JSON state (as written by {@link ReportAccumulator.toJSON}),
 * to continue adding records or to merge it with others.
 *
 * @remarks The state carries the period, `asOf` and grouping; the options supply what JSON cannot
 * carry (the calendar, procedures, policy) and must be the ones the state was built with.
 * @param state - The state, e.g. `JSON.parse` of a saved `toJSON()`.
 * @param options - The calendar, and optionally procedures, policy, names, locale.
 * @returns An accumulator holding the state's counts.
 * @throws {@link ReformRulesError} (code `invalid_accumulator_state`) When `state` is not such a state.
 * @throws {@link ReformRulesError} (code `period_outside_calendar`) When the calendar does not cover the state's period.
 * @example
 * ```ts
 * import { createCalendar, reportAccumulatorFromJSON } from 'reform-rules';
 * const acc = reportAccumulatorFromJSON(JSON.parse(saved), { calendar: createCalendar() });
 * acc.add(nextRecord);
 * ```
 * @category Report
 */
export function reportAccumulatorFromJSON(
  state: ReportAccumulatorState,
  options: Omit<ResolutionReportOptions, 'period' | 'asOf' | 'groupBy'>,
): ReportAccumulator {
  const s = readState(state, 'state');
  const acc = createReportAccumulator({ ...options, period: s.period, asOf: s.asOf, groupBy: s.groupBy });
  acc.merge(s);
  return acc;
}
