import type { Issue } from './Issue';
import type { IssueCode } from './messages/index';
import { formatMessage } from './messages/index';
import type { MessageParams } from './messages/types';
import { ReformRulesError } from './ReformRulesErrorClass';

export { ReformRulesError } from './ReformRulesErrorClass';
export type { ReformRulesErrorOptions } from './ReformRulesErrorClass';

/** @internal Throws a {@link ReformRulesError} whose English message comes from the message table. */
export function raise(code: IssueCode, params: MessageParams, extra: { issues?: readonly Issue[]; cause?: unknown } = {}): never {
  const options: { received?: unknown; issues?: readonly Issue[]; cause?: unknown } = { ...extra };
  if ('received' in params) options.received = params.received;
  throw new ReformRulesError(code, formatMessage(code, params, 'en'), options);
}
