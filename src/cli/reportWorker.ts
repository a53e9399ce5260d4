/**
 * One worker of `report --jobs N` (its own tsup entry, dist/reportWorker.js): reads the byte ranges
 * of a JSON Lines file it is handed, one after another, into one accumulator built on the calendar
 * it was sent. Each range starts and ends at line breaks and comes with where it starts in the
 * whole file (its first line and record, which the main thread counted in the bytes), so every
 * record keeps its position in the whole file. Told there is no more, the worker sends back the
 * exact state and the hashes of the ids it saw (ascending, each once).
 * @internal
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deserializeCalendar } from '../calendar/serializedIndex';
import { createReportAccumulator } from '../report/index';
import type { PoolCommand, PoolMessage, PoolTask } from './reportPoolProtocol';
import { accumulateRange, sortedUnique } from './reportPoolProtocol';

const task = workerData as PoolTask;
const port = parentPort;

async function main(): Promise<void> {
  if (port === null) return;
  try {
    const next = (): Promise<PoolCommand> => new Promise<PoolCommand>((resolve) => port.once('message', resolve));
    const acc = createReportAccumulator({ ...task.spec, calendar: deserializeCalendar(task.calendar) });
    const ids: number[] = [];
    for (let command = await next(); ; ) {
      if (command.kind === 'finish') break;
      await accumulateRange(acc, ids, task.file, task.reader, command);
      // Listening before asking: the next command cannot arrive unheard.
      const coming = next();
      port.postMessage({ kind: 'ready' } satisfies PoolMessage);
      command = await coming;
    }
    const done = { kind: 'done', state: acc.toJSON(), ids: sortedUnique(ids) } satisfies PoolMessage;
    port.postMessage(done, [done.ids.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ kind: 'error', message: String((e as Error).message ?? e) } satisfies PoolMessage);
  }
}

void main();
