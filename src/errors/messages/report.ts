import type { MessagePair } from './types';

/** Messages of the report area (add codes here; IssueCode is derived from these keys). @internal */
export const reportMessages = {
  // code: { en: (p) => `...`, vi: (p) => `...` },
} satisfies Record<string, MessagePair>;
