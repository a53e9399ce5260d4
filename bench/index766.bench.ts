/**
 * National service index benchmark: `serviceIndex766` over N dossiers (default 1,000,000) against
 * the Biểu 06 report (`createReportAccumulator`) over the same dossiers, in the same run (goal:
 * the index costs at most 1.2x the report). Both read the same lazily generated copies of a
 * realistic year from `generateSample` (2025, about 60 dossiers per working day), with distinct
 * ids, on the calendar year 2025; each is timed twice, alternately, and the best run kept.
 * Run: `npx tsx bench/index766.bench.ts` or `npm run bench index766`;
 * `INDEX766_BENCH_N=200000 npx tsx bench/index766.bench.ts` for a shorter run.
 */
import { pathToFileURL } from 'node:url';
import { createCalendar } from '../src/calendar/createCalendar';
import { serviceIndex766 } from '../src/index766/index';
import type { Dossier } from '../src/model/dossier';
import { createReportAccumulator, parsePeriod } from '../src/report/index';
import { generateSample } from '../src/sample/generateSample';
import type { BenchRow } from './types';

export default async function run(): Promise<BenchRow[]> {
  const n = Number(process.env['INDEX766_BENCH_N'] ?? 1_000_000);
  const calendar = createCalendar();
  const sample = generateSample({ seed: 2025, from: '2025-01-01', to: '2025-12-31', calendar, dossiersPerDay: 60 });
  const templates = sample.dossiers;
  function* copies(): Generator<Dossier> {
    for (let i = 0; i < n; i++) {
      const t = templates[i % templates.length] as Dossier;
      yield { ...t, id: `${t.id}-${Math.floor(i / templates.length)}` };
    }
  }
  const period = parsePeriod('2025', { convention: 'calendar' });
  const report = (): number => {
    const t0 = performance.now();
    const acc = createReportAccumulator({ period, calendar, procedures: sample.procedures });
    let i = 0;
    for (const d of copies()) acc.add(d, i++);
    acc.result();
    return performance.now() - t0;
  };
  const index = (): number => {
    const t0 = performance.now();
    serviceIndex766({ dossiers: copies(), procedures: sample.procedures }, { period: '2025', calendar });
    return performance.now() - t0;
  };
  const times = { report: Number.POSITIVE_INFINITY, index: Number.POSITIVE_INFINITY };
  for (let round = 0; round < 2; round++) {
    times.report = Math.min(times.report, report());
    times.index = Math.min(times.index, index());
  }
  await Promise.resolve();
  const ratio = Math.round((times.index / times.report) * 100) / 100;
  return [
    {
      name: `serviceIndex766 over ${n.toLocaleString('en')} dossiers`,
      baseline: 'the Biểu 06 report (createReportAccumulator) over the same dossiers',
      ratio,
      goal: 'index time / report time <= 1.2',
      met: ratio <= 1.2,
      note: `index ${(times.index / 1000).toFixed(2)} s, report ${(times.report / 1000).toFixed(2)} s (best of 2 each)`,
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  console.table(rows.map((r) => ({ name: r.name, ratio: r.ratio, goal: r.goal, met: r.met ? 'yes' : 'NO', note: r.note ?? '' })));
}
