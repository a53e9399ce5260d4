import type { MessagePair } from './types';

/** Messages of the coverage area (add codes here; IssueCode is derived from these keys). @internal */
export const coverageMessages = {
  // code: { en: (p) => `...`, vi: (p) => `...` },
} satisfies Record<string, MessagePair>;
