/**
 * Many strings stored compactly, for a table that holds one entry per distinct value of a large
 * input (the shared strings of a workbook): the characters of every string in pages of bytes (a
 * string whose characters are all in Latin-1 one byte per character; any other in one to three bytes
 * per UTF-16 code unit, or as UTF-16 code units from an even byte where that is smaller, so surrogate
 * pairs and lone surrogates come back exactly), a 32-bit start per string and one flag byte.
 *
 * The pages never move: the first grows from 4 KiB to the page size (1 MiB) by copying, then whole
 * pages are added, and a string may run on from one page into the next. An arena that doubled one
 * array held the old and the new array at once while it copied, and sealing copied it once more: a
 * 1,000,000-row export's 2,000,000 shared strings (41 MB) peaked at 109 MB of array buffers.
 * @internal
 * @module
 */

/** Flag bit 0 of a string: stored as UTF-16 code units. */
export const WIDE = 1;
/**
 * Flag bit 2: stored as one to three bytes per UTF-16 code unit (UTF-8 of each unit alone, so a lone
 * surrogate comes back exactly; CESU-8), when that is smaller than two bytes a unit, as it is for
 * Vietnamese (`Người 000042`: 15 bytes instead of 24). Bit 1 is a subclass's.
 */
export const UNITS8 = 4;
/** The arena's bytes and the number of strings stay below 2^32 (starts are 32-bit). */
export const ARENA_MAX_BYTES = 0xffff_ffff;
export const ARENA_MAX_STRINGS = 2 ** 30;
/** The page size (a power of two). */
const PAGE_BYTES = 1 << 20;
const FIRST_PAGE = 1 << 12;

/** @internal Called when a push would pass a limit: throws the owner's error. */
export type ArenaLimit = (what: 'strings' | 'bytes', maximum: number, received: number) => never;

function grown<T extends Uint8Array | Uint32Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

/** The bytes of `text` in one to three bytes a code unit (see {@link UNITS8}). */
function units8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

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

/** @internal An append-only list of strings in pages of bytes (see the module comment). */
export class StringArena {
  private pages: Uint8Array[] = [new Uint8Array(FIRST_PAGE)];
  /** The same pages as UTF-16 code units (pages have an even length; wide strings start at an even byte). */
  private units: Uint16Array[] = [new Uint16Array((this.pages[0] as Uint8Array).buffer)];
  private readonly shift: number;
  private readonly mask: number;
  /** Where string e starts (a UTF-16 string's first unit is at the next even byte); starts[size] is the end. */
  protected starts = new Uint32Array(257);
  protected flags = new Uint8Array(256);
  private used = 0;
  /** The number of strings. */
  size = 0;

  /**
   * @param limit - Throws the owner's error at a limit.
   * @param maxStrings - The most strings (lower only in tests).
   * @param pageBytes - The page size, a power of two from 2 (smaller only in tests, so that strings cross pages).
   */
  constructor(
    private readonly limit: ArenaLimit,
    private readonly maxStrings = ARENA_MAX_STRINGS,
    private readonly pageBytes = PAGE_BYTES,
  ) {
    this.shift = 31 - Math.clz32(pageBytes);
    this.mask = pageBytes - 1;
    if (pageBytes < FIRST_PAGE) this.setPage(0, new Uint8Array(pageBytes));
  }

  /** Appends `text`; returns its index. */
  push(text: string): number {
    const n = this.size;
    if (n >= this.maxStrings) this.limit('strings', this.maxStrings, n + 1);
    if (n + 2 > this.starts.length) this.starts = grown(this.starts, n + 2);
    if (n + 1 > this.flags.length) this.flags = grown(this.flags, n + 1);
    const length = text.length;
    let narrow = true;
    for (let i = 0; i < length; i += 1) {
      if (text.charCodeAt(i) > 0xff) {
        narrow = false;
        break;
      }
    }
    // Not Latin-1: each unit in one to three bytes, or, when that is longer, the whole string as
    // UTF-16 code units from an even byte.
    const bytes8 = narrow ? length : units8Length(text);
    const small = narrow || bytes8 < 2 * length + 1;
    const at = small ? this.used : (this.used + 1) & ~1;
    const end = at + (small ? bytes8 : 2 * length);
    if (end > ARENA_MAX_BYTES) this.limit('bytes', ARENA_MAX_BYTES, end);
    this.reserve(end);
    if (narrow || !small) this.write(text, at, !narrow);
    else this.write8(text, at);
    this.starts[n] = this.used;
    this.flags[n] = narrow ? 0 : small ? UNITS8 : WIDE;
    this.used = end;
    this.size = n + 1;
    this.starts[n + 1] = end;
    return n;
  }

  /** The string at `index` (an index of the list: the caller checks). */
  protected read(index: number): string {
    const from = this.starts[index] as number;
    const to = this.starts[index + 1] as number;
    const flag = this.flags[index] as number;
    if ((flag & UNITS8) !== 0) return this.read8(from, to);
    const wide = (flag & WIDE) !== 0;
    const first = wide ? (from + 1) & ~1 : from;
    if (to === first) return '';
    const page = first >>> this.shift;
    const offset = first & this.mask;
    if ((to - 1) >>> this.shift === page) {
      return wide ? decode(this.units[page] as Uint16Array, offset >>> 1, (offset + to - first) >>> 1) : decode(this.pages[page] as Uint8Array, offset, offset + to - first);
    }
    return this.readAcross(first, to, wide);
  }

  /** Frees the unused end of the last page once every string is in (and the spare room of the index arrays). */
  protected trim(): void {
    const last = this.pages.length - 1;
    const page = this.pages[last] as Uint8Array;
    const inPage = this.used - last * this.pageBytes;
    const keep = inPage + (inPage % 2);
    if (page.length > keep) this.setPage(last, page.slice(0, keep)); // a copy of at most one page
    this.starts = this.starts.slice(0, this.size + 1);
    this.flags = this.flags.slice(0, Math.max(1, this.size));
  }

  /** Bytes held by the arrays (for the documentation's figures and the tests). */
  get bytes(): number {
    let n = this.starts.byteLength + this.flags.byteLength;
    for (const p of this.pages) n += p.byteLength;
    return n;
  }

  /** Makes the pages cover bytes `[0, end)`: every page but the last is full. */
  private reserve(end: number): void {
    const last = this.pages.length - 1;
    const tail = this.pages[last] as Uint8Array;
    if (end <= last * this.pageBytes + tail.length) return;
    if (tail.length < this.pageBytes) {
      // The first page grows (a copy of at most one page); a page trimmed by `trim` comes back whole.
      const want = last === 0 ? Math.min(this.pageBytes, Math.max(end, 2 * tail.length)) : this.pageBytes;
      const next = new Uint8Array(want + (want % 2));
      next.set(tail);
      this.setPage(last, next);
    }
    while (this.pages.length * this.pageBytes < end) this.setPage(this.pages.length, new Uint8Array(this.pageBytes));
  }

  private setPage(i: number, page: Uint8Array<ArrayBuffer>): void {
    this.pages[i] = page;
    this.units[i] = new Uint16Array(page.buffer, page.byteOffset, page.length >>> 1);
  }

  /** Writes `text` from byte `at`: one byte a character, or (`wide`) one UTF-16 code unit each. */
  private write(text: string, at: number, wide: boolean): void {
    const arrays: readonly (Uint8Array | Uint16Array)[] = wide ? this.units : this.pages;
    let p = at >>> this.shift;
    let a = arrays[p] as Uint8Array | Uint16Array;
    let k = wide ? (at & this.mask) >>> 1 : at & this.mask;
    for (let i = 0; i < text.length; i += 1) {
      if (k === a.length) {
        p += 1;
        a = arrays[p] as Uint8Array | Uint16Array;
        k = 0;
      }
      a[k] = text.charCodeAt(i);
      k += 1;
    }
  }

  /** Writes each code unit of `text` from byte `at` in one to three bytes (see {@link UNITS8}). */
  private write8(text: string, at: number): void {
    let p = at >>> this.shift;
    let a = this.pages[p] as Uint8Array;
    let k = at & this.mask;
    const put = (b: number): void => {
      if (k === a.length) {
        p += 1;
        a = this.pages[p] as Uint8Array;
        k = 0;
      }
      a[k] = b;
      k += 1;
    };
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c < 0x80) put(c);
      else if (c < 0x800) {
        put(0xc0 | (c >>> 6));
        put(0x80 | (c & 0x3f));
      } else {
        put(0xe0 | (c >>> 12));
        put(0x80 | ((c >>> 6) & 0x3f));
        put(0x80 | (c & 0x3f));
      }
    }
  }

  /** The string stored in bytes `[from, to)` by {@link write8}. */
  private read8(from: number, to: number): string {
    let p = from >>> this.shift;
    let a = this.pages[p] as Uint8Array;
    let k = from & this.mask;
    const next = (): number => {
      if (k === a.length) {
        p += 1;
        a = this.pages[p] as Uint8Array;
        k = 0;
      }
      const b = a[k] as number;
      k += 1;
      return b;
    };
    let s = '';
    for (let at = from; at < to; ) {
      const b = next();
      if (b < 0x80) {
        s += String.fromCharCode(b);
        at += 1;
      } else if (b < 0xe0) {
        s += String.fromCharCode(((b & 0x1f) << 6) | (next() & 0x3f));
        at += 2;
      } else {
        const b1 = next();
        s += String.fromCharCode(((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (next() & 0x3f));
        at += 3;
      }
    }
    return s;
  }

  /** A string that runs on from one page into the next. */
  private readAcross(first: number, to: number, wide: boolean): string {
    let s = '';
    for (let at = first; at < to; ) {
      const page = at >>> this.shift;
      const offset = at & this.mask;
      const stop = Math.min(to, (page + 1) * this.pageBytes) - at;
      s += wide ? decode(this.units[page] as Uint16Array, offset >>> 1, (offset + stop) >>> 1) : decode(this.pages[page] as Uint8Array, offset, offset + stop);
      at += stop;
    }
    return s;
  }
}
