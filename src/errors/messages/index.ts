/**
 * Every message text of the library, in English and Vietnamese, keyed by issue code.
 * One table per area, merged here; `IssueCode` is the union of their keys.
 * @internal
 * @module
 */
import { calendarMessages } from './calendar';
import { cliMessages } from './cli';
import { coverageMessages } from './coverage';
import { dossierMessages } from './dossier';
import { ioMessages } from './io';
import { modelMessages } from './model';
import { policyMessages } from './policy';
import { reportMessages } from './report';
import type { MessagePair, MessageParams } from './types';

/** @internal */
export const messages = {
  ...modelMessages,
  ...calendarMessages,
  ...policyMessages,
  ...dossierMessages,
  ...coverageMessages,
  ...reportMessages,
  ...ioMessages,
  ...cliMessages,
} as const;

/**
 * Every issue and error code the library produces (snake_case). See `docs/errors.md`.
 * @category Errors
 */
export type IssueCode = keyof typeof messages;

/** A message locale: English or Vietnamese. @category Errors */
export type Locale = 'en' | 'vi';

/** @internal Renders the message of a code in a locale. */
export function formatMessage(code: IssueCode, params: MessageParams, locale: Locale = 'en'): string {
  const pair: MessagePair = messages[code];
  return pair[locale](params);
}
