/**
 * The one ingest step of a dossier record: validation against {@link DossierSchema} (through a fast
 * path for the canonical shape, proven equal to the schema by a property test) and the one
 * duplicate-id rule. {@link parseDossiers}, the reports, the report accumulator and the CLI all take
 * records through it, so they accept and reject exactly the same records with the same issues.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import type { Result } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { BatchResult, ParseOptions, RejectedRecord } from './BatchResult';
import { recordId } from './BatchResult';
import type { Dossier } from './dossier';
import { DossierSchema, parseDossier } from './dossier';
import type { DuplicateIdRule, DuplicateIdTracker, RecordPosition } from './duplicateIds';
import { createDuplicateIdTracker } from './duplicateIds';
import { parseBatch, parseWith } from './_parse';
import { isAcceptedDossier, isCanonicalDossier } from './_fastDossier';

/** Options of {@link createDossierIngest}. @category Model */
export interface DossierIngestOptions {
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
  /** What to do with a repeated id. @defaultValue `'reject'` */
  readonly duplicateIds?: DuplicateIdRule | undefined;
}

/**
 * The outcome of ingesting one record: the dossier, or the rejected record. `fast` says that the
 * record took the fast path (its instants were read into the caller's buffer).
 * @category Model
 */
export type IngestOutcome = IngestAccepted | IngestRejected;

/** A record {@link DossierIngest.accept} took in. @category Model */
export interface IngestAccepted {
  /** Always `true`. */
  readonly ok: true;
  /** The validated dossier. */
  readonly value: Dossier;
  /** Whether it took the fast path (its instants were written to the caller's buffer). */
  readonly fast: boolean;
}

/** A record {@link DossierIngest.accept} rejected. @category Model */
export interface IngestRejected {
  /** Always `false`. */
  readonly ok: false;
  /** The rejected record, with its position and issues. */
  readonly rejected: RejectedRecord;
}

/**
 * Ingests dossier records one at a time, remembering ids across the batch or stream.
 * @category Model
 */
export interface DossierIngest {
  /**
   * Validates and de-duplicates the record at `position`. With `instants`, a record on the fast path
   * has its epoch milliseconds written there: `[0]` receivedAt, then each event's `at` from `[1]`.
   */
  accept(input: unknown, position: RecordPosition, instants?: number[]): IngestOutcome;
  /** The ids seen so far (for the memory cost, see {@link DuplicateIdTracker}). */
  readonly ids: DuplicateIdTracker;
  /** The locale of issue messages. */
  readonly locale: Locale;
}

/**
 * Creates the ingest step for one batch or stream of dossier records.
 * @param options - The locale and the duplicate-id rule.
 * @returns The ingest step.
 * @example
 * ```ts
 * import { createDossierIngest } from 'reform-rules';
 * const ingest = createDossierIngest();
 * const d = { id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00' };
 * ingest.accept(d, { index: 0 }).ok; // => true
 * const again = ingest.accept(d, { index: 1, line: 2 });
 * again.ok ? null : again.rejected.issues[0].code; // => 'duplicate_id'
 * ```
 * @category Model
 */
export function createDossierIngest(options?: DossierIngestOptions): DossierIngest {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const ids = createDuplicateIdTracker(options?.duplicateIds ?? 'reject');
  const accept = (input: unknown, position: RecordPosition, instants?: number[]): IngestOutcome => {
    let value: Dossier;
    const fast = isAcceptedDossier(input, instants);
    if (fast) value = input;
    else {
      const r: Result<Dossier> = parseDossier(input, { locale });
      if (!r.ok) return { ok: false, rejected: rejectedRecord(input, position, prefixed(r.issues, position.index)) };
      value = r.value;
    }
    const duplicate = ids.check(value.id, position, locale);
    if (duplicate !== undefined) return { ok: false, rejected: rejectedRecord(input, position, [duplicate]) };
    return { ok: true, value, fast };
  };
  return { accept, ids, locale };
}

/**
 * @internal Ingests a dossier the JSON Lines fast road read and checked (`readCanonicalDossierLine`
 * of reform-rules/io: valid, the object `JSON.parse` of its line gives): the outcome
 * `ingest.accept` gives that object, the duplicate-id rule applied. Its strings are slices of the
 * line's chunk of text: a rejected record holds a copy.
 */
export function acceptReadDossier(ingest: DossierIngest, value: Dossier, position: RecordPosition): IngestOutcome {
  const duplicate = ingest.ids.check(value.id, position, ingest.locale);
  if (duplicate !== undefined) return { ok: false, rejected: rejectedRecord(detached(value), position, [duplicate]) };
  return { ok: true, value, fast: true };
}

/** @internal A copy of a JSON value that shares no string with it (the fast road's strings are slices of a line, which keep the whole chunk of text alive). */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** @internal The rejected-record value of a record at a position. */
export function rejectedRecord(input: unknown, position: RecordPosition, issues: RejectedRecord['issues']): RejectedRecord {
  const id = recordId(input);
  return {
    index: position.index,
    ...(position.line === undefined ? {} : { line: position.line }),
    ...(id === undefined ? {} : { id }),
    input,
    issues,
  };
}

/** Issues of one record with the record's index put first in their paths, as in every batch. */
function prefixed(issues: RejectedRecord['issues'], index: number): RejectedRecord['issues'] {
  const [first, ...rest] = issues;
  return [{ ...first, path: [index, ...first.path] }, ...rest.map((i) => ({ ...i, path: [index, ...i.path] }))];
}

/**
 * @internal Validates a dossier record as `parseDossier` does (same acceptance, same issues),
 * fast for the canonical shape; an accepted record on the fast path is returned as is.
 */
export function validateDossier(x: unknown, locale: Locale): Result<Dossier> {
  if (isCanonicalDossier(x)) return { ok: true, value: x };
  return parseDossier(x, { locale });
}

export { isAcceptedDossier, isCanonicalDossier };
/** @internal The keys the fast checks know and whether Object.prototype is clean, for the JSON Lines fast road of reform-rules/io. */
export { DOSSIER_KEYS, EVENT_KEYS, protoClean, STEP_KEYS } from './_fastDossier';

/**
 * Validates an array of dossiers, keeping the valid ones and reporting every bad one (with its
 * index) and every duplicate id: nothing is dropped silently.
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parseDossiers } from 'reform-rules';
 * const r = parseDossiers([{ id: 'HS-1' }], { locale: 'vi' });
 * r.value.length + r.rejected.length; // => 1
 * ```
 * @category Model
 */
export function parseDossiers(inputs: unknown, options?: DossierBatchOptions): BatchResult<Dossier> {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const validate = (input: unknown, index: number): Result<Dossier> => {
    if (isCanonicalDossier(input)) return { ok: true, value: input };
    return parseWith(DossierSchema, input, [index], locale);
  };
  return parseBatch(inputs, validate, locale, options?.duplicateIds);
}

/** Options of {@link parseDossiers}: the locale and the duplicate-id rule. @category Model */
export interface DossierBatchOptions extends ParseOptions {
  /** What to do with a repeated id. @defaultValue `'reject'` */
  readonly duplicateIds?: DuplicateIdRule | undefined;
}
