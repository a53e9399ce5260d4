import type { MessagePair } from './types';

/** Messages of the dossier area (add codes here; IssueCode is derived from these keys). @internal */
export const dossierMessages = {
  // code: { en: (p) => `...`, vi: (p) => `...` },
} satisfies Record<string, MessagePair>;
