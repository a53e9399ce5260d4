/**
 * @internal Reading and checking a report accumulator state (version 3; version 2, which listed
 * every rejected record; version 1 from before forms).
 * @module
 */
import { readInstant } from '../_lib/fastInstant';
import { raise } from '../errors/ReformRulesError';
import { bieu06Form } from './forms/bieu06';
import { compileForm } from './forms/_compileForm';
import type { CompiledForm } from './forms/_compileForm';
import type { ReportAccumulatorState } from './types/ReportAccumulator';
import type { ExcludedCounts, RejectedDossier, ReportGroupBy } from './types/ResolutionReport';
import { readPeriod } from './_readPeriod';
import { countsObject, firstCode } from './_rejectedList';

/** @internal The state's `format`. */
export const STATE_FORMAT = 'reform-rules/report-accumulator' as const;
/** @internal The state's `version` written now. */
export const STATE_VERSION = 3 as const;
/** @internal The groupings. */
export const GROUP_BYS: readonly ReportGroupBy[] = ['department', 'field', 'procedure', 'official'];

/** The counters of a version 1 state (Biểu 06 before forms), in order. */
const V1_FIELDS = [
  'newOnline', 'newDirect', 'newPostal', 'carriedOver', 'early', 'onTime', 'late', 'pendingWithin', 'pendingOverdue', 'withdrawn',
  'stopped', 'rejected', 'lateWithApology', 'onlineFull', 'onlinePartial', 'sameDay', 'workingDaysSum', 'workingDaysCount',
  'statutoryDaysSum', 'statutoryDaysCount',
];

/** A version 1 row as the Biểu 06 form's slots (directOrPostal = direct + postal; postal kept). */
function fromV1(c: readonly number[]): number[] {
  const at = (i: number): number => c[i] as number;
  return [at(0), at(1) + at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), at(12), at(2), at(13), at(14), at(15), at(16), at(17), at(18), at(19)];
}

/** @internal A whole number at least 0. */
export function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function checkRows(rows: unknown, width: number, bad: (detail: string, received: unknown) => never): void {
  if (!Array.isArray(rows)) bad('rows is not an array', rows);
  const keys = new Set<string | null>();
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== 2) bad('a row is not a [key, counts] pair', row);
    const [key, counts] = row as [unknown, unknown];
    if (key !== null && typeof key !== 'string') bad('a row key is not a string or null', key);
    if (keys.has(key as string | null)) bad('a row key repeats', key);
    keys.add(key as string | null);
    if (!Array.isArray(counts) || counts.length !== width || ![...(counts as unknown[])].every(isCount)) bad('row counts are not whole numbers', counts);
  }
}

function checkRejected(rejected: unknown, bad: (detail: string, received: unknown) => never): void {
  if (!Array.isArray(rejected)) bad('rejected is not an array', rejected);
  for (const r of rejected as unknown[]) {
    const x = r as Partial<RejectedDossier> | null;
    if (typeof x !== 'object' || x === null || !isCount(x.index) || !Array.isArray(x.issues) || (x.id !== undefined && typeof x.id !== 'string') || (x.line !== undefined && !isCount(x.line))) {
      bad('a rejected record is not { index, line?, id?, input, issues }', r);
    }
    const first = (x as { issues: unknown[] }).issues[0] as { code?: unknown } | undefined;
    if (typeof first !== 'object' || first === null || typeof first.code !== 'string') bad('a rejected record has no issue with a code', r);
  }
}

/** The totals of a version 2 state: its list is every rejected record. */
function totalsOfList(rejected: readonly RejectedDossier[]): { rejectedCount: number; rejectedByCode: Record<string, number> } {
  const codes = new Map<string, number>();
  for (const r of rejected) codes.set(firstCode(r), (codes.get(firstCode(r)) ?? 0) + 1);
  return { rejectedCount: rejected.length, rejectedByCode: countsObject(codes) };
}

/** Checks the totals of a version 3 state against its list: whole counts, adding up, covering the list. */
function checkTotals(s: { rejected: readonly RejectedDossier[]; rejectedCount?: unknown; rejectedByCode?: unknown }, bad: (detail: string, received: unknown) => never): void {
  if (!isCount(s.rejectedCount) || s.rejectedCount < s.rejected.length) bad('rejectedCount is not a count at least the length of rejected', s.rejectedCount);
  const by = s.rejectedByCode;
  if (typeof by !== 'object' || by === null || Array.isArray(by)) return bad('rejectedByCode is not an object of counts', by);
  const entries = Object.entries(by as Record<string, unknown>);
  if (!entries.every(([, n]) => isCount(n))) bad('rejectedByCode is not an object of counts', by);
  if (entries.reduce((n, [, k]) => n + (k as number), 0) !== s.rejectedCount) bad('rejectedByCode does not add up to rejectedCount', by);
  const listed = totalsOfList(s.rejected).rejectedByCode;
  for (const [code, n] of Object.entries(listed)) {
    if (!Object.hasOwn(by, code) || ((by as Record<string, number>)[code] as number) < n) bad(`rejectedByCode counts fewer '${code}' than rejected lists`, by);
  }
}

/**
 * @internal Checks a state's shape (throws `invalid_accumulator_state`); a version 1 or 2 state
 * comes back as version 3 (its totals read from its list, which was every rejected record).
 */
export function readState(state: unknown, field: string): ReportAccumulatorState {
  const bad = (detail: string, received: unknown = state): never => raise('invalid_accumulator_state', { field, detail, received });
  if (typeof state !== 'object' || state === null) return bad('not an object');
  const s = state as Partial<Omit<ReportAccumulatorState, 'version'>> & { version?: unknown };
  if (s.format !== STATE_FORMAT || (s.version !== 1 && s.version !== 2 && s.version !== 3)) return bad(`format must be '${STATE_FORMAT}' version 3 (or 2, 1)`, { format: s.format, version: s.version });
  readPeriod(s.period, `${field}.period`);
  if (typeof s.asOf !== 'string' || typeof readInstant(s.asOf) !== 'number') return bad('asOf is not an instant', s.asOf);
  if (!GROUP_BYS.includes(s.groupBy as ReportGroupBy)) return bad('unknown groupBy', s.groupBy);
  const v1 = s.version === 1;
  if (!v1 && (typeof s.form !== 'string' || s.form === '')) return bad('form is not a form id', s.form);
  if (!Array.isArray(s.fields) || ![...s.fields].every((f) => typeof f === 'string')) return bad('unexpected fields', s.fields);
  if (v1 && (s.fields.length !== V1_FIELDS.length || s.fields.some((f, i) => f !== V1_FIELDS[i]))) return bad('unexpected fields', s.fields);
  if (!isCount(s.inputs)) return bad('inputs is not a count', s.inputs);
  checkRows(s.rows, s.fields.length, bad);
  checkRejected(s.rejected, bad);
  const rejected = s.rejected as readonly RejectedDossier[];
  if (s.version === 3) {
    checkTotals({ ...s, rejected }, bad);
    if (s.maxRejected !== null && (!isCount(s.maxRejected) || s.maxRejected < rejected.length)) bad('maxRejected is not null or a count at least the length of rejected', s.maxRejected);
  }
  const ex = s.excluded as Partial<ExcludedCounts> | undefined;
  if (typeof ex !== 'object' || ex === null || !isCount(ex.receivedAfter) || !isCount(ex.endedBefore)) return bad('excluded is not { receivedAfter, endedBefore }', ex);
  if (s.version === 3) return s as ReportAccumulatorState;
  const totals = totalsOfList(rejected);
  // Before version 3 the list was every rejected record: no bound.
  if (!v1) return { ...(s as Omit<ReportAccumulatorState, 'version'>), ...totals, maxRejected: null, version: STATE_VERSION };
  const rows = (s.rows as [string | null, number[]][]).map(([k, c]) => [k, fromV1(c)] as const);
  return { ...(s as Omit<ReportAccumulatorState, 'version'>), ...totals, maxRejected: null, version: STATE_VERSION, form: bieu06Form.id, fields: compileForm(bieu06Form).fields, rows };
}

/** @internal Checks a state against the form it claims (fields, then the identities of every row). */
export function checkStateForm(s: ReportAccumulatorState, compiled: CompiledForm, field: string): void {
  const bad = (detail: string, received: unknown): never => raise('invalid_accumulator_state', { field, detail, received });
  if (s.form !== compiled.form.id) bad(`the state is of form '${s.form}', not '${compiled.form.id}'`, s.form);
  const fields = compiled.fields;
  if (s.fields.length !== fields.length || s.fields.some((f, i) => f !== fields[i])) bad('unexpected fields', s.fields);
  for (const [key, counts] of s.rows) {
    if (counts.length !== fields.length) bad('row counts are not whole numbers', counts);
    const broken = compiled.broken(counts);
    if (broken !== undefined) bad(`the identity "${broken.id}" fails for row ${JSON.stringify(key)}`, counts);
  }
}
