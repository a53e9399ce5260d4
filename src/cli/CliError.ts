import type { IssueCode, Locale } from '../errors/messages/index';
import { formatMessage } from '../errors/messages/index';
import type { MessageParams } from '../errors/messages/types';
import { Localized } from './messages';

/** Exit codes of the command line (documented in docs/cli.md). @internal */
export const EXIT = { ok: 0, invalidRecords: 1, usage: 2, input: 3, rejected: 4, output: 5, unexpected: 70 } as const;

/**
 * A command-line failure: printed as one line on stderr in the run's locale, never a stack trace.
 * A parameter may be a {@link Localized} text (both locales), resolved by {@link CliError.format}.
 * @internal
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;
  readonly code: IssueCode;
  readonly params: MessageParams;
  constructor(code: IssueCode, params: MessageParams, exitCode: number) {
    super(formatMessage(code, resolve(params, 'en'), 'en'));
    this.code = code;
    this.params = params;
    this.exitCode = exitCode;
  }
  /** The message in a locale. */
  format(locale: Locale): string {
    return formatMessage(this.code, resolve(this.params, locale), locale);
  }
}

function resolve(params: MessageParams, locale: Locale): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v instanceof Localized ? v.in(locale) : v]));
}
