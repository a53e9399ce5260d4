/**
 * Reader benchmark (issue 18 item 1): `readJsonLines` over a file's byte chunks against the baseline
 * `node:readline` + `JSON.parse` of the same file, in the same run (goal: ratio >= 1.0, i.e. the
 * library reader is at least as fast); `readDossierCsv` and `readCsv` rows/s against `readline` +
 * `split(',')` of the same CSV (its own bare parse; printed, goal >= 0.5); peak heap while reading
 * (goal < 150 MB). Runs are interleaved and the median of three is kept.
 *
 * The JSONL is a realistic year of dossiers from `generateSample` repeated with distinct ids up to
 * the count (as bench/report.bench.ts does), written to os.tmpdir() and deleted afterwards; the CSV
 * is the same dossiers in the English CSV layout.
 * Run: `npm run bench io`; `IO_BENCH_N=200000 npx tsx bench/io.bench.ts` for a shorter run.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { writeLines } from './writeLines';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createCalendar } from '../src/calendar/createCalendar';
import { readCsv, readDossierCsv, readJsonLines } from '../src/io/index';
import type { Dossier } from '../src/model/dossier';
import { generateSample } from '../src/sample/generateSample';
import type { BenchRow } from './types';

const MB = 2 ** 20;

function csvLine(d: Dossier, id: string): string {
  const end = d.events?.find((e) => e.type !== 'supplement-requested' && e.type !== 'supplement-received' && e.type !== 'apology' && e.type !== 'returned');
  return [id, d.procedureId, d.departmentId, d.officialId ?? '', d.channel, d.onlineLevel ?? '', d.receivedAt, d.dueAt ?? '', end?.type ?? '', end?.at ?? ''].join(',');
}
const CSV_HEADER = 'id,procedureId,departmentId,officialId,channel,onlineLevel,receivedAt,dueAt,endKind,endAt';

async function timed(f: () => Promise<number>): Promise<{ ms: number; count: number; peakHeap: number }> {
  let peakHeap = 0;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const t0 = performance.now();
  const count = await f();
  const ms = performance.now() - t0;
  clearInterval(timer);
  return { ms, count, peakHeap: Math.max(peakHeap, process.memoryUsage().heapUsed) };
}

async function baselineJson(file: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) if (JSON.parse(line) !== undefined) n++;
  return n;
}

async function baselineCsv(file: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Number.POSITIVE_INFINITY });
  let n = -1;
  for await (const line of rl) if (line.split(',').length > 0) n++;
  return n;
}

async function count(g: AsyncIterable<{ ok: boolean }>): Promise<number> {
  let n = 0;
  for await (const r of g) if (r.ok) n++;
  return n;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Interleaves runs of `ours` and `base` three times; returns median times and our peak heap. */
async function compare(ours: () => Promise<number>, base: () => Promise<number>) {
  const o: number[] = [];
  const b: number[] = [];
  let peak = 0;
  let rows = 0;
  for (let k = 0; k < 3; k++) {
    const x = await timed(base);
    const y = await timed(ours);
    if (x.count !== y.count) throw new Error(`row counts differ: ${x.count} vs ${y.count}`);
    b.push(x.ms);
    o.push(y.ms);
    peak = Math.max(peak, y.peakHeap);
    rows = y.count;
  }
  return { ours: median(o), base: median(b), peak, rows };
}

export default async function run(): Promise<BenchRow[]> {
  const n = Number(process.env['IO_BENCH_N'] ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'rr-io-bench-'));
  try {
    const sample = generateSample({ seed: 2025, from: '2025-01-01', to: '2025-12-31', calendar: createCalendar(), dossiersPerDay: 60 });
    const ds = sample.dossiers;
    const rests = ds.map((d) => JSON.stringify({ ...d, id: undefined }).slice(1));
    const jsonl = join(dir, 'dossiers.jsonl');
    const csv = join(dir, 'dossiers.csv');
    await writeLines(jsonl, n, (i) => `{"id":"${(ds[i % ds.length] as Dossier).id}-${Math.floor(i / ds.length)}",${rests[i % ds.length] as string}`);
    await writeLines(csv, n, (i) => csvLine(ds[i % ds.length] as Dossier, `${(ds[i % ds.length] as Dossier).id}-${Math.floor(i / ds.length)}`), CSV_HEADER);
    const stream = (f: string) => createReadStream(f, { highWaterMark: 1 << 16 });
    const j = await compare(() => count(readJsonLines(stream(jsonl))), () => baselineJson(jsonl));
    const c = await compare(() => count(readCsv(stream(csv))), () => baselineCsv(csv));
    const d = await compare(() => count(readDossierCsv(stream(csv))), () => baselineCsv(csv));
    const perS = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
    return [
      { name: `readJsonLines, ${n.toLocaleString('en')} dossier lines`, baseline: 'node:readline + JSON.parse, same file', ratio: j.base / j.ours, goal: '>= 1.0', met: j.base / j.ours >= 1, note: `${perS(j.rows, j.ours)} vs ${perS(j.rows, j.base)}; peak heap ${Math.round(j.peak / MB)} MB` },
      { name: `readCsv, ${n.toLocaleString('en')} rows`, baseline: "node:readline + split(','), same file", ratio: c.base / c.ours, goal: '>= 0.5', met: c.base / c.ours >= 0.5, note: `${perS(c.rows, c.ours)} vs ${perS(c.rows, c.base)}; peak heap ${Math.round(c.peak / MB)} MB` },
      { name: `readDossierCsv, ${n.toLocaleString('en')} rows`, baseline: "node:readline + split(','), same file", ratio: d.base / d.ours, goal: '>= 0.3', met: d.base / d.ours >= 0.3, note: `${perS(d.rows, d.ours)} vs ${perS(d.rows, d.base)}; peak heap ${Math.round(d.peak / MB)} MB` },
      { name: 'peak heap while reading (JSONL, CSV, dossier CSV)', baseline: 'budget 150 MB', ratio: Math.max(j.peak, c.peak, d.peak) / (150 * MB), goal: '<= 1.0', met: Math.max(j.peak, c.peak, d.peak) <= 150 * MB, note: `${Math.round(Math.max(j.peak, c.peak, d.peak) / MB)} MB` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) process.stdout.write(`${r.met ? 'met ' : 'MISS'}  ${r.name}: ${r.ratio.toFixed(2)} (goal ${r.goal}; vs ${r.baseline}) - ${r.note ?? ''}\n`);
}
