/**
 * Dossier-clock benchmark: evaluating and tallying 1,000,000 generated dossiers (3 steps each,
 * some supplementations, apologies, every end kind, some pending) against parsing the same
 * dossiers from JSON with `JSON.parse`, measured in the same run, chunk by chunk (goal: ratio
 * <= 1.0); and the heap while 1,000,000 dossiers are streamed through `evaluateDossiers` into
 * `tallyDossiers` (goal: flat).
 * Run: `npx tsx bench/dossier.bench.ts` (prints a table) or through `npm run bench`.
 * `DOSSIER_BENCH_N=200000 npx tsx bench/dossier.bench.ts` for a shorter run.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { daysFromCivil } from '../src/_lib/civilDate';
import { formatInstantVN, MS_PER_DAY, MS_PER_MINUTE } from '../src/_lib/instant';
import { createCalendar } from '../src/calendar/createCalendar';
import { createDossierEvaluator, evaluateDossiers } from '../src/dossier/index';
import type { DossierEvaluation } from '../src/dossier/index';
import type { Result } from '../src/errors/Issue';
import { mergeTallies, tallyDossiers } from '../src/metrics/index';
import type { DossierTallies } from '../src/metrics/index';
import type { Dossier } from '../src/model/dossier';
import type { Procedure } from '../src/model/procedure';
import type { BenchRow } from './types';

const AS_OF = '2026-12-14T17:00:00+07:00';
const CHUNK = 10_000;
const FIRST_DAY = daysFromCivil(2025, 1, 1);
const DAYS = daysFromCivil(2026, 10, 31) - FIRST_DAY;
const DEPARTMENTS = ['P-DT', 'P-QH', 'P-MT', 'P-LD', 'VP', 'MC'];
const END_KINDS = ['processed', 'processed', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn'];

const procedures: Procedure[] = Array.from({ length: 40 }, (_, i) => ({
  id: `P${i}`,
  name: `Thủ tục ${i}`,
  field: i % 2 === 0 ? 'Đầu tư' : 'Xây dựng',
  processingDays: [0, 1, 3, 5, 10, 15, 20][i % 7] as number,
  ...(i % 5 === 0 ? { cutoffTime: '15:00' } : {}),
  onlineEligible: true,
  onlineLevel: 'full',
  hasFees: false,
  onlinePayment: false,
}));

/** A small deterministic PRNG (mulberry32), so every run measures the same dossiers. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` dossiers as JSON strings, numbered from `from`. */
function generate(from: number, count: number, random: () => number): string[] {
  const out: string[] = new Array<string>(count);
  const int = (n: number) => Math.floor(random() * n);
  for (let k = 0; k < count; k++) {
    const id = from + k;
    const received = (FIRST_DAY + int(DAYS)) * MS_PER_DAY + (int(14 * 60) + 6 * 60 - 420) * MS_PER_MINUTE;
    const dept = DEPARTMENTS[int(DEPARTMENTS.length)] as string;
    let t = received;
    const steps: string[] = [];
    for (let s = 0; s < 3; s++) {
      const start = t + int(120) * MS_PER_MINUTE;
      t = start + int(3 * 1440) * MS_PER_MINUTE;
      steps.push(
        `{"officialId":"CB-${int(60)}","departmentId":"${s === 0 ? 'MC' : dept}","startedAt":"${formatInstantVN(start)}","endedAt":"${formatInstantVN(t)}","allottedHours":${8 + int(24)}}`,
      );
    }
    const events: string[] = [];
    let e = received;
    const requests = random() < 0.2 ? (random() < 0.1 ? 2 : 1) : 0;
    for (let r = 0; r < requests; r++) {
      e += (60 + int(2 * 1440)) * MS_PER_MINUTE;
      events.push(`{"type":"supplement-requested","at":"${formatInstantVN(e)}"}`);
      if (r < requests - 1 || random() < 0.9) {
        e += (60 + int(3 * 1440)) * MS_PER_MINUTE;
        events.push(`{"type":"supplement-received","at":"${formatInstantVN(e)}"}`);
      }
    }
    if (random() < 0.03) {
      e += int(1440) * MS_PER_MINUTE;
      events.push(`{"type":"apology","at":"${formatInstantVN(e)}"}`);
    }
    if (random() < 0.95) {
      e = Math.max(e, t) + int(2 * 1440) * MS_PER_MINUTE;
      const kind = END_KINDS[int(END_KINDS.length)] as string;
      events.push(`{"type":"${kind}","at":"${formatInstantVN(e)}"}`);
      if (kind === 'processed' && random() < 0.5) events.push(`{"type":"returned","at":"${formatInstantVN(e + int(1440) * MS_PER_MINUTE)}"}`);
    }
    const official = `CB-${int(60)}`;
    out[k] =
      `{"id":"HS-${id}","procedureId":"P${int(40)}","departmentId":"${dept}","officialId":"${official}","channel":"${random() < 0.6 ? 'online' : 'direct'}",` +
      `"receivedAt":"${formatInstantVN(received)}","steps":[${steps.join(',')}],"events":[${events.join(',')}]}`;
  }
  return out;
}

function* map<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (let i = 0; i < items.length; i++) yield f(items[i] as T);
}

function forceGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return gc;
}

/** Runs the dossier benchmark and returns its rows. */
export default async function run(): Promise<BenchRow[]> {
  const n = Number(process.env['DOSSIER_BENCH_N'] ?? 1_000_000);
  const calendar = createCalendar();
  const evaluate = createDossierEvaluator({ calendar, asOf: AS_OF, procedures });
  const evaluateResult = (d: Dossier): Result<DossierEvaluation> => evaluate(d);

  // Warm both paths up on dossiers outside the measured set.
  {
    const warm = generate(-50_000, 50_000, prng(7));
    for (let round = 0; round < 3; round++) {
      const objs = warm.map((s) => JSON.parse(s) as Dossier);
      tallyDossiers(map(objs, evaluateResult), { by: 'department' });
    }
  }

  const gc = forceGc();
  const random = prng(20250101);
  let parseMs = 0;
  let oursMs = 0;
  let oursOfficialMs = 0;
  let total: DossierTallies = { byKey: new Map(), unevaluated: 0 };
  const outcomes = { early: 0, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0 };
  for (let from = 0; from < n; from += CHUNK) {
    const strings = generate(from, Math.min(CHUNK, n - from), random);
    gc(); // the generator's garbage is not the parser's nor ours
    const t0 = performance.now();
    const objs = new Array<Dossier>(strings.length);
    for (let i = 0; i < strings.length; i++) objs[i] = JSON.parse(strings[i] as string) as Dossier;
    const t1 = performance.now();
    const chunk = tallyDossiers(map(objs, evaluateResult), { by: 'department' });
    const t2 = performance.now();
    total = mergeTallies(total, chunk);
    const t3 = performance.now();
    tallyDossiers(map(objs, evaluateResult), { by: 'official' });
    const t4 = performance.now();
    parseMs += t1 - t0;
    oursMs += t2 - t1 + (t3 - t2);
    oursOfficialMs += t4 - t3;
  }
  for (const t of total.byKey.values()) {
    outcomes.early += t.early;
    outcomes.onTime += t.onTime;
    outcomes.late += t.late + t.lateByOthers;
    outcomes.pendingWithin += t.pendingWithin;
    outcomes.pendingOverdue += t.pendingOverdue + t.pendingOverdueByOthers;
  }
  const ratio = oursMs / parseMs;
  const rows: BenchRow[] = [
    {
      name: `evaluate + tally by department, ${n.toLocaleString('en')} dossiers (3 steps, supplementations)`,
      baseline: 'JSON.parse of the same dossiers, same run',
      ratio: Math.round(ratio * 100) / 100,
      goal: '<= 1.0',
      met: ratio <= 1,
      note: `ours ${oursMs.toFixed(0)} ms (${((oursMs * 1e6) / n).toFixed(0)} ns/dossier), JSON.parse ${parseMs.toFixed(0)} ms; unevaluated ${total.unevaluated}; outcome counts summed over the department tallies (a dossier counts in each department it passed through) ${JSON.stringify(outcomes)}`,
    },
    {
      name: `evaluate + tally by official (participation and attribution), ${n.toLocaleString('en')} dossiers`,
      baseline: 'JSON.parse of the same dossiers, same run',
      ratio: Math.round((oursOfficialMs / parseMs) * 100) / 100,
      goal: 'context (goal is on the department row)',
      met: true,
      note: `ours ${oursOfficialMs.toFixed(0)} ms`,
    },
  ];

  // Memory: stream n dossiers (generated and parsed lazily) through evaluateDossiers into one tally.
  const samples: number[] = [];
  const every = Math.max(CHUNK, Math.floor(n / 10));
  const stream = function* (): Generator<Dossier> {
    const r = prng(42);
    for (let from = 0; from < n; from += CHUNK) {
      if (from % every === 0 && from > 0) {
        gc();
        samples.push(process.memoryUsage().heapUsed);
      }
      for (const s of generate(from, Math.min(CHUNK, n - from), r)) yield JSON.parse(s) as Dossier;
    }
  };
  gc();
  const before = process.memoryUsage().heapUsed;
  const streamed = tallyDossiers(evaluateDossiers(stream(), { calendar, asOf: AS_OF, procedures }), { by: 'official' });
  gc();
  const after = process.memoryUsage().heapUsed;
  // Spread of the heap over the stream (after a forced GC at each tenth): flat means it does not grow with n.
  const sampled = samples.length > 0 ? samples : [before, after];
  const growthMb = (Math.max(...sampled) - Math.min(...sampled)) / 2 ** 20;
  rows.push({
    name: `heap while streaming ${n.toLocaleString('en')} dossiers into tallyDossiers (by official)`,
    baseline: '5 MB budget for the heap spread across the stream',
    ratio: Math.round((Math.max(0, growthMb) / 5) * 100) / 100,
    goal: 'flat: spread < 5 MB (ratio < 1)',
    met: growthMb < 5,
    note: `heapUsed MB at each tenth: ${[before, ...samples, after].map((b) => (b / 2 ** 20).toFixed(1)).join(' → ')}; ${streamed.byKey.size} officials tallied`,
  });
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  const table = rows.map((r) => ({ name: r.name, ratio: r.ratio, goal: r.goal, met: r.met ? 'yes' : 'NO', note: r.note ?? '' }));
  console.table(table);
}
