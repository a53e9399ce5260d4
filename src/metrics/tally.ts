import type { Result } from '../errors/Issue';
import { guardShape } from '../errors/args';
import { raise } from '../errors/ReformRulesError';
import type { DossierEvaluation } from '../dossier/DossierEvaluation';

/**
 * Whole counts of dossiers under one key (an official, a department, a procedure, a channel...).
 *
 * @remarks Identities: `dossiers = early + onTime + late + lateByOthers + pendingWithin +
 * pendingOverdue + pendingOverdueByOthers`, and the ended ones (`early + onTime + late +
 * lateByOthers`) equal `processed + returned + stopped + rejected + withdrawn`. For an official or
 * a department, `dossiers` counts every dossier they took part in (a step, or responsible), `late`
 * those whose delay is attributed to them and `lateByOthers` the late ones attributed elsewhere;
 * for other keys the `...ByOthers` counts stay 0.
 * @example
 * ```ts
 * import { emptyTally } from 'reform-rules';
 * const t = { ...emptyTally(), dossiers: 10, onTime: 9, late: 1, processed: 10 };
 * ```
 * @category Metrics
 */
export interface Tally {
  /** Dossiers counted under the key. */
  readonly dossiers: number;
  /** Ended on a calendar day before the due day (trước hạn). */
  readonly early: number;
  /** Ended on the due day, not after the due time (đúng hạn). */
  readonly onTime: number;
  /** Ended late (quá hạn), with the delay attributed to this key. */
  readonly late: number;
  /** Ended late with the delay attributed to someone else (official and department keys only). */
  readonly lateByOthers: number;
  /** Not ended at `asOf`, within the deadline (đang giải quyết trong hạn). */
  readonly pendingWithin: number;
  /** Not ended at `asOf`, overdue (đang giải quyết quá hạn), attributed to this key. */
  readonly pendingOverdue: number;
  /** Not ended at `asOf`, overdue, attributed to someone else (official and department keys only). */
  readonly pendingOverdueByOthers: number;
  /** Ended by 'processed' (đã xử lý xong). */
  readonly processed: number;
  /** Ended by 'returned' (đã trả kết quả). */
  readonly returned: number;
  /** Ended by 'stopped' (dừng giải quyết). */
  readonly stopped: number;
  /** Ended by 'rejected' (từ chối). */
  readonly rejected: number;
  /** Ended by 'withdrawn' (rút hồ sơ). */
  readonly withdrawn: number;
  /** Dossiers with an apology letter (phiếu xin lỗi). */
  readonly apologies: number;
  /** Dossiers that received at least one supplementation request. */
  readonly supplemented: number;
  /** Supplementation requests in all. */
  readonly supplementRequests: number;
}

/** @internal The names of a tally's counts, in declaration order. */
export const TALLY_FIELDS = [
  'dossiers',
  'early',
  'onTime',
  'late',
  'lateByOthers',
  'pendingWithin',
  'pendingOverdue',
  'pendingOverdueByOthers',
  'processed',
  'returned',
  'stopped',
  'rejected',
  'withdrawn',
  'apologies',
  'supplemented',
  'supplementRequests',
] as const satisfies readonly (keyof Tally)[];

type MutableTally = { -readonly [K in keyof Tally]: number };

/**
 * How to group dossiers: by responsible/participating `'department'` or `'official'` (with delay
 * attribution), by `'procedure'` or `'channel'`, or by a function returning one key, several keys
 * or none (`undefined`) for each evaluation.
 * @example
 * ```ts
 * import type { TallyBy } from 'reform-rules';
 * const byField: TallyBy = (e) => fieldOf.get(e.procedureId);
 * ```
 * @category Metrics
 */
export type TallyBy =
  | 'department'
  | 'official'
  | 'procedure'
  | 'channel'
  | ((evaluation: DossierEvaluation) => string | readonly string[] | undefined);

/**
 * Options of {@link tallyDossiers}.
 * @example
 * ```ts
 * import type { TallyOptions } from 'reform-rules';
 * const options: TallyOptions = { by: 'official' };
 * ```
 * @category Metrics
 */
export interface TallyOptions {
  /** The grouping key. */
  readonly by: TallyBy;
}

/**
 * Tallies per key, plus the number of inputs that were failed results (issues) and so were
 * counted under no key: nothing is dropped silently.
 * @example
 * ```ts
 * import type { DossierTallies } from 'reform-rules';
 * const empty: DossierTallies = { byKey: new Map(), unevaluated: 0 };
 * ```
 * @category Metrics
 */
export interface DossierTallies {
  /** The tally of each key. */
  readonly byKey: ReadonlyMap<string, Tally>;
  /** Inputs that were `{ ok: false }` results. */
  readonly unevaluated: number;
}

/**
 * A tally with every count at 0.
 * @returns A new zero tally.
 * @example
 * ```ts
 * import { emptyTally } from 'reform-rules';
 * emptyTally().dossiers; // => 0
 * ```
 * @category Metrics
 */
export function emptyTally(): Tally {
  return {
    dossiers: 0,
    early: 0,
    onTime: 0,
    late: 0,
    lateByOthers: 0,
    pendingWithin: 0,
    pendingOverdue: 0,
    pendingOverdueByOthers: 0,
    processed: 0,
    returned: 0,
    stopped: 0,
    rejected: 0,
    withdrawn: 0,
    apologies: 0,
    supplemented: 0,
    supplementRequests: 0,
  };
}

function assertTallies(value: unknown, field: string): void {
  const v = value as { byKey?: unknown; unevaluated?: unknown } | null;
  if (typeof v !== 'object' || v === null || !(v.byKey instanceof Map)) raise('invalid_tally', { field: `${field}.byKey`, received: value });
  const u = v.unevaluated;
  if (typeof u !== 'number' || !Number.isSafeInteger(u) || u < 0) raise('invalid_tally', { field: `${field}.unevaluated`, received: u });
}

function assertTally(value: unknown, field: string): asserts value is Tally {
  const t = value as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null) raise('invalid_tally', { field, received: value });
  for (const name of TALLY_FIELDS) {
    const n = t[name];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) raise('invalid_tally', { field: `${field}.${name}`, received: n });
  }
}

/**
 * Adds two tallies count by count (associative and commutative, {@link emptyTally} is neutral).
 * @param a - The first tally.
 * @param b - The second tally.
 * @returns A new tally with each count summed.
 * @throws {@link ReformRulesError} (code `invalid_tally`) When a count is missing, negative or fractional.
 * @example
 * ```ts
 * import { addTallies, emptyTally } from 'reform-rules';
 * addTallies({ ...emptyTally(), dossiers: 2, late: 1 }, { ...emptyTally(), dossiers: 3 }).dossiers; // => 5
 * ```
 * @category Metrics
 */
export function addTallies(a: Tally, b: Tally): Tally {
  assertTally(a, 'a');
  assertTally(b, 'b');
  const out = emptyTally() as MutableTally;
  for (const name of TALLY_FIELDS) out[name] = a[name] + b[name];
  return out;
}

/**
 * Merges two sets of tallies (from shards, months, or parts of a stream) key by key. Associative
 * and commutative: tallying any split of the data and merging equals tallying the whole.
 * @param a - The first tallies.
 * @param b - The second tallies.
 * @returns New tallies: per key the sum, and the sum of `unevaluated`.
 * @throws {@link ReformRulesError} (code `invalid_tally`) When a tally has a count that is not a whole number at least 0.
 * @example
 * ```ts
 * import { mergeTallies, tallyDossiers } from 'reform-rules';
 * const whole = mergeTallies(tallyDossiers(january, { by: 'department' }), tallyDossiers(february, { by: 'department' }));
 * whole.byKey.get('P-DT')?.dossiers; // => 42
 * ```
 * @category Metrics
 */
export function mergeTallies(a: DossierTallies, b: DossierTallies): DossierTallies {
  assertTallies(a, 'a');
  assertTallies(b, 'b');
  const byKey = new Map<string, Tally>();
  for (const [key, t] of a.byKey) {
    assertTally(t, `a.byKey.${key}`);
    byKey.set(key, t);
  }
  for (const [key, t] of b.byKey) {
    const existing = byKey.get(key);
    byKey.set(key, existing === undefined ? addTallies(emptyTally(), t) : addTallies(existing, t));
  }
  return { byKey, unevaluated: a.unevaluated + b.unevaluated };
}

/** @internal Adds one evaluation to a mutable tally; `attributed` says whether a delay counts against this key. */
function count(t: MutableTally, e: DossierEvaluation, attributed: boolean): void {
  t.dossiers++;
  switch (e.outcome) {
    case 'early':
      t.early++;
      break;
    case 'onTime':
      t.onTime++;
      break;
    case 'late':
      if (attributed) t.late++;
      else t.lateByOthers++;
      break;
    case 'pendingWithin':
      t.pendingWithin++;
      break;
    case 'pendingOverdue':
      if (attributed) t.pendingOverdue++;
      else t.pendingOverdueByOthers++;
      break;
  }
  switch (e.endKind) {
    case 'processed':
      t.processed++;
      break;
    case 'returned':
      t.returned++;
      break;
    case 'stopped':
      t.stopped++;
      break;
    case 'rejected':
      t.rejected++;
      break;
    case 'withdrawn':
      t.withdrawn++;
      break;
    case undefined:
      break;
  }
  if (e.apology) t.apologies++;
  if (e.supplementRequests > 0) {
    t.supplemented++;
    t.supplementRequests += e.supplementRequests;
  }
}

function slot(byKey: Map<string, MutableTally>, key: string): MutableTally {
  let t = byKey.get(key);
  if (t === undefined) {
    t = emptyTally() as MutableTally;
    byKey.set(key, t);
  }
  return t;
}

function attributedToOfficial(e: DossierEvaluation, id: string): boolean {
  const a = e.attribution;
  for (let i = 0; i < a.length; i++) if (a[i]?.officialId === id) return true;
  return false;
}

function attributedToDepartment(e: DossierEvaluation, id: string): boolean {
  const a = e.attribution;
  for (let i = 0; i < a.length; i++) if (a[i]?.departmentId === id) return true;
  return false;
}

function checkEvaluationItem(item: unknown, i: number): void {
  const o = item as { ok?: unknown; value?: unknown; participants?: unknown } | null;
  const e = typeof o === 'object' && o !== null && 'ok' in o ? (o.ok === false ? {} : o.value) : o;
  const p = (e as { participants?: { departmentIds?: unknown; officialIds?: unknown } } | null)?.participants;
  if (typeof o !== 'object' || o === null || (o.ok !== false && (typeof p !== 'object' || p === null || !Array.isArray(p.departmentIds) || !Array.isArray(p.officialIds)))) {
    raise('invalid_type', { field: `evaluations[${i}]`, expected: 'an evaluation or a result of evaluateDossier()', received: item });
  }
}

/**
 * Counts evaluated dossiers per key: outcomes, end kinds, apologies and supplementation, as whole
 * numbers. Streams: the input is read once and only the tallies are kept, so memory stays flat
 * however many evaluations pass through.
 *
 * @remarks `by: 'official'` and `by: 'department'` count, for each official/department, every
 * dossier they took part in (any step, or responsible) and, as `late` / `pendingOverdue`, only
 * those whose delay is attributed to them (the rest go to `lateByOthers` /
 * `pendingOverdueByOthers`). Failed results (`{ ok: false }`) are counted in `unevaluated`. Read
 * rates with {@link onTimeRate} and {@link lateRate}; combine shards with {@link mergeTallies}.
 * @param evaluations - Evaluations, or the results of {@link evaluateDossier} / {@link evaluateDossiers}.
 * @param options - The grouping key.
 * @returns The tallies per key and the count of unevaluated inputs.
 * @throws {@link ReformRulesError} (code `invalid_tally_key`) When `by` is not a known key or a function.
 * @example
 * ```ts
 * import { createCalendar, evaluateDossiers, tallyDossiers } from 'reform-rules';
 * const results = evaluateDossiers(dossiers, { calendar: createCalendar(), asOf: '2025-12-14T17:00:00+07:00' });
 * const t = tallyDossiers(results, { by: 'official' });
 * t.byKey.get('CB-07')?.late; // => 2
 * ```
 * @category Metrics
 */
export function tallyDossiers(
  evaluations: Iterable<DossierEvaluation | Result<DossierEvaluation>>,
  options: TallyOptions,
): DossierTallies {
  return guardShape('evaluations', 'evaluations from evaluateDossiers()', undefined, () => {
    const by = (options as TallyOptions | undefined)?.by;
    if (typeof by !== 'function' && by !== 'department' && by !== 'official' && by !== 'procedure' && by !== 'channel') {
      raise('invalid_tally_key', { field: 'by', received: by });
    }
    const byKey = new Map<string, MutableTally>();
    let unevaluated = 0;
    if (typeof evaluations !== 'object' || evaluations === null || typeof (evaluations as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
      raise('invalid_type', { field: 'evaluations', expected: 'an iterable of evaluations', received: evaluations });
    }
    let position = 0;
    for (const item of evaluations) {
      let e: DossierEvaluation;
      checkEvaluationItem(item, position++);
      if ('ok' in item) {
        if (!item.ok) {
          unevaluated++;
          continue;
        }
        e = item.value;
      } else {
        e = item;
      }
      const late = e.outcome === 'late' || e.outcome === 'pendingOverdue';
      switch (by) {
        case 'department': {
          const ids = e.participants.departmentIds;
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i] as string;
            count(slot(byKey, id), e, late && attributedToDepartment(e, id));
          }
          break;
        }
        case 'official': {
          const ids = e.participants.officialIds;
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i] as string;
            count(slot(byKey, id), e, late && attributedToOfficial(e, id));
          }
          break;
        }
        case 'procedure':
          count(slot(byKey, e.procedureId), e, true);
          break;
        case 'channel':
          count(slot(byKey, e.channel), e, true);
          break;
        default: {
          const keys = by(e);
          if (keys === undefined) break;
          if (typeof keys === 'string') {
            count(slot(byKey, keys), e, true);
          } else {
            const seen = new Set<string>();
            for (const key of keys) {
              if (seen.has(key)) continue;
              seen.add(key);
              count(slot(byKey, key), e, true);
            }
          }
        }
      }
    }
    return { byKey, unevaluated };
  });
}
