/**
 * `report --jobs N`: a JSON Lines file split into N byte ranges at line breaks, each read by a
 * worker thread that receives one serialized calendar (no rebuild per worker) and returns the exact
 * state of its accumulator; the states are merged in order, so the report is the one pass's, byte
 * for byte.
 * @internal
 * @module
 */
import { availableParallelism } from 'node:os';
import { CliError, EXIT } from './CliError';

/** @internal `--jobs`: a whole number from 1; absent: the cores available to this process. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new CliError('cli_usage', { detail: `--jobs must be a whole number from 1 to 999, received '${value}' (see reform-rules --help)` }, EXIT.usage);
  return Number(value);
}
