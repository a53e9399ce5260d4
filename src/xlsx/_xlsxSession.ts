/**
 * One streaming read of a workbook: fflate's streaming `Unzip` hands over each ZIP entry's
 * compressed bytes as they arrive; the workbook, its relationships, the styles and the shared
 * strings are parsed as they stream; the chosen sheet is parsed as it streams when everything it
 * refers to is known, and otherwise kept compressed until the end of the archive and parsed then.
 * @internal
 * @module
 */
import { Unzip, UnzipPassThrough } from 'fflate';
import { raise } from '../errors/ReformRulesError';
import type { Locale } from '../errors/messages/index';
import type { XlsxNumberFormat, XlsxRow } from './types';
import { type PartSink, type StoredPart, discardSink, parseSink, storeSink } from './_partSink';
import { SharedStringsReader } from './_sharedStringsReader';
import type { SharedStrings } from './_stringTable';
import { SheetReader } from './_sheetReader';
import { RelsReader, StylesReader, WorkbookReader } from './_workbookReaders';

const EMPTY = new Uint8Array(0);
const NO_STRINGS: SharedStrings = { size: 0, get: () => undefined };

/** Hands DEFLATE entries over still compressed: the session decides what to inflate. */
class RawDeflate extends UnzipPassThrough {
  static override compression = 8;
}

const WORKBOOK = /^(.*\/)?workbook\.xml$/;
const WORKBOOK_RELS = /^(.*\/)?_rels\/workbook\.xml\.rels$/;
const STYLES = /^(.*\/)?styles\.xml$/i;
const SHARED_STRINGS = /^(.*\/)?sharedStrings\.xml$/i;

/** Joins a relationship target to the workbook's folder ('xl/' + 'worksheets/sheet1.xml'). */
function resolveTarget(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** What the workbook and its relationships say, once both are read. */
interface Resolved {
  readonly sheet: string;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/** @internal What a first pass learnt, so that a second pass streams the sheet at once. */
export interface SessionPreset {
  readonly workbook: WorkbookReader;
  readonly rels: RelsReader;
  readonly resolved: Resolved;
  readonly strings: SharedStrings | undefined;
  readonly formats: (XlsxNumberFormat | null)[] | undefined;
}

/**
 * @internal A streaming read of one sheet. With `reopenable`, a sheet that arrives before the
 * shared strings or styles it needs is skipped (not kept) and `secondPass` is set: the caller reads
 * the archive again with {@link XlsxSession.preset}, and the sheet then streams with flat memory.
 */
export class XlsxSession {
  /** Rows parsed and not yet handed to the caller. */
  out: XlsxRow[] = [];
  private readonly unzip: Unzip;
  private entries = 0;
  private dir = 'xl/';
  private workbook: WorkbookReader | undefined;
  private rels: RelsReader | undefined;
  private resolved: Resolved | undefined;
  private strings: SharedStrings | undefined;
  private formats: (XlsxNumberFormat | null)[] | undefined;
  private readonly stored = new Map<string, StoredPart>();
  private sheetState: 'waiting' | 'streaming' | 'done' = 'waiting';
  /** Set by {@link XlsxSession.finish} when the sheet was skipped and the archive must be read again. */
  secondPass = false;
  private skipped = false;

  constructor(
    private readonly sheet: string | number,
    private readonly locale: Locale,
    private readonly reopenable = false,
    private readonly given: SessionPreset | undefined = undefined,
  ) {
    if (given !== undefined) {
      this.workbook = given.workbook;
      this.rels = given.rels;
      this.resolved = given.resolved;
      this.strings = given.strings;
      this.formats = given.formats;
    }
    this.unzip = new Unzip((file) => {
      this.entries += 1;
      const sink = this.sinkFor(file.name.replace(/^\//, ''), file.compression);
      file.ondata = (error, data, final) => {
        if (error !== null) throw error;
        sink(data, final);
      };
      file.start();
    });
    this.unzip.register(RawDeflate);
  }

  /** Feeds bytes of the archive. */
  push(chunk: Uint8Array, final: boolean): void {
    this.unzip.push(chunk, final);
  }

  /** What this pass learnt (after {@link XlsxSession.finish}), for a second pass. */
  preset(): SessionPreset {
    return { workbook: this.workbook as WorkbookReader, rels: this.rels as RelsReader, resolved: this.resolved as Resolved, strings: this.strings, formats: this.formats };
  }

  private sinkFor(name: string, compression: number): PartSink {
    if (this.given !== undefined && name !== this.given.resolved.sheet) return discardSink;
    if (this.workbook === undefined && WORKBOOK.test(name)) {
      this.dir = WORKBOOK.exec(name)?.[1] ?? '';
      const reader = new WorkbookReader();
      return parseSink(name, compression, reader, () => {
        this.workbook = reader;
        this.resolve();
      });
    }
    if (this.rels === undefined && WORKBOOK_RELS.test(name)) {
      const reader = new RelsReader();
      return parseSink(name, compression, reader, () => {
        this.rels = reader;
        this.resolve();
      });
    }
    if (this.isPart(name, 'sharedStrings')) {
      const reader = new SharedStringsReader();
      return parseSink(name, compression, reader, () => (this.strings = reader.strings.seal()));
    }
    if (this.isPart(name, 'styles')) {
      const reader = new StylesReader();
      return parseSink(name, compression, reader, () => (this.formats = reader.formats()));
    }
    return this.sheetSink(name, compression);
  }

  /** Whether an entry is the shared strings or styles part (by relationship, or by its usual name). */
  private isPart(name: string, kind: 'sharedStrings' | 'styles'): boolean {
    if (this.resolved !== undefined) return this.resolved[kind] === name;
    return (kind === 'styles' ? STYLES : SHARED_STRINGS).test(name);
  }

  private sheetSink(name: string, compression: number): PartSink {
    const r = this.resolved;
    if (r === undefined) {
      if (!/\.xml$/i.test(name) || /\/_rels\//.test(name)) return discardSink;
      if (this.reopenable && /(^|\/)worksheets\//i.test(name)) return this.skip();
      const stored: StoredPart = { name, compression, chunks: [], complete: false };
      this.stored.set(name, stored);
      return storeSink(stored);
    }
    if (name !== r.sheet) return discardSink;
    if (this.ready()) {
      this.sheetState = 'streaming';
      return parseSink(name, compression, this.sheetReader(), () => (this.sheetState = 'done'));
    }
    if (this.reopenable) return this.skip();
    const stored: StoredPart = { name, compression, chunks: [], complete: false };
    this.stored.set(name, stored);
    return storeSink(stored);
  }

  private skip(): PartSink {
    this.skipped = true;
    return discardSink;
  }

  private ready(): boolean {
    const r = this.resolved;
    return r !== undefined && (r.sharedStrings === undefined || this.strings !== undefined) && (r.styles === undefined || this.formats !== undefined);
  }

  private sheetReader(): SheetReader {
    return new SheetReader({
      strings: this.strings ?? NO_STRINGS,
      formats: this.formats ?? [],
      date1904: this.workbook?.date1904 ?? false,
      locale: this.locale,
      emit: (row) => this.out.push(row),
    });
  }

  private resolve(): void {
    const wb = this.workbook;
    const rels = this.rels;
    if (wb === undefined || rels === undefined) return;
    const names = wb.sheets.map((s) => s.name);
    const wanted = this.sheet;
    const index = typeof wanted === 'number' ? wanted : names.indexOf(wanted) >= 0 ? names.indexOf(wanted) : names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
    const entry = wb.sheets[index];
    const rel = entry === undefined ? undefined : rels.byId.get(entry.rid);
    if (entry === undefined || rel === undefined) {
      raise('xlsx_sheet_not_found', { field: 'options.sheet', sheets: names.map((n) => JSON.stringify(n)).join(', ') || '(none)', received: wanted });
    }
    const target = (type: string) => {
      const found = [...rels.byId.values()].find((x) => x.type === type);
      return found === undefined ? undefined : resolveTarget(this.dir, found.target);
    };
    this.resolved = { sheet: resolveTarget(this.dir, rel.target), sharedStrings: target('sharedStrings'), styles: target('styles') };
    for (const name of [...this.stored.keys()]) {
      if (name === this.resolved.sheet) continue;
      const stored = this.stored.get(name);
      this.stored.delete(name);
      if (stored !== undefined && this.isPart(name, 'sharedStrings')) this.replayPart(stored, new SharedStringsReader(), (r) => (this.strings = r.strings.seal()));
      else if (stored !== undefined && this.isPart(name, 'styles')) this.replayPart(stored, new StylesReader(), (r) => (this.formats = r.formats()));
    }
  }

  private replayPart<R extends SharedStringsReader | StylesReader>(stored: StoredPart, reader: R, done: (r: R) => void): void {
    const sink = parseSink(stored.name, stored.compression, reader, () => done(reader));
    stored.chunks.forEach((c, i) => sink(c, stored.complete && i === stored.chunks.length - 1));
    if (stored.chunks.length === 0 && stored.complete) sink(new Uint8Array(0), true);
  }

  /** After the last byte: checks what was found and parses the sheet if it was kept for later. */
  *finish(): Generator<void> {
    if (this.entries === 0) raise('invalid_xlsx_zip', { field: 'source', detail: 'no ZIP entry found' });
    if (this.workbook === undefined) raise('missing_xlsx_part', { field: 'source', part: 'xl/workbook.xml' });
    if (this.rels === undefined) raise('missing_xlsx_part', { field: 'source', part: 'xl/_rels/workbook.xml.rels' });
    const r = this.resolved as Resolved;
    if (this.sheetState !== 'waiting') return;
    const stored = this.stored.get(r.sheet);
    if (stored === undefined && this.skipped) return void (this.secondPass = true);
    if (stored === undefined || !stored.complete) raise('missing_xlsx_part', { field: 'source', part: r.sheet });
    this.stored.delete(r.sheet);
    this.sheetState = 'streaming';
    const sink = parseSink(stored.name, stored.compression, this.sheetReader(), () => (this.sheetState = 'done'));
    const chunks = stored.chunks;
    if (chunks.length === 0) sink(new Uint8Array(0), true);
    for (let i = 0; i < chunks.length; i += 1) {
      const chunk = chunks[i] as Uint8Array;
      chunks[i] = EMPTY; // release each compressed chunk once inflated
      sink(chunk, i === chunks.length - 1);
      yield;
    }
  }
}
