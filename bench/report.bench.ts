/**
 * Report benchmark: the Biểu 06 report (`createReportAccumulator`) of 1,000,000 dossiers read from
 * a JSON Lines file line by line (node:readline), against bare `JSON.parse` of the same lines read
 * the same way, in the same run (goal: report throughput >= 40% of bare parsing); the peak heap
 * and RSS while streaming (goal: heap < 150 MB); and four shards (line i to shard i mod 4, states
 * merged through JSON text) against one pass (goal: identical reports).
 *
 * The JSONL is generated into os.tmpdir() and deleted afterwards: a realistic year of an
 * economic-zone board from `generateSample` (2025, about 60 dossiers per working day, with steps,
 * supplementations, apologies and every end kind), repeated with distinct ids up to the count,
 * plus one invalid record every 100,000 lines (listed in `rejected`).
 * Run: `npx tsx bench/report.bench.ts` (prints a table) or `npm run bench report`;
 * `REPORT_BENCH_N=200000 npx tsx bench/report.bench.ts` for a shorter run.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCalendar } from '../src/calendar/createCalendar';
import type { WorkCalendar } from '../src/calendar/WorkCalendar';
import type { Procedure } from '../src/model/procedure';
import { createReportAccumulator, parsePeriod } from '../src/report/index';
import type { ReportAccumulator, ReportAccumulatorState, ResolutionReportOptions } from '../src/report/index';
import { generateSample } from '../src/sample/generateSample';
import type { BenchRow } from './types';

const MB = 2 ** 20;
const SAMPLE_EVERY = 20_000;

function gcNow(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
}

async function writeJsonl(file: string, n: number, calendar: WorkCalendar): Promise<{ procedures: Procedure[]; templates: number }> {
  const sample = generateSample({ seed: 2025, from: '2025-01-01', to: '2025-12-31', calendar, dossiersPerDay: 60 });
  // Each template as JSON text without its id, so copies differ only by id: `{"id":"<id>",...rest`.
  const rests = sample.dossiers.map((d) => {
    const { id, ...rest } = d;
    return { id, rest: JSON.stringify(rest).slice(1) };
  });
  const out = createWriteStream(file, { encoding: 'utf8' });
  let buffer = '';
  for (let i = 0; i < n; i++) {
    const t = rests[i % rests.length] as { id: string; rest: string };
    const copy = Math.floor(i / rests.length);
    buffer += i % 100_000 === 99_999 ? `{"id":"BAD-${i}","channel":"fax"}\n` : `{"id":"${t.id}-${copy}",${t.rest}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { procedures: sample.procedures, templates: rests.length };
}

/** Reads the file line by line, calling `each` on every parsed line; returns the elapsed ms and memory peaks. */
async function pass(file: string, each: (record: unknown, index: number) => void): Promise<{ ms: number; lines: number; peakHeap: number; peakRss: number }> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Number.POSITIVE_INFINITY });
  let i = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const t0 = performance.now();
  for await (const line of rl) {
    each(JSON.parse(line) as unknown, i);
    i++;
    if (i % SAMPLE_EVERY === 0) {
      const m = process.memoryUsage();
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      if (m.rss > peakRss) peakRss = m.rss;
    }
  }
  const ms = performance.now() - t0;
  const m = process.memoryUsage();
  return { ms, lines: i, peakHeap: Math.max(peakHeap, m.heapUsed), peakRss: Math.max(peakRss, m.rss) };
}

/** Runs the benchmark and returns its rows. */
export default async function run(): Promise<BenchRow[]> {
  const n = Number(process.env['REPORT_BENCH_N'] ?? 1_000_000);
  const calendar = createCalendar();
  const dir = mkdtempSync(join(tmpdir(), 'reform-rules-report-'));
  const file = join(dir, 'dossiers.jsonl');
  try {
    const { procedures, templates } = await writeJsonl(file, n, calendar);
    const options: ResolutionReportOptions = { period: parsePeriod('2025', { convention: 'calendar' }), calendar, procedures };

    // Alternate the two passes three times and keep the best of each (warm-up and noise on a shared machine).
    let parse = Number.POSITIVE_INFINITY;
    let report = Number.POSITIVE_INFINITY;
    let peakHeap = 0;
    let peakRss = 0;
    let single: ReportAccumulator | undefined;
    for (let round = 0; round < 3; round++) {
      gcNow();
      let sink = 0;
      const p = await pass(file, (r) => {
        sink += typeof r === 'object' ? 1 : 0;
      });
      if (sink < 0) throw new Error('unreachable');
      parse = Math.min(parse, p.ms);
      gcNow();
      const acc = createReportAccumulator(options);
      const q = await pass(file, (r, i) => acc.add(r, i));
      report = Math.min(report, q.ms);
      peakHeap = Math.max(peakHeap, q.peakHeap);
      peakRss = Math.max(peakRss, q.peakRss);
      single = acc;
    }
    const one = (single as ReportAccumulator).result();

    // Four shards, merged through JSON text as if from other processes.
    gcNow();
    const shards = [0, 1, 2, 3].map(() => createReportAccumulator(options));
    await pass(file, (r, i) => (shards[i % 4] as ReportAccumulator).add(r, i));
    const merged = createReportAccumulator(options);
    for (const s of shards) merged.merge(JSON.parse(JSON.stringify(s.toJSON())) as ReportAccumulatorState);
    const same = JSON.stringify(merged.result()) === JSON.stringify(one);
    if (!same) throw new Error('four merged shards differ from one pass');

    const ratio = parse / report;
    const t = one.total;
    const detail =
      `${n.toLocaleString('en')} lines (${templates.toLocaleString('en')} distinct sample dossiers repeated with new ids); ` +
      `JSON.parse pass ${(parse / 1000).toFixed(2)} s (${Math.round(n / (parse / 1000)).toLocaleString('en')}/s), ` +
      `report pass ${(report / 1000).toFixed(2)} s (${Math.round(n / (report / 1000)).toLocaleString('en')}/s); ` +
      `total row: received ${t.received.total}, resolved ${t.resolved.total}, pending ${t.pending.total}; rejected ${one.rejected.length}; ` +
      `excluded ${one.excluded.receivedAfter}+${one.excluded.endedBefore}`;
    return [
      {
        name: `report of ${n.toLocaleString('en')} dossiers streamed from JSON Lines (validate + dossier clock + Biểu 06 rows)`,
        baseline: 'readline + bare JSON.parse of the same lines, same run',
        ratio: Math.round(ratio * 100) / 100,
        goal: 'throughput >= 40% of bare JSON.parse (ratio >= 0.40)',
        met: ratio >= 0.4,
        note: detail,
      },
      {
        name: `peak heap while streaming the report of ${n.toLocaleString('en')} dossiers`,
        baseline: '150 MB budget',
        ratio: Math.round((peakHeap / (150 * MB)) * 100) / 100,
        goal: 'heap < 150 MB (ratio < 1)',
        met: peakHeap < 150 * MB,
        note: `peak heapUsed ${(peakHeap / MB).toFixed(1)} MB, peak RSS ${(peakRss / MB).toFixed(1)} MB (sampled every ${SAMPLE_EVERY.toLocaleString('en')} lines)`,
      },
      {
        name: 'four shards merged (states through JSON) vs one pass',
        baseline: 'one pass over the same lines',
        ratio: same ? 1 : 0,
        goal: 'identical reports (ratio 1)',
        met: same,
        note: `${one.rows.length} department rows, ${one.inputs.toLocaleString('en')} inputs`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  console.table(rows.map((r) => ({ name: r.name, ratio: r.ratio, goal: r.goal, met: r.met ? 'yes' : 'NO', note: r.note ?? '' })));
}
