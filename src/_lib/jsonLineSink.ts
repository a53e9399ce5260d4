/**
 * Where a JSON Lines reader hands a line of text straight to a consumer that can read it faster
 * than `JSON.parse` (the report accumulator's fast road), without the reader depending on the
 * consumer's code. A consumer without a sink (or one from another copy of the library) is fed
 * through its public methods, with the same results.
 * @internal
 * @module
 */

/**
 * @internal Takes the line `bytes[start..end)` as record `index` on line `line` (ASCII bytes, byte
 * `i` being character `i` of `text`); the id of the record when the sink took it (accepted or
 * rejected), `false` when the caller must parse the line itself.
 */
export type JsonLineSink = (bytes: Uint8Array, text: string, start: number, end: number, index: number, line: number) => string | false;

const sinks = new WeakMap<object, JsonLineSink>();

/** @internal Registers the sink of `target`. */
export function registerJsonLineSink(target: object, sink: JsonLineSink): void {
  sinks.set(target, sink);
}

/** @internal The sink of `target`, if it has one. */
export function jsonLineSinkOf(target: unknown): JsonLineSink | undefined {
  return typeof target === 'object' && target !== null ? sinks.get(target) : undefined;
}
