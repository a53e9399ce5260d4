/**
 * Calendar benchmark: constant-time working-day arithmetic (createCalendar) against the way apps do
 * it today, a day-by-day date-fns loop over a holiday Set, measured in the same run, for n = 5, 20
 * and 60 working days across Tết 2025 and Tết 2026; the time to build a 1900–2100 calendar as a
 * ratio to a baseline build in the same run; single calls against the bare prefix-table floor; batch
 * throughput; and date-holidays and moment-business-days on the same queries (bench/calendarFloor.ts).
 * Run: `npx tsx bench/calendar.bench.ts` (prints a table) or through `npm run bench`.
 */
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { pathToFileURL } from 'node:url';
import { createCalendar } from '../src/calendar/createCalendar';
import type { CivilDate } from '../src/_lib/dateTypes';
import type { WorkCalendar } from '../src/calendar/WorkCalendar';
import { batchRows, buildCostRow, floorRows, peerRows } from './calendarFloor';
import type { BenchRow } from './types';

const START_DATES: CivilDate[] = ['2025-01-20', '2025-01-24', '2025-01-27', '2026-02-09', '2026-02-13', '2026-02-16'];

/** The baseline: holidays as a Set of 'yyyy-MM-dd' strings, weekends from date-fns, walking one day at a time. */
function makeBaseline(calendar: WorkCalendar): {
  add: (date: Date, n: number) => Date;
  between: (from: Date, to: Date) => number;
} {
  const off = new Set<string>();
  const worked = new Set<string>();
  for (let year = 2024; year <= 2027; year += 1) {
    for (const h of calendar.holidays(year)) (h.kind === 'makeUpWorkday' ? worked : off).add(h.date);
  }
  const isWorking = (d: Date): boolean => {
    const key = format(d, 'yyyy-MM-dd');
    return worked.has(key) || (!isWeekend(d) && !off.has(key));
  };
  return {
    add(date, n) {
      let d = date;
      let left = n;
      while (left > 0) {
        d = addDays(d, 1);
        if (isWorking(d)) left -= 1;
      }
      return d;
    },
    between(from, to) {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorking(d)) count += 1;
      return count;
    },
  };
}

/** Median nanoseconds per call of `fn` over several timed rounds. */
function timePerCall(fn: () => unknown, calls: number, rounds = 7): number {
  let sink: unknown;
  for (let i = 0; i < calls; i += 1) sink = fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i += 1) sink = fn();
    samples.push(((performance.now() - t0) * 1e6) / calls);
  }
  if (sink === Symbol.for('never')) throw new Error('unreachable');
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** Runs the calendar benchmark and returns its rows. */
export default async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const t0 = performance.now();
  const calendar = createCalendar();
  const coldMs = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    createCalendar();
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const warmMs = warm[2] as number;

  const baseline = makeBaseline(calendar);
  for (const n of [5, 20, 60]) {
    let k = 0;
    const ours = timePerCall(() => calendar.addWorkingDays(START_DATES[k++ % START_DATES.length] as CivilDate, n), 20_000);
    const starts = START_DATES.map((s) => parseISO(s));
    let j = 0;
    const theirs = timePerCall(() => baseline.add(starts[j++ % starts.length] as Date, n), 2_000);
    // Same answers, or the comparison means nothing.
    for (const s of START_DATES) {
      if (format(baseline.add(parseISO(s), n), 'yyyy-MM-dd') !== calendar.addWorkingDays(s, n)) throw new Error(`baseline disagrees at ${s} + ${n}`);
    }
    const ratio = theirs / ours;
    const gated = n === 20;
    rows.push({
      name: `addWorkingDays n=${n} across Tết 2025/2026`,
      baseline: 'date-fns day-by-day loop over a holiday Set',
      ratio: Math.round(ratio * 10) / 10,
      goal: gated ? '>= 20x' : 'context (goal is at n = 20)',
      met: gated ? ratio >= 20 : true,
      note: `ours ${ours.toFixed(0)} ns/call, baseline ${theirs.toFixed(0)} ns/call`,
    });

    const pairs = START_DATES.map((s) => [s, calendar.addWorkingDays(s, n)] as const);
    const datePairs = pairs.map(([a, b]) => [parseISO(a), parseISO(b)] as const);
    let p = 0;
    const oursB = timePerCall(() => {
      const pair = pairs[p++ % pairs.length] as readonly [CivilDate, CivilDate];
      return calendar.workingDaysBetween(pair[0], pair[1]);
    }, 20_000);
    let q = 0;
    const theirsB = timePerCall(() => {
      const pair = datePairs[q++ % datePairs.length] as readonly [Date, Date];
      return baseline.between(pair[0], pair[1]);
    }, 2_000);
    for (const [i, [a, b]] of datePairs.entries()) {
      const pair = pairs[i] as readonly [CivilDate, CivilDate];
      if (baseline.between(a, b) !== calendar.workingDaysBetween(pair[0], pair[1])) throw new Error('baseline disagrees on workingDaysBetween');
    }
    const ratioB = theirsB / oursB;
    rows.push({
      name: `workingDaysBetween span of ${n} working days across Tết 2025/2026`,
      baseline: 'date-fns day-by-day loop over a holiday Set',
      ratio: Math.round(ratioB * 10) / 10,
      goal: gated ? '>= 20x' : 'context (goal is at n = 20)',
      met: gated ? ratioB >= 20 : true,
      note: `ours ${oursB.toFixed(0)} ns/call, baseline ${theirsB.toFixed(0)} ns/call`,
    });
  }

  rows.push(buildCostRow(coldMs, warmMs));
  rows.push(...floorRows(calendar));
  rows.push(...batchRows(calendar));
  rows.push(...peerRows(calendar));
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  const table = rows.map((r) => ({ name: r.name, ratio: r.ratio, goal: r.goal, met: r.met ? 'yes' : 'NO', note: r.note ?? '' }));
  console.table(table);
}
