/**
 * Every message text of the library, in English and Vietnamese, keyed by issue code.
 * One table per area, merged here; `IssueCode` is the union of their keys.
 * @internal
 * @module
 */
import { DEFAULT_LOCALE, type Locale } from '../locale';
import { calendarMessages } from './calendar';
import { cliMessages } from './cli';
import { coverageMessages } from './coverage';
import { dossierMessages } from './dossier';
import { index766Messages } from './index766';
import { ioMessages } from './io';
import { commonMessages } from './common';
import { modelMessages } from './model';
import { policyMessages } from './policy';
import { reportMessages } from './report';
import { evaluationMessages } from './evaluation';
import { rotationMessages } from './rotation';
import { scoringMessages } from './scoring';
import type { IssueCode } from '../IssueCode';
import { ReformRulesError } from '../ReformRulesErrorClass';
import type { MessagePair, MessageParams } from './types';
import { xlsxMessages } from './xlsx';
import { outputsMessages } from './outputs';
import { slipsMessages } from './slips';

export type { IssueCode } from '../IssueCode';

/** @internal */
export const messages = {
  ...commonMessages,
  ...modelMessages,
  ...calendarMessages,
  ...policyMessages,
  ...dossierMessages,
  ...coverageMessages,
  ...reportMessages,
  ...ioMessages,
  ...cliMessages,
  ...evaluationMessages,
  ...rotationMessages,
  ...scoringMessages,
  ...xlsxMessages,
  ...outputsMessages,
  ...index766Messages,
  ...slipsMessages,
} as const satisfies Record<IssueCode, MessagePair>;

// The readable union (src/errors/IssueCode.ts, written by `npm run issue-codes`) and the tables
// agree both ways: `satisfies` above fails on a code without messages, this on a message without code.
type CodesWithoutUnion = Exclude<keyof typeof messages, IssueCode>;
/** @internal */
export const everyMessageHasACode: [CodesWithoutUnion] extends [never] ? true : CodesWithoutUnion = true;

export type { Locale } from '../locale';

/** @internal Renders the message of a code in a locale. */
export function formatMessage(code: IssueCode, params: MessageParams, locale: Locale = DEFAULT_LOCALE): string {
  const pair: MessagePair = messages[code];
  // A locale from a caller's options object (plain JavaScript may pass anything): never an
  // inherited member, never a TypeError deep inside.
  if (locale !== 'en' && locale !== 'vi') {
    throw new ReformRulesError('invalid_enum', messages.invalid_enum.en({ field: 'options.locale', expected: "'vi', 'en'", received: locale }), { received: locale });
  }
  return pair[locale](params);
}
