/**
 * The two date types of the library, `CivilDate` and `Instant`: template-literal types, so that a
 * string literal of the right shape type-checks as written and a bare `string` does not. Checked
 * constructors for values read from data: `dateGuards.ts`.
 * @module
 */

/**
 * A civil date `'YYYY-MM-DD'` (Vietnam). Every date the library returns has this type; a string
 * literal such as `'2025-03-14'` is one as written; a `string` read from data becomes one through
 * {@link civilDate} or {@link isCivilDate}.
 * @example
 * ```ts
 * import { civilDate, type CivilDate } from 'reform-rules';
 * const start: CivilDate = '2025-03-14';
 * const fromData: CivilDate = civilDate(JSON.parse('"2025-03-17"'));
 * ```
 * @category Calendar
 */
export type CivilDate = `${number}-${number}-${number}`;

/**
 * An ISO 8601 instant with an offset, e.g. `'2025-03-03T09:00:00+07:00'`. Every instant the library
 * returns has this type (written in Vietnam time, +07:00); a string literal of that shape is one as
 * written; a `string` read from data becomes one through {@link instant} or {@link isInstant}.
 * @example
 * ```ts
 * import { instant, type Instant } from 'reform-rules';
 * const at: Instant = '2025-03-03T09:00:00+07:00';
 * const fromData: Instant = instant(JSON.parse('"2025-03-03T02:00:00Z"'));
 * ```
 * @category Calendar
 */
export type Instant = `${number}-${number}-${number}T${string}`;
