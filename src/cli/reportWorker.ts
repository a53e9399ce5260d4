/**
 * One worker of `report --jobs N` (its own tsup entry, dist/reportWorker.js): reads one byte range
 * of a JSON Lines file, which starts and ends at line breaks. The main thread counts the range's
 * lines and records in the bytes when every line starts plainly; otherwise it asks the worker to
 * count them with the library's own splitter (exact either way). Told where its range starts in
 * the whole file, the worker reads it into an accumulator built on the calendar it was sent, with
 * every record's position in the whole file, and sends back the exact state and the hashes of the
 * ids it saw (ascending, each once).
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
import type { PoolMessage, RangeTask } from './reportPoolProtocol';
import type { PoolCommand } from './reportPoolProtocol';
import { exactCount, idHash, sortedUnique } from './reportPoolProtocol';
import { READ_CHUNK_BYTES } from './fileChunks';

const task = workerData as RangeTask;
const port = parentPort;

function bytes(): AsyncIterable<Buffer> | Buffer[] {
  // `end` is inclusive for createReadStream; an empty range reads nothing.
  return task.end > task.start ? createReadStream(task.file, { start: task.start, end: task.end - 1, highWaterMark: READ_CHUNK_BYTES }) : [];
}

/** The range read into an accumulator, the records numbered from `firstIndex`, the lines from `firstLine`. */
async function accumulate(firstLine: number, firstIndex: number): Promise<PoolMessage> {
  const acc = createReportAccumulator({ ...task.spec, calendar: deserializeCalendar(task.calendar) });
  const ids: number[] = [];
  let n = firstIndex;
  for await (const r of jsonLinesFromText(decodeSource(bytes()), resolveReaderOptions(task.reader), firstLine)) {
    if (r.ok) {
      const id = (r.value as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.push(idHash(id));
      acc.add(r.value, n, r.line);
    } else acc.addRejected({ index: n, line: r.line, ...(r.id === undefined ? {} : { id: r.id }), input: r.input, issues: r.issues });
    n += 1;
  }
  return { kind: 'done', state: acc.toJSON(), ids: sortedUnique(ids) };
}

async function main(): Promise<void> {
  if (port === null) return;
  try {
    const next = (): Promise<PoolCommand> => new Promise<PoolCommand>((resolve) => port.once('message', resolve));
    let go = await next();
    if (go.kind === 'count') {
      port.postMessage({ kind: 'counts', ...(await exactCount(bytes(), task.reader)) } satisfies PoolMessage);
      go = await next();
    }
    if (go.kind !== 'go') throw new Error('expected where the range starts');
    const done = await accumulate(go.firstLine, go.firstIndex);
    port.postMessage(done, done.kind === 'done' ? [done.ids.buffer as ArrayBuffer] : []);
  } catch (e) {
    port.postMessage({ kind: 'error', message: String((e as Error).message ?? e) } satisfies PoolMessage);
  }
}

void main();
