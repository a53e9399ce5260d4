/**
 * Validation of dossier records for the report's hot path: a fast check of the canonical shape
 * (plain JSON objects, instants `YYYY-MM-DDTHH:mm:ss+07:00`) that accepts only what `parseDossier`
 * accepts, falling back to the full zod validation (`parseDossier`) for everything else, so
 * accepted and rejected records are exactly those of `parseDossier` (property-tested).
 * @module
 */
import type { Dossier } from './dossier';
import { DossierSchema } from './dossier';
import { readInstant } from '../_lib/fastInstant';

/** The keys of a zod object schema (through `.optional()` and arrays), or none when it is not one. */
function schemaKeys(schema: unknown, ...path: ('element' | 'unwrap')[]): ReadonlySet<string> {
  let s: unknown = schema;
  for (const step of path) {
    if (typeof s !== 'object' || s === null) return new Set();
    s = step === 'element' ? (s as { element?: unknown }).element : typeof (s as { unwrap?: unknown }).unwrap === 'function' ? (s as { unwrap: () => unknown }).unwrap() : undefined;
  }
  const shape = typeof s === 'object' && s !== null ? (s as { shape?: unknown }).shape : undefined;
  return new Set(typeof shape === 'object' && shape !== null ? Object.keys(shape) : []);
}

/** Only the keys this fast path checks AND the schema defines: a key added to the schema later falls back to zod. */
function allowed(checked: readonly string[], inSchema: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(checked.filter((k) => inSchema.has(k)));
}

const TOP = schemaKeys(DossierSchema);
/** @internal The keys of the dossier, step and event schemas this fast path checks (those the schema still defines). */
export const DOSSIER_KEYS = allowed(['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'paymentChannel', 'steps', 'events', 'submittedAt', 'receivingUnitId', 'boundaryFree', 'resultDelivery', 'applicantKey'], TOP);
const STEP_SCHEMA = schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['steps'], 'unwrap', 'element');
const EVENT_SCHEMA = schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['events'], 'unwrap', 'element');
export const STEP_KEYS = allowed(['officialId', 'departmentId', 'startedAt', 'endedAt', 'allottedHours', 'verdict'], STEP_SCHEMA);
export const EVENT_KEYS = allowed(['type', 'at', 'newDueAt', 'previousDueAt'], EVENT_SCHEMA);
/** Whether `v` is one of the event types (comparisons: cheaper than `Set.has` on the hot path). */
function eventType(v: unknown): boolean {
  return v === 'processed' || v === 'returned' || v === 'supplement-requested' || v === 'supplement-received' || v === 'apology' || v === 'stopped' || v === 'rejected' || v === 'withdrawn';
}

// Whether each key is allowed, read once from the sets above: a `switch` on the key is much
// cheaper per key than `Set.has` on the hot path.
const TOP_ID = DOSSIER_KEYS.has('id');
const TOP_PROCEDURE = DOSSIER_KEYS.has('procedureId');
const TOP_DEPARTMENT = DOSSIER_KEYS.has('departmentId');
const TOP_OFFICIAL = DOSSIER_KEYS.has('officialId');
const TOP_CHANNEL = DOSSIER_KEYS.has('channel');
const TOP_LEVEL = DOSSIER_KEYS.has('onlineLevel');
const TOP_RECEIVED = DOSSIER_KEYS.has('receivedAt');
const TOP_DUE = DOSSIER_KEYS.has('dueAt');
const TOP_DAYS = DOSSIER_KEYS.has('processingDays');
const TOP_PAYMENT = DOSSIER_KEYS.has('paymentChannel');
const TOP_STEPS = DOSSIER_KEYS.has('steps');
const TOP_EVENTS = DOSSIER_KEYS.has('events');
const TOP_SUBMITTED = DOSSIER_KEYS.has('submittedAt');
const TOP_RECEIVING = DOSSIER_KEYS.has('receivingUnitId');
const TOP_BOUNDARY = DOSSIER_KEYS.has('boundaryFree');
const TOP_DELIVERY = DOSSIER_KEYS.has('resultDelivery');
const TOP_APPLICANT = DOSSIER_KEYS.has('applicantKey');
const STEP_OFFICIAL = STEP_KEYS.has('officialId');
const STEP_DEPARTMENT = STEP_KEYS.has('departmentId');
const STEP_STARTED = STEP_KEYS.has('startedAt');
const STEP_ENDED = STEP_KEYS.has('endedAt');
const STEP_HOURS = STEP_KEYS.has('allottedHours');
const STEP_VERDICT = STEP_KEYS.has('verdict');
const EVENT_TYPE = EVENT_KEYS.has('type');
const EVENT_AT = EVENT_KEYS.has('at');
const EVENT_NEW_DUE = EVENT_KEYS.has('newDueAt');
const EVENT_PREVIOUS_DUE = EVENT_KEYS.has('previousDueAt');

const OBJECT_PROTO: object = Object.prototype;
const hasOwn = (x: object, key: string): boolean => Object.prototype.hasOwnProperty.call(x, key);

/** Every key of the dossier, step and event schemas, as of this writing. */
const PROTO_CHECKED = ['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'paymentChannel', 'steps', 'events', 'submittedAt', 'receivingUnitId', 'boundaryFree', 'resultDelivery', 'applicantKey', 'fees', 'digitisation', 'startedAt', 'endedAt', 'allottedHours', 'verdict', 'type', 'at', 'newDueAt', 'previousDueAt'];
/** Whether {@link protoClean} checks every key the schemas define (a key added later turns the fast path off until it is listed). */
const PROTO_COVERED = [...TOP, ...STEP_SCHEMA, ...EVENT_SCHEMA].every((k) => PROTO_CHECKED.includes(k));

/**
 * Whether `Object.prototype` carries none of the schemas' keys. zod reads `input[key]` through the
 * prototype, while the fast path reads each value once, in the loop over the record's own keys:
 * with such a key inherited, a record is left to the schema (`false`: not sure). One constant-key
 * `in` per name (a handful of nanoseconds each); no getter is run.
 */
export function protoClean(): boolean {
  const p = OBJECT_PROTO;
  return PROTO_COVERED &&
    !('id' in p || 'procedureId' in p || 'departmentId' in p || 'officialId' in p || 'channel' in p || 'onlineLevel' in p || 'receivedAt' in p ||
      'dueAt' in p || 'processingDays' in p || 'paymentChannel' in p || 'steps' in p || 'events' in p || 'submittedAt' in p || 'receivingUnitId' in p ||
      'boundaryFree' in p || 'resultDelivery' in p || 'applicantKey' in p || 'fees' in p || 'digitisation' in p || 'startedAt' in p || 'endedAt' in p ||
      'allottedHours' in p || 'verdict' in p || 'type' in p || 'at' in p || 'newDueAt' in p || 'previousDueAt' in p);
}

/** The prototype of a plain object (`Object.prototype` or null), or `undefined` when `x` is not one. */
function plainProto(x: unknown): object | null | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const proto = Object.getPrototypeOf(x) as object | null;
  return proto === OBJECT_PROTO || proto === null ? proto : undefined;
}

function nonEmpty(x: unknown): boolean {
  return typeof x === 'string' && x.length > 0;
}

/** An instant's epoch ms, or NaN when not an instant with offset. */
function at(x: unknown): number {
  const ms = readInstant(x);
  return typeof ms === 'number' ? ms : Number.NaN;
}

/**
 * @internal Whether `x` is certainly a valid dossier (the checks of `DossierSchema`, on plain
 * objects and arrays only). `false` means "not sure": run `parseDossier`.
 */
export function isCanonicalDossier(x: unknown): x is Dossier {
  return canonical(x, true);
}

/**
 * @internal Whether `x` is certainly a dossier `parseDossier` accepts (the checks of
 * {@link isCanonicalDossier} less the one on symbol keys, which zod ignores): `false` means "not
 * sure". With symbol keys allowed the record itself may carry symbol-keyed properties that
 * `parseDossier`'s copy would not; acceptance is the same.
 */
export function isAcceptedDossier(x: unknown, instants?: number[]): x is Dossier {
  return canonical(x, false, instants);
}

// Bits of the keys a record holds (the order of the switch cases below).
/** What one check reads on the way: the values checked after the loop over a record's keys, and the latest step end. */
interface Scratch {
  channel: unknown;
  level: unknown;
  receivedAt: unknown;
  dueAt: unknown;
  submittedAt: unknown;
  steps: unknown;
  events: unknown;
  startedAt: unknown;
  endedAt: unknown;
  type: unknown;
  eventAt: unknown;
  newDue: unknown;
  previousDue: unknown;
  /** The latest step end read, its text and its ms together: an equal text is the same instant, read once. */
  endedText: unknown;
  endedMs: number;
}

// Bits of the keys a record holds (one per key of each object kind).
/** id, procedureId, departmentId, channel, receivedAt. */
const TOP_REQUIRED = 0b1010111;
/** officialId, departmentId, startedAt. */
const STEP_REQUIRED = 0b111;
/** type, at. */
const EVENT_REQUIRED = 0b11;

/** The bit of a valid top-level field, or -1 (not sure); the fields checked later are kept in `r`. */
function topField(key: string, v: unknown, r: Scratch): number {
  switch (key) {
    case 'id':
      return TOP_ID && nonEmpty(v) ? 1 : -1;
    case 'procedureId':
      return TOP_PROCEDURE && nonEmpty(v) ? 1 << 1 : -1;
    case 'departmentId':
      return TOP_DEPARTMENT && nonEmpty(v) ? 1 << 2 : -1;
    case 'officialId':
      return TOP_OFFICIAL && nonEmpty(v) ? 1 << 3 : -1;
    case 'channel':
      r.channel = v;
      return TOP_CHANNEL && (v === 'online' || v === 'direct' || v === 'postal' || v === 'unknown') ? 1 << 4 : -1;
    case 'onlineLevel':
      r.level = v;
      return TOP_LEVEL && (v === 'full' || v === 'partial') ? 1 << 5 : -1;
    case 'receivedAt':
      r.receivedAt = v;
      return TOP_RECEIVED ? 1 << 6 : -1;
    case 'dueAt':
      r.dueAt = v;
      return TOP_DUE && v !== undefined ? 1 << 7 : -1;
    case 'processingDays':
      return TOP_DAYS && typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? 1 << 8 : -1;
    case 'paymentChannel':
      return TOP_PAYMENT && (v === 'online' || v === 'direct') ? 1 << 9 : -1;
    case 'steps':
      r.steps = v;
      return TOP_STEPS && v !== undefined ? 1 << 10 : -1;
    case 'events':
      r.events = v;
      return TOP_EVENTS && v !== undefined ? 1 << 11 : -1;
    case 'submittedAt':
      r.submittedAt = v;
      return TOP_SUBMITTED && v !== undefined ? 1 << 12 : -1;
    case 'receivingUnitId':
      return TOP_RECEIVING && nonEmpty(v) ? 1 << 13 : -1;
    case 'boundaryFree':
      return TOP_BOUNDARY && typeof v === 'boolean' ? 1 << 14 : -1;
    case 'resultDelivery':
      return TOP_DELIVERY && (v === 'counter' || v === 'post' || v === 'online') ? 1 << 15 : -1;
    case 'applicantKey':
      return TOP_APPLICANT && nonEmpty(v) ? 1 << 16 : -1;
    default:
      return -1;
  }
}

/** The bit of a valid step field, or -1; the instants are kept in `r`. */
function stepField(key: string, v: unknown, r: Scratch): number {
  switch (key) {
    case 'officialId':
      return STEP_OFFICIAL && nonEmpty(v) ? 1 : -1;
    case 'departmentId':
      return STEP_DEPARTMENT && nonEmpty(v) ? 2 : -1;
    case 'startedAt':
      r.startedAt = v;
      return STEP_STARTED ? 4 : -1;
    case 'endedAt':
      r.endedAt = v;
      return STEP_ENDED && v !== undefined ? 8 : -1;
    case 'allottedHours':
      return STEP_HOURS && typeof v === 'number' && Number.isFinite(v) && v >= 0 ? 16 : -1;
    case 'verdict':
      return STEP_VERDICT && (v === 'early' || v === 'onTime' || v === 'late') ? 32 : -1;
    default:
      return -1;
  }
}

/** The bit of a valid event field, or -1; the type and the instants are kept in `r`. */
function eventField(key: string, v: unknown, r: Scratch): number {
  switch (key) {
    case 'type':
      r.type = v;
      return EVENT_TYPE && eventType(v) ? 1 : -1;
    case 'at':
      r.eventAt = v;
      return EVENT_AT ? 2 : -1;
    case 'newDueAt':
      r.newDue = v;
      return EVENT_NEW_DUE && v !== undefined ? 4 : -1;
    case 'previousDueAt':
      r.previousDue = v;
      return EVENT_PREVIOUS_DUE && v !== undefined ? 8 : -1;
    default:
      return -1;
  }
}

/**
 * Whether `x` is a plain object (see `plainProto`) without symbol keys (with `symbols`): the objects
 * whose own keys the loops below check. Each loop returns the bits of the keys, or -1 when not sure:
 * an inherited enumerable key, a key the fast path does not know, or a value it does not take. Each
 * value is read once. (Three loops, not one with the field check as an argument: each call stays
 * monomorphic on the hot path.)
 */
function plainRecord(x: unknown, symbols: boolean): x is Record<string, unknown> {
  return plainProto(x) !== undefined && !(symbols && Object.getOwnPropertySymbols(x as object).length > 0);
}

function topFields(o: Record<string, unknown>, r: Scratch): number {
  let seen = 0;
  for (const key in o) {
    const bit = hasOwn(o, key) ? topField(key, o[key], r) : -1;
    if (bit < 0) return -1;
    seen |= bit;
  }
  return seen;
}

function stepFields(o: Record<string, unknown>, r: Scratch): number {
  let seen = 0;
  for (const key in o) {
    const bit = hasOwn(o, key) ? stepField(key, o[key], r) : -1;
    if (bit < 0) return -1;
    seen |= bit;
  }
  return seen;
}

function eventFields(o: Record<string, unknown>, r: Scratch): number {
  let seen = 0;
  for (const key in o) {
    const bit = hasOwn(o, key) ? eventField(key, o[key], r) : -1;
    if (bit < 0) return -1;
    seen |= bit;
  }
  return seen;
}

/** The instant of `text`, reusing the latest step end when it is the same text. */
function atOrEnd(text: unknown, r: Scratch): number {
  return typeof text === 'string' && text === r.endedText ? r.endedMs : at(text);
}

function stepsOk(steps: unknown, received: number, symbols: boolean, r: Scratch): boolean {
  if (!Array.isArray(steps)) return false;
  for (let i = 0; i < steps.length; i++) {
    r.startedAt = undefined;
    r.endedAt = undefined;
    const step: unknown = steps[i];
    if (!plainRecord(step, symbols)) return false;
    const seen = stepFields(step, r);
    if (seen < 0 || (seen & STEP_REQUIRED) !== STEP_REQUIRED) return false;
    // A step usually starts when the one before ended.
    const started = atOrEnd(r.startedAt, r);
    if (!(started >= received)) return false;
    if (r.endedAt !== undefined) {
      r.endedMs = at(r.endedAt);
      r.endedText = r.endedAt;
      if (!(r.endedMs >= started)) return false;
    }
  }
  return true;
}

/** An optional appointment on an event: absent, or an instant not before reception. */
function dueOk(value: unknown, received: number): boolean {
  return value === undefined || at(value) >= received;
}

function eventsOk(events: unknown, received: number, symbols: boolean, instants: number[] | undefined, r: Scratch): boolean {
  if (!Array.isArray(events)) return false;
  let previous = received;
  for (let i = 0; i < events.length; i++) {
    r.type = undefined;
    r.eventAt = undefined;
    r.newDue = undefined;
    r.previousDue = undefined;
    const event: unknown = events[i];
    if (!plainRecord(event, symbols)) return false;
    const seen = eventFields(event, r);
    if (seen < 0 || (seen & EVENT_REQUIRED) !== EVENT_REQUIRED) return false;
    // An end event is often at the last step's end.
    const t = atOrEnd(r.eventAt, r);
    if (instants !== undefined) instants[i + 1] = t;
    if (!(t >= previous)) return false; // not before reception, and in time order
    previous = t;
    const type = r.type;
    const resubmission = type === 'supplement-received';
    if (r.newDue !== undefined && ((type !== 'apology' && !resubmission) || !dueOk(r.newDue, received))) return false;
    if (r.previousDue !== undefined && (!resubmission || !dueOk(r.previousDue, received))) return false;
  }
  return true;
}

/**
 * The checks; with `instants`, the instants read on the way are written there (when `true` is
 * returned): `[0]` receivedAt, then each event's `at` from `[1]` (the caller's reusable buffer).
 * Records with fees or digitisation facts are left to the schema (`false`: not sure). Each value
 * is read once, in one loop over each object's own keys.
 */
function canonical(x: unknown, symbols: boolean, instants?: number[]): x is Dossier {
  // The steps' and events' prototypes are Object.prototype or null too: one check covers them.
  if (!protoClean() || !plainRecord(x, symbols)) return false;
  const r: Scratch = {
    channel: undefined, level: undefined, receivedAt: undefined, dueAt: undefined, submittedAt: undefined, steps: undefined, events: undefined,
    startedAt: undefined, endedAt: undefined, type: undefined, eventAt: undefined, newDue: undefined, previousDue: undefined, endedText: undefined, endedMs: Number.NaN,
  };
  const seen = topFields(x, r);
  if (seen < 0 || (seen & TOP_REQUIRED) !== TOP_REQUIRED) return false;
  if (r.level !== undefined && r.channel !== 'online') return false;
  const received = at(r.receivedAt);
  if (instants !== undefined) instants[0] = received;
  if (Number.isNaN(received)) return false;
  if (r.dueAt !== undefined && !(at(r.dueAt) >= received)) return false;
  if (r.submittedAt !== undefined && !(at(r.submittedAt) <= received)) return false;
  if (r.steps !== undefined && !stepsOk(r.steps, received, symbols, r)) return false;
  return r.events === undefined || eventsOk(r.events, received, symbols, instants, r);
}
