/**
 * A chunked line splitter over decoded text: `\n`, `\r\n` and a lone `\r` end a line, a line may
 * span any number of chunks, and a line longer than the limit is never built: past the limit the
 * splitter keeps only a preview and skips to the next line break. Lines come in batches (one per
 * input chunk) so that the per-line cost stays near a bare `split`.
 * @internal
 * @module
 */
import type { TextChunk, TextEncoding } from './decode';

/** @internal Why a line cannot be used as it is. */
export interface LineProblem {
  readonly kind: 'invalid_utf8' | 'invalid_utf16' | 'record_too_large';
}

/** @internal Consecutive lines: `lines[i]` is line `first + i` (for a too-large line, a preview). */
export interface LineBatch {
  readonly first: number;
  readonly lines: string[];
  /** The lines (by index in `lines`) that have a problem; absent when none has. */
  readonly problems: Map<number, LineProblem> | undefined;
  /**
   * The text the lines from `textLine` on were cut from, and where each starts in it:
   * `lines[textLine + k]` is `text.slice(starts[k], starts[k] + lines[textLine + k].length)` when
   * it has no problem (a reader may read the text in place). Absent when the batch has no such lines.
   */
  readonly text: string | undefined;
  readonly textLine: number;
  readonly starts: number[] | undefined;
}

type MutableBatch = { -readonly [K in keyof LineBatch]: LineBatch[K] };

function newBatch(first: number): MutableBatch {
  return { first, lines: [], problems: undefined, text: undefined, textLine: 0, starts: undefined };
}

function badKind(encoding: TextEncoding | undefined): LineProblem {
  return { kind: encoding === 'utf-16le' || encoding === 'utf-16be' ? 'invalid_utf16' : 'invalid_utf8' };
}

const TOO_LARGE: LineProblem = { kind: 'record_too_large' };

/** The indexes of the `\n`-separated parts of `parts` that hold a bad offset. */
function badParts(parts: readonly string[], offsets: readonly number[]): Set<number> {
  const out = new Set<number>();
  let pi = 0;
  let start = 0;
  for (const off of [...offsets].sort((a, b) => a - b)) {
    while (pi < parts.length - 1 && off >= start + (parts[pi] as string).length + 1) {
      start += (parts[pi] as string).length + 1;
      pi++;
    }
    out.add(pi);
  }
  return out;
}

/** How many `\r\n` pairs start before `offset` (each loses its `\r` when line ends are normalised). */
function crlfBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i >= 0 && i < offset; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

function firstBreak(text: string): number {
  const nl = text.indexOf('\n');
  const cr = text.indexOf('\r');
  return nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
}

/** The first `preview` characters of pieces of text, without joining them all. */
function previewOf(pieces: readonly string[], preview: number): string {
  let head = '';
  for (const p of pieces) {
    if (head.length >= preview) break;
    head += p.slice(0, preview - head.length);
  }
  return head;
}

/** A too-large line's preview `head` taken on from `text` (up to its line break) to `preview` characters, wherever the line's chunks were cut. */
function previewTo(head: string, text: string, preview: number): string {
  if (head.length >= preview) return head;
  const b = firstBreak(text);
  return head + text.slice(0, Math.min(b < 0 ? text.length : b, preview - head.length));
}

/** Records in `batch` the text its next lines are cut from (`parts` of `text`, the last one left pending), and where each starts. */
function keepText(batch: MutableBatch, text: string, parts: readonly string[]): void {
  const starts: number[] = [];
  for (let i = 0, at = 0; i < parts.length - 1; i++) {
    starts.push(at);
    at += (parts[i] as string).length + 1;
  }
  batch.text = text;
  batch.textLine = batch.lines.length;
  batch.starts = starts;
}

/** Where the text after the first line break of `text` starts (`\r\n` is one break), or -1 when it has none. */
function afterBreak(text: string): number {
  const b = firstBreak(text);
  if (b < 0) return -1;
  return text.charCodeAt(b) === 13 && text.charCodeAt(b + 1) === 10 ? b + 2 : b + 1;
}

/** `text` with every line end as `\n`, and the offsets in it moved with the characters they mark. */
function normalised(text: string, offsets: readonly number[] | undefined): [string, readonly number[] | undefined] {
  if (!text.includes('\r')) return [text, offsets];
  return [text.replace(/\r\n?/g, '\n'), offsets?.map((o) => o - crlfBefore(text, o))];
}

/** @internal The state machine behind {@link splitLines}. */
function lineSplitter(max: number, preview: number, firstLine: number) {
  let pending: string[] = [];
  let pendingLen = 0;
  let pendingBad: LineProblem | undefined;
  let skipping: string | undefined;
  let next = firstLine;
  let batch = newBatch(firstLine);
  const emit = (text: string, problem: LineProblem | undefined): void => {
    if (problem !== undefined || text.length > max) {
      (batch.problems ??= new Map()).set(batch.lines.length, text.length > max ? TOO_LARGE : (problem as LineProblem));
      batch.lines.push(text.length > max ? text.slice(0, preview) : text);
    } else batch.lines.push(text);
    next++;
  };
  const startSkipping = (): void => {
    skipping = previewOf(pending, preview);
    pending = [];
    pendingLen = 0;
    pendingBad = undefined;
  };
  const keep = (text: string, bad: LineProblem | undefined): void => {
    if (text.length === 0) return;
    pending.push(text);
    pendingLen += text.length;
    pendingBad ??= bad;
    if (pendingLen > max) startSkipping();
  };
  const tooLarge = (head: string): void => {
    (batch.problems ??= new Map()).set(batch.lines.length, TOO_LARGE);
    batch.lines.push(head);
    next++;
    skipping = undefined;
  };
  const process = (chunkText: string, offsets: readonly number[] | undefined, kind: LineProblem): void => {
    let [text, bad] = [chunkText, offsets];
    if (skipping !== undefined) {
      skipping = previewTo(skipping, text, preview);
      const after = afterBreak(text);
      if (after < 0) return;
      tooLarge(skipping);
      text = text.slice(after);
      bad = bad?.map((o) => o - after).filter((o) => o >= 0);
    }
    if (firstBreak(text) < 0) return keep(text, bad !== undefined && bad.length > 0 ? kind : undefined);
    const prefix = pendingLen;
    const joined = pending.length === 0 ? text : pending.join('') + text;
    const headBad = pendingBad;
    pending = [];
    pendingLen = 0;
    pendingBad = undefined;
    const [buf, offs] = normalised(joined, bad !== undefined && bad.length > 0 ? bad.map((o) => o + prefix) : undefined);
    const parts = buf.split('\n');
    const marked = offs === undefined ? undefined : badParts(parts, offs);
    const last = parts.length - 1;
    if (batch.text === undefined && last > 0) keepText(batch, buf, parts);
    for (let i = 0; i < last; i++) emit(parts[i] as string, (i === 0 ? headBad : undefined) ?? (marked?.has(i) ? kind : undefined));
    keep(parts[last] as string, (last === 0 ? headBad : undefined) ?? (marked?.has(last) ? kind : undefined));
  };
  return {
    process,
    end(): void {
      if (skipping !== undefined) tooLarge(skipping);
      else if (pendingLen > 0) emit(pending.join(''), pendingBad);
      [skipping, pending, pendingLen] = [undefined, [], 0];
    },
    take(): LineBatch | undefined {
      const out = batch;
      if (out.lines.length > 0) batch = newBatch(next);
      return out.lines.length > 0 ? out : undefined;
    },
    /** Whether no line is pending (nothing kept, nothing being skipped). */
    clean: (): boolean => pendingLen === 0 && skipping === undefined,
    next: (): number => next,
    /** Counts a line read elsewhere; the batch being filled is empty, so it now starts after it. */
    skip(): void {
      if (batch.lines.length > 0 || pendingLen > 0 || skipping !== undefined) throw new Error('unreachable: a line skipped with lines pending');
      batch.first = ++next;
    },
  };
}

/**
 * @internal Decoded text cut into lines chunk by chunk (the state behind {@link splitLines}): `push`
 * returns the lines the chunk completed, `end` the last one. A reader that reads some lines itself
 * (`addJsonLines` on ASCII text) pushes the rest, `skip`ping a line it read whole while `clean`.
 */
export interface TextLineSplitter {
  push(chunk: TextChunk): LineBatch | undefined;
  end(): LineBatch | undefined;
  /** Whether the text pushed so far ends a line (`\n`, or `\r\n`): the next text starts one. */
  readonly clean: boolean;
  /** The number of the next line. */
  readonly next: number;
  /** Counts one line read elsewhere (only while `clean`, with every batch taken). */
  skip(): void;
}

/** @internal A {@link TextLineSplitter}; the first line is numbered `firstLine`. */
export function textLineSplitter(max: number, preview: number, firstLine = 1): TextLineSplitter {
  const s = lineSplitter(max, preview, firstLine);
  let heldCR = false;
  let kind: LineProblem = badKind(undefined);
  return {
    push(chunk) {
      kind = badKind(chunk.encoding);
      let text = chunk.text;
      let bad = chunk.bad;
      if (heldCR) {
        text = `\r${text}`;
        bad = bad?.map((o) => o + 1);
        heldCR = false;
      }
      if (text.endsWith('\r')) {
        text = text.slice(0, -1);
        heldCR = true;
      }
      s.process(text, bad, kind);
      return s.take();
    },
    end() {
      if (heldCR) s.process('\r', undefined, kind);
      heldCR = false;
      s.end();
      return s.take();
    },
    get clean() {
      return !heldCR && s.clean();
    },
    get next() {
      return s.next();
    },
    skip() {
      s.skip();
    },
  };
}

/** @internal Splits decoded text into lines, in batches; the first line is numbered `firstLine` (a later part of a file read on its own). */
export async function* splitLines(chunks: AsyncIterable<TextChunk>, max: number, preview: number, firstLine = 1): AsyncGenerator<LineBatch> {
  const s = textLineSplitter(max, preview, firstLine);
  for await (const chunk of chunks) {
    const b = s.push(chunk);
    if (b !== undefined) yield b;
  }
  const b = s.end();
  if (b !== undefined) yield b;
}
