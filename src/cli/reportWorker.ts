/**
 * One worker of `report --jobs N` (its own tsup entry, dist/reportWorker.js): reads one byte range
 * of a JSON Lines file, which starts and ends at line breaks. First it counts the range's lines and
 * records (with the library's own splitter, so the count is exact); then, told where its range
 * starts in the whole file, it reads it into an accumulator built on the calendar it was sent, with
 * every record's position in the whole file, and sends back the exact state and the hashes of the
 * ids it saw.
 * @internal
 * @module
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { deserializeCalendar } from '../calendar/serializedIndex';
import { decodeSource } from '../io/decode';
import { splitLines } from '../io/lines';
import { resolveReaderOptions } from '../io/options';
import { jsonLinesFromText } from '../io/readJsonLines';
import { isBlank } from '../io/records';
import type { ReaderSource } from '../io/source';
import { createReportAccumulator } from '../report/index';
import type { PoolMessage, RangeTask } from './reportPoolProtocol';
import { idHash } from './reportPoolProtocol';

const task = workerData as RangeTask;
const port = parentPort;

function bytes(): ReaderSource {
  // `end` is inclusive for createReadStream; an empty range reads nothing.
  return task.end > task.start ? createReadStream(task.file, { start: task.start, end: task.end - 1, highWaterMark: 1 << 16 }) : [];
}

/** The lines and the records (non-blank lines, or lines with a problem) of the range, as the JSON Lines reader sees them. */
async function count(): Promise<{ lines: number; records: number }> {
  const o = resolveReaderOptions(task.reader);
  let lines = 0;
  let records = 0;
  for await (const batch of splitLines(decodeSource(bytes()), o.max, o.preview)) {
    lines += batch.lines.length;
    for (let i = 0; i < batch.lines.length; i++) if (batch.problems?.has(i) === true || !isBlank(batch.lines[i] as string)) records++;
  }
  return { lines, records };
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
  return { kind: 'done', state: acc.toJSON(), ids: Float64Array.from(ids) };
}

async function main(): Promise<void> {
  if (port === null) return;
  try {
    port.postMessage({ kind: 'counts', ...(await count()) } satisfies PoolMessage);
    const go = await new Promise<{ firstLine: number; firstIndex: number }>((resolve) => port.once('message', resolve));
    const done = await accumulate(go.firstLine, go.firstIndex);
    port.postMessage(done, done.kind === 'done' ? [done.ids.buffer as ArrayBuffer] : []);
  } catch (e) {
    port.postMessage({ kind: 'error', message: String((e as Error).message ?? e) } satisfies PoolMessage);
  }
}

void main();
