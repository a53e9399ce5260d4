import type { MessagePair } from './types';

/** Messages of the cli area (add codes here; IssueCode is derived from these keys). @internal */
export const cliMessages = {
  // code: { en: (p) => `...`, vi: (p) => `...` },
} satisfies Record<string, MessagePair>;
