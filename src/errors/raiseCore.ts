/**
 * `raise` for the bottom areas (the calendar and `_lib`): the same `ReformRulesError` as
 * {@link raise}, formatted from the common and calendar message tables only, so a page that imports
 * the calendar alone does not carry every message text of the library.
 * @internal
 * @module
 */
import type { Issue } from './Issue';
import { calendarMessages } from './messages/calendar';
import { commonMessages } from './messages/common';
import type { MessagePair, MessageParams } from './messages/types';
import { ReformRulesError } from './ReformRulesErrorClass';

const core = { ...commonMessages, ...calendarMessages } as const;

/** @internal The codes {@link raiseCore} can raise. */
export type CoreIssueCode = keyof typeof core;

/** @internal Throws a ReformRulesError of a common or calendar code, with its English message. */
export function raiseCore(code: CoreIssueCode, params: MessageParams, extra: { issues?: readonly Issue[]; cause?: unknown } = {}): never {
  const options: { received?: unknown; issues?: readonly Issue[]; cause?: unknown } = { ...extra };
  if ('received' in params) options.received = params.received;
  const pair: MessagePair = core[code];
  throw new ReformRulesError(code, pair.en(params), options);
}
