/** Parameters a message template may use. @internal */
export interface MessageParams {
  /** The value that was received. */
  readonly received?: unknown;
  /** Any other named detail (field name, expected value, limits). */
  readonly [detail: string]: unknown;
}

/** One message in both locales. @internal */
export interface MessagePair {
  /** English text. */
  readonly en: (params: MessageParams) => string;
  /** Vietnamese text. */
  readonly vi: (params: MessageParams) => string;
}

/** A table of messages keyed by issue code. @internal */
export type MessageTable = Readonly<Record<string, MessagePair>>;
