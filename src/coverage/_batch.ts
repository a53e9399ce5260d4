/**
 * Helpers for the batch-validated inputs of the coverage measures.
 * @internal
 * @module
 */
import type { BatchResult } from '../model/BatchResult';

/**
 * @internal The input index of each kept record: a batch parse keeps the valid records in input
 * order and reports every other index as rejected.
 */
export function keptIndexes<T>(inputCount: number, batch: BatchResult<T>): number[] {
  const rejected = new Set(batch.rejected.map((r) => r.index));
  const out: number[] = [];
  for (let i = 0; i < inputCount; i += 1) if (!rejected.has(i)) out.push(i);
  return out;
}
