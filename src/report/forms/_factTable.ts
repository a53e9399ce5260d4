/**
 * @internal The declarative conditions of a form ({@link ReportFactCondition}) compiled into one
 * table: every combination of the discrete facts (channel, online level, new or carried over,
 * outcome, end kind, apology, same day; 2,880 in all) maps to the slots it increments, so
 * counting a dossier is one index computation and a short loop, whatever the number of columns.
 * @module
 */
import { raise } from '../../errors/ReformRulesError';
import type { ReportDossierFacts, ReportFactCondition } from './ReportForm';

/** The discrete facts and their values, in signature order. */
const FACTS = {
  channel: ['direct', 'online', 'postal', 'unknown'],
  onlineLevel: ['none', 'full', 'partial'],
  receivedInPeriod: [false, true],
  outcome: ['early', 'onTime', 'late', 'pendingWithin', 'pendingOverdue'],
  endKind: ['pending', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn'],
  apology: [false, true],
  sameDay: [false, true],
} as const;
type FactName = keyof typeof FACTS;
const NAMES = Object.keys(FACTS) as FactName[];
const SIZE = NAMES.reduce((n, k) => n * FACTS[k].length, 1);

/** @internal The signature of a dossier's facts (an index below 2,880). */
export function signatureOf(f: ReportDossierFacts): number {
  const ch = f.channel === 'online' ? 1 : f.channel === 'postal' ? 2 : f.channel === 'unknown' ? 3 : 0;
  const lv = f.onlineLevel === 'full' ? 1 : f.onlineLevel === 'partial' ? 2 : 0;
  const o = f.outcome;
  const oc = o === 'early' ? 0 : o === 'onTime' ? 1 : o === 'late' ? 2 : o === 'pendingWithin' ? 3 : 4;
  const e = f.endKind;
  const ek = e === undefined ? 0 : e === 'processed' ? 1 : e === 'returned' ? 2 : e === 'stopped' ? 3 : e === 'rejected' ? 4 : 5;
  return ((((((ch * 3 + lv) * 2 + (f.receivedInPeriod ? 1 : 0)) * 5 + oc) * 6 + ek) * 2 + (f.apology ? 1 : 0)) * 2) + (f.sameDay ? 1 : 0);
}

/** @internal Checks a condition's facts and values (throws `invalid_report_form`). */
export function checkCondition(cond: ReportFactCondition, field: string): void {
  if (typeof cond !== 'object' || cond === null) raise('invalid_report_form', { field, detail: 'a condition is an object of facts', received: cond });
  for (const [name, value] of Object.entries(cond)) {
    const allowed = (FACTS as Record<string, readonly unknown[]>)[name];
    if (allowed === undefined) raise('invalid_report_form', { field: `${field}.${name}`, detail: `unknown fact (${NAMES.join(', ')})`, received: name });
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (!allowed.includes(v)) raise('invalid_report_form', { field: `${field}.${name}`, detail: `expected ${allowed.join(', ')}`, received: v });
  }
}

function matches(cond: ReportFactCondition, values: readonly unknown[]): boolean {
  return NAMES.every((name, i) => {
    const want = (cond as Record<string, unknown>)[name];
    if (want === undefined) return true;
    return Array.isArray(want) ? want.includes(values[i]) : want === values[i];
  });
}

/** @internal The table: for signature `s`, the slots `slots[start[s]] .. slots[start[s + 1] - 1]`. */
export function factTable(conditions: readonly { readonly cond: ReportFactCondition; readonly slot: number }[]): { start: Int32Array; slots: Int32Array } {
  const start = new Int32Array(SIZE + 1);
  const out: number[] = [];
  const values: unknown[] = new Array<unknown>(NAMES.length);
  for (let s = 0; s < SIZE; s++) {
    start[s] = out.length;
    let rest = s;
    for (let i = NAMES.length - 1; i >= 0; i--) {
      const list = FACTS[NAMES[i] as FactName];
      values[i] = list[rest % list.length];
      rest = Math.floor(rest / list.length);
    }
    for (const { cond, slot } of conditions) if (matches(cond, values)) out.push(slot);
  }
  start[SIZE] = out.length;
  return { start, slots: Int32Array.from(out) };
}
