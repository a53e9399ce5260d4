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
const STEP_KEYS = allowed(['officialId', 'departmentId', 'startedAt', 'endedAt', 'allottedHours', 'verdict'], schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['steps'], 'unwrap', 'element'));
const EVENT_KEYS = allowed(['type', 'at', 'newDueAt', 'previousDueAt'], schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['events'], 'unwrap', 'element'));
const EVENT_TYPES = new Set(['supplement-requested', 'supplement-received', 'apology', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn']);

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
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

/** Whether `key` is in {@link DOSSIER_KEYS}. */
function topKey(key: string): boolean {
  switch (key) {
    case 'id':
      return TOP_ID;
    case 'procedureId':
      return TOP_PROCEDURE;
    case 'departmentId':
      return TOP_DEPARTMENT;
    case 'officialId':
      return TOP_OFFICIAL;
    case 'channel':
      return TOP_CHANNEL;
    case 'onlineLevel':
      return TOP_LEVEL;
    case 'receivedAt':
      return TOP_RECEIVED;
    case 'dueAt':
      return TOP_DUE;
    case 'processingDays':
      return TOP_DAYS;
    case 'paymentChannel':
      return TOP_PAYMENT;
    case 'steps':
      return TOP_STEPS;
    case 'events':
      return TOP_EVENTS;
    case 'submittedAt':
      return TOP_SUBMITTED;
    case 'receivingUnitId':
      return TOP_RECEIVING;
    case 'boundaryFree':
      return TOP_BOUNDARY;
    case 'resultDelivery':
      return TOP_DELIVERY;
    case 'applicantKey':
      return TOP_APPLICANT;
    default:
      return false;
  }
}

/** Whether `key` is in {@link STEP_KEYS}. */
function stepKey(key: string): boolean {
  switch (key) {
    case 'officialId':
      return STEP_OFFICIAL;
    case 'departmentId':
      return STEP_DEPARTMENT;
    case 'startedAt':
      return STEP_STARTED;
    case 'endedAt':
      return STEP_ENDED;
    case 'allottedHours':
      return STEP_HOURS;
    case 'verdict':
      return STEP_VERDICT;
    default:
      return false;
  }
}

/** Whether `key` is in {@link EVENT_KEYS}. */
function eventKey(key: string): boolean {
  switch (key) {
    case 'type':
      return EVENT_TYPE;
    case 'at':
      return EVENT_AT;
    case 'newDueAt':
      return EVENT_NEW_DUE;
    case 'previousDueAt':
      return EVENT_PREVIOUS_DUE;
    default:
      return false;
  }
}

/**
 * Every own enumerable key is allowed (`allowed`), and no value is undefined; with `symbols`,
 * symbol keys disqualify too (zod would drop them from its copy, so the value would differ).
 */
function keysOk(x: Record<string, unknown>, allowed: (key: string) => boolean, symbols: boolean): boolean {
  if (symbols && Object.getOwnPropertySymbols(x).length > 0) return false;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key)) return false;
    if (!allowed(key) || x[key] === undefined) return false;
  }
  return true;
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

/** The top-level scalar fields (ids, channel, level, days, payment and the optional plain fields). */
function topFieldsOk(x: Record<string, unknown>): boolean {
  if (!nonEmpty(x['id']) || !nonEmpty(x['procedureId']) || !nonEmpty(x['departmentId'])) return false;
  if (x['officialId'] !== undefined && !nonEmpty(x['officialId'])) return false;
  if (x['receivingUnitId'] !== undefined && !nonEmpty(x['receivingUnitId'])) return false;
  if (x['applicantKey'] !== undefined && !nonEmpty(x['applicantKey'])) return false;
  const channel = x['channel'];
  if (channel !== 'online' && channel !== 'direct' && channel !== 'postal' && channel !== 'unknown') return false;
  const level = x['onlineLevel'];
  if (level !== undefined && (channel !== 'online' || (level !== 'full' && level !== 'partial'))) return false;
  const payment = x['paymentChannel'];
  if (payment !== undefined && payment !== 'online' && payment !== 'direct') return false;
  const delivery = x['resultDelivery'];
  if (delivery !== undefined && delivery !== 'counter' && delivery !== 'post' && delivery !== 'online') return false;
  const boundary = x['boundaryFree'];
  if (boundary !== undefined && typeof boundary !== 'boolean') return false;
  const days = x['processingDays'];
  return days === undefined || (typeof days === 'number' && Number.isSafeInteger(days) && days >= 0);
}

function stepsOk(steps: unknown, received: number, symbols: boolean): boolean {
  if (!Array.isArray(steps)) return false;
  // A step usually starts when the one before ended: the same text is read once.
  let endedText: unknown;
  let endedMs = Number.NaN;
  for (let i = 0; i < steps.length; i++) {
    const s: unknown = steps[i];
    if (!isPlainObject(s) || !keysOk(s, stepKey, symbols)) return false;
    if (!nonEmpty(s['officialId']) || !nonEmpty(s['departmentId'])) return false;
    const startedAt = s['startedAt'];
    const started = typeof startedAt === 'string' && startedAt === endedText ? endedMs : at(startedAt);
    if (!(started >= received)) return false;
    const endedAt = s['endedAt'];
    if (endedAt !== undefined) {
      endedMs = at(endedAt);
      endedText = endedAt;
      if (!(endedMs >= started)) return false;
    }
    const hours = s['allottedHours'];
    if (hours !== undefined && !(typeof hours === 'number' && Number.isFinite(hours) && hours >= 0)) return false;
    const verdict = s['verdict'];
    if (verdict !== undefined && verdict !== 'early' && verdict !== 'onTime' && verdict !== 'late') return false;
  }
  return true;
}

/** An optional appointment on an event: absent, or an instant not before reception. */
function dueOk(value: unknown, received: number): boolean {
  return value === undefined || at(value) >= received;
}

function eventsOk(events: unknown, received: number, symbols: boolean, instants?: number[]): boolean {
  if (!Array.isArray(events)) return false;
  let previous = received;
  for (let i = 0; i < events.length; i++) {
    const e: unknown = events[i];
    if (!isPlainObject(e) || !keysOk(e, eventKey, symbols)) return false;
    const type = e['type'];
    if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return false;
    const t = at(e['at']);
    if (instants !== undefined) instants[i + 1] = t;
    if (!(t >= previous)) return false; // not before reception, and in time order
    previous = t;
    const resubmission = type === 'supplement-received';
    if (e['newDueAt'] !== undefined && ((type !== 'apology' && !resubmission) || !dueOk(e['newDueAt'], received))) return false;
    if (e['previousDueAt'] !== undefined && (!resubmission || !dueOk(e['previousDueAt'], received))) return false;
  }
  return true;
}

/**
 * The checks; with `instants`, the instants read on the way are written there (when `true` is
 * returned): `[0]` receivedAt, then each event's `at` from `[1]` (the caller's reusable buffer).
 * Records with fees or digitisation facts are left to the schema (`false`: not sure).
 */
function canonical(x: unknown, symbols: boolean, instants?: number[]): x is Dossier {
  if (!isPlainObject(x) || !keysOk(x, topKey, symbols) || !topFieldsOk(x)) return false;
  const received = at(x['receivedAt']);
  if (instants !== undefined) instants[0] = received;
  if (Number.isNaN(received)) return false;
  if (x['dueAt'] !== undefined && !(at(x['dueAt']) >= received)) return false;
  if (x['submittedAt'] !== undefined && !(at(x['submittedAt']) <= received)) return false;
  if (x['steps'] !== undefined && !stepsOk(x['steps'], received, symbols)) return false;
  return x['events'] === undefined || eventsOk(x['events'], received, symbols, instants);
}
