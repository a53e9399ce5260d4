/**
 * Many strings stored compactly, for the tables that hold one entry per distinct value of a large
 * input (the repeated-id check, the shared strings of a workbook): the characters of every string in
 * one growing arena of bytes (a string whose characters are all in Latin-1 one byte per character,
 * any other as UTF-16 code units from an even byte, so surrogate pairs and lone surrogates come back
 * exactly), a 32-bit start per string and one flag byte. Strings are compared in place; a subclass
 * that needs them back decodes them (the workbook reader's shared string table).
 * @internal
 * @module
 */

/** Flag bit 0 of a string: stored as UTF-16 code units. The other bits are a subclass's. */
export const WIDE = 1;
/** The arena's bytes and the number of strings stay below 2^32 (starts are 32-bit). */
export const ARENA_MAX_BYTES = 0xffff_ffff;
export const ARENA_MAX_STRINGS = 2 ** 30;

/** @internal Called when a push would pass a limit: throws the owner's error. */
export type ArenaLimit = (what: 'strings' | 'bytes', maximum: number, received: number) => never;

function grown<T extends Uint8Array | Uint32Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

/** @internal An append-only list of strings in typed arrays (see the module comment). */
export class StringArena {
  protected arena = new Uint8Array(1 << 12);
  /** The same bytes as UTF-16 code units (wide strings start at an even byte). */
  protected units = new Uint16Array(this.arena.buffer);
  /** Where string e starts (a wide string's first unit is at the next even byte); starts[size] is the end. */
  protected starts = new Uint32Array(257);
  protected flags = new Uint8Array(256);
  protected used = 0;
  /** The number of strings. */
  size = 0;

  /** @param limit - Throws the owner's error at a limit. @param maxStrings - The most strings (lower only in tests). */
  constructor(
    private readonly limit: ArenaLimit,
    private readonly maxStrings = ARENA_MAX_STRINGS,
  ) {}

  /** Appends `text`; returns its index. */
  push(text: string): number {
    const n = this.size;
    if (n >= this.maxStrings) this.limit('strings', this.maxStrings, n + 1);
    if (n + 2 > this.starts.length) {
      this.starts = grown(this.starts, n + 2);
      this.flags = grown(this.flags, n + 1);
    }
    const length = text.length;
    this.reserve(this.used + length);
    let at = this.used;
    const a = this.arena;
    let i = 0;
    for (; i < length; i += 1) {
      const c = text.charCodeAt(i);
      if (c > 0xff) break;
      a[at + i] = c;
    }
    let flag = 0;
    if (i < length) {
      // Not Latin-1: the whole string as UTF-16 code units, from an even byte.
      flag = WIDE;
      this.reserve(this.used + 1 + 2 * length);
      at = (this.used + 1) & ~1;
      const u = this.units;
      const first = at >>> 1;
      for (let k = 0; k < length; k += 1) u[first + k] = text.charCodeAt(k);
      at += 2 * length;
    } else at += length;
    this.starts[n] = this.used;
    this.flags[n] = flag;
    this.used = at;
    this.size = n + 1;
    this.starts[n + 1] = at;
    return n;
  }

  /** Whether the string at `index` is `text`, compared in place, character for character. */
  equals(index: number, text: string): boolean {
    const from = this.starts[index] as number;
    const to = this.starts[index + 1] as number;
    if (((this.flags[index] as number) & WIDE) === 0) {
      if (to - from !== text.length) return false;
      const a = this.arena;
      for (let i = 0; i < text.length; i++) if (a[from + i] !== text.charCodeAt(i)) return false;
      return true;
    }
    const first = (from + 1) >>> 1;
    if ((to >>> 1) - first !== text.length) return false;
    const u = this.units;
    for (let i = 0; i < text.length; i++) if (u[first + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private reserve(need: number): void {
    if (need <= this.arena.length) return;
    if (need > ARENA_MAX_BYTES) this.limit('bytes', ARENA_MAX_BYTES, need);
    const room = Math.min(ARENA_MAX_BYTES + 1, Math.max(need + 1, Math.ceil(this.arena.length * 1.5)));
    const next = new Uint8Array(room - (room % 2)); // even, for the UTF-16 view
    next.set(this.arena.subarray(0, this.used));
    this.setArena(next);
  }

  protected setArena(arena: Uint8Array<ArrayBuffer>): void {
    this.arena = arena;
    this.units = new Uint16Array(arena.buffer, arena.byteOffset, arena.length >>> 1);
  }
}
