import type { IssueCode } from '../errors/messages/index';
import { formatMessage } from '../errors/messages/index';
import type { MessageParams } from '../errors/messages/types';

/** Exit codes of the command line (documented in docs/cli.md). @internal */
export const EXIT = { ok: 0, invalidRecords: 1, usage: 2, input: 3, rejected: 4, output: 5, unexpected: 70 } as const;

/** A command-line failure: printed as one line on stderr, never a stack trace. @internal */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;
  readonly code: IssueCode;
  constructor(code: IssueCode, params: MessageParams, exitCode: number) {
    super(formatMessage(code, params, 'en'));
    this.code = code;
    this.exitCode = exitCode;
  }
}
