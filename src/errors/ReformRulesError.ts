import type { Issue } from './Issue';
import type { IssueCode, Locale } from './messages/index';
import { formatMessage } from './messages/index';
import type { MessageParams } from './messages/types';
import { ReformRulesError } from './ReformRulesErrorClass';

export { ReformRulesError } from './ReformRulesErrorClass';
export type { ReformRulesErrorOptions } from './ReformRulesErrorClass';

/** @internal Throws a {@link ReformRulesError} whose English message comes from the message table. */
export function raise(code: IssueCode, params: MessageParams, extra: { issues?: readonly Issue[]; cause?: unknown } = {}): never {
  const options: { received?: unknown; issues?: readonly Issue[]; cause?: unknown } = { ...extra };
  if ('received' in params) options.received = params.received;
  const error = new ReformRulesError(code, formatMessage(code, params, 'en'), options);
  PARAMS.set(error, params);
  throw error;
}

/** The message parameters of the errors thrown by {@link raise}, so a caller can render them in another locale. */
const PARAMS = new WeakMap<ReformRulesError, MessageParams>();

/** @internal The message of an error thrown by {@link raise} in a locale (the CLI speaks Vietnamese); undefined for any other error. */
export function localizedMessage(error: unknown, locale: Locale): string | undefined {
  if (!(error instanceof ReformRulesError)) return undefined;
  const params = PARAMS.get(error);
  return params === undefined ? undefined : formatMessage(error.code, params, locale);
}
