/**
 * The one duplicate-id rule of the library: within one batch or stream, the first record with an
 * id is kept and every later record with the same id is rejected (`duplicate_id`), naming where
 * the first one was. Every parser, reader, report and the CLI apply it through this module.
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import { StringArena } from '../_lib/stringArena';

/** Where a record was: its 0-based index and, for text inputs, its 1-based line. @category Model */
export interface RecordPosition {
  /** The 0-based position in the input. */
  readonly index: number;
  /** The 1-based line in a text input, when read from one. */
  readonly line?: number | undefined;
}

/**
 * What to do with a repeated id: `'reject'` (the default everywhere: the later record is a rejected
 * record with `duplicate_id`) or `'allow'` (count every record; for streams deduplicated upstream,
 * where keeping every id in memory is not wanted).
 * @category Model
 */
export type DuplicateIdRule = 'reject' | 'allow';

/**
 * Remembers the ids seen so far in one batch or stream.
 * @remarks Memory: each distinct id once, compactly (its characters in one growing byte arena, one
 * byte per character for ids in Latin-1 as national dossier codes are, two otherwise, plus 17 to 25
 * bytes of table and position): about 40 bytes for a 16-character id, so some 40 MB for a million
 * dossiers and 200 MB for five million, up to about twice that just after the tables grow (a `Map`
 * of the same ids took about 100 bytes each). Ids are compared exactly, character for character (a
 * hash only finds the candidates). Past 2^30 distinct ids the check stops with
 * `duplicate_check_limit`. Choose `'allow'` to keep memory flat for streams deduplicated upstream.
 * @category Model
 */
export interface DuplicateIdTracker {
  /** The rule applied. */
  readonly rule: DuplicateIdRule;
  /**
   * Records `id` at `position`; returns the `duplicate_id` issue when the id was seen before under
   * `'reject'` (and then does not record it again), else `undefined`.
   */
  check(id: string, position: RecordPosition, locale: Locale): Issue | undefined;
  /** The number of distinct ids recorded. */
  readonly size: number;
}

const FAR = 0xffffffff;

/** The 32-bit FNV-1a hash of the UTF-16 code units of `id`. */
function fnv1a(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * @internal An exact set of strings with a position per string: open addressing (linear probing)
 * over 32-bit FNV-1a hashes; the strings themselves in a {@link StringArena}, compared in place.
 */
export class CompactIdTable {
  private readonly ids: StringArena;
  private slots = new Int32Array(1024);
  private mask = 1023;
  private hashes = new Uint32Array(512);
  private firstIndex = new Uint32Array(512);
  private firstLine = new Uint32Array(512);
  /** Positions at or past 2^32 - 1 (a stream of billions of records): kept exactly, apart. */
  private readonly far = new Map<number, RecordPosition>();

  /** @param maxIds - The most distinct ids (the arena's limit; lower only in tests). */
  constructor(maxIds?: number) {
    this.ids = new StringArena(
      (what, maximum, received) => raise('duplicate_check_limit', { field: 'id', maximum, what, received }),
      maxIds,
    );
  }

  /** The number of distinct strings. */
  get size(): number {
    return this.ids.size;
  }

  /** The entry of `id`, or -1. */
  private find(id: string, h: number): number {
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = (this.slots[s] as number) - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.ids.equals(e, id)) return e;
    }
  }

  private place(e: number, h: number): void {
    let s = h & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    this.slots[s] = e + 1;
  }

  private grow(n: number): void {
    const to = this.hashes.length * 2;
    for (const key of ['hashes', 'firstIndex', 'firstLine'] as const) {
      const next = new Uint32Array(to);
      next.set(this[key]);
      this[key] = next;
    }
    this.slots = new Int32Array(to * 2);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < n; e++) this.place(e, this.hashes[e] as number);
  }

  /** The first position of `id` when it is already in the table; else records it there and returns undefined. */
  addOrGet(id: string, index: number, line: number | undefined): RecordPosition | undefined {
    const h = fnv1a(id);
    const e = this.find(id, h);
    if (e >= 0) {
      const far = this.far.get(e);
      if (far !== undefined) return far;
      const l = this.firstLine[e] as number;
      return { index: this.firstIndex[e] as number, line: l === 0 ? undefined : l };
    }
    const n = this.ids.push(id);
    // The slots are twice the entries' room (load at most 1/2): both double together.
    if (n >= this.hashes.length) this.grow(n);
    this.hashes[n] = h;
    if (index >= FAR || (line ?? 0) >= FAR) this.far.set(n, { index, line });
    else {
      this.firstIndex[n] = index;
      this.firstLine[n] = line ?? 0;
    }
    this.place(n, h);
    return undefined;
  }
}

/**
 * Creates the tracker of {@link DuplicateIdRule}.
 * @param rule - `'reject'` (default) or `'allow'`.
 * @returns A tracker for one batch or stream.
 * @example
 * ```ts
 * import { createDuplicateIdTracker } from 'reform-rules';
 * const t = createDuplicateIdTracker();
 * t.check('HS-1', { index: 0 }, 'en'); // => undefined
 * t.check('HS-1', { index: 1 }, 'en')?.code; // => 'duplicate_id'
 * ```
 * @category Model
 */
export function createDuplicateIdTracker(rule: DuplicateIdRule = 'reject'): DuplicateIdTracker {
  const seen = new CompactIdTable();
  return {
    rule,
    get size() {
      return seen.size;
    },
    check(id, position, locale) {
      if (rule === 'allow') return undefined;
      const first = seen.addOrGet(id, position.index, position.line);
      if (first === undefined) return undefined;
      const params = { field: 'id', received: id, firstIndex: first.index, firstLine: first.line };
      return createIssue('duplicate_id', [position.index, 'id'], params, locale);
    },
  };
}
