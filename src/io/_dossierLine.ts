/**
 * A schema-specialised reader of one line of JSON text holding a dossier in the canonical shape:
 * the keys of `DossierSchema` (any order, each once, space or tab between tokens), strings
 * of printable ASCII without escapes, instants `YYYY-MM-DDTHH:mm:ss+07:00`, plain decimal numbers
 * of at most 15 digits. For such a line it builds the object `JSON.parse` builds (same keys in
 * the same order, same values) and checks it as `isAcceptedDossier` does, reading each
 * instant in place rather than as a string afterwards; anything else (another shape, an escape, a
 * `null`, a key it does not know, a value the schema refuses) is "not sure" (`undefined`), and the
 * caller takes the line through `JSON.parse` and the one ingest step, so what is accepted and what
 * is rejected (with its issues) is exactly that road's (property-tested).
 *
 * Written for speed: every reader takes the bytes, a position and the end, and returns the next
 * position (-1: not sure); values come back through module slots.
 * @internal
 * @module
 */
import { canonicalDayInBytes, canonicalTimeInView } from '../_lib/fastInstant';
import type { Dossier } from '../model/dossier';
import { DOSSIER_KEYS, EVENT_KEYS, protoClean, STEP_KEYS } from '../model/ingestDossier';

const TOP = ['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'paymentChannel', 'steps', 'events', 'submittedAt', 'receivingUnitId', 'boundaryFree', 'resultDelivery', 'applicantKey'] as const;
const STEP = ['officialId', 'departmentId', 'startedAt', 'endedAt', 'allottedHours', 'verdict'] as const;
const EVENT = ['type', 'at', 'newDueAt', 'previousDueAt'] as const;
/** id, procedureId, departmentId, channel, receivedAt. */
const TOP_REQUIRED = 0b1010111;
/** officialId, departmentId, startedAt. */
const STEP_REQUIRED = 0b111;
/** type, at. */
const EVENT_REQUIRED = 0b11;

/** Whether every key this reader knows is still one the schema defines (a key removed later turns it off). */
const IN_SCHEMA = TOP.every((k) => DOSSIER_KEYS.has(k)) && STEP.every((k) => STEP_KEYS.has(k)) && EVENT.every((k) => EVENT_KEYS.has(k));

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * A table of keys by length, then by first byte (the slot of length `n` and first byte `c` is
 * `n * 128 + c`; a second key in a slot is in `more`), each key's bytes as `"key":`, and the key
 * that followed each key on the line before (`next[bit + 1]`, `next[0]` the first key; -1 none):
 * one comparison finds a key where records keep one order.
 */
interface KeyTable {
  readonly bits: Int8Array;
  readonly bytes: (Uint8Array | undefined)[];
  readonly more: Map<number, [number, Uint8Array][]>;
  readonly quoted: readonly Pattern[];
  readonly next: Int8Array;
}

/**
 * Bytes (4 to 24) to compare four at a time: their first little-endian 32-bit words, and the word
 * of their last four bytes (which may overlap the words before).
 */
interface Pattern {
  readonly length: number;
  readonly words: number;
  readonly w0: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  readonly w4: number;
  readonly last: number;
}

function pattern(s: string): Pattern {
  const bytes = ascii(s);
  if (bytes.length < 4 || bytes.length > 24) throw new Error(`a pattern of 4 to 24 bytes: ${s}`);
  const v = new DataView(bytes.buffer);
  const word = (i: number): number => (4 * i + 4 <= bytes.length ? v.getUint32(4 * i, true) : 0);
  return { length: bytes.length, words: Math.min(5, bytes.length >> 2), w0: word(0), w1: word(1), w2: word(2), w3: word(3), w4: word(4), last: v.getUint32(bytes.length - 4, true) };
}

// The bytes' view for 32-bit reads (the reader's buffer is reused from batch to batch).
let viewed: Uint8Array | undefined;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

/** Whether the line holds the pattern `k` at `p`. */
function holds(p: number, e: number, k: Pattern): boolean {
  const n = k.length;
  if (p + n > e) return false;
  const v = view;
  if (v.getUint32(p, true) !== k.w0) return false;
  const words = k.words;
  if (words > 1 && v.getUint32(p + 4, true) !== k.w1) return false;
  if (words > 2 && v.getUint32(p + 8, true) !== k.w2) return false;
  if (words > 3 && v.getUint32(p + 12, true) !== k.w3) return false;
  if (words > 4 && v.getUint32(p + 16, true) !== k.w4) return false;
  return v.getUint32(p + n - 4, true) === k.last;
}

function keyTable(keys: readonly string[]): KeyTable {
  const bits = new Int8Array(32 * 128).fill(-1);
  const bytes: (Uint8Array | undefined)[] = [];
  const more = new Map<number, [number, Uint8Array][]>();
  keys.forEach((k, bit) => {
    const slot = k.length * 128 + k.charCodeAt(0);
    if (bits[slot] === -1) {
      bits[slot] = bit;
      bytes[slot] = ascii(k);
    } else {
      const list = more.get(slot) ?? [];
      list.push([bit, ascii(k)]);
      more.set(slot, list);
    }
  });
  return { bits, bytes, more, quoted: keys.map((k) => pattern(`"${k}":`)), next: new Int8Array(keys.length + 1).fill(-1) };
}
const TOP_KEY_TABLE = keyTable(TOP);
const STEP_KEY_TABLE = keyTable(STEP);
const EVENT_KEY_TABLE = keyTable(EVENT);

const CHANNELS = ['online', 'direct', 'postal', 'unknown'] as const;
const LEVELS = ['full', 'partial'] as const;
const PAYMENTS = ['online', 'direct'] as const;
const DELIVERIES = ['counter', 'post', 'online'] as const;
const VERDICTS = ['early', 'onTime', 'late'] as const;
const EVENT_TYPES = ['processed', 'returned', 'supplement-requested', 'supplement-received', 'apology', 'stopped', 'rejected', 'withdrawn'] as const;
/** The values of an enum as patterns `"value"`. */
const enumBytes = (values: readonly string[]): Pattern[] => values.map((v) => pattern(`"${v}"`));
const CHANNEL_BYTES = enumBytes(CHANNELS);
const LEVEL_BYTES = enumBytes(LEVELS);
const PAYMENT_BYTES = enumBytes(PAYMENTS);
const DELIVERY_BYTES = enumBytes(DELIVERIES);
const VERDICT_BYTES = enumBytes(VERDICTS);
const EVENT_TYPE_BYTES = enumBytes(EVENT_TYPES);
/** `true` and `false`, as patterns. */
const BOOLEANS = [pattern('true'), pattern('false')];
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// Where a reader leaves the value it read (one line at a time).
let text = '';
let outString = '';
let outNumber = 0;
let outBit = 0;

/** The position after spaces and tabs from `p`. */
function space(b: Uint8Array, p: number, e: number): number {
  while (p < e) {
    const c = b[p] as number;
    if (c !== 32 && c !== 9) return p;
    p++;
  }
  return p;
}

/** The quote closing the string whose characters start at `p`, or -1 (an escape, a byte outside printable ASCII, the end). */
function stringEnd(b: Uint8Array, p: number, e: number): number {
  while (p < e) {
    const c = b[p] as number;
    if (c === 34) return p;
    if (c === 92 || c < 32 || c > 126) return -1;
    p++;
  }
  return -1;
}

/** Whether `b` holds `k` at `p` (inside the line). */
function equal(b: Uint8Array, p: number, e: number, k: Uint8Array): boolean {
  const n = k.length;
  if (p + n > e) return false;
  for (let i = 0; i < n; i++) if (b[p + i] !== k[i]) return false;
  return true;
}

/**
 * Reads `"key":` at `p` against a key table, `prev` the bit of the key before (-1 for the first):
 * the key's bit in `outBit` (-1 when not one of them); the position of its value.
 */
function key(b: Uint8Array, p: number, e: number, table: KeyTable, prev: number): number {
  const guess = table.next[prev + 1] as number;
  if (guess >= 0) {
    const k = table.quoted[guess] as Pattern;
    if (holds(p, e, k)) {
      outBit = guess;
      return space(b, p + k.length, e);
    }
  }
  if (p >= e || b[p] !== 34) return -1;
  const end = stringEnd(b, p + 1, e);
  if (end < 0) return -1;
  const len = end - p - 1;
  outBit = -1;
  if (len > 0 && len < 32) {
    const slot = len * 128 + (b[p + 1] as number);
    const bit = table.bits[slot] as number;
    if (bit >= 0) {
      if (equal(b, p + 1, end, table.bytes[slot] as Uint8Array)) outBit = bit;
      else {
        const list = table.more.get(slot);
        if (list !== undefined) for (const [other, k] of list) if (equal(b, p + 1, end, k)) outBit = other;
      }
    }
  }
  if (outBit >= 0) table.next[prev + 1] = outBit;
  let q = space(b, end + 1, e);
  if (q >= e || b[q] !== 58) return -1;
  q = space(b, q + 1, e);
  return q;
}

/** A non-empty string at `p` (in `outString`); the position after it, or -1. */
function str(b: Uint8Array, p: number, e: number): number {
  if (p >= e || b[p] !== 34) return -1;
  const end = stringEnd(b, p + 1, e);
  if (end <= p + 1) return -1;
  outString = flat(b, p + 1, end - p - 1);
  return end + 1;
}

const f = String.fromCharCode as (...codes: (number | undefined)[]) => string;

/**
 * The string of the `n` ASCII bytes at `p`, flat: a slice of 13 characters or more would be a
 * view of the line's chunk of text, which V8 reads about ten times slower character by character
 * (the duplicate-id table reads every id, a worker hashes it), so those up to 24 are built from
 * their bytes (one call, about 30 ns); a shorter slice is a copy already.
 */
function flat(b: Uint8Array, p: number, n: number): string {
  switch (n) {
    case 13:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12]);
    case 14:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13]);
    case 15:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14]);
    case 16:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15]);
    case 17:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16]);
    case 18:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17]);
    case 19:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17], b[p + 18]);
    case 20:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17], b[p + 18], b[p + 19]);
    case 21:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17], b[p + 18], b[p + 19], b[p + 20]);
    case 22:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17], b[p + 18], b[p + 19], b[p + 20], b[p + 21]);
    case 23:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17], b[p + 18], b[p + 19], b[p + 20], b[p + 21], b[p + 22]);
    case 24:
      return f(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7], b[p + 8], b[p + 9], b[p + 10], b[p + 11], b[p + 12], b[p + 13], b[p + 14], b[p + 15], b[p + 16], b[p + 17], b[p + 18], b[p + 19], b[p + 20], b[p + 21], b[p + 22], b[p + 23]);
    default:
      return text.slice(p, p + n);
  }
}

/** One of `values` (each `"value"`) at `p` (its index in `outBit`); the position after it, or -1. */
function oneOf(p: number, e: number, values: readonly Pattern[]): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as Pattern;
    if (holds(p, e, v)) {
      outBit = i;
      return p + v.length;
    }
  }
  return -1;
}

// The dates (their 10 bytes as three words) of the instants read last, each with the ms of its
// start (less the offset), by a hash of month and day: an instant on a day seen lately is read
// from its time alone.
const DAYS = 16;
const dateA = new Float64Array(DAYS).fill(-1);
const dateB = new Float64Array(DAYS).fill(-1);
const dateC = new Float64Array(DAYS).fill(-1);
const dateMs = new Float64Array(DAYS);

/** A canonical instant at `p` (its text in `outString`, its ms in `outNumber`); the position after it, or -1. */
function instant(b: Uint8Array, p: number, e: number): number {
  if (p + 27 > e || b[p] !== 34 || b[p + 26] !== 34) return -1;
  const q = p + 1;
  const v = view;
  const a = v.getUint32(q, true);
  const c = v.getUint32(q + 4, true);
  const d = v.getUint16(q + 8, true);
  const slot = (c ^ (c >>> 13) ^ d ^ (d >>> 5)) & (DAYS - 1);
  let day: number;
  if (a === dateA[slot] && c === dateB[slot] && d === dateC[slot]) day = dateMs[slot] as number;
  else {
    day = canonicalDayInBytes(b, q);
    if (Number.isNaN(day)) return -1;
    dateA[slot] = a;
    dateB[slot] = c;
    dateC[slot] = d;
    dateMs[slot] = day;
  }
  const ms = day + canonicalTimeInView(v, q);
  if (Number.isNaN(ms)) return -1;
  outNumber = ms;
  outString = text.slice(q, p + 26);
  return p + 27;
}

/** A number at `p`: digits, optionally a fraction, at most 15 digits in all (exact: one correctly rounded division), in `outNumber`; the position after it, or -1. */
function num(b: Uint8Array, p: number, e: number): number {
  let c = p < e ? (b[p] as number) : -1;
  if (c < 48 || c > 57) return -1;
  // JSON has no leading zeros.
  if (c === 48 && p + 1 < e && (b[p + 1] as number) >= 48 && (b[p + 1] as number) <= 57) return -1;
  let mantissa = 0;
  let digits = 0;
  while (c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    p++;
    c = p < e ? (b[p] as number) : -1;
  }
  let scale = 0;
  if (c === 46) {
    p++;
    c = p < e ? (b[p] as number) : -1;
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale++;
      p++;
      c = p < e ? (b[p] as number) : -1;
    }
    if (scale === 0) return -1;
  }
  if (c === 101 || c === 69 || digits > 15) return -1;
  outNumber = scale === 0 ? mantissa : mantissa / (POW10[scale] as number);
  return p;
}

/**
 * After a member: the position after `,` and spaces (`outBit` 1), or after the closing `close`
 * and spaces (`outBit` 0); -1 when neither.
 */
function after(b: Uint8Array, p: number, e: number, close: number): number {
  p = space(b, p, e);
  if (p >= e) return -1;
  const c = b[p] as number;
  outBit = c === 44 ? 1 : c === close ? 0 : -1;
  return outBit < 0 ? -1 : space(b, p + 1, e);
}

/**
 * The objects the reader builds are plain objects (prototype `Object.prototype`, as `{}` and
 * `JSON.parse` make them: nothing tells them apart) made by constructors, one per kind: V8 sizes
 * a constructor's objects to the properties its first ones received, where every `{}` starts with
 * room for four and grows a separate store as the keys come.
 */
type PlainObject = new () => Record<string, unknown>;
function plainConstructor(): PlainObject {
  const f = function (this: object) {} as unknown as PlainObject & { prototype: object };
  f.prototype = Object.prototype;
  return f;
}
const TopObject = plainConstructor();
const StepObject = plainConstructor();
const EventObject = plainConstructor();

// What the checks after the parse need (the instants of each step and event, as in `_fastDossier`).
const stepStart: number[] = [];
const stepEnd: number[] = [];
const eventAt: number[] = [];
const eventNew: number[] = [];
const eventPrevious: number[] = [];
const eventType: number[] = [];
let stepCount = 0;
let eventCount = 0;
let outObject: Record<string, unknown> = {};

/** A step at `p` (in `outObject`); the position after it, or -1. */
function step(b: Uint8Array, p: number, e: number): number {
  if (p >= e || b[p] !== 123) return -1;
  p = space(b, p + 1, e);
  const o: Record<string, unknown> = new StepObject();
  let started = Number.NaN;
  let ended = Number.NaN;
  let seen = 0;
  let prev = -1;
  for (;;) {
    p = key(b, p, e, STEP_KEY_TABLE, prev);
    const bit = outBit;
    if (p < 0 || bit < 0 || (seen & (1 << bit)) !== 0) return -1;
    seen |= 1 << bit;
    prev = bit;
    switch (bit) {
      case 0:
        p = str(b, p, e);
        o['officialId'] = outString;
        break;
      case 1:
        p = str(b, p, e);
        o['departmentId'] = outString;
        break;
      case 2:
        p = instant(b, p, e);
        o['startedAt'] = outString;
        started = outNumber;
        break;
      case 3:
        p = instant(b, p, e);
        o['endedAt'] = outString;
        ended = outNumber;
        break;
      case 4:
        p = num(b, p, e);
        o['allottedHours'] = outNumber;
        break;
      default:
        p = oneOf(p, e, VERDICT_BYTES);
        o['verdict'] = VERDICTS[outBit];
    }
    if (p < 0) return -1;
    p = after(b, p, e, 125);
    if (p < 0) return -1;
    if (outBit === 0) break;
  }
  if ((seen & STEP_REQUIRED) !== STEP_REQUIRED) return -1;
  stepStart[stepCount] = started;
  stepEnd[stepCount] = ended;
  stepCount++;
  outObject = o;
  return p;
}

/** An event at `p` (in `outObject`); the position after it, or -1. */
function event(b: Uint8Array, p: number, e: number): number {
  if (p >= e || b[p] !== 123) return -1;
  p = space(b, p + 1, e);
  const o: Record<string, unknown> = new EventObject();
  let type = -1;
  let at = Number.NaN;
  let newDue = Number.NaN;
  let previousDue = Number.NaN;
  let seen = 0;
  let prev = -1;
  for (;;) {
    p = key(b, p, e, EVENT_KEY_TABLE, prev);
    const bit = outBit;
    if (p < 0 || bit < 0 || (seen & (1 << bit)) !== 0) return -1;
    seen |= 1 << bit;
    prev = bit;
    if (bit === 0) {
      p = oneOf(p, e, EVENT_TYPE_BYTES);
      type = outBit;
      o['type'] = EVENT_TYPES[type];
    } else {
      p = instant(b, p, e);
      if (bit === 1) {
        o['at'] = outString;
        at = outNumber;
      } else if (bit === 2) {
        o['newDueAt'] = outString;
        newDue = outNumber;
      } else {
        o['previousDueAt'] = outString;
        previousDue = outNumber;
      }
    }
    if (p < 0) return -1;
    p = after(b, p, e, 125);
    if (p < 0) return -1;
    if (outBit === 0) break;
  }
  if ((seen & EVENT_REQUIRED) !== EVENT_REQUIRED) return -1;
  eventType[eventCount] = type;
  eventAt[eventCount] = at;
  eventNew[eventCount] = newDue;
  eventPrevious[eventCount] = previousDue;
  eventCount++;
  outObject = o;
  return p;
}

let outList: unknown[] = [];

/** An array of steps (`events` false) or events at `p` (in `outList`); the position after it, or -1. */
function list(b: Uint8Array, p: number, e: number, events: boolean): number {
  if (p >= e || b[p] !== 91) return -1;
  p = space(b, p + 1, e);
  const out: unknown[] = [];
  if (p < e && b[p] === 93) {
    outList = out;
    return p + 1;
  }
  for (;;) {
    p = events ? event(b, p, e) : step(b, p, e);
    if (p < 0) return -1;
    out.push(outObject);
    p = after(b, p, e, 93);
    if (p < 0) return -1;
    if (outBit === 0) break;
  }
  outList = out;
  return p;
}

/**
 * @internal The dossier on the line `bytes[start..end)` (ASCII bytes: byte `i` is character `i` of
 * `line`, the text they were encoded from) when it is in the canonical shape and valid (the object
 * `JSON.parse(line.slice(start, end))` builds, accepted by `isAcceptedDossier`), its instants
 * written to `instants` as `isAcceptedDossier` writes them (`[0]` receivedAt, `[i + 1]` each
 * event's `at`); `undefined` when not sure (nothing written to rely on). Its strings are slices
 * of `line`.
 */
export function readCanonicalDossierLine(bytes: Uint8Array, line: string, start: number, end: number, instants: number[]): Dossier | undefined {
  return read(bytes, line, start, end, instants, true);
}

/**
 * @internal The dossier at `bytes[start..)`, as {@link readCanonicalDossierLine} reads it from a
 * line that ends where it ends, when the text from `start` to {@link canonicalDossierEnd}`()` holds it
 * (the object and the spaces after it, `limit` at most): the caller checks a line ends there. The
 * reader never reads past a line break (no value holds one, and spaces are only `' '` and tab).
 */
export function readCanonicalDossierAt(bytes: Uint8Array, line: string, start: number, limit: number, instants: number[]): Dossier | undefined {
  return read(bytes, line, start, limit, instants, false);
}

let lastEnd = 0;

/** @internal Where the dossier {@link readCanonicalDossierAt} read last ends, spaces after it included. */
export function canonicalDossierEnd(): number {
  return lastEnd;
}

function read(bytes: Uint8Array, line: string, start: number, end: number, instants: number[], whole: boolean): Dossier | undefined {
  if (!IN_SCHEMA || !protoClean()) return undefined;
  text = line;
  stepCount = 0;
  eventCount = 0;
  if (bytes !== viewed) {
    viewed = bytes;
    view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  try {
    return top(bytes, start, end, instants, whole);
  } finally {
    text = '';
    outString = '';
    outObject = {};
    outList = [];
  }
}

// The top-level facts the checks after the parse need.
let topChannel = -1;
let topLevel = false;
let topReceived = Number.NaN;
let topDue = Number.NaN;
let topSubmitted = Number.NaN;

/** The value of the top-level key `bit` at `p`, stored in `o`; the position after it, or -1. */
function member(b: Uint8Array, p: number, e: number, bit: number, o: Record<string, unknown>): number {
  switch (bit) {
    case 0:
      p = str(b, p, e);
      o['id'] = outString;
      break;
    case 1:
      p = str(b, p, e);
      o['procedureId'] = outString;
      break;
    case 2:
      p = str(b, p, e);
      o['departmentId'] = outString;
      break;
    case 3:
      p = str(b, p, e);
      o['officialId'] = outString;
      break;
    case 4:
      p = oneOf(p, e, CHANNEL_BYTES);
      topChannel = outBit;
      o['channel'] = CHANNELS[topChannel];
      break;
    case 5:
      topLevel = true;
      p = oneOf(p, e, LEVEL_BYTES);
      o['onlineLevel'] = LEVELS[outBit];
      break;
    case 6:
      p = instant(b, p, e);
      o['receivedAt'] = outString;
      topReceived = outNumber;
      break;
    case 7:
      p = instant(b, p, e);
      o['dueAt'] = outString;
      topDue = outNumber;
      break;
    case 8:
      p = num(b, p, e);
      if (!Number.isSafeInteger(outNumber)) p = -1;
      o['processingDays'] = outNumber;
      break;
    case 9:
      p = oneOf(p, e, PAYMENT_BYTES);
      o['paymentChannel'] = PAYMENTS[outBit];
      break;
    case 10:
      p = list(b, p, e, false);
      o['steps'] = outList;
      break;
    case 11:
      p = list(b, p, e, true);
      o['events'] = outList;
      break;
    case 12:
      p = instant(b, p, e);
      o['submittedAt'] = outString;
      topSubmitted = outNumber;
      break;
    case 13:
      p = str(b, p, e);
      o['receivingUnitId'] = outString;
      break;
    case 14:
      p = oneOf(p, e, BOOLEANS);
      o['boundaryFree'] = outBit === 0;
      break;
    case 15:
      p = oneOf(p, e, DELIVERY_BYTES);
      o['resultDelivery'] = DELIVERIES[outBit];
      break;
    default:
      p = str(b, p, e);
      o['applicantKey'] = outString;
  }
  return p;
}

/** The checks of `_fastDossier` across the values read (the steps and events against the reception and each other); the instants written. */
function consistent(instants: number[]): boolean {
  const received = topReceived;
  if (topLevel && topChannel !== 0) return false;
  if (!Number.isNaN(topDue) && !(topDue >= received)) return false;
  if (!Number.isNaN(topSubmitted) && !(topSubmitted <= received)) return false;
  for (let i = 0; i < stepCount; i++) {
    const started = stepStart[i] as number;
    const ended = stepEnd[i] as number;
    if (!(started >= received)) return false;
    if (!Number.isNaN(ended) && !(ended >= started)) return false;
  }
  let previous = received;
  instants[0] = received;
  for (let i = 0; i < eventCount; i++) {
    const t = eventAt[i] as number;
    if (!(t >= previous)) return false;
    previous = t;
    instants[i + 1] = t;
    // 'apology' and 'supplement-received' (EVENT_TYPES[4] and [3]) may carry appointments.
    const type = eventType[i];
    const resubmission = type === 3;
    const newDue = eventNew[i] as number;
    const previousDue = eventPrevious[i] as number;
    if (!Number.isNaN(newDue) && ((type !== 4 && !resubmission) || !(newDue >= received))) return false;
    if (!Number.isNaN(previousDue) && (!resubmission || !(previousDue >= received))) return false;
  }
  return true;
}

function top(b: Uint8Array, p: number, e: number, instants: number[], whole: boolean): Dossier | undefined {
  p = space(b, p, e);
  if (p >= e || b[p] !== 123) return undefined;
  p = space(b, p + 1, e);
  const o: Record<string, unknown> = new TopObject();
  let seen = 0;
  let prev = -1;
  topChannel = -1;
  topLevel = false;
  topReceived = Number.NaN;
  topDue = Number.NaN;
  topSubmitted = Number.NaN;
  for (;;) {
    p = key(b, p, e, TOP_KEY_TABLE, prev);
    const bit = outBit;
    if (p < 0 || bit < 0 || (seen & (1 << bit)) !== 0) return undefined;
    seen |= 1 << bit;
    prev = bit;
    p = member(b, p, e, bit, o);
    if (p < 0) return undefined;
    p = after(b, p, e, 125);
    if (p < 0) return undefined;
    if (outBit === 0) break;
  }
  // Nothing after the object but spaces (`after` skipped them) on a whole line, every required key, the cross-field checks.
  if ((whole && p < e) || (seen & TOP_REQUIRED) !== TOP_REQUIRED || !consistent(instants)) return undefined;
  lastEnd = p;
  return o as unknown as Dossier;
}
