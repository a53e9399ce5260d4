/**
 * The shared string table of a workbook being read, stored compactly in a {@link StringArena}
 * (Latin-1 strings one byte a character, others as UTF-16 code units, a 32-bit start and a flag byte
 * each); a string is decoded when a cell looks it up. A 16-character dossier id takes 21 bytes, `Người 123456` 29 to 30; an
 * array of JavaScript strings took 149 bytes a string on the same export (its strings were slices
 * that kept the chunks of decoded XML alive).
 * @internal
 * @module
 */
import { StringArena, WIDE } from '../_lib/stringArena';
import { raise } from '../errors/ReformRulesError';

/** This table's flag bit: the string was looked up before. */
const LOOKED_UP = 2;
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
export class CompactStringTable extends StringArena implements SharedStrings {
  private readonly cache = new Map<number, string>();

  constructor() {
    super((what, maximum, received) =>
      raise('xlsx_limit_exceeded', what === 'strings' ? { field: 'source', maximum, unit: 'shared strings', unitVi: 'chuỗi dùng chung', received } : { field: 'source', maximum, unit: 'bytes of shared strings', unitVi: 'byte chuỗi dùng chung', received }),
    );
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
}
