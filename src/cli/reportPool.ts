/**
 * `report --jobs N`: a JSON Lines file cut into byte ranges at line breaks (many more ranges than
 * readers), handed out in order to N readers as each becomes free: the main thread and N - 1
 * worker threads. Every worker receives one serialized calendar (no rebuild per worker); each
 * reader reads its ranges into one accumulator and returns its exact state; the states are merged,
 * so the report is the one pass's, byte for byte. A range is handed out at once, its records
 * numbered from its byte offset; each reader says how many lines and records each of its ranges
 * held, and the positions in the states are moved to the whole file's before they are merged
 * (`poolPositions.ts`), so no one counts the file ahead of the readers.
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
import { createReportAccumulator } from '../report/index';
import type { ReaderOptions } from '../io/index';
import type { ReportAccumulator, ReportAccumulatorState, ReportRowBase } from '../report/index';
import { CliError, EXIT } from './CliError';
import type { RangeCount } from './poolPositions';
import { placedState, positionMap } from './poolPositions';
import type { AccumulatorSpec, PoolMessage, PoolTask } from './reportPoolProtocol';
import { accumulateRange, HashList, sortedSetsMeet, sortedUnique } from './reportPoolProtocol';
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

/**
 * @internal The pool's smallest range (smaller for a small file: at least four ranges per worker).
 * The ranges shrink as the file is handed out (each a quarter of what is left per two workers,
 * down to this): a free worker takes the next, so the workers end within a small range of each
 * other (two halves of a 757 MB file, one per worker, ended 0.3 to 0.5 s apart).
 */
export const PART_BYTES = 1024 * 1024;

/** Whether a range may start at `at`: its first bytes are not read as a byte order mark or UTF-16 (as at the start of a file). */
function startsPlainly(head: Uint8Array, at: number): boolean {
  const a = head[at];
  const b = head[at + 1];
  return a !== undefined && b !== undefined && a !== 0 && b !== 0 && a < 0xef;
}

/**
 * @internal The byte ranges of a file: cut after a `\n` near each target (ascending), where the
 * next line starts plainly; fewer ranges when no such place is found near a target.
 */
export function splitAt(file: string, size: number, targets: readonly number[]): [number, number][] {
  const cuts: number[] = [0];
  const fd = openSync(file, 'r');
  try {
    const window = Buffer.alloc(1 << 16);
    for (const t of targets) {
      const target = Math.max(t, (cuts[cuts.length - 1] as number) + 1);
      if (target >= size) break;
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
 * @internal Where the pool cuts a file of `size` bytes for `jobs` workers: each range a quarter of
 * what is left per two workers, at least `minPart` bytes (at most `size / (4 * jobs)`), so that
 * the last ranges, handed out as the workers end, are small.
 */
export function guidedTargets(size: number, jobs: number, minPart: number): number[] {
  const least = Math.max(1, Math.min(minPart, Math.ceil(size / (4 * jobs))));
  const targets: number[] = [];
  for (let at = 0; ; ) {
    at += Math.max(least, Math.floor((size - at) / (2 * jobs)));
    if (at >= size) return targets;
    targets.push(at);
  }
}

/**
 * The worker: dist/reportWorker.js next to dist/cli.js; from the TypeScript sources (tsx, vitest),
 * a bootstrap that registers tsx in the worker, then imports reportWorker.ts.
 */
function spawnWorker(task: PoolTask): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./reportWorker.js', import.meta.url), { workerData: task });
  const source = new URL('./reportWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData: task });
}

/** One worker: handed ranges one at a time (it says when it is ready for the next), then told to finish. */
function startWorker(task: PoolTask): PoolReader {
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
    range: ([start, end]: readonly [number, number]): void => worker.postMessage({ kind: 'range', start, end }),
    finish: (): void => worker.postMessage({ kind: 'finish' }),
    stop: (): Promise<number> => worker.terminate(),
  };
}

/** A reader of the pool: a worker thread, or the main thread itself. */
interface PoolReader {
  readonly next: () => Promise<PoolMessage>;
  readonly range: (range: readonly [number, number]) => void;
  readonly finish: () => void;
  readonly stop: () => Promise<number>;
}

/**
 * The main thread as one of the readers, with the same steps as a worker (its own accumulator,
 * on the caller's calendar): it reads while the workers start, and one worker fewer is started.
 */
function startLocal(file: string, input: PoolInput): PoolReader {
  const acc = createReportAccumulator({ ...input.spec, calendar: input.calendar });
  const ids = new HashList();
  let pending: Promise<PoolMessage> = Promise.resolve({ kind: 'error', message: 'nothing asked' });
  return {
    next: () => pending,
    range: ([start, end]) => {
      pending = accumulateRange(acc, ids, file, readerOptions(input), { kind: 'range', start, end }).then(
        (count): PoolMessage => ({ kind: 'ready', count }),
        (e: unknown): PoolMessage => ({ kind: 'error', message: String((e as Error).message ?? e) }),
      );
    },
    finish: () => {
      pending = Promise.resolve({ kind: 'done', state: acc.toJSON(), ids: sortedUnique(ids.view()) });
    },
    stop: () => Promise.resolve(0),
  };
}

/** The reader's options of the one pass: its locale (the reader's messages are in it). */
function readerOptions(input: PoolInput): ReaderOptions {
  return input.spec.locale === undefined ? {} : { locale: input.spec.locale };
}

/** @internal What the pool needs: the file, the number of readers (the main thread and `jobs - 1` workers), the accumulator's options and calendar. */
export interface PoolInput {
  readonly file: string;
  readonly jobs: number;
  readonly spec: AccumulatorSpec;
  readonly calendar: WorkCalendar;
  /** Files smaller than this are left to one pass. @defaultValue {@link MIN_PARALLEL_BYTES} */
  readonly minBytes?: number;
  /** The smallest range's length ({@link guidedTargets}). @defaultValue {@link PART_BYTES} */
  readonly partBytes?: number;
}

/**
 * @internal Reads a JSON Lines file with `jobs` readers (the main thread and `jobs - 1` worker
 * threads) and merges their states into `acc` (a merge is the same in any order). Each reader reads
 * its ranges in file order, so an id repeated within one reader's ranges is rejected as the one
 * pass rejects it. Returns `false`, leaving `acc` untouched, when the file should be read in one
 * pass instead: too small, not plain UTF-8, one range only, an id seen by two readers (so that
 * `duplicate_id` is the one pass's), a position that could not be moved to the whole file's
 * ({@link placedState}), or a reader that failed (one pass then reports the problem as it always
 * does).
 */
export async function accumulateInWorkers(input: PoolInput, acc: ReportAccumulator<ReportRowBase>): Promise<boolean> {
  const size = statSync(input.file).size;
  if (input.jobs < 2 || size < (input.minBytes ?? MIN_PARALLEL_BYTES)) return false;
  const head = Buffer.alloc(4);
  const fd = openSync(input.file, 'r');
  const got = readSync(fd, head, 0, 4, 0);
  closeSync(fd);
  if (got < 4 || detectEncoding(head).encoding !== 'utf-8') return false;
  const ranges = splitAt(input.file, size, guidedTargets(size, input.jobs, input.partBytes ?? PART_BYTES));
  if (ranges.length < 2) return false;
  const calendar = serializeCalendar(input.calendar);
  // The main thread is the first reader: jobs - 1 workers.
  const workers = [startLocal(input.file, input), ...ranges.slice(1, input.jobs).map(() => startWorker({ file: input.file, spec: input.spec, calendar, reader: readerOptions(input) }))];
  const counts: RangeCount[] = [];
  let claimed = 0;
  let failed = false;
  /** One reader's run: the next range while there is one, then its state (or its error). */
  const drive = async (w: PoolReader): Promise<PoolMessage> => {
    for (let k = claimed++; k < ranges.length && !failed; k = claimed++) {
      w.range(ranges[k] as [number, number]);
      const m = await w.next();
      if (m.kind !== 'ready') {
        failed = true;
        return m;
      }
      counts[k] = m.count;
    }
    w.finish();
    return w.next();
  };
  try {
    const done = await Promise.all(workers.map(drive));
    const states = done.flatMap((d) => (d.kind === 'done' ? [d] : []));
    if (failed || states.length !== done.length || sortedSetsMeet(states.map((s) => s.ids))) return false;
    const map = positionMap(ranges, counts);
    const placed = states.map((s) => placedState(s.state, map));
    if (placed.some((s) => s === undefined)) return false;
    for (const s of placed) acc.merge(s as ReportAccumulatorState);
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
