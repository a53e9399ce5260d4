/**
 * The one duplicate-id rule of the library: within one batch or stream, the first record with an
 * id is kept and every later record with the same id is rejected (`duplicate_id`), naming where
 * the first one was. Every parser, reader, report and the CLI apply it through this module.
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';

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
 * dossiers and 200 MB for five million (a `Map` of the same ids took about 100 bytes each). Ids are compared exactly, character for character (a hash only
 * finds the candidates). Choose `'allow'` to keep memory flat for streams deduplicated upstream.
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

/**
 * @internal An exact set of strings with a position per string, in typed arrays: open addressing
 * (linear probing) over 32-bit FNV-1a hashes; the characters in one arena of bytes (Latin-1 ids one
 * byte per character, others as UTF-16 code units, flagged per entry).
 */
export class CompactIdTable {
  private slots = new Int32Array(1024);
  private mask = 1023;
  private hashes = new Uint32Array(512);
  private starts = new Uint32Array(513);
  private wide = new Uint8Array(512);
  private firstIndex = new Uint32Array(512);
  private firstLine = new Uint32Array(512);
  /** Positions at or past 2^32 - 1 (a stream of billions of records): kept exactly, apart. */
  private readonly far = new Map<number, RecordPosition>();
  private arena = new Uint8Array(8192);
  private used = 0;
  /** The number of distinct strings. */
  size = 0;

  private static hash(id: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  private equals(entry: number, id: string): boolean {
    const from = this.starts[entry] as number;
    const bytes = (this.starts[entry + 1] as number) - from;
    const a = this.arena;
    if (this.wide[entry] === 1) {
      if (bytes !== id.length * 2) return false;
      for (let i = 0; i < id.length; i++) if (((a[from + 2 * i] as number) | ((a[from + 2 * i + 1] as number) << 8)) !== id.charCodeAt(i)) return false;
      return true;
    }
    if (bytes !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (a[from + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** The entry of `id`, or -1. */
  private find(id: string, h: number): number {
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = (this.slots[s] as number) - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.equals(e, id)) return e;
    }
  }

  private grow<T extends Uint8Array | Uint32Array | Float64Array>(a: T, need: number): T {
    if (need <= a.length) return a;
    const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
    b.set(a);
    return b;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let s = (this.hashes[e] as number) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The first position of `id` when it is already in the table; else records it there and returns undefined. */
  addOrGet(id: string, index: number, line: number | undefined): RecordPosition | undefined {
    const h = CompactIdTable.hash(id);
    const e = this.find(id, h);
    if (e >= 0) {
      const far = this.far.get(e);
      if (far !== undefined) return far;
      const l = this.firstLine[e] as number;
      return l === 0 ? { index: this.firstIndex[e] as number } : { index: this.firstIndex[e] as number, line: l };
    }
    const n = this.size;
    this.hashes = this.grow(this.hashes, n + 1);
    this.wide = this.grow(this.wide, n + 1);
    this.firstIndex = this.grow(this.firstIndex, n + 1);
    this.firstLine = this.grow(this.firstLine, n + 1);
    this.starts = this.grow(this.starts, n + 2);
    let narrow = true;
    for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0xff) {
      narrow = false;
      break;
    }
    const bytes = narrow ? id.length : id.length * 2;
    this.arena = this.grow(this.arena, this.used + bytes);
    const a = this.arena;
    const at = this.used;
    if (narrow) for (let i = 0; i < id.length; i++) a[at + i] = id.charCodeAt(i);
    else
      for (let i = 0; i < id.length; i++) {
        const c = id.charCodeAt(i);
        a[at + 2 * i] = c & 0xff;
        a[at + 2 * i + 1] = c >>> 8;
      }
    this.used += bytes;
    this.hashes[n] = h;
    this.wide[n] = narrow ? 0 : 1;
    if (index >= FAR || (line ?? 0) >= FAR) this.far.set(n, line === undefined ? { index } : { index, line });
    else {
      this.firstIndex[n] = index;
      this.firstLine[n] = line ?? 0;
    }
    this.starts[n + 1] = this.used;
    this.size = n + 1;
    // Load factor at most 1/2: probes stay short.
    if (this.size * 2 > this.slots.length) this.rehash();
    else {
      let s = h & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = n + 1;
    }
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
