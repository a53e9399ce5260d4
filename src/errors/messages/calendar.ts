import type { MessagePair } from './types';

/** Messages of the calendar area (add codes here; IssueCode is derived from these keys). @internal */
export const calendarMessages = {
  // code: { en: (p) => `...`, vi: (p) => `...` },
} satisfies Record<string, MessagePair>;
