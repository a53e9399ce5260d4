/**
 * Where the JSON Lines fast road hands a dossier it read in place straight to a consumer (the
 * report accumulator), without the reader and the consumer depending on each other's code. A
 * consumer without a sink (or one from another copy of the library) is fed through its public
 * methods, with the same results.
 * @internal
 * @module
 */

/**
 * @internal Takes a dossier the JSON Lines fast road read and checked (a `Dossier`: valid, the
 * object `JSON.parse` of its line gives) as record `index` on line `line`, its instants read
 * (`[0]` receivedAt, `[i + 1]` each event's `at`).
 */
export type JsonLineSink = (dossier: object, instants: number[], index: number, line: number) => void;

const sinks = new WeakMap<object, JsonLineSink>();

/** @internal Registers the sink of `target`. */
export function registerJsonLineSink(target: object, sink: JsonLineSink): void {
  sinks.set(target, sink);
}

/** @internal The sink of `target`, if it has one. */
export function jsonLineSinkOf(target: unknown): JsonLineSink | undefined {
  return typeof target === 'object' && target !== null ? sinks.get(target) : undefined;
}
