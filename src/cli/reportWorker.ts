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
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { deserializeCalendar } from '../calendar/serializedIndex';
import { decodeSource } from '../io/decode';
import { resolveReaderOptions } from '../io/options';
import { jsonLinesFromText } from '../io/readJsonLines';
import { createReportAccumulator } from '../report/index';
import type { ReportAccumulator, ReportRowBase } from '../report/index';
import type { PoolCommand, PoolMessage, PoolTask } from './reportPoolProtocol';
import { idHash, sortedUnique } from './reportPoolProtocol';
import { READ_CHUNK_BYTES } from './fileChunks';

const task = workerData as PoolTask;
const port = parentPort;

/** Reads the range [start, end) into `acc`, the records numbered from `firstIndex`, the lines from `firstLine`; the ids' hashes into `ids`. */
async function accumulate(acc: ReportAccumulator<ReportRowBase>, ids: number[], range: Extract<PoolCommand, { kind: 'range' }>): Promise<void> {
  // `end` is inclusive for createReadStream; an empty range reads nothing.
  const bytes = range.end > range.start ? createReadStream(task.file, { start: range.start, end: range.end - 1, highWaterMark: READ_CHUNK_BYTES }) : [];
  let n = range.firstIndex;
  for await (const r of jsonLinesFromText(decodeSource(bytes), resolveReaderOptions(task.reader), range.firstLine)) {
    if (r.ok) {
      const id = (r.value as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.push(idHash(id));
      acc.add(r.value, n, r.line);
    } else acc.addRejected({ index: n, line: r.line, ...(r.id === undefined ? {} : { id: r.id }), input: r.input, issues: r.issues });
    n += 1;
  }
}

async function main(): Promise<void> {
  if (port === null) return;
  try {
    const next = (): Promise<PoolCommand> => new Promise<PoolCommand>((resolve) => port.once('message', resolve));
    const acc = createReportAccumulator({ ...task.spec, calendar: deserializeCalendar(task.calendar) });
    const ids: number[] = [];
    for (let command = await next(); ; ) {
      if (command.kind === 'finish') break;
      await accumulate(acc, ids, command);
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
