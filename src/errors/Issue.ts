import { DEFAULT_LOCALE } from './locale';
import type { IssueCode, Locale } from './messages/index';
import { formatMessage } from './messages/index';
import type { MessageParams } from './messages/types';

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

/**
 * The outcome of validating input: the value, or at least one issue.
 * @typeParam T - The validated value's type.
 * @category Errors
 */
export type Result<T> = Success<T> | Failure;

/**
 * A successful {@link Result}.
 * @typeParam T - The value's type.
 * @category Errors
 */
export interface Success<T> {
  /** Always `true`. */
  readonly ok: true;
  /** The validated value. */
  readonly value: T;
}

/** A failed {@link Result}: at least one issue. @category Errors */
export interface Failure {
  /** Always `false`. */
  readonly ok: false;
  /** Every problem found, at least one. */
  readonly issues: [Issue, ...Issue[]];
}

/** @internal Builds an issue with its message. */
export function createIssue(
  code: IssueCode,
  path: IssuePath,
  params: MessageParams,
  locale: Locale = DEFAULT_LOCALE,
): Issue {
  const base = { code, path, message: formatMessage(code, params, locale) };
  return 'received' in params ? { ...base, received: params.received } : base;
}

/** @internal The dotted form of a path, for messages (`events[2].at`). */
export function pathToString(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}
