import { vnDay } from '../_lib/instant';
import type { ClockFacts } from '../dossier/createDossierEvaluator';
import { readInstant } from '../_lib/fastInstant';
import { createIssue } from '../errors/Issue';
import { ownValue } from '../errors/args';
import { raise } from '../errors/ReformRulesError';
import type { Dossier } from '../model/dossier';
import type { Procedure } from '../model/procedure';
import { compileForm } from './forms/_compileForm';
import type { ReportFormSelector } from './forms/reportForms';
import { resolveReportForm } from './forms/reportForms';
import type { ReportDossierFacts } from './forms/ReportForm';
import type { ReportAccumulator, ReportAccumulatorState } from './types/ReportAccumulator';
import type { ExcludedCounts, ReportRowBase, ReportRowOf, ResolutionReport, ResolutionReportOptions } from './types/ResolutionReport';
import { checkStateForm, isCount, readState, STATE_FORMAT, STATE_VERSION } from './_accumulatorState';
import { prepareReport } from './_prepareReport';
import type { ReportContext } from './_prepareReport';
import { jsonSafeRejected, rejection } from './_rejection';
import { createRejectedList, firstCode, readMaxRejected } from './_rejectedList';
import type { RejectedList } from './_rejectedList';
import type { RejectedRecord } from '../model/BatchResult';
import type { DuplicateIdRule } from '../model/duplicateIds';
import { acceptReadDossier, createDossierIngest, detached } from '../model/ingestDossier';
import type { JsonLineSink } from '../_lib/jsonLineSink';
import { registerJsonLineSink } from '../_lib/jsonLineSink';
import { formatCivilDate } from '../_lib/civilDate';
import { receptionClockAt } from '../dossier/rules/receptionClock';
import { ReformRulesError } from '../errors/ReformRulesError';
import { resolveParameter } from '../policy/resolveParameter';
import type { ReportReception } from './forms/ReportForm';


type MutableFacts = { -readonly [K in keyof ReportDossierFacts]: ReportDossierFacts[K] };

/** @internal What an accumulator holds: the rows' slots, the first rejected records with their totals, and the counts of the rest. */
interface Store {
  readonly rows: Map<string | null, Float64Array>;
  readonly rejected: RejectedList;
  readonly tally: { inputs: number } & { -readonly [K in keyof ExcludedCounts]: number };
}

/** @internal The accumulator as the report area builds it (every form's rows as base rows). */
export type InternalAccumulator = ReportAccumulator<ReportRowBase>;

function rowOf(store: Store, width: number, key: string | null): Float64Array {
  let c = store.rows.get(key);
  if (c === undefined) {
    c = new Float64Array(width);
    store.rows.set(key, c);
  }
  return c;
}

function compareKeys(a: string | null, b: string | null): number {
  // The null key (no official recorded: a key of its own, never a string any id could equal) sorts
  // last; others by UTF-16 code units (deterministic, locale-free).
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function keyFunction(ctx: ReportContext): (d: Dossier) => string | null {
  const { procedures } = ctx;
  switch (ctx.groupBy) {
    case 'department':
      return (d) => d.departmentId;
    case 'procedure':
      return (d) => d.procedureId;
    case 'official':
      return (d) => d.officialId ?? null;
    case 'field':
      // The evaluator already rejected dossiers whose procedure is unknown.
      return (d) => (procedures?.get(d.procedureId) as Procedure).field;
  }
}

/**
 * @internal The ingest step: the library's one ingest (validation with its fast path, and the one
 * duplicate-id rule across everything added), recording rejected records in the store.
 */
function createIngest(ctx: ReportContext, store: Store, duplicateIds: DuplicateIdRule | undefined) {
  // The instants the fast validation read (receivedAt, events' at), reused from record to record.
  const instants: number[] = [];
  const one = createDossierIngest({ locale: ctx.locale, duplicateIds });
  const ingest = {
    /** The instants read by the fast path for the last accepted record, else `undefined`. */
    known: undefined as number[] | undefined,
    /** With `read`, `record` is a dossier the JSON Lines fast road read (valid, its instants in `read`): only the duplicate-id rule is left. */
    accept(record: unknown, at: number, line: number | undefined, read?: number[]): Dossier | undefined {
      const position = line === undefined ? { index: at } : { index: at, line };
      const o = read === undefined ? one.accept(record, position, instants) : acceptReadDossier(one, record as Dossier, position);
      if (o.ok) {
        ingest.known = read ?? (o.fast ? instants : undefined);
        return o.value;
      }
      const r = o.rejected;
      store.rejected.add(at, line, firstCode(r), () => jsonSafeRejected(r));
      return undefined;
    },
  };
  return ingest;
}

/** @internal Fills the reused facts of one dossier counted in a row. */
function fillFacts(f: MutableFacts, ctx: ReportContext, d: Dossier, e: ClockFacts, receivedInPeriod: boolean): void {
  f.dossier = d;
  f.channel = d.channel;
  f.onlineLevel = d.onlineLevel;
  f.receivedInPeriod = receivedInPeriod;
  f.outcome = e.outcome;
  f.endKind = e.endKind;
  f.apology = e.apologyAt !== undefined;
  f.supplementRequests = e.supplementRequests;
  f.statutoryDays = ctx.procedures?.get(d.procedureId)?.processingDays ?? d.processingDays;
  const r = e.reception;
  f.reception = r === 'inTime' || r === 'late' ? r : r === 'submissionUnknown' ? 'unknown' : 'none';
  if (e.endKind === 'processed' || e.endKind === 'returned') {
    // A result, with a processing time (the dossier ended, so endMs is set).
    const startDay = vnDay(e.startMs);
    const endDay = vnDay(e.endMs as number);
    f.sameDay = endDay === startDay;
    f.workingDays = endDay > startDay ? ctx.index.workingDaysBetween(startDay, endDay) : 0;
  } else {
    f.sameDay = false;
    f.workingDays = undefined;
  }
}

/**
 * @internal An online dossier submitted by `asOf` but received after the period: awaiting reception
 * at `asOf`, within the policy's limit (read on the submission day) or past it; `undefined` when it
 * is not such a dossier, no limit is in force, or its submission is outside the calendar or policy.
 */
function awaitingReception(ctx: ReportContext, d: Dossier): Extract<ReportReception, 'awaitingInTime' | 'awaitingOverdue'> | undefined {
  if (d.channel !== 'online' || d.submittedAt === undefined) return undefined;
  const submittedMs = readInstant(d.submittedAt) as number;
  const day = vnDay(submittedMs);
  if (submittedMs > ctx.asOfMs || !ctx.index.covers(day)) return undefined;
  try {
    const hours = resolveParameter(ctx.policy, 'receptionWorkingHours', formatCivilDate(day)).value;
    if (hours === null) return undefined;
    return receptionClockAt(ctx.index, submittedMs, ctx.asOfMs, hours).status === 'inTime' ? 'awaitingInTime' : 'awaitingOverdue';
  } catch (error) {
    if (error instanceof ReformRulesError) return undefined;
    throw error;
  }
}

/** @internal The `add` of an accumulator (ingest, period, dossier clock, then the form's classifier) and its sink of the dossiers the JSON Lines fast road reads. */
function createAdd(ctx: ReportContext, store: Store, duplicateIds: DuplicateIdRule | undefined): { add: (record: unknown, index?: number, line?: number) => void; line: JsonLineSink } {
  const { fromDay, toDay } = ctx.days;
  const { asOfMs, evaluate, compiled } = ctx;
  const width = compiled.fields.length;
  const keyOf = keyFunction(ctx);
  const ingest = createIngest(ctx, store, duplicateIds);
  // One facts object for every dossier, created with all its fields (one shape for the classifiers).
  const facts: MutableFacts = {
    dossier: undefined as unknown as Dossier,
    channel: 'direct',
    onlineLevel: undefined,
    receivedInPeriod: false,
    outcome: 'pendingWithin',
    endKind: undefined,
    apology: false,
    supplementRequests: 0,
    workingDays: undefined,
    sameDay: false,
    statutoryDays: undefined,
    reception: 'none',
  };
  const tally = store.tally;
  /** Counts an ingested dossier; a rejection shows `record`, or a copy of `d` when it was read from text (`fromText`: its strings keep a chunk of text alive). */
  const count = (d: Dossier, record: unknown, fromText: boolean, at: number, line: number | undefined): void => {
    if (d.channel === 'unknown' && ctx.compiled.form.countsUnrecordedChannel !== true) {
      store.rejected.add(at, line, 'channel_not_recorded', () =>
        rejection(at, fromText ? detached(d) : record, [createIssue('channel_not_recorded', ['channel'], { field: 'channel', received: d.channel, form: ctx.compiled.form.id }, ctx.locale)], line),
      );
      return;
    }
    const known = ingest.known;
    const read = known === undefined ? readInstant(d.receivedAt) : (known[0] as number);
    const receivedMs = read as number;
    const receivedDay = vnDay(receivedMs);
    if (receivedDay > toDay || receivedMs > asOfMs) {
      tally.receivedAfter++;
      // Still excluded from the received; the form's awaiting-reception columns count it apart.
      const awaiting = compiled.countsAwaiting ? awaitingReception(ctx, d) : undefined;
      if (awaiting !== undefined) compiled.countAwaiting(awaiting, rowOf(store, width, keyOf(d)));
      return;
    }
    const e = evaluate(d, typeof read === 'number' ? read : undefined, known);
    if (Array.isArray(e)) {
      store.rejected.add(at, line, e[0]?.code ?? '', () => rejection(at, fromText ? detached(d) : record, e, line));
      return;
    }
    if (e.endMs !== undefined && vnDay(e.endMs) < fromDay) {
      tally.endedBefore++;
      return;
    }
    fillFacts(facts, ctx, d, e, receivedDay >= fromDay);
    compiled.count(facts, rowOf(store, width, keyOf(d)));
  };
  /** Takes record `at` (with `read`, a dossier the JSON Lines fast road read, its instants in `read`). */
  const take = (record: unknown, at: number, line: number | undefined, read?: number[]): void => {
    const d = ingest.accept(record, at, line, read);
    if (d !== undefined) count(d, record, read !== undefined, at, line);
  };
  const add = (record: unknown, index?: number, line?: number): void => {
    tally.inputs++;
    if (index !== undefined && !isCount(index)) raise('not_integer', { field: 'index', received: index });
    if (line !== undefined && !isCount(line)) raise('not_integer', { field: 'line', received: line });
    take(record, index ?? tally.inputs - 1, line);
  };
  const sink: JsonLineSink = (dossier, read, index, line) => {
    tally.inputs++;
    take(dossier, index, line, read);
  };
  return { add, line: sink };
}

function sortedKeys(store: Store): (string | null)[] {
  return [...store.rows.keys()].sort(compareKeys);
}

function stateOf(ctx: ReportContext, store: Store): ReportAccumulatorState {
  const { inputs, receivedAfter, endedBefore } = store.tally;
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    form: ctx.compiled.form.id,
    period: ctx.period,
    asOf: ctx.asOf,
    groupBy: ctx.groupBy,
    fields: [...ctx.compiled.fields],
    inputs,
    rows: sortedKeys(store).map((k) => [k, Array.from(store.rows.get(k) as Float64Array)] as const),
    rejected: store.rejected.list(),
    rejectedCount: store.rejected.total(),
    rejectedByCode: store.rejected.byCode(),
    maxRejected: Number.isFinite(store.rejected.bound()) ? store.rejected.bound() : null,
    excluded: { receivedAfter, endedBefore },
  };
}

function isAccumulator(other: unknown): other is ReportAccumulator<ReportRowBase> {
  return typeof other === 'object' && other !== null && typeof (other as ReportAccumulator).toJSON === 'function' && typeof (other as ReportAccumulator).add === 'function';
}

/** @internal Adds a state (or another accumulator's) to the store, after checking it matches. */
function mergeInto(ctx: ReportContext, store: Store, other: ReportAccumulator<ReportRowBase> | ReportAccumulatorState): void {
  const s = readState(isAccumulator(other) ? other.toJSON() : other, 'other');
  const mismatch = (detail: string, detailVi: string, mine: unknown, theirs: unknown): never =>
    raise('incompatible_accumulators', { field: 'other', detail, detailVi, mine, received: theirs });
  if (s.form !== ctx.compiled.form.id) mismatch('forms', 'biểu mẫu', ctx.compiled.form.id, s.form);
  if (s.period.from !== ctx.period.from || s.period.to !== ctx.period.to) {
    mismatch('periods', 'kỳ báo cáo', `${ctx.period.from}..${ctx.period.to}`, `${s.period.from}..${s.period.to}`);
  }
  if (readInstant(s.asOf) !== ctx.asOfMs) mismatch('asOf', 'thời điểm chốt', ctx.asOf, s.asOf);
  if (s.groupBy !== ctx.groupBy) mismatch('groupings', 'cách nhóm', ctx.groupBy, s.groupBy);
  checkStateForm(s, ctx.compiled, 'other');
  const width = ctx.compiled.fields.length;
  for (const [key, counts] of s.rows) {
    const c = rowOf(store, width, key);
    for (let i = 0; i < width; i++) c[i] = (c[i] as number) + (counts[i] as number);
  }
  // The merged list keeps the first of the smaller bound; and a cut list is the other's first records
  // only: beyond its last, the union is not known.
  if (s.maxRejected !== null) store.rejected.lower(s.maxRejected);
  if (s.rejectedCount > s.rejected.length) store.rejected.lower(s.rejected.length);
  for (const r of s.rejected) store.rejected.keep(r);
  store.rejected.count(s.rejectedCount, s.rejectedByCode);
  store.tally.receivedAfter += s.excluded.receivedAfter;
  store.tally.endedBefore += s.excluded.endedBefore;
  store.tally.inputs += s.inputs;
}

/** @internal A row of the report, after checking the form's identities on its slots. */
function reportRow(ctx: ReportContext, key: string | null, name: string, slots: Float64Array): ReportRowBase {
  const broken = ctx.compiled.broken(slots);
  if (broken !== undefined) raise('report_identity_failed', { field: `form (${ctx.compiled.form.id})`, identity: broken.id, received: key ?? name });
  return ctx.compiled.row(key, name, slots) as unknown as ReportRowBase;
}

function resultOf(ctx: ReportContext, store: Store): ResolutionReport<ReportRowBase> {
  const { compiled, groupBy, procedures } = ctx;
  const total = new Float64Array(compiled.fields.length);
  const rows: ReportRowBase[] = [];
  for (const k of sortedKeys(store)) {
    const counts = store.rows.get(k) as Float64Array;
    for (let i = 0; i < total.length; i++) total[i] = (total[i] as number) + (counts[i] as number);
    const key = k;
    const name = (key === null ? undefined : (ownValue(ctx.names, key) ?? (groupBy === 'procedure' ? procedures?.get(key)?.name : undefined))) ?? key ?? '';
    rows.push(reportRow(ctx, key, name, counts));
  }
  const { inputs, receivedAfter, endedBefore } = store.tally;
  const notAvailable = compiled.form.columns.flatMap((c) => (c.kind === 'unavailable' ? [{ column: c.id, note: c.note }] : []));
  return {
    form: compiled.form.id,
    period: ctx.period,
    asOf: ctx.asOf,
    groupBy,
    rows,
    total: reportRow(ctx, null, '', total),
    rejected: store.rejected.list(),
    rejectedCount: store.rejected.total(),
    rejectedByCode: store.rejected.byCode(),
    excluded: { receivedAfter, endedBefore },
    inputs,
    ...(notAvailable.length === 0 ? {} : { notAvailable }),
  };
}

/** @internal Creates the accumulator. */
export function createInternalAccumulator(options: ResolutionReportOptions<ReportFormSelector>): InternalAccumulator {
  const ctx = prepareReport(options);
  const store: Store = { rows: new Map(), rejected: createRejectedList(readMaxRejected(options.maxRejected)), tally: { inputs: 0, receivedAfter: 0, endedBefore: 0 } };
  const { add, line } = createAdd(ctx, store, options.duplicateIds);
  const self: InternalAccumulator = {
    add,
    addRejected(r: RejectedRecord): void {
      if (typeof r !== 'object' || r === null || !isCount(r.index) || !Array.isArray(r.issues) || r.issues.length === 0) {
        raise('invalid_type', { field: 'rejected', expected: 'a rejected record { index, line?, id?, input, issues }', received: r });
      }
      store.tally.inputs++;
      store.rejected.add(r.index, r.line, firstCode(r), () => jsonSafeRejected(r));
    },
    merge(other) {
      mergeInto(ctx, store, other);
      return self;
    },
    toJSON: () => stateOf(ctx, store),
    result: () => resultOf(ctx, store),
  };
  registerJsonLineSink(self, line);
  return self;
}

/**
 * Creates an empty report accumulator: the same report as {@link resolutionReport}, built one
 * record at a time from a stream or from shards (one per worker thread or database partition),
 * its state plain JSON so another process or machine can merge it.
 *
 * @remarks Each record is validated exactly as {@link parseDossier} does (a fast path for the
 * canonical shape, zod for anything else) and evaluated by the dossier clock as of the close of
 * the period's last day (or the earlier `asOf`), then counted into the columns of the `form`
 * (default Biểu 06; see {@link ReportForm}). Memory holds one row of counters per key plus
 * the first `maxRejected` rejected records (default 1000) and their counts per issue code, whatever
 * the number of records: `rejectedCount` and `rejectedByCode` count every rejected record exactly,
 * `rejected` lists the first by position. Merging is exact: the merge of the
 * accumulators of any split of the records equals the accumulator of all of them (pass each
 * record's global position as `add(record, index)` so the rejected records keep their positions).
 * Merged and loaded states are checked against the form's identities.
 * Records go through the library's one ingest step, so the accumulator accepts and rejects
 * exactly what {@link parseDossiers} and {@link resolutionReport} do, repeated ids included
 * (`duplicateIds`, default `'reject'`: memory grows by about 15 bytes per distinct sequential dossier code, more for ids that share little with the one before, see {@link DuplicateIdTracker}; `'allow'` keeps
 * it flat). Ids are not part of the saved state, so merged shards are de-duplicated within each
 * shard only.
 * To continue from a saved state use {@link reportAccumulatorFromJSON}.
 * @param options - The period, calendar, and optionally `form`, `asOf`, procedures, policy, grouping, names, locale.
 * @returns An empty accumulator.
 * @throws {@link ReformRulesError} (code `invalid_reporting_period`) When `period` has no valid `from`/`to` window.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `period_outside_calendar`) When the calendar does not cover the period.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `groupBy` is not one of the allowed values.
 * @throws {@link ReformRulesError} (code `group_needs_procedures`) When grouping by field without procedures.
 * @throws {@link ReformRulesError} (code `as_of_before_period`) When `asOf` is before the period starts.
 * @throws {@link ReformRulesError} (code `invalid_instant`, `missing_offset` or another instant code; `invalid_date` for a civil date) When `asOf` is neither an instant with offset nor a real civil date.
 * @throws {@link ReformRulesError} (code `invalid_report_form`) When `form` is not a built-in id or a valid form definition.
 * @throws {@link ReformRulesError} (code `not_integer` or `out_of_range`) When `maxRejected` is not a whole number at least 0 or `Infinity`.
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
export function createReportAccumulator<F extends ReportFormSelector = 'bieu06'>(options: ResolutionReportOptions<F>): ReportAccumulator<ReportRowOf<F>> {
  return createInternalAccumulator(options) as unknown as ReportAccumulator<ReportRowOf<F>>;
}

/**
 * Restores an accumulator from its JSON state (as written by {@link ReportAccumulator.toJSON}),
 * to continue adding records or to merge it with others.
 *
 * @remarks The state carries the form id, period, `asOf` and grouping; the options supply what
 * JSON cannot carry (the calendar, procedures, policy, and a custom form's definition) and must
 * be the ones the state was built with. The state's rows are checked against the form's identities.
 * The accumulator keeps the state's `maxRejected` unless `options.maxRejected` is given (a version 2
 * state, which listed every rejected record, gets the default 1000; its totals are read from its list).
 * @param state - The state, e.g. `JSON.parse` of a saved `toJSON()`.
 * @param options - The calendar, and optionally the form (needed for a custom form), procedures, policy, names, locale.
 * @returns An accumulator holding the state's counts.
 * @throws {@link ReformRulesError} (code `invalid_accumulator_state`) When `state` is not such a state, or breaks its form's identities.
 * @throws {@link ReformRulesError} (code `period_outside_calendar`) When the calendar does not cover the state's period.
 * @throws {@link ReformRulesError} (code `invalid_report_form`) When the state's form is not built in and `form` is not given.
 * @example
 * ```ts
 * import { createCalendar, reportAccumulatorFromJSON } from 'reform-rules';
 * const acc = reportAccumulatorFromJSON(JSON.parse(saved), { calendar: createCalendar() });
 * acc.add(nextRecord);
 * ```
 * @category Report
 */
export function reportAccumulatorFromJSON<F extends ReportFormSelector = 'bieu06'>(
  state: ReportAccumulatorState,
  options: Omit<ResolutionReportOptions<F>, 'period' | 'asOf' | 'groupBy'>,
): ReportAccumulator<ReportRowOf<F>> {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an options object { calendar }', received: options });
  const s = readState(state, 'state');
  const form = options.form ?? s.form;
  checkStateForm(s, compileForm(resolveReportForm(form as ReportFormSelector, 'state.form')), 'state');
  // The state's bound unless another is given (a state from before bounds: the default).
  const maxRejected = options.maxRejected ?? (state.version === 3 ? (s.maxRejected ?? Number.POSITIVE_INFINITY) : undefined);
  const acc = createInternalAccumulator({ ...options, form: form as ReportFormSelector, period: s.period, asOf: s.asOf, groupBy: s.groupBy, maxRejected });
  acc.merge(s);
  return acc as unknown as ReportAccumulator<ReportRowOf<F>>;
}
