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
const DOSSIER_KEYS = allowed(['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'paymentChannel', 'steps', 'events', 'submittedAt', 'receivingUnitId', 'boundaryFree', 'resultDelivery', 'applicantKey'], TOP);
const STEP_SCHEMA = schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['steps'], 'unwrap', 'element');
const EVENT_SCHEMA = schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['events'], 'unwrap', 'element');
const STEP_KEYS = allowed(['officialId', 'departmentId', 'startedAt', 'endedAt', 'allottedHours', 'verdict'], STEP_SCHEMA);
const EVENT_KEYS = allowed(['type', 'at', 'newDueAt', 'previousDueAt'], EVENT_SCHEMA);
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
function protoClean(): boolean {
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
/** id, procedureId, departmentId, channel, receivedAt. */
const TOP_REQUIRED = 0b1010111;
/** officialId, departmentId, startedAt. */
const STEP_REQUIRED = 0b111;
/** type, at. */
const EVENT_REQUIRED = 0b11;

/** An optional appointment on an event: absent, or an instant not before reception. */
function dueOk(value: unknown, received: number): boolean {
  return value === undefined || at(value) >= received;
}

/** Checks the events; `endedText`/`endedMs` are the last step's end (an event at that instant is not read again). */
function eventsOk(events: unknown, received: number, symbols: boolean, instants: number[] | undefined, endedText: unknown, endedMs: number): boolean {
  if (!Array.isArray(events)) return false;
  let previous = received;
  for (let i = 0; i < events.length; i++) {
    const e: unknown = events[i];
    if (plainProto(e) === undefined) return false;
    const event = e as Record<string, unknown>;
    if (symbols && Object.getOwnPropertySymbols(event).length > 0) return false;
    let seen = 0;
    let type: unknown;
    let atText: unknown;
    let newDue: unknown;
    let previousDue: unknown;
    for (const key in event) {
      if (!hasOwn(event, key)) return false;
      const v = event[key];
      switch (key) {
        case 'type':
          if (!EVENT_TYPE || !eventType(v)) return false;
          type = v;
          seen |= 1;
          break;
        case 'at':
          if (!EVENT_AT) return false;
          atText = v;
          seen |= 2;
          break;
        case 'newDueAt':
          if (!EVENT_NEW_DUE || v === undefined) return false;
          newDue = v;
          seen |= 4;
          break;
        case 'previousDueAt':
          if (!EVENT_PREVIOUS_DUE || v === undefined) return false;
          previousDue = v;
          seen |= 8;
          break;
        default:
          return false;
      }
    }
    if ((seen & EVENT_REQUIRED) !== EVENT_REQUIRED) return false;
    const t = typeof atText === 'string' && atText === endedText ? endedMs : at(atText);
    if (instants !== undefined) instants[i + 1] = t;
    if (!(t >= previous)) return false; // not before reception, and in time order
    previous = t;
    const resubmission = type === 'supplement-received';
    if (newDue !== undefined && ((type !== 'apology' && !resubmission) || !dueOk(newDue, received))) return false;
    if (previousDue !== undefined && (!resubmission || !dueOk(previousDue, received))) return false;
  }
  return true;
}

/**
 * The checks; with `instants`, the instants read on the way are written there (when `true` is
 * returned): `[0]` receivedAt, then each event's `at` from `[1]` (the caller's reusable buffer).
 * Records with fees or digitisation facts are left to the schema (`false`: not sure). Each value
 * is read once, in one loop over the record's own keys.
 */
function canonical(x: unknown, symbols: boolean, instants?: number[]): x is Dossier {
  const proto = plainProto(x);
  // The steps' and events' prototypes are Object.prototype or null too: one check covers them.
  if (proto === undefined || !protoClean()) return false;
  const d = x as Record<string, unknown>;
  if (symbols && Object.getOwnPropertySymbols(d).length > 0) return false;
  let seen = 0;
  let channel: unknown;
  let level: unknown;
  let receivedAt: unknown;
  let dueAt: unknown;
  let submittedAt: unknown;
  let steps: unknown;
  let events: unknown;
  for (const key in d) {
    if (!hasOwn(d, key)) return false;
    const v = d[key];
    switch (key) {
      case 'id':
        if (!TOP_ID || !nonEmpty(v)) return false;
        seen |= 1;
        break;
      case 'procedureId':
        if (!TOP_PROCEDURE || !nonEmpty(v)) return false;
        seen |= 1 << 1;
        break;
      case 'departmentId':
        if (!TOP_DEPARTMENT || !nonEmpty(v)) return false;
        seen |= 1 << 2;
        break;
      case 'officialId':
        if (!TOP_OFFICIAL || !nonEmpty(v)) return false;
        seen |= 1 << 3;
        break;
      case 'channel':
        if (!TOP_CHANNEL || (v !== 'online' && v !== 'direct' && v !== 'postal' && v !== 'unknown')) return false;
        channel = v;
        seen |= 1 << 4;
        break;
      case 'onlineLevel':
        if (!TOP_LEVEL || (v !== 'full' && v !== 'partial')) return false;
        level = v;
        seen |= 1 << 5;
        break;
      case 'receivedAt':
        if (!TOP_RECEIVED) return false;
        receivedAt = v;
        seen |= 1 << 6;
        break;
      case 'dueAt':
        if (!TOP_DUE || v === undefined) return false;
        dueAt = v;
        seen |= 1 << 7;
        break;
      case 'processingDays':
        if (!TOP_DAYS || !(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) return false;
        seen |= 1 << 8;
        break;
      case 'paymentChannel':
        if (!TOP_PAYMENT || (v !== 'online' && v !== 'direct')) return false;
        seen |= 1 << 9;
        break;
      case 'steps':
        if (!TOP_STEPS || v === undefined) return false;
        steps = v;
        seen |= 1 << 10;
        break;
      case 'events':
        if (!TOP_EVENTS || v === undefined) return false;
        events = v;
        seen |= 1 << 11;
        break;
      case 'submittedAt':
        if (!TOP_SUBMITTED || v === undefined) return false;
        submittedAt = v;
        seen |= 1 << 12;
        break;
      case 'receivingUnitId':
        if (!TOP_RECEIVING || !nonEmpty(v)) return false;
        seen |= 1 << 13;
        break;
      case 'boundaryFree':
        if (!TOP_BOUNDARY || typeof v !== 'boolean') return false;
        seen |= 1 << 14;
        break;
      case 'resultDelivery':
        if (!TOP_DELIVERY || (v !== 'counter' && v !== 'post' && v !== 'online')) return false;
        seen |= 1 << 15;
        break;
      case 'applicantKey':
        if (!TOP_APPLICANT || !nonEmpty(v)) return false;
        seen |= 1 << 16;
        break;
      default:
        return false;
    }
  }
  if ((seen & TOP_REQUIRED) !== TOP_REQUIRED) return false;
  if (level !== undefined && channel !== 'online') return false;
  const received = at(receivedAt);
  if (instants !== undefined) instants[0] = received;
  if (Number.isNaN(received)) return false;
  if (dueAt !== undefined && !(at(dueAt) >= received)) return false;
  if (submittedAt !== undefined && !(at(submittedAt) <= received)) return false;
  // The steps, in this function so that the last end read is at hand for the events: a step
  // usually starts when the one before ended, and an end event is often at the last step's end
  // (an equal text is the same instant: read once).
  let endedText: unknown;
  let endedMs = Number.NaN;
  if (steps !== undefined) {
    if (!Array.isArray(steps)) return false;
    for (let i = 0; i < steps.length; i++) {
      const s: unknown = steps[i];
      if (plainProto(s) === undefined) return false;
      const step = s as Record<string, unknown>;
      if (symbols && Object.getOwnPropertySymbols(step).length > 0) return false;
      let seen = 0;
      let startedAt: unknown;
      let endedAt: unknown;
      for (const key in step) {
        if (!hasOwn(step, key)) return false;
        const v = step[key];
        switch (key) {
          case 'officialId':
            if (!STEP_OFFICIAL || !nonEmpty(v)) return false;
            seen |= 1;
            break;
          case 'departmentId':
            if (!STEP_DEPARTMENT || !nonEmpty(v)) return false;
            seen |= 2;
            break;
          case 'startedAt':
            if (!STEP_STARTED) return false;
            startedAt = v;
            seen |= 4;
            break;
          case 'endedAt':
            if (!STEP_ENDED || v === undefined) return false;
            endedAt = v;
            seen |= 8;
            break;
          case 'allottedHours':
            if (!STEP_HOURS || !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) return false;
            seen |= 16;
            break;
          case 'verdict':
            if (!STEP_VERDICT || (v !== 'early' && v !== 'onTime' && v !== 'late')) return false;
            seen |= 32;
            break;
          default:
            return false;
        }
      }
      if ((seen & STEP_REQUIRED) !== STEP_REQUIRED) return false;
      const started = typeof startedAt === 'string' && startedAt === endedText ? endedMs : at(startedAt);
      if (!(started >= received)) return false;
      if (endedAt !== undefined) {
        endedMs = at(endedAt);
        endedText = endedAt;
        if (!(endedMs >= started)) return false;
      }
    }
  }
  // The latest step end read (its text and its ms together) is reused for an event at that instant.
  return events === undefined || eventsOk(events, received, symbols, instants, endedText, endedMs);
}
