/**
 * Bytes to text: UTF-8 (with or without a byte order mark) and UTF-16 LE/BE (detected by their BOM,
 * or without one by the NUL bytes of ASCII text, as Excel's "Unicode text" writes). Invalid bytes are
 * never replaced silently: each decoded chunk carries the offsets of the characters that stand for
 * invalid bytes, so the record holding them is rejected.
 * @internal
 * @module
 */
import type { ReaderSource } from './source';
import { chunksOf } from './source';

/** The text encodings the readers recognise. @category Input */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** @internal A piece of decoded text and where, in it, invalid input was replaced by U+FFFD. */
export interface TextChunk {
  readonly text: string;
  /** Offsets (in `text`) of characters that replace invalid bytes; absent when there are none. */
  readonly bad?: readonly number[];
  /** The encoding of byte input; absent for string input. */
  readonly encoding?: TextEncoding;
  /**
   * The UTF-8 bytes `text` was decoded from, when they are all ASCII (byte `i` is character `i`):
   * a reader may read them in place. Valid only until the next chunk is asked for.
   */
  readonly bytes?: Uint8Array;
}

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Where the last complete UTF-8 sequence ends (the rest may continue in the next chunk). */
function completeBoundary(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  let k = 0;
  while (i >= 0 && k < 3 && ((bytes[i] as number) & 0xc0) === 0x80) {
    i--;
    k++;
  }
  if (i < 0) return n;
  const lead = bytes[i] as number;
  const need = lead >= 0xf8 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + need > n ? i : n;
}

const cont = (b: number | undefined, lo = 0x80, hi = 0xbf): boolean => b !== undefined && b >= lo && b <= hi;

/** The length of the valid UTF-8 sequence at `i`, or 0 when it is invalid (WHATWG ranges). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return cont(bytes[i + 1]) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(bytes[i + 1], lo, hi) && cont(bytes[i + 2]) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(bytes[i + 1], lo, hi) && cont(bytes[i + 2]) && cont(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** Decodes UTF-8 that holds invalid bytes: valid runs as they are, each invalid byte as U+FFFD. */
function decodeLossy(bytes: Uint8Array): TextChunk {
  const parts: string[] = [];
  const bad: number[] = [];
  let pos = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (runStart < i) {
      const s = fatal.decode(bytes.subarray(runStart, i));
      parts.push(s);
      pos += s.length;
    }
    bad.push(pos);
    parts.push('\uFFFD');
    pos += 1;
    i += 1;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(fatal.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), bad, encoding: 'utf-8' };
}

function decodeUtf8(bytes: Uint8Array): TextChunk {
  try {
    const text = fatal.decode(bytes);
    // As many characters as bytes: every byte is ASCII (any other character takes two bytes or more, and at most two UTF-16 units for four).
    return text.length === bytes.length ? { text, encoding: 'utf-8', bytes } : { text, encoding: 'utf-8' };
  } catch {
    return decodeLossy(bytes);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): TextChunk {
  const units = bytes.length >> 1;
  const codes = new Uint16Array(units);
  for (let u = 0, i = 0; u < units; u++, i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    codes[u] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  const parts: string[] = [];
  for (let s = 0; s < units; s += 4096) parts.push(String.fromCharCode(...codes.subarray(s, Math.min(units, s + 4096))));
  const text = parts.join('');
  const bad: number[] = [];
  for (const m of text.matchAll(LONE_SURROGATE)) bad.push(m.index);
  const encoding: TextEncoding = littleEndian ? 'utf-16le' : 'utf-16be';
  return bad.length === 0 ? { text, encoding } : { text, bad, encoding };
}

/** @internal The encoding of byte input from its first bytes, and the length of its byte order mark. */
export function detectEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number } {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (a !== undefined && b !== undefined) {
    if (a !== 0 && b === 0) return { encoding: 'utf-16le', bom: 0 };
    if (a === 0 && b !== 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return { encoding: 'utf-8', bom: 0 };
}

/** A byte decoder for one encoding that keeps incomplete sequences for the next chunk. */
function byteDecoder(encoding: TextEncoding): { push(bytes: Uint8Array): TextChunk | undefined; end(): TextChunk | undefined } {
  let carry = new Uint8Array(0);
  const utf16 = encoding !== 'utf-8';
  const cut = (bytes: Uint8Array): number => {
    if (!utf16) return completeBoundary(bytes);
    let n = bytes.length & ~1;
    if (n >= 2) {
      const last = encoding === 'utf-16le' ? (bytes[n - 2] as number) | ((bytes[n - 1] as number) << 8) : ((bytes[n - 2] as number) << 8) | (bytes[n - 1] as number);
      if (last >= 0xd800 && last <= 0xdbff) n -= 2;
    }
    return n;
  };
  const decode = (bytes: Uint8Array): TextChunk => (utf16 ? decodeUtf16(bytes, encoding === 'utf-16le') : decodeUtf8(bytes));
  return {
    push(chunk) {
      const bytes = carry.length === 0 ? chunk : concat(carry, chunk);
      const at = cut(bytes);
      carry = bytes.slice(at);
      return at === 0 ? undefined : decode(bytes.subarray(0, at));
    },
    end() {
      if (carry.length === 0) return undefined;
      const rest = carry;
      carry = new Uint8Array(0);
      // An incomplete sequence at the end of the input is invalid: decoded with its replacement marked.
      const text = utf16 && rest.length >= 2 ? decodeUtf16(rest, encoding === 'utf-16le').text : '';
      return { text: `${text}\uFFFD`, bad: [text.length], encoding };
    },
  };
}

/** The most bytes decoded into one text (see {@link decodeSource}). */
const DECODE_PIECE = 1 << 16;

/**
 * @internal The decoded text of a source, chunk by chunk. A leading byte order mark is removed
 * (from bytes and from string input alike). Nothing of a byte chunk is kept once the next chunk is
 * asked for (the bytes a chunk ends with mid-character are copied), so a source may read into
 * the same buffers again; a text's `bytes` are a view of its chunk, valid until then.
 */
export async function* decodeSource(source: ReaderSource): AsyncGenerator<TextChunk> {
  let head: Uint8Array | undefined;
  let decoder: ReturnType<typeof byteDecoder> | undefined;
  let first = true;
  const feed = (chunk: Uint8Array): TextChunk | undefined => {
    let bytes = chunk;
    if (decoder === undefined) {
      head = head === undefined ? chunk : concat(head, chunk);
      // Kept for the next chunk: a copy (a source may reuse its buffer once the next chunk is asked for).
      if (head.length < 4) {
        if (head === chunk) head = chunk.slice();
        return undefined;
      }
      const { encoding, bom } = detectEncoding(head);
      decoder = byteDecoder(encoding);
      first = false;
      bytes = head.subarray(bom);
      head = undefined;
    }
    const out = decoder.push(bytes);
    return out !== undefined && out.text.length > 0 ? out : undefined;
  };
  const flush = (): TextChunk | undefined => {
    if (head !== undefined && decoder === undefined) {
      const pending: Uint8Array = head;
      head = new Uint8Array(0);
      const { encoding, bom } = detectEncoding(pending);
      decoder = byteDecoder(encoding);
      first = false;
      head = undefined;
      const out = decoder.push(pending.subarray(bom));
      const rest = decoder.end();
      const text = (out?.text ?? '') + (rest?.text ?? '');
      const bad = [...(out?.bad ?? []), ...(rest?.bad ?? []).map((b) => b + (out?.text.length ?? 0))];
      return text.length === 0 ? undefined : bad.length === 0 ? { text, encoding } : { text, bad, encoding };
    }
    return decoder?.end();
  };
  for await (const chunk of chunksOf(source)) {
    if (typeof chunk !== 'string') {
      // Large byte chunks (the CLI reads 1 MiB at a time) are decoded in pieces: a text over about
      // 128 KiB is allocated in V8's old generation at once, and the dead chunks piled up there
      // (a 300,000-line report peaked at 170 MB in 1 MiB chunks, 95 MB in 64 KiB ones).
      for (let at = 0; at < chunk.length; at += DECODE_PIECE) {
        const out = feed(chunk.subarray(at, at + DECODE_PIECE));
        if (out !== undefined) yield out;
      }
      continue;
    }
    const rest = flush();
    decoder = undefined;
    if (rest !== undefined) yield rest;
    const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    if (chunk.length > 0) first = false;
    if (text.length > 0) yield { text };
  }
  const rest = flush();
  if (rest !== undefined) yield rest;
}
