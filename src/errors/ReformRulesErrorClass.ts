/**
 * The one error class of the library, without the message tables (so that an area that raises only
 * its own codes, the calendar say, does not carry every message text).
 * @module
 */
import type { Issue } from './IssueShape';
import type { IssueCode } from './IssueCode';

/** Options of {@link ReformRulesError}. @category Errors */
export interface ReformRulesErrorOptions {
  /** The value that caused the error. */
  readonly received?: unknown;
  /** The data issues behind the error, when it wraps a failed validation. */
  readonly issues?: readonly Issue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/** The message as text: plain JavaScript may pass a value `String` cannot convert (an object without a prototype). */
function messageText(message: unknown): string {
  try {
    return String(message);
  } catch {
    return Object.prototype.toString.call(message);
  }
}

/**
 * The one error class of the library, thrown for programmer errors: a malformed argument, an
 * option out of range, a date the calendar does not cover. Data problems in records are returned
 * as {@link Issue} values instead.
 *
 * @example
 * ```ts
 * import { ReformRulesError, createCalendar } from 'reform-rules';
 * try {
 *   createCalendar().addWorkingDays('2025-02-30', 1);
 * } catch (error) {
 *   if (error instanceof ReformRulesError) error.code; // => 'invalid_date'
 * }
 * ```
 * @category Errors
 */
export class ReformRulesError extends Error {
  /** Always `'ReformRulesError'`. */
  override readonly name = 'ReformRulesError';
  /** The error code (snake_case), listed in `docs/errors.md`. */
  readonly code: IssueCode;
  /** The value that caused the error, when there is one. */
  readonly received?: unknown;
  /** The data issues behind the error, when it wraps a failed validation. */
  readonly issues?: readonly Issue[];

  /**
   * Creates the error.
   * @param code - The error code.
   * @param message - The English message, naming the field and the received value.
   * @param options - The received value, issues and cause.
   */
  constructor(code: IssueCode, message: string, options: ReformRulesErrorOptions = {}) {
    super(messageText(message), typeof options !== 'object' || options === null || options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    // Plain JavaScript may pass anything as options: read own fields of an object only.
    if (typeof options === 'object' && options !== null) {
      if (Object.prototype.hasOwnProperty.call(options, 'received')) this.received = options.received;
      if (options.issues !== undefined) this.issues = options.issues;
    }
  }
}

