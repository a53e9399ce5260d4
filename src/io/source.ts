/**
 * The input every reader takes: a string, bytes, or a stream of chunks of either, with no
 * dependency on Node (works in browsers, workers and Deno alike).
 * @module
 */
import { raise } from '../errors/ReformRulesError';

/**
 * What a reader reads: a whole string, a whole `Uint8Array` (a Node `Buffer` is one), or an
 * `Iterable` / `AsyncIterable` of `Uint8Array` or string chunks (a Node `ReadStream` without an
 * encoding, a `ReadableStream` in a browser, an array of chunks). Chunk boundaries may fall
 * anywhere, even inside a UTF-8 character; they never change what is read.
 *
 * @example
 * ```ts
 * import type { ReaderSource } from 'reform-rules/io';
 * const a: ReaderSource = '{"id":"HS-1"}\n';
 * const b: ReaderSource = [new TextEncoder().encode('{"id":'), '"HS-1"}\n'];
 * ```
 * @category Input
 */
export type ReaderSource =
  | string
  | Uint8Array
  | Iterable<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>;

/** @internal Checks, at the call, that a value is a {@link ReaderSource}. */
export function checkSource(source: unknown): void {
  if (typeof source === 'string' || source instanceof Uint8Array) return;
  const ok = source !== null && typeof source === 'object' && (typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' || typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function');
  if (!ok) raise('invalid_source', { field: 'source', received: source });
}

/** @internal The chunks of a source, in order, as an async iterable. */
export async function* chunksOf(source: ReaderSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source;
    return;
  }
  const s = source as unknown;
  const isAsync = s !== null && typeof s === 'object' && typeof (s as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  const isSync = s !== null && typeof s === 'object' && typeof (s as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!isAsync && !isSync) raise('invalid_source', { field: 'source', received: s });
  const iterable = source as AsyncIterable<unknown> | Iterable<unknown>;
  for await (const chunk of iterable) {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) raise('invalid_source', { field: 'source chunk', received: chunk });
    yield chunk;
  }
}
