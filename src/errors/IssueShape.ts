/**
 * The shape of an issue, apart from the functions that build it (so that the error class can name it
 * without an import cycle through the message tables).
 * @internal
 * @module
 */
import type { IssueCode } from './IssueCode';

/** A path into the input: property names and array indexes, outermost first. @category Errors */
export type IssuePath = (string | number)[];

/**
 * One problem found in input data: what is wrong (`code`), where (`path`), in words (`message`) and
 * the offending value (`received`).
 *
 * @example
 * ```ts
 * // { code: 'missing_offset', path: [3, 'receivedAt'],
 * //   message: "receivedAt: the instant has no UTC offset ...", received: '2025-03-03T09:00' }
 * ```
 * @category Errors
 */
export interface Issue {
  /** The issue code, a snake_case literal listed in `docs/errors.md`. */
  readonly code: IssueCode;
  /** Where the problem is; batch functions put the record index first. */
  readonly path: IssuePath;
  /** A human sentence in the requested locale (English by default). */
  readonly message: string;
  /** The value that was received at `path`, when there is one. */
  readonly received?: unknown;
}

