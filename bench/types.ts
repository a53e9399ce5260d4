/**
 * The shape of one benchmark result row, shared by every `bench/*.bench.ts`.
 * @module
 */

/** One measured comparison. */
export type BenchRow = {
  /** What was measured. */
  name: string;
  /** What it was compared with. */
  baseline: string;
  /** The measured ratio (baseline time / our time for speed-ups, or our figure / budget for budgets). */
  ratio: number;
  /** The goal, in words. */
  goal: string;
  /** Whether the goal was met. */
  met: boolean;
  /** Any detail (absolute timings, conditions). */
  note?: string;
};
