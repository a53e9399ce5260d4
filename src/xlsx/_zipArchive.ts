/**
 * A minimal, deterministic ZIP writer for the workbook: DEFLATE through fflate's streaming `Deflate`,
 * headers written here with a fixed timestamp (1980-01-01 00:00, the DOS epoch) so the same input
 * gives the same bytes on every machine and in every time zone (fflate's own zip writer stamps the
 * host's local time). No ZIP64: an archive over 4 GiB is refused.
 * @internal
 * @module
 */
import { Deflate, strToU8 } from 'fflate';
import { raise } from '../errors/ReformRulesError';
import { crc32 } from './_crc32';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const MAX_U32 = 0xffffffff;
/** Characters of XML gathered before they are encoded and compressed. */
const FLUSH_AT = 1 << 20;

interface EntryRecord {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/** @internal One entry being written: text appended in order, compressed as it goes. */
export interface ZipEntryWriter {
  /** Appends text (encoded as UTF-8). */
  write(text: string): void;
  /** Ends the entry. */
  close(): void;
}

/** @internal Builds a ZIP archive in memory, entry by entry. */
export class ZipArchive {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: EntryRecord[] = [];
  private offset = 0;

  /** Opens an entry; entries are written one at a time, in the order opened. */
  open(name: string): ZipEntryWriter {
    const data: Uint8Array[] = [];
    let pending: string[] = [];
    let pendingLength = 0;
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = new Deflate({ level: 6 }, (chunk) => {
      data.push(chunk);
      compressed += chunk.length;
    });
    const flush = (final: boolean): void => {
      const bytes = strToU8(pending.join(''));
      pending = [];
      pendingLength = 0;
      crc = crc32(bytes, crc);
      size += bytes.length;
      deflate.push(bytes, final);
    };
    return {
      write: (text) => {
        pending.push(text);
        pendingLength += text.length;
        if (pendingLength >= FLUSH_AT) flush(false);
      },
      close: () => {
        flush(true);
        this.add(name, { crc, size, compressed }, data);
      },
    };
  }

  /** Adds a whole text entry. */
  text(name: string, text: string): void {
    const entry = this.open(name);
    entry.write(text);
    entry.close();
  }

  private add(name: string, sizes: { crc: number; size: number; compressed: number }, data: Uint8Array[]): void {
    const nameBytes = strToU8(name);
    const header = new Uint8Array(30 + nameBytes.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    writeCommon(view, 4, sizes);
    view.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    this.entries.push({ name: nameBytes, ...sizes, offset: this.offset });
    this.push(header);
    for (const chunk of data) this.push(chunk);
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
    if (this.offset > MAX_U32) {
      raise('xlsx_limit_exceeded', { field: 'workbook', maximum: 4_294_967_295, unit: 'bytes (ZIP without ZIP64)', unitVi: 'byte (ZIP không dùng ZIP64)', received: this.offset });
    }
  }

  /** Writes the central directory and returns the archive's bytes. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) {
      const record = new Uint8Array(46 + e.name.length);
      const view = new DataView(record.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      writeCommon(view, 6, e);
      view.setUint16(28, e.name.length, true);
      view.setUint32(42, e.offset, true);
      record.set(e.name, 46);
      this.push(record);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.entries.length, true);
    view.setUint16(10, this.entries.length, true);
    view.setUint32(12, this.offset - start, true);
    view.setUint32(16, start, true);
    this.push(end);
    return concat(this.chunks, this.offset);
  }
}

/** Version needed, flags, method, time, date, CRC, sizes: the fields local and central headers share. */
function writeCommon(view: DataView, at: number, e: { crc: number; size: number; compressed: number }): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0, true);
  view.setUint16(at + 4, 8, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, DOS_DATE_1980_01_01, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.compressed, true);
  view.setUint32(at + 18, e.size, true);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
