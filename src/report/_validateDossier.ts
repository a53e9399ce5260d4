/**
 * Validation of dossier records for the report's hot path: a fast check of the canonical shape
 * (plain JSON objects, instants `YYYY-MM-DDTHH:mm:ss+07:00`) that accepts only what `parseDossier`
 * accepts, falling back to the full zod validation (`parseDossier`) for everything else, so
 * accepted and rejected records are exactly those of `parseDossier` (property-tested).
 * @internal
 * @module
 */
import type { Result } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Dossier } from '../model/dossier';
import { DossierSchema, parseDossier } from '../model/dossier';
import { readInstant } from '../dossier/_fastInstant';

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
const DOSSIER_KEYS = allowed(['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'paymentChannel', 'steps', 'events'], TOP);
const STEP_KEYS = allowed(['officialId', 'departmentId', 'startedAt', 'endedAt', 'allottedHours'], schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['steps'], 'unwrap', 'element'));
const EVENT_KEYS = allowed(['type', 'at', 'newDueAt'], schemaKeys((DossierSchema as unknown as { shape?: Record<string, unknown> }).shape?.['events'], 'unwrap', 'element'));
const EVENT_TYPES = new Set(['supplement-requested', 'supplement-received', 'apology', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn']);

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Every own enumerable key is allowed, and no value is undefined; symbol keys disqualify. */
function keysOk(x: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  if (Object.getOwnPropertySymbols(x).length > 0) return false;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key)) return false;
    if (!allowed.has(key) || x[key] === undefined) return false;
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
  if (!isPlainObject(x) || !keysOk(x, DOSSIER_KEYS)) return false;
  if (!nonEmpty(x['id']) || !nonEmpty(x['procedureId']) || !nonEmpty(x['departmentId'])) return false;
  if (x['officialId'] !== undefined && !nonEmpty(x['officialId'])) return false;
  const channel = x['channel'];
  if (channel !== 'online' && channel !== 'direct' && channel !== 'postal') return false;
  const level = x['onlineLevel'];
  if (level !== undefined && (channel !== 'online' || (level !== 'full' && level !== 'partial'))) return false;
  const received = at(x['receivedAt']);
  if (Number.isNaN(received)) return false;
  if (x['dueAt'] !== undefined) {
    const due = at(x['dueAt']);
    if (!(due >= received)) return false;
  }
  const payment = x['paymentChannel'];
  if (payment !== undefined && payment !== 'online' && payment !== 'direct') return false;
  const days = x['processingDays'];
  if (days !== undefined && !(typeof days === 'number' && Number.isSafeInteger(days) && days >= 0)) return false;
  const steps = x['steps'];
  if (steps !== undefined) {
    if (!Array.isArray(steps)) return false;
    for (let i = 0; i < steps.length; i++) {
      const s: unknown = steps[i];
      if (!isPlainObject(s) || !keysOk(s, STEP_KEYS)) return false;
      if (!nonEmpty(s['officialId']) || !nonEmpty(s['departmentId'])) return false;
      const started = at(s['startedAt']);
      if (!(started >= received)) return false;
      if (s['endedAt'] !== undefined && !(at(s['endedAt']) >= started)) return false;
      const hours = s['allottedHours'];
      if (!(typeof hours === 'number' && Number.isFinite(hours) && hours >= 0)) return false;
    }
  }
  const events = x['events'];
  if (events !== undefined) {
    if (!Array.isArray(events)) return false;
    let previous = received;
    for (let i = 0; i < events.length; i++) {
      const e: unknown = events[i];
      if (!isPlainObject(e) || !keysOk(e, EVENT_KEYS)) return false;
      const type = e['type'];
      if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return false;
      const t = at(e['at']);
      if (!(t >= previous)) return false; // not before reception, and in time order
      previous = t;
      if (e['newDueAt'] !== undefined && (type !== 'apology' || !(at(e['newDueAt']) >= received))) return false;
    }
  }
  return true;
}

/** @internal Validates a dossier record exactly as `parseDossier` does, fast for the canonical shape. */
export function validateDossier(x: unknown, locale: Locale): Result<Dossier> {
  if (isCanonicalDossier(x)) return { ok: true, value: x };
  return parseDossier(x, { locale });
}
