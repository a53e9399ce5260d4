// A child of bench/throughput.bench.ts: the report of one file through one reader, from the built
// dist/ (plain Node, no tsx), printing its time and peak RSS (peakRss.mjs: its own, not the parent's) as JSON.
// Usage: node bench/throughputChild.mjs jsonl|json|csv|xlsx <file>
import { createReadStream } from 'node:fs';
import { createCalendar, createReportAccumulator, parsePeriod } from '../dist/index.js';
import { addJsonLines, readDossierCsv, readDossierXlsx, readJsonArray } from '../dist/io.js';
import { peakRssKb } from './peakRss.mjs';

const [reader, file] = process.argv.slice(2);
const acc = createReportAccumulator({ period: parsePeriod('2025', { convention: 'calendar' }), calendar: createCalendar() });
const t0 = performance.now();
const open = () => createReadStream(file, { highWaterMark: 1 << 16 });
let n = 0;
if (reader === 'jsonl') {
  // JSON Lines takes the road of the CLI's report: addJsonLines (canonical lines read in place).
  n = await addJsonLines(acc, open());
} else {
  // The .xlsx reader gets the file as a function: a sheet stored before its shared strings is read in a second pass.
  const records = { csv: () => readDossierCsv(open()), json: () => readJsonArray(open()), xlsx: () => readDossierXlsx(open) }[reader];
  if (records === undefined) throw new Error(`unknown reader ${reader}`);
  for await (const r of records()) {
    if (r.ok) acc.add(r.value, n, r.line);
    else acc.addRejected({ index: n, line: r.line, input: r.input, issues: r.issues });
    n++;
  }
}
const ms = performance.now() - t0;
const report = acc.result();
process.stdout.write(JSON.stringify({ ms, n, inputs: report.inputs, rejected: report.rejectedCount, maxRssKb: peakRssKb() }));
