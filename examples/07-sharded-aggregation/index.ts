/**
 * Example 07: sharded aggregation with worker threads.
 *
 * A province-wide export is split into four shards (one per worker thread here; one per database
 * partition or machine in production). Each worker builds a report accumulator and sends back its
 * state as plain JSON; the main thread merges the states. The merged report equals one pass over
 * all the data, exactly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createCalendar, parsePeriod, reportAccumulatorFromJSON, resolutionReport } from 'reform-rules';
import type { Procedure, ReportAccumulatorState } from 'reform-rules';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'sample.json'), 'utf8')) as {
  dossiers: unknown[];
  procedures: Procedure[];
};
const PERIOD = '2025-H1';
const calendar = createCalendar();
const shards = 4;
const size = Math.ceil(sample.dossiers.length / shards);

const states = await Promise.all(
  Array.from({ length: shards }, (_, k) => {
    const offset = k * size;
    return new Promise<ReportAccumulatorState>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
        workerData: { dossiers: sample.dossiers.slice(offset, offset + size), offset, procedures: sample.procedures, period: PERIOD },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  }),
);

const [first, ...rest] = states;
if (first === undefined) throw new Error('no shard');
// The state carries the period, asOf and grouping; the options supply what JSON cannot carry.
const merged = reportAccumulatorFromJSON(first, { calendar, procedures: sample.procedures });
for (const state of rest) merged.merge(state);
const sharded = merged.result();

const onePass = resolutionReport(sample.dossiers, { period: parsePeriod(PERIOD), calendar, procedures: sample.procedures });
console.log(`${shards} shards merged: received ${sharded.total.received.total}, resolved ${sharded.total.resolved.total}, pending ${sharded.total.pending.total}`);
console.log(`one pass:          received ${onePass.total.received.total}, resolved ${onePass.total.resolved.total}, pending ${onePass.total.pending.total}`);
assert.deepEqual(sharded.rows, onePass.rows);
assert.deepEqual(sharded.total, onePass.total);
