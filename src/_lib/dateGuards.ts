/**
 * The two date types of the library, `CivilDate` and `Instant`, and their checked constructors.
 *
 * Both are template-literal types: a string literal of the right shape type-checks as it is
 * (`'2025-03-14'`, `'2025-03-14T09:00:00+07:00'`), a bare `string` does not. A value read from
 * data (a file, a form, a database) becomes one through {@link civilDate} / {@link instant} (which
 * throw) or {@link isCivilDate} / {@link isInstant} (which narrow), or through a record parser
 * (`parseDossier`, the ingest), whose outputs carry these types.
 * @module
 */
import { requireStringArg } from '../errors/args';
import { raiseCore as raise } from '../errors/raiseCore';
import { parseCivilDate } from './civilDate';
import { parseInstant } from './instant';
import type { CivilDate, Instant } from './dateTypes';

/**
 * Whether a value is a real civil date `'YYYY-MM-DD'` (a day that exists: not `'2025-02-30'`);
 * narrows it to {@link CivilDate}.
 * @example
 * ```ts
 * import { isCivilDate } from 'reform-rules';
 * isCivilDate('2025-03-14'); // true
 * isCivilDate('2025-02-30'); // false
 * ```
 * @category Calendar
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return parseCivilDate(value) !== undefined;
}

/**
 * Checks that a value read from data is a real civil date `'YYYY-MM-DD'` and returns it typed as
 * {@link CivilDate}.
 * @param value The value, e.g. a field of parsed JSON.
 * @param field The field name the error names (default `'value'`).
 * @throws {@link ReformRulesError} (code `invalid_date`) When it is not a real civil date; `invalid_type` when `field` is not a string.
 * @example
 * ```ts
 * import { civilDate } from 'reform-rules';
 * const day = civilDate('2025-03-14'); // CivilDate
 * civilDate('14/03/2025', 'row.date'); // throws invalid_date naming 'row.date'
 * ```
 * @category Calendar
 */
export function civilDate(value: unknown, field = 'value'): CivilDate {
  requireStringArg(field, 'field', 'a field name (a string) or nothing');
  if (parseCivilDate(value) === undefined) return raise('invalid_date', { field, received: value });
  return value as CivilDate;
}

/**
 * Whether a value is an ISO 8601 instant with an offset (`Z` or `±HH:mm`) on a real day and time;
 * narrows it to {@link Instant}.
 * @example
 * ```ts
 * import { isInstant } from 'reform-rules';
 * isInstant('2025-03-03T09:00:00+07:00'); // true
 * isInstant('2025-03-03T09:00:00'); // false: no offset
 * ```
 * @category Calendar
 */
export function isInstant(value: unknown): value is Instant {
  return typeof parseInstant(value) === 'number';
}

/**
 * Checks that a value read from data is an ISO 8601 instant with an offset and returns it typed as
 * {@link Instant} (unchanged: the offset it was written in is kept).
 * @param value The value, e.g. a field of parsed JSON.
 * @param field The field name the error names (default `'value'`).
 * @throws {@link ReformRulesError} (code `missing_offset`) When it is a local time without offset.
 * @throws {@link ReformRulesError} (code `invalid_instant`) When it is not an instant at all; `invalid_type` when `field` is not a string.
 * @example
 * ```ts
 * import { instant } from 'reform-rules';
 * const at = instant('2025-03-03T09:00:00+07:00'); // Instant
 * instant('2025-03-03 09:00', 'row.receivedAt'); // throws invalid_instant naming 'row.receivedAt'
 * ```
 * @category Calendar
 */
export function instant(value: unknown, field = 'value'): Instant {
  requireStringArg(field, 'field', 'a field name (a string) or nothing');
  const ms = parseInstant(value);
  if (typeof ms === 'string') return raise(ms === 'missing_offset' ? 'missing_offset' : 'invalid_instant', { field, received: value });
  return value as Instant;
}
