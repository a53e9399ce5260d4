/**
 * `report --jobs N`: a JSON Lines file split into N byte ranges at line breaks, each read by a
 * worker thread that receives one serialized calendar (no rebuild per worker) and returns the exact
 * state of its accumulator; the states are merged in order, so the report is the one pass's, byte
 * for byte.
 * @internal
 * @module
 */
import { Localized } from './messages';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkCalendar } from '../calendar/index';
import { serializeCalendar } from '../calendar/serializedIndex';
import { detectEncoding } from '../io/decode';
import type { ReportAccumulator, ReportRowBase } from '../report/index';
import { CliError, EXIT } from './CliError';
import type { AccumulatorSpec, PoolMessage, RangeCount, RangeTask } from './reportPoolProtocol';
import { plainCount, sortedSetsMeet } from './reportPoolProtocol';
import { readChunksSync } from './fileChunks';
import type { InputFormat } from './readRecords';
import { formatOf } from './readRecords';

/** @internal `--jobs`: a whole number from 1; absent: the cores available to this process. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new CliError('cli_usage', { detail: new Localized(`--jobs phải là số nguyên từ 1 đến 999, nhận được '${value}' (xem reform-rules report --help)`, `--jobs must be a whole number from 1 to 999, received '${value}' (see reform-rules report --help)`) }, EXIT.usage);
  return Number(value);
}

/** @internal Files smaller than this are read in one pass (starting workers would cost more). */
export const MIN_PARALLEL_BYTES = 4 * 1024 * 1024;

/** Whether a range may start at `at`: its first bytes are not read as a byte order mark or UTF-16 (as at the start of a file). */
function startsPlainly(head: Uint8Array, at: number): boolean {
  const a = head[at];
  const b = head[at + 1];
  return a !== undefined && b !== undefined && a !== 0 && b !== 0 && a < 0xef;
}

/**
 * @internal The byte ranges of a file for `jobs` workers: cut after a `\n` near each share, where
 * the next line starts plainly; fewer ranges when no such place is found near a share.
 */
export function splitRanges(file: string, size: number, jobs: number): [number, number][] {
  const cuts: number[] = [0];
  const fd = openSync(file, 'r');
  try {
    const window = Buffer.alloc(1 << 16);
    for (let k = 1; k < jobs; k++) {
      const target = Math.max(Math.floor((size * k) / jobs), (cuts[cuts.length - 1] as number) + 1);
      const n = readSync(fd, window, 0, window.length, target - 1);
      for (let i = window.indexOf(10); i >= 0 && i + 2 < n; i = window.indexOf(10, i + 1)) {
        if (startsPlainly(window, i + 1)) {
          cuts.push(target + i);
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  cuts.push(size);
  return cuts.slice(0, -1).map((c, i) => [c, cuts[i + 1] as number] as [number, number]).filter(([a, b]) => b > a);
}

/**
 * The worker: dist/reportWorker.js next to dist/cli.js; from the TypeScript sources (tsx, vitest),
 * a bootstrap that registers tsx in the worker, then imports reportWorker.ts.
 */
function spawnWorker(task: RangeTask): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./reportWorker.js', import.meta.url), { workerData: task });
  const source = new URL('./reportWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData: task });
}

/** One worker: told where its range starts (after counting it, when asked to), it sends its state. */
function startWorker(task: RangeTask) {
  const worker = spawnWorker(task);
  const queue: PoolMessage[] = [];
  const waiting: ((m: PoolMessage) => void)[] = [];
  const deliver = (m: PoolMessage): void => {
    const w = waiting.shift();
    if (w === undefined) queue.push(m);
    else w(m);
  };
  worker.on('message', (m: PoolMessage) => deliver(m));
  worker.on('error', (e: Error) => deliver({ kind: 'error', message: e.message }));
  worker.on('exit', (code) => deliver({ kind: 'error', message: `worker exited (${code})` }));
  return {
    next: (): Promise<PoolMessage> => new Promise((resolve) => (queue.length > 0 ? resolve(queue.shift() as PoolMessage) : waiting.push(resolve))),
    count: (): void => worker.postMessage({ kind: 'count' }),
    go: (firstLine: number, firstIndex: number): void => worker.postMessage({ kind: 'go', firstLine, firstIndex }),
    stop: (): Promise<number> => worker.terminate(),
  };
}

type PoolWorker = ReturnType<typeof startWorker>;

/**
 * The ranges' counts: read here in the bytes while the workers start ({@link plainCount}), or, when
 * a range is not plain, by the workers with the reader's own splitter. `undefined` when a worker failed.
 */
async function rangeCounts(file: string, ranges: readonly [number, number][], workers: readonly PoolWorker[]): Promise<RangeCount[] | undefined> {
  const plain: RangeCount[] = [];
  for (const [start, end] of ranges) {
    const c = await plainCount(readChunksSync(file, start, end));
    if (c === undefined) break;
    plain.push(c);
  }
  if (plain.length === ranges.length) return plain;
  for (const w of workers) w.count();
  const counts = await Promise.all(workers.map((w) => w.next()));
  return counts.every((c) => c.kind === 'counts') ? (counts as RangeCount[]) : undefined;
}

/** @internal What the pool needs: the file, the number of workers, the accumulator's options and calendar. */
export interface PoolInput {
  readonly file: string;
  readonly jobs: number;
  readonly spec: AccumulatorSpec;
  readonly calendar: WorkCalendar;
  /** Files smaller than this are left to one pass. @defaultValue {@link MIN_PARALLEL_BYTES} */
  readonly minBytes?: number;
}

/**
 * @internal Reads a JSON Lines file across worker threads and merges their states, in order, into
 * `acc`. Returns `false`, leaving `acc` untouched, when the file should be read in one pass instead:
 * too small, not plain UTF-8, one range only, an id seen in two ranges (so that `duplicate_id` is the
 * one pass's), or a worker that failed (one pass then reports the problem as it always does).
 */
export async function accumulateInWorkers(input: PoolInput, acc: ReportAccumulator<ReportRowBase>): Promise<boolean> {
  const size = statSync(input.file).size;
  if (input.jobs < 2 || size < (input.minBytes ?? MIN_PARALLEL_BYTES)) return false;
  const head = Buffer.alloc(4);
  const fd = openSync(input.file, 'r');
  const got = readSync(fd, head, 0, 4, 0);
  closeSync(fd);
  if (got < 4 || detectEncoding(head).encoding !== 'utf-8') return false;
  const ranges = splitRanges(input.file, size, input.jobs);
  if (ranges.length < 2) return false;
  const calendar = serializeCalendar(input.calendar);
  const workers = ranges.map(([start, end]) => startWorker({ file: input.file, start, end, spec: input.spec, calendar, reader: {} }));
  try {
    const counts = await rangeCounts(input.file, ranges, workers);
    if (counts === undefined) return false;
    let line = 1;
    let index = 0;
    for (let k = 0; k < workers.length; k++) {
      const c = counts[k] as RangeCount;
      (workers[k] as PoolWorker).go(line, index);
      line += c.lines;
      index += c.records;
    }
    const done = await Promise.all(workers.map((w) => w.next()));
    const states = done.flatMap((d) => (d.kind === 'done' ? [d] : []));
    if (states.length !== done.length || sortedSetsMeet(states.map((s) => s.ids))) return false;
    for (const s of states) acc.merge(s.state);
    return true;
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/** @internal Whether the input is a regular JSON Lines file (not stdin, not a FIFO), the input the pool splits. */
export function isJsonLinesFile(file: string, forced: InputFormat | undefined): boolean {
  if (file === '-' || (forced ?? formatOf(file)) !== 'jsonl') return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
