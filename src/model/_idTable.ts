/**
 * The exact set of ids behind every duplicate-id check, kept small enough for streams of millions
 * of records (issue 18: a report's peak memory).
 *
 * - **Ids, front-coded.** Ids are appended in arrival order to pages of bytes (4 KiB growing to
 *   1 MiB, never copied). Within a block of 16 consecutive entries each id stores only what differs
 *   from the id before it: the length of the shared prefix, then the rest (one byte per character
 *   when the rest is Latin-1, two otherwise, so lone surrogates come back exactly). National dossier
 *   codes share most of their characters with the previous one: a 16-character id costs 4-7 bytes.
 * - **Positions, as deltas.** The first record's index is stored as the difference from the entry
 *   before it in the block, and its line as the difference from its index (varints; usually one
 *   byte each). A position that is not a safe integer below 2^50 is kept apart, exactly.
 * - **One table of slots.** A slot is one 32-bit word: the entry number in its low `bits`, then how
 *   far the entry moved from its home slot (3 bits), then as many of the hash's higher bits as fit,
 *   as a fingerprint (open addressing, linear probing, load at most 3/4). A probe decodes an
 *   entry's block only when the fingerprint matches, and then compares the id character for
 *   character: the hash only finds candidates. Home and fingerprint give back the hash bits that
 *   growing needs, so no hash is stored.
 *
 * Measured at 5,000,000 distinct ids: 12-15 bytes per id (5-8 in pages for the benches' sequential
 * ids, 6.7 in slots), against 40-67 for the arena of whole ids with stored hashes and positions it
 * replaced (peak RSS of a 5,000,000-line JSON Lines report: 419-487 MB before, 171-187 MB after).
 * @internal
 * @module
 */
import { raise } from '../errors/ReformRulesError';

/** Where a record was (the shape of `RecordPosition`, kept here so the two files do not import each other). */
interface Position {
  readonly index: number;
  readonly line?: number | undefined;
}

/** Entries per block: a probe that matches decodes at most this many entries. */
const BLOCK_SHIFT = 4;
const BLOCK = 1 << BLOCK_SHIFT;
const FIRST_PAGE = 1 << 12;
const MAX_PAGE = 1 << 20;
const MIN_BITS = 10;
const MAX_LOAD = 0.75;
/** Bits of a slot that say how far its entry sits from its home slot; {@link FAR} means that far or farther. */
const MOVED_BITS = 3;
const FAR = (1 << MOVED_BITS) - 1;
/**
 * The most distinct ids: the slots then have `bits` at most 29, and every growth (up to 29) still
 * finds the new home's bit in the fingerprint.
 */
const MAX_IDS = 2 ** 28;
/**
 * An entry's first byte: `1 + prefix * SHORT_REST + rest` when a Latin-1 rest is short (at most
 * 217, never 0: the zeros of a page's unused tail are never an entry), else {@link LONG} and two
 * varints (the prefix, then twice the rest's length plus 1 when it is stored as UTF-16).
 */
const SHORT_PREFIX = 31;
const SHORT_REST = 7;
const LONG = 1 + SHORT_PREFIX * SHORT_REST;
/** The position's first byte: kept apart; the next index with the same line offset; the next index without a line; deltas follow. */
const APART = 0;
const NEXT_WITH_LINE = 1;
const NEXT_NO_LINE = 2;
const DELTAS = 3;
/** Positions are delta-coded only below this (so every zigzag code is a safe integer). */
const SAFE = 2 ** 50;

/** The 32-bit FNV-1a hash of the UTF-16 code units `u[0, length)`. */
function fnv1a(u: Uint16Array, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ (u[i] as number), 0x01000193);
  return h >>> 0;
}

const zigzag = (d: number): number => (d >= 0 ? 2 * d : -2 * d - 1);
const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
const codable = (x: number): boolean => Number.isSafeInteger(x) && Math.abs(x) < SAFE;

/** What a decoding walk leaves behind for the entry it stopped at. */
interface Cursor {
  page: number;
  at: number;
  /** The entry's id as UTF-16 code units in `units[0, length)`. */
  length: number;
  /** Its index and line (of the last entry not kept apart); `offset` is that line minus that index. */
  index: number;
  line: number | undefined;
  offset: number;
}

/** @internal See the module comment. */
export class CompactIdTable {
  private readonly pages: Uint8Array[] = [new Uint8Array(FIRST_PAGE)];
  private at = 0;
  /** Where block b starts: its page at 2b, its byte in that page at 2b + 1. */
  private blocks = new Uint32Array(128);
  private n = 0;
  /** The id being added and the one added before it, as code units (read once from the string: an id is often a slice of a larger text, slow to read character by character). */
  private id = new Uint16Array(64);
  private previous = new Uint16Array(64);
  private previousLength = 0;
  private previousIndex = 0;
  private previousOffset = 1;
  private bits = MIN_BITS;
  /** The mask of a slot's fingerprint: the hash's bits above `bits`, as many as the slot has room for. */
  private fingerprints = 2 ** (32 - MIN_BITS - MOVED_BITS) - 1;
  private slots = new Uint32Array(1 << MIN_BITS);
  private units = new Uint16Array(64);
  private readonly apart = new Map<number, Position>();
  private readonly cursor: Cursor = { page: 0, at: 0, length: 0, index: 0, line: undefined, offset: 1 };

  /**
   * @param maxIds - The most distinct ids (2^28; lower only in tests).
   * @param maxPage - The largest page in bytes (1 MiB; lower only in tests, to cross pages often).
   */
  constructor(
    private readonly maxIds = MAX_IDS,
    private readonly maxPage = MAX_PAGE,
  ) {}

  /** The number of distinct ids. */
  get size(): number {
    return this.n;
  }

  /** The first position of `id` when it is already in the table; else records it there and returns undefined. */
  addOrGet(id: string, index: number, line: number | undefined): Position | undefined {
    if (id.length > this.id.length) this.id = new Uint16Array(2 * id.length);
    const u = this.id;
    for (let i = 0; i < id.length; i++) u[i] = id.charCodeAt(i);
    const h = fnv1a(u, id.length);
    // Room first (growing changes no answer), so that the free slot the search ends at is where a new id goes.
    if (this.n + 1 > MAX_LOAD * this.slots.length) this.grow();
    const e = this.find(id, h);
    if (e >= 0) return this.position(e);
    if (this.n >= this.maxIds) raise('duplicate_check_limit', { field: 'id', maximum: this.maxIds, received: this.n + 1 });
    this.append(id, index, line);
    const moved = (this.free - (h & (this.slots.length - 1))) & (this.slots.length - 1);
    this.slots[this.free] = ((((h >>> this.bits) & this.fingerprints) << (this.bits + MOVED_BITS)) | ((moved < FAR ? moved : FAR) << this.bits) | (this.n + 1)) >>> 0;
    this.n += 1;
    return undefined;
  }

  /** The free slot {@link find} ended at, when it found nothing. */
  private free = 0;

  /** The entry holding `id`, or -1 (the free slot the search ended at in {@link free}). */
  private find(id: string, h: number): number {
    const bits = this.bits;
    const mask = this.slots.length - 1;
    const shift = bits + MOVED_BITS;
    const fingerprints = this.fingerprints;
    const fingerprint = (h >>> bits) & fingerprints;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s] as number;
      if (v === 0) {
        this.free = s;
        return -1;
      }
      // A shift of 32 is no shift in JavaScript: the mask (then 0) keeps the comparison right.
      const e = (v & mask) - 1;
      if (((v >>> shift) & fingerprints) === fingerprint && this.matches(e, id)) return e;
    }
  }

  /** Places entry `e` by its hash. */
  private placeHash(e: number, h: number): void {
    this.place(e, h & (this.slots.length - 1), (h >>> this.bits) & this.fingerprints);
  }

  /** Places entry `e` from slot `home` on, with the fingerprint of the current `bits`. */
  private place(e: number, home: number, fingerprint: number): void {
    const mask = this.slots.length - 1;
    let s = home;
    let moved = 0;
    while (this.slots[s] !== 0) {
      s = (s + 1) & mask;
      moved += 1;
    }
    this.slots[s] = ((fingerprint << (this.bits + MOVED_BITS)) | ((moved < FAR ? moved : FAR) << this.bits) | (e + 1)) >>> 0;
  }

  /**
   * Doubles the slots and places every entry again, in slot order (so the new table is written
   * almost in order). An entry's home is its slot less how far it moved; the new home's extra bit
   * is the fingerprint's lowest, and the fingerprint loses that bit. Only an entry that moved
   * {@link FAR} slots or more has its hash recomputed from the pages.
   */
  private grow(): void {
    const { slots, bits, fingerprints } = this;
    const mask = slots.length - 1;
    const shift = bits + MOVED_BITS;
    this.bits = bits + 1;
    this.slots = new Uint32Array(2 ** this.bits);
    this.fingerprints = 2 ** (32 - this.bits - MOVED_BITS) - 1;
    for (let s = 0; s < slots.length; s++) {
      const v = slots[s] as number;
      if (v === 0) continue;
      const e = (v & mask) - 1;
      const moved = (v >>> bits) & FAR;
      if (moved < FAR) {
        const fingerprint = (v >>> shift) & fingerprints;
        this.place(e, ((s - moved) & mask) + (fingerprint & 1) * (mask + 1), fingerprint >>> 1);
      } else {
        this.placeHash(e, this.rehash(e));
      }
    }
  }

  /** The hash of entry `e`, from its decoded characters. */
  private rehash(e: number): number {
    this.decode(e);
    const u = this.units;
    let h = 0x811c9dc5;
    for (let i = 0; i < this.cursor.length; i++) h = Math.imul(h ^ (u[i] as number), 0x01000193);
    return h >>> 0;
  }

  /** Whether entry `e` is `id`, character for character. */
  private matches(e: number, id: string): boolean {
    this.decode(e);
    const length = this.cursor.length;
    if (length !== id.length) return false;
    const u = this.units;
    for (let i = 0; i < length; i++) if (u[i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private position(e: number): Position {
    const kept = this.apart.get(e);
    if (kept !== undefined) return kept;
    this.decode(e);
    const { index, line } = this.cursor;
    return { index, line };
  }

  /** Walks entry `e`'s block from its start through `e`: the cursor then describes `e`. */
  private decode(e: number): void {
    const b = e >>> BLOCK_SHIFT;
    const c = this.cursor;
    c.page = this.blocks[2 * b] as number;
    c.at = this.blocks[2 * b + 1] as number;
    for (let k = b << BLOCK_SHIFT; k <= e; k++) this.next(k);
  }

  /** Reads a varint at the cursor. */
  private varint(): number {
    const page = this.pages[this.cursor.page] as Uint8Array;
    let v = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = page[this.cursor.at++] as number;
      v += (byte & 127) * scale;
      scale *= 128;
    } while (byte >= 128);
    return v;
  }

  /** Decodes entry `k` at the cursor (the one after the entry it describes, or the first of a block). */
  private next(k: number): void {
    const c = this.cursor;
    let page = this.pages[c.page] as Uint8Array;
    // The rest of a page is zeros (past its end, undefined); an entry's first byte never is.
    if (!page[c.at]) {
      c.page += 1;
      c.at = 0;
      page = this.pages[c.page] as Uint8Array;
    }
    const head = page[c.at++] as number;
    let prefix: number;
    let code: number;
    if (head < LONG) {
      prefix = Math.floor((head - 1) / SHORT_REST);
      code = 2 * ((head - 1) % SHORT_REST);
    } else {
      prefix = this.varint();
      code = this.varint();
    }
    const length = prefix + Math.floor(code / 2);
    if (length > this.units.length) {
      const wider = new Uint16Array(2 * length);
      wider.set(this.units);
      this.units = wider;
    }
    const u = this.units;
    let at = c.at;
    if (code % 2 === 0) for (let i = prefix; i < length; i++) u[i] = page[at++] as number;
    else for (let i = prefix; i < length; i++, at += 2) u[i] = (page[at] as number) | ((page[at + 1] as number) << 8);
    c.length = length;
    if ((k & (BLOCK - 1)) === 0) {
      c.index = 0;
      c.offset = 1;
    }
    const kind = page[at] as number;
    c.at = at + 1;
    if (kind === NEXT_WITH_LINE || kind === NEXT_NO_LINE) {
      c.index += 1;
      c.line = kind === NEXT_NO_LINE ? undefined : c.index + c.offset;
    } else if (kind === DELTAS) {
      c.index += unzigzag(this.varint());
      const l = this.varint();
      c.line = l === 0 ? undefined : c.index + unzigzag(l - 1);
      if (c.line !== undefined) c.offset = c.line - c.index;
    }
    // APART: kept in `apart`; the running index and offset stay those of the entry before.
  }

  /** Appends entry `n` (its id in `this.id`): its id against the previous one in the block, then its position. */
  private append(id: string, index: number, line: number | undefined): void {
    const first = (this.n & (BLOCK - 1)) === 0;
    const u = this.id;
    const length = id.length;
    let prefix = 0;
    if (!first) {
      const p = this.previous;
      const most = Math.min(this.previousLength, length);
      while (prefix < most && p[prefix] === u[prefix]) prefix++;
    }
    const rest = length - prefix;
    let wide = 0;
    for (let i = prefix; i < length; i++) if ((u[i] as number) > 0xff) wide = 1;
    this.reserve(32 + (1 + wide) * rest, first);
    const page = this.pages[this.pages.length - 1] as Uint8Array;
    if (wide === 0 && prefix < SHORT_PREFIX && rest < SHORT_REST) page[this.at++] = 1 + prefix * SHORT_REST + rest;
    else {
      page[this.at++] = LONG;
      this.write(prefix);
      this.write(2 * rest + wide);
    }
    let at = this.at;
    for (let i = prefix; i < length; i++) {
      const unit = u[i] as number;
      page[at++] = unit;
      if (wide === 1) page[at++] = unit >>> 8;
    }
    this.at = at;
    this.writePosition(page, index, line, first);
    // The two buffers swap: this id is the previous one of the next.
    this.id = this.previous.length >= u.length ? this.previous : new Uint16Array(u.length);
    this.previous = u;
    this.previousLength = length;
  }

  /** Writes the position: one byte for the next index at the same line offset, else deltas, else apart. */
  private writePosition(page: Uint8Array, index: number, line: number | undefined, first: boolean): void {
    if (first) {
      this.previousIndex = 0;
      this.previousOffset = 1;
    }
    const base = this.previousIndex;
    // The common cases first (an index after a codable one is codable below SAFE).
    const next = index === base + 1 && index < SAFE;
    if (next && line === undefined) page[this.at++] = NEXT_NO_LINE;
    else if (next && line === index + this.previousOffset && Math.abs(line) < SAFE) page[this.at++] = NEXT_WITH_LINE;
    else if (!(codable(index) && codable(index - base) && (line === undefined || (codable(line) && codable(line - index))))) {
      page[this.at++] = APART;
      this.apart.set(this.n, { index, line });
      return;
    } else {
      page[this.at++] = DELTAS;
      this.write(zigzag(index - base));
      this.write(line === undefined ? 0 : zigzag(line - index) + 1);
      if (line !== undefined) this.previousOffset = line - index;
    }
    this.previousIndex = index;
  }

  /** Makes room for `bytes` in the last page (a new page when they do not fit); notes a block's start. */
  private reserve(bytes: number, first: boolean): void {
    const last = this.pages[this.pages.length - 1] as Uint8Array;
    if (this.at + bytes > last.length) {
      this.pages.push(new Uint8Array(Math.max(bytes, Math.min(this.maxPage, 2 * last.length))));
      this.at = 0;
    }
    if (!first) return;
    const b = this.n >>> BLOCK_SHIFT;
    if (2 * b >= this.blocks.length) {
      const next = new Uint32Array(2 * this.blocks.length);
      next.set(this.blocks);
      this.blocks = next;
    }
    this.blocks[2 * b] = this.pages.length - 1;
    this.blocks[2 * b + 1] = this.at;
  }

  /** Writes a varint (any safe non-negative integer) at the end of the last page. */
  private write(value: number): void {
    const page = this.pages[this.pages.length - 1] as Uint8Array;
    let v = value;
    while (v >= 128) {
      page[this.at++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    page[this.at++] = v;
  }
}
