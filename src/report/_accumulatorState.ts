/**
 * @internal Reading and checking a report accumulator state (version 2, and version 1 from before forms).
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

/** @internal The state's `format`. */
export const STATE_FORMAT = 'reform-rules/report-accumulator' as const;
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
    if (!Array.isArray(counts) || counts.length !== width || !counts.every(isCount)) bad('row counts are not whole numbers', counts);
  }
}

function checkRejected(rejected: unknown, bad: (detail: string, received: unknown) => never): void {
  if (!Array.isArray(rejected)) bad('rejected is not an array', rejected);
  for (const r of rejected as unknown[]) {
    const x = r as Partial<RejectedDossier> | null;
    if (typeof x !== 'object' || x === null || !isCount(x.index) || !Array.isArray(x.issues) || (x.id !== undefined && typeof x.id !== 'string') || (x.line !== undefined && !isCount(x.line))) {
      bad('a rejected record is not { index, line?, id?, input, issues }', r);
    }
  }
}

/** @internal Checks a state's shape (throws `invalid_accumulator_state`); a version 1 state comes back as version 2. */
export function readState(state: unknown, field: string): ReportAccumulatorState {
  const bad = (detail: string, received: unknown = state): never => raise('invalid_accumulator_state', { field, detail, received });
  if (typeof state !== 'object' || state === null) return bad('not an object');
  const s = state as Partial<Omit<ReportAccumulatorState, 'version'>> & { version?: unknown };
  if (s.format !== STATE_FORMAT || (s.version !== 1 && s.version !== 2)) return bad(`format must be '${STATE_FORMAT}' version 2 (or 1)`, { format: s.format, version: s.version });
  readPeriod(s.period, `${field}.period`);
  if (typeof s.asOf !== 'string' || typeof readInstant(s.asOf) !== 'number') return bad('asOf is not an instant', s.asOf);
  if (!GROUP_BYS.includes(s.groupBy as ReportGroupBy)) return bad('unknown groupBy', s.groupBy);
  const v1 = s.version === 1;
  if (!v1 && (typeof s.form !== 'string' || s.form === '')) return bad('form is not a form id', s.form);
  if (!Array.isArray(s.fields) || s.fields.some((f) => typeof f !== 'string')) return bad('unexpected fields', s.fields);
  if (v1 && (s.fields.length !== V1_FIELDS.length || s.fields.some((f, i) => f !== V1_FIELDS[i]))) return bad('unexpected fields', s.fields);
  if (!isCount(s.inputs)) return bad('inputs is not a count', s.inputs);
  checkRows(s.rows, s.fields.length, bad);
  checkRejected(s.rejected, bad);
  const ex = s.excluded as Partial<ExcludedCounts> | undefined;
  if (typeof ex !== 'object' || ex === null || !isCount(ex.receivedAfter) || !isCount(ex.endedBefore)) return bad('excluded is not { receivedAfter, endedBefore }', ex);
  if (!v1) return s as ReportAccumulatorState;
  const rows = (s.rows as [string | null, number[]][]).map(([k, c]) => [k, fromV1(c)] as const);
  return { ...(s as ReportAccumulatorState), version: 2, form: bieu06Form.id, fields: compileForm(bieu06Form).fields, rows };
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
