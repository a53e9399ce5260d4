/**
 * The shared string table of a workbook being read, stored compactly: the characters of every
 * string in one growing arena of bytes (a string whose characters are all in Latin-1 one byte per
 * character, any other as UTF-16 code units, two bytes each, so surrogate pairs and even lone
 * surrogates come back exactly), an offsets array and one flag byte per string; a string is decoded
 * when a cell looks it up. A 16-character dossier id takes 21 bytes, `Người 123456` 29 to 30; an
 * array of JavaScript strings took 149 bytes a string on the same export (its strings were slices
 * that kept the chunks of decoded XML alive).
 * @internal
 * @module
 */
import { raise } from '../errors/ReformRulesError';

/** Flag bits per string. */
const WIDE = 1;
const LOOKED_UP = 2;
/** The arena and the number of strings stay below 2^32 (offsets are 32-bit). */
const MAX_BYTES = 0xffff_ffff;
const MAX_STRINGS = 2 ** 30;
/** Strings looked up more than once (a unit, a channel, a procedure code) are kept decoded, up to this many... */
const CACHE_ENTRIES = 4096;
/** ...of at most this many characters. */
const CACHE_CHARS = 256;

/** Decodes `a[from..to)` (bytes or code units) into a string. */
function decode(a: Uint8Array | Uint16Array, from: number, to: number): string {
  let s = '';
  let i = from;
  // Eight characters per call: the fastest for short strings, and never a long argument list.
  for (; i + 8 <= to; i += 8) {
    s += String.fromCharCode(a[i] as number, a[i + 1] as number, a[i + 2] as number, a[i + 3] as number, a[i + 4] as number, a[i + 5] as number, a[i + 6] as number, a[i + 7] as number);
  }
  for (; i < to; i += 1) s += String.fromCharCode(a[i] as number);
  return s;
}

/** @internal What a sheet reader needs of the shared strings: the string at an index. */
export interface SharedStrings {
  /** The string at `index`, or `undefined` when `index` is not an index of the table. */
  get(index: number): string | undefined;
  /** The number of strings. */
  readonly size: number;
}

/** @internal An append-only table of strings in typed arrays (see the module comment). */
export class CompactStringTable implements SharedStrings {
  private arena = new Uint8Array(1 << 12);
  /** The same bytes as UTF-16 code units (wide strings start at an even byte). */
  private units = new Uint16Array(this.arena.buffer);
  /** Where string e starts (a wide string's first unit is at the next even byte); starts[size] is the end. */
  private starts = new Uint32Array(257);
  private flags = new Uint8Array(256);
  private used = 0;
  private readonly cache = new Map<number, string>();
  /** The number of strings. */
  size = 0;

  /** Appends `text`; returns its index. */
  push(text: string): number {
    const n = this.size;
    if (n >= MAX_STRINGS) raise('xlsx_limit_exceeded', { field: 'source', maximum: MAX_STRINGS, unit: 'shared strings', unitVi: 'chuỗi dùng chung', received: n + 1 });
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

  get(index: number): string | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.size)) return undefined;
    const flag = this.flags[index] as number;
    if ((flag & LOOKED_UP) !== 0) {
      const cached = this.cache.get(index);
      if (cached !== undefined) return cached;
    }
    const from = this.starts[index] as number;
    const to = this.starts[index + 1] as number;
    const text = (flag & WIDE) === 0 ? decode(this.arena, from, to) : decode(this.units, (from + 1) >>> 1, to >>> 1);
    if ((flag & LOOKED_UP) === 0) this.flags[index] = flag | LOOKED_UP;
    else if (this.cache.size < CACHE_ENTRIES && text.length <= CACHE_CHARS) this.cache.set(index, text);
    return text;
  }

  /** Releases the spare room of the arrays once every string is in (they grew by half each time). */
  seal(): this {
    if (this.arena.length > this.used + (this.used >>> 3) + 64) this.setArena(this.arena.slice(0, this.used + (this.used % 2)));
    this.starts = this.starts.slice(0, this.size + 1);
    this.flags = this.flags.slice(0, Math.max(1, this.size));
    return this;
  }

  /** Bytes held by the table's arrays (for the documentation's figures and the tests). */
  get bytes(): number {
    return this.arena.byteLength + this.starts.byteLength + this.flags.byteLength;
  }

  private reserve(need: number): void {
    if (need <= this.arena.length) return;
    if (need > MAX_BYTES) {
      raise('xlsx_limit_exceeded', { field: 'source', maximum: MAX_BYTES, unit: 'bytes of shared strings', unitVi: 'byte chuỗi dùng chung', received: need });
    }
    const room = Math.min(MAX_BYTES + 1, Math.max(need + 1, Math.ceil(this.arena.length * 1.5)));
    const next = new Uint8Array(room - (room % 2)); // even, for the UTF-16 view
    next.set(this.arena.subarray(0, this.used));
    this.setArena(next);
  }

  private setArena(arena: Uint8Array<ArrayBuffer>): void {
    this.arena = arena;
    this.units = new Uint16Array(arena.buffer, arena.byteOffset, arena.length >>> 1);
  }
}

function grown<T extends Uint8Array | Uint32Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}
