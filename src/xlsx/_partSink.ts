/**
 * Where the compressed bytes of one ZIP entry go: nowhere (a part not needed), a store (a part
 * needed later, kept compressed), or a parser (inflated, decoded from UTF-8 and tokenized as the
 * bytes arrive).
 * @internal
 * @module
 */
import { DecodeUTF8, Inflate } from 'fflate';
import type { XmlHandler } from './_xmlTokenizer';
import { XmlTokenizer } from './_xmlTokenizer';

/** @internal Receives an entry's compressed bytes, in order; `final` on the last chunk. */
export type PartSink = (chunk: Uint8Array, final: boolean) => void;

/** @internal An error inside one part, with the part's name. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    override readonly cause: unknown,
  ) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** @internal A sink that drops the bytes. */
export const discardSink: PartSink = () => undefined;

/** @internal The compressed chunks of a deferred entry. */
export interface StoredPart {
  readonly name: string;
  readonly compression: number;
  readonly chunks: Uint8Array[];
  complete: boolean;
}

/** @internal A sink that keeps the compressed bytes (copied) for later. */
export function storeSink(stored: StoredPart): PartSink {
  return (chunk, final) => {
    if (chunk.length > 0) stored.chunks.push(chunk.slice());
    if (final) stored.complete = true;
  };
}

/** @internal A sink that parses the entry with `handler`, then calls `done`. */
export function parseSink(name: string, compression: number, handler: XmlHandler, done: () => void): PartSink {
  const tokenizer = new XmlTokenizer(handler);
  const utf8 = new DecodeUTF8((text, final) => {
    if (text.length > 0) tokenizer.push(text);
    if (final) {
      tokenizer.end();
      done();
    }
  });
  const inflate = compression === 8 ? new Inflate((data, final) => utf8.push(data, final)) : undefined;
  return (chunk, final) => {
    try {
      if (inflate === undefined) utf8.push(chunk, final);
      else inflate.push(chunk, final);
    } catch (error) {
      throw error instanceof PartError ? error : new PartError(name, error);
    }
  };
}
