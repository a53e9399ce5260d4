/**
 * The shared string table of a workbook being read, stored compactly in a {@link StringArena}
 * (Latin-1 strings one byte a character, others one to three bytes a UTF-16 code unit or two where
 * that is smaller, a 32-bit start and a flag byte each); a string is decoded when a cell looks it
 * up. A 16-character dossier id takes 21 bytes, `Người 123456` 20 (29 to 30 as UTF-16); an
 * array of JavaScript strings took 149 bytes a string on the same export (its strings were slices
 * that kept the chunks of decoded XML alive).
 * @internal
 * @module
 */
import { StringArena } from '../_lib/stringArena';
import { raise } from '../errors/ReformRulesError';

/** This table's flag bit: the string was looked up before. */
const LOOKED_UP = 2;
/** Strings looked up more than once (a unit, a channel, a procedure code) are kept decoded, up to this many... */
const CACHE_ENTRIES = 4096;
/** ...of at most this many characters. */
const CACHE_CHARS = 256;

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

  /** @param pageBytes - The arena's page size (smaller only in tests). */
  constructor(pageBytes?: number) {
    super(
      (what, maximum, received) =>
        raise('xlsx_limit_exceeded', what === 'strings' ? { field: 'source', maximum, unit: 'shared strings', unitVi: 'chuỗi dùng chung', received } : { field: 'source', maximum, unit: 'bytes of shared strings', unitVi: 'byte chuỗi dùng chung', received }),
      undefined,
      pageBytes,
    );
  }

  get(index: number): string | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.size)) return undefined;
    const flag = this.flags[index] as number;
    if ((flag & LOOKED_UP) !== 0) {
      const cached = this.cache.get(index);
      if (cached !== undefined) return cached;
    }
    const text = this.read(index);
    if ((flag & LOOKED_UP) === 0) this.flags[index] = flag | LOOKED_UP;
    else if (this.cache.size < CACHE_ENTRIES && text.length <= CACHE_CHARS) this.cache.set(index, text);
    return text;
  }

  /** Releases the spare room of the arrays once every string is in. */
  seal(): this {
    this.trim();
    return this;
  }
}
