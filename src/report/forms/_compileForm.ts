/**
 * @internal Compiles a {@link ReportForm} once into numeric slots: the hot path increments a
 * `Float64Array` per row; column ids only appear when the form is compiled and when a row is read.
 * @module
 */
import { raise } from '../../errors/ReformRulesError';
import type { ReportDossierFacts, ReportFactCondition, ReportForm, ReportFormColumn, ReportFormGroup, ReportFormIdentity } from './ReportForm';
import { awaitingValues, checkCondition, factTable, signatureOf } from './_factTable';

type Pick = (facts: ReportDossierFacts) => string | undefined;
type Pred = (facts: ReportDossierFacts) => boolean;
type Value = (facts: ReportDossierFacts) => number | undefined;

/** @internal A compiled form. */
export interface CompiledForm {
  readonly form: ReportForm;
  /** The slot names, in state order (count columns by id; means as `<id>.numerator` / `<id>.denominator`). */
  readonly fields: readonly string[];
  /** Counts one dossier into a row's slots. */
  count(facts: ReportDossierFacts, slots: Float64Array): void;
  /** Whether the form counts dossiers awaiting reception (a condition names an awaiting reception value). */
  readonly countsAwaiting: boolean;
  /** Counts one dossier awaiting reception at `asOf` into a row's slots (only the columns whose condition names its status). */
  countAwaiting(status: 'awaitingInTime' | 'awaitingOverdue', slots: Float64Array): void;
  /** The JSON row of a row's slots (columns in definition order, dotted ids nested). */
  row(key: string | null, name: string, slots: ArrayLike<number>): Record<string, unknown>;
  /** The first identity a row's slots break, if any. */
  broken(slots: ArrayLike<number>): ReportFormIdentity | undefined;
}

function bad(field: string, detail: string, received: unknown): never {
  return raise('invalid_report_form', { field, detail, received });
}

/** @internal Checks the column ids: present, unique, no id a prefix path of another. */
function checkIds(columns: readonly ReportFormColumn[]): Map<string, ReportFormColumn> {
  if (!Array.isArray(columns) || columns.length === 0) bad('form.columns', 'no columns', columns);
  const byId = new Map<string, ReportFormColumn>();
  for (const [i, c] of columns.entries()) {
    if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || c.id === '' || c.id === 'key' || c.id === 'name') bad(`form.columns.${i}.id`, 'a column needs an id other than key or name', c?.id);
    if (byId.has(c.id)) bad(`form.columns.${i}.id`, 'the id repeats', c.id);
    if (!['count', 'sum', 'mean', 'unavailable'].includes(c.kind)) bad(`form.columns.${i}.kind`, 'unknown kind', c.kind);
    byId.set(c.id, c);
  }
  for (const id of byId.keys()) {
    for (const other of byId.keys()) if (other.startsWith(`${id}.`)) bad('form.columns', `'${id}' is both a value and a group of '${other}'`, id);
  }
  return byId;
}

/** @internal Walks the layout: every column exactly once; collects the group classifiers. */
function walkLayout(form: ReportForm, byId: Map<string, ReportFormColumn>): { picks: [Pick, Map<string, string>][]; order: string[] } {
  const order: string[] = [];
  const picks: [Pick, Map<string, string>][] = [];
  const visit = (nodes: readonly (string | ReportFormGroup)[], field: string): void => {
    if (!Array.isArray(nodes) || nodes.length === 0) bad(field, 'an empty group', nodes);
    nodes.forEach((node, i) => {
      if (typeof node === 'string') {
        if (!byId.has(node)) bad(`${field}.${i}`, 'no such column', node);
        if (order.includes(node)) bad(`${field}.${i}`, 'the column is laid out twice', node);
        order.push(node);
        return;
      }
      visit(node.children, `${field}.${i}.children`);
      if (node.classify === undefined) return;
      if (typeof node.classify !== 'function') bad(`${field}.${i}.classify`, 'not a function', node.classify);
      const direct = node.children.filter((c: string | ReportFormGroup): c is string => typeof c === 'string' && byId.get(c)?.kind === 'count');
      picks.push([node.classify, new Map(direct.map((id: string) => [id, id]))]);
    });
  };
  visit(form.layout, 'form.layout');
  const missing = [...byId.keys()].filter((id) => !order.includes(id));
  if (missing.length > 0) bad('form.layout', 'columns missing from the layout', missing);
  return { picks, order };
}

/** @internal The count slots a count or sum column adds up. */
function slotsOf(id: string, byId: Map<string, ReportFormColumn>, slot: Map<string, number>, field: string, seen: string[] = []): number[] {
  const c = byId.get(id);
  if (c === undefined) return bad(field, 'no such column', id);
  if (c.kind === 'count') return [slot.get(id) as number];
  if (c.kind !== 'sum') return bad(field, 'only count and sum columns add up', id);
  if (seen.includes(id)) return bad(field, 'a sum refers to itself', id);
  return c.of.flatMap((x) => slotsOf(x, byId, slot, field, [...seen, id]));
}

function sumOf(slots: readonly number[], c: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < slots.length; i++) s += c[slots[i] as number] as number;
  return s;
}

/** @internal Assigns the slots and builds the hot-path tables. */
function layoutSlots(form: ReportForm) {
  const fields: string[] = [];
  const slot = new Map<string, number>();
  const preds: Pred[] = [];
  const predSlots: number[] = [];
  const conditions: { cond: ReportFactCondition; slot: number }[] = [];
  const means: Value[] = [];
  const meanSlots: number[] = [];
  for (const c of form.columns) {
    if (c.kind === 'count') {
      slot.set(c.id, fields.length);
      if (typeof c.count === 'function') {
        preds.push(c.count);
        predSlots.push(fields.length);
      } else if (c.count !== undefined) {
        checkCondition(c.count, `form.columns.${c.id}.count`);
        conditions.push({ cond: c.count, slot: fields.length });
      }
      fields.push(c.id);
    } else if (c.kind === 'mean') {
      slot.set(c.id, fields.length);
      means.push(c.value);
      meanSlots.push(fields.length);
      fields.push(`${c.id}.numerator`, `${c.id}.denominator`);
    }
  }
  return { fields, slot, preds, predSlots, means, meanSlots, conditions };
}

/** @internal The slots of the columns counting dossiers awaiting reception, per status. */
function awaitingSlots(conditions: readonly { cond: ReportFactCondition; slot: number }[], fields: readonly string[]) {
  const awaiting = { awaitingInTime: [] as number[], awaitingOverdue: [] as number[] };
  for (const { cond, slot: at } of conditions) {
    for (const v of awaitingValues(cond, `form.columns.${fields[at] as string}.count`)) awaiting[v as keyof typeof awaiting].push(at);
  }
  return awaiting;
}

/** @internal Compiles a form (throws `invalid_report_form` on a bad definition). */
export function compileForm(form: ReportForm): CompiledForm {
  if (typeof form !== 'object' || form === null || typeof form.id !== 'string' || form.id === '') return bad('form', 'a form needs an id', form);
  const byId = checkIds(form.columns);
  const { picks } = walkLayout(form, byId);
  const { fields, slot, preds, predSlots, means, meanSlots, conditions } = layoutSlots(form);
  const table = conditions.length === 0 ? undefined : factTable(conditions);
  const pickFns = picks.map(([fn]) => fn);
  // Per group: its count column ids and their slots (a short scan of interned strings beats a Map).
  const pickIds = picks.map(([, ids]) => [...ids.keys()]);
  const pickSlots = pickIds.map((ids) => ids.map((id) => slot.get(id) as number));
  const picked = new Set(picks.flatMap(([, ids]) => [...ids.keys()]));
  for (const c of form.columns) if (c.kind === 'count' && c.count === undefined && !picked.has(c.id)) bad(`form.columns.${c.id}`, 'a count column needs count() or a classifying group', c.id);
  const identities = (form.identities ?? []).map((x, i) => ({
    relation: x.relation === '=' || x.relation === '<=' ? x.relation : bad(`form.identities.${i}.relation`, "expected '=' or '<='", x.relation),
    x,
    left: x.left.flatMap((id) => slotsOf(id, byId, slot, `form.identities.${i}.left`)),
    right: x.right.flatMap((id) => slotsOf(id, byId, slot, `form.identities.${i}.right`)),
  }));
  const values = form.columns.map((c) => ({ c, path: c.id.split('.'), slots: c.kind === 'count' || c.kind === 'sum' ? slotsOf(c.id, byId, slot, `form.columns.${c.id}`) : [] }));
  const nPicks = pickFns.length;
  const awaiting = awaitingSlots(conditions, fields);
  return {
    form,
    fields,
    countsAwaiting: awaiting.awaitingInTime.length + awaiting.awaitingOverdue.length > 0,
    countAwaiting(status, c) {
      for (const s of awaiting[status]) c[s] = (c[s] as number) + 1;
    },
    count(f, c) {
      if (table !== undefined) {
        const sig = signatureOf(f);
        const end = table.start[sig + 1] as number;
        for (let j = table.start[sig] as number; j < end; j++) {
          const s = table.slots[j] as number;
          c[s] = (c[s] as number) + 1;
        }
      }
      for (let i = 0; i < predSlots.length; i++) if ((preds[i] as Pred)(f)) (c[predSlots[i] as number] as number)++;
      for (let i = 0; i < nPicks; i++) {
        const id = (pickFns[i] as Pick)(f);
        if (id === undefined) continue;
        const k = (pickIds[i] as string[]).indexOf(id);
        if (k < 0) bad(`form.layout (${form.id})`, 'a group classify returned an id that is not one of its count columns', id);
        const s = (pickSlots[i] as number[])[k] as number;
        c[s] = (c[s] as number) + 1;
      }
      for (let i = 0; i < meanSlots.length; i++) {
        const v = (means[i] as Value)(f);
        if (v === undefined) continue;
        if (!Number.isFinite(v)) bad(`form.columns (${form.id})`, 'a mean value is not a finite number', v);
        const s = meanSlots[i] as number;
        c[s] = (c[s] as number) + v;
        c[s + 1] = (c[s + 1] as number) + 1;
      }
    },
    row(key, name, c) {
      const out: Record<string, unknown> = { key, name };
      for (const { c: col, path, slots } of values) {
        let at = out;
        for (let i = 0; i < path.length - 1; i++) at = (at[path[i] as string] ??= {}) as Record<string, unknown>;
        const s = slot.get(col.id) as number;
        const v = col.kind === 'mean' ? { numerator: c[s], denominator: c[s + 1] } : col.kind === 'unavailable' ? null : sumOf(slots, c);
        at[path[path.length - 1] as string] = v;
      }
      return out;
    },
    broken(c) {
      for (const { x, left, right } of identities) {
        const l = sumOf(left, c);
        const r = sumOf(right, c);
        if (x.relation === '=' ? l !== r : l > r) return x;
      }
      return undefined;
    },
  };
}
