import { DEFAULT_LOCALE } from './locale';
import type { IssueCode, Locale } from './messages/index';
import { formatMessage } from './messages/index';
import type { MessageParams } from './messages/types';

export type { Issue, IssuePath } from './IssueShape';
import type { Issue, IssuePath } from './IssueShape';

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
  const message = formatMessage(code, params, locale);
  // Two literals, not `{ ...base, received }`: V8 copies a spread followed by a property the spread
  // object lacks on a slow path, about 3x slower, that let every issue outlive a young-generation
  // collection (a report of 5,000,000 rows, most of them rejected, peaked about 40 MB higher; issue 18).
  return 'received' in params ? { code, path, message, received: params.received } : { code, path, message };
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
