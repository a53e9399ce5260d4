/**
 * One worker of `report --jobs N` (its own tsup entry, dist/reportWorker.js): reads the byte ranges
 * of a JSON Lines file it is handed, one after another, into one accumulator built on the calendar
 * it was sent. Each range starts and ends at line breaks; its records are numbered provisionally
 * from its start, and the worker says how many lines and records it held, so that the main thread
 * moves every position to the whole file's at the end (`poolPositions.ts`). Told there is no more,
 * the worker sends back the exact state and the hashes of the ids it saw (ascending, each once).
 * @internal
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deserializeCalendar } from '../calendar/serializedIndex';
import { createReportAccumulator } from '../report/index';
import type { PoolCommand, PoolMessage, PoolTask } from './reportPoolProtocol';
import { accumulateRange, HashList, sortedUnique } from './reportPoolProtocol';

const task = workerData as PoolTask;
const port = parentPort;

async function main(): Promise<void> {
  if (port === null) return;
  try {
    const next = (): Promise<PoolCommand> => new Promise<PoolCommand>((resolve) => port.once('message', resolve));
    const acc = createReportAccumulator({ ...task.spec, calendar: deserializeCalendar(task.calendar) });
    const ids = new HashList();
    for (let command = await next(); ; ) {
      if (command.kind === 'finish') break;
      const count = await accumulateRange(acc, ids, task.file, task.reader, command);
      // Listening before asking: the next command cannot arrive unheard.
      const coming = next();
      port.postMessage({ kind: 'ready', count } satisfies PoolMessage);
      command = await coming;
    }
    const done = { kind: 'done', state: acc.toJSON(), ids: sortedUnique(ids.view()) } satisfies PoolMessage;
    port.postMessage(done, [done.ids.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ kind: 'error', message: String((e as Error).message ?? e) } satisfies PoolMessage);
  }
}

void main();
