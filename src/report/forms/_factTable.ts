/**
 * @internal The declarative conditions of a form ({@link ReportFactCondition}) compiled into one
 * table: every combination of the discrete facts (channel, online level, new or carried over,
 * outcome, end kind, apology, same day, reception; 17,280 in all) maps to the slots it increments, so
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
  reception: ['none', 'unknown', 'inTime', 'late', 'awaitingInTime', 'awaitingOverdue'],
} as const;
type FactName = keyof typeof FACTS;
const NAMES = Object.keys(FACTS) as FactName[];
const SIZE = NAMES.reduce((n, k) => n * FACTS[k].length, 1);

/** @internal The signature of a dossier's facts (an index below 17,280). */
export function signatureOf(f: ReportDossierFacts): number {
  const ch = f.channel === 'online' ? 1 : f.channel === 'postal' ? 2 : f.channel === 'unknown' ? 3 : 0;
  const lv = f.onlineLevel === 'full' ? 1 : f.onlineLevel === 'partial' ? 2 : 0;
  const o = f.outcome;
  const oc = o === 'early' ? 0 : o === 'onTime' ? 1 : o === 'late' ? 2 : o === 'pendingWithin' ? 3 : 4;
  const e = f.endKind;
  const ek = e === undefined ? 0 : e === 'processed' ? 1 : e === 'returned' ? 2 : e === 'stopped' ? 3 : e === 'rejected' ? 4 : 5;
  const r = f.reception;
  const rc = r === 'none' ? 0 : r === 'unknown' ? 1 : r === 'inTime' ? 2 : r === 'late' ? 3 : r === 'awaitingInTime' ? 4 : 5;
  return (((((((ch * 3 + lv) * 2 + (f.receivedInPeriod ? 1 : 0)) * 5 + oc) * 6 + ek) * 2 + (f.apology ? 1 : 0)) * 2 + (f.sameDay ? 1 : 0)) * 6) + rc;
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

/** @internal The table: for signature `s`, the slots `slots[start[s]] .. slots[start[s + 1] - 1]`. */
export function factTable(conditions: readonly { readonly cond: ReportFactCondition; readonly slot: number }[]): { start: Int32Array; slots: Int32Array } {
  // Per condition, per fact value (facts in signature order): 1 when the condition accepts it.
  const lengths = NAMES.map((name) => FACTS[name].length);
  const offsets = lengths.map((_, i) => lengths.slice(0, i).reduce((a, b) => a + b, 0));
  const width = lengths.reduce((a, b) => a + b, 0);
  const accepts = new Uint8Array(conditions.length * width);
  conditions.forEach(({ cond }, k) => {
    NAMES.forEach((name, i) => {
      const want = (cond as Record<string, unknown>)[name];
      FACTS[name].forEach((v: unknown, j: number) => {
        accepts[k * width + (offsets[i] as number) + j] = want === undefined || (Array.isArray(want) ? want.includes(v) : want === v) ? 1 : 0;
      });
    });
  });
  const start = new Int32Array(SIZE + 1);
  const out: number[] = [];
  const at = new Int32Array(NAMES.length); // the signature's value of each fact, as its index in `accepts`
  for (let i = 0; i < at.length; i++) at[i] = offsets[i] as number;
  const last = NAMES.length - 1;
  for (let s = 0; s < SIZE; s++) {
    start[s] = out.length;
    for (let k = 0; k < conditions.length; k++) {
      const base = k * width;
      let i = 0;
      while (i <= last && accepts[base + (at[i] as number)] === 1) i++;
      if (i > last) out.push((conditions[k] as { slot: number }).slot);
    }
    // Next signature: an odometer over the facts, the last fact turning fastest.
    for (let i = last; i >= 0; i--) {
      const next = (at[i] as number) + 1;
      if (next < (offsets[i] as number) + (lengths[i] as number)) {
        at[i] = next;
        break;
      }
      at[i] = offsets[i] as number;
    }
  }
  start[SIZE] = out.length;
  return { start, slots: Int32Array.from(out) };
}

const AWAITING = ['awaitingInTime', 'awaitingOverdue'];

/**
 * @internal Whether a condition counts dossiers awaiting reception (names an awaiting value);
 * such a condition may name nothing but `reception` and `channel: 'online'` (throws `invalid_report_form`).
 */
export function awaitingValues(cond: ReportFactCondition, field: string): readonly string[] {
  const r = cond.reception;
  const values = r === undefined ? [] : Array.isArray(r) ? (r as readonly string[]) : [r as string];
  const awaiting = values.filter((v) => AWAITING.includes(v));
  if (awaiting.length === 0) return awaiting;
  for (const [name, value] of Object.entries(cond)) {
    if (name === 'reception' || value === undefined) continue;
    const online = name === 'channel' && (Array.isArray(value) ? value.includes('online') : value === 'online');
    if (!online) raise('invalid_report_form', { field: `${field}.${name}`, detail: "a condition on dossiers awaiting reception names only reception and channel 'online'", received: value });
  }
  return awaiting;
}
