import type { MessagePair } from './types';

/** Messages of the policy area (add codes here; IssueCode is derived from these keys). @internal */
export const policyMessages = {
  // code: { en: (p) => `...`, vi: (p) => `...` },
} satisfies Record<string, MessagePair>;
