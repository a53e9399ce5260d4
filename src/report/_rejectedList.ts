/**
 * @internal The rejected records of a report in bounded memory: the first `maxRejected` by position
 * (index, then line, then content), and the exact totals of all of them (how many, and how many per
 * first issue code).
 * @module
 */
import { raise } from '../errors/ReformRulesError';
import type { RejectedDossier } from './types/ResolutionReport';

/** @internal The default of `maxRejected`: how many rejected records a report lists. */
export const DEFAULT_MAX_REJECTED = 1000;

/** @internal Reads the `maxRejected` option: a whole number at least 0, or `Infinity`; default {@link DEFAULT_MAX_REJECTED}. */
export function readMaxRejected(value: unknown, field = 'maxRejected'): number {
  if (value === undefined) return DEFAULT_MAX_REJECTED;
  if (value === Number.POSITIVE_INFINITY) return value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return raise('not_integer', { field, received: value });
  if (value < 0) raise('out_of_range', { field, minimum: 0, maximum: 'Infinity', received: value });
  return value;
}

/** @internal By position; records of different shards at one position (each read from 0) by line, then content, so merging commutes. */
export function compareRejected(a: RejectedDossier, b: RejectedDossier): number {
  if (a.index !== b.index) return a.index - b.index;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** @internal The code a rejected record is counted under: its first issue's. */
export function firstCode(r: { readonly issues: readonly { readonly code: string }[] }): string {
  return r.issues[0]?.code ?? '';
}

/** @internal Counts per code as a plain object, by code (deterministic; `__proto__` stays an own key). */
export function countsObject(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** @internal The bounded list and the exact totals. */
export interface RejectedList {
  /** Counts a rejected record at `index` (`line`) under `code`; `make` builds its entry, called only when it may be kept. */
  add(index: number, line: number | undefined, code: string, make: () => RejectedDossier): void;
  /** Keeps an entry (already counted elsewhere: a merged state's), if it is among the first. */
  keep(entry: RejectedDossier): void;
  /** Adds totals counted elsewhere. */
  count(total: number, byCode: Readonly<Record<string, number>>): void;
  /** Lowers the bound (a merged list cut at `n` entries: only the first `n` of the union are known). */
  lower(n: number): void;
  /** The kept entries, by position. */
  list(): RejectedDossier[];
  /** How many were rejected in all. */
  total(): number;
  /** How many per first issue code, by code. */
  byCode(): Record<string, number>;
  /** The bound now (`Infinity`: none). */
  bound(): number;
}

/** @internal An empty list keeping at most `max` entries (`Infinity`: all). */
export function createRejectedList(max: number): RejectedList {
  let bound = max;
  let kept: RejectedDossier[] = [];
  // When set, `bound` kept entries compare at most equal to it: a later entry not before it is dropped.
  let last: RejectedDossier | undefined;
  let total = 0;
  const codes = new Map<string, number>();
  const compact = (): void => {
    kept.sort(compareRejected);
    if (kept.length > bound) kept = kept.slice(0, bound);
    last = kept.length === bound && bound > 0 ? kept[bound - 1] : undefined;
  };
  const push = (entry: RejectedDossier): void => {
    if (last !== undefined && compareRejected(entry, last) >= 0) return;
    kept.push(entry);
    // Sorted and cut when the bound is reached, then each time it is exceeded twofold: at most 2 × bound entries.
    if (kept.length >= (last === undefined ? bound : 2 * bound)) compact();
  };
  return {
    add(index, line, code, make) {
      total++;
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (bound === 0 || (last !== undefined && (index > last.index || (index === last.index && (line ?? 0) > (last.line ?? 0))))) return;
      push(make());
    },
    keep(entry) {
      if (bound > 0) push(entry);
    },
    count(n, byCode) {
      total += n;
      for (const [code, k] of Object.entries(byCode)) codes.set(code, (codes.get(code) ?? 0) + k);
    },
    lower(n) {
      if (n >= bound) return;
      bound = n;
      compact();
    },
    list() {
      compact();
      return [...kept];
    },
    total: () => total,
    byCode: () => countsObject(codes),
    bound: () => bound,
  };
}

/** @internal How many records a report rejected: its `rejectedCount`, or for a report written before it existed (which listed every one) its list's length. */
export function rejectedCountOf(report: { readonly rejected: readonly unknown[]; readonly rejectedCount?: number }): number {
  return report.rejectedCount ?? report.rejected.length;
}
