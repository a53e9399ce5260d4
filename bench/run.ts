/**
 * `npm run bench`: runs every benchmark (bench/*.bench.ts), each measuring against its baseline in
 * the same run, prints the ratios and writes bench/results.md (ratios, machine, date).
 * Absolute times vary by machine; the ratios are what the README quotes.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './types';

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: { file: string; rows: BenchRow[] }[] = [];
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { default: () => Promise<BenchRow[]> };
  const rows = await mod.default();
  for (const r of rows) {
    process.stdout.write(`${r.met ? 'met ' : 'MISS'}  ${r.name}: ${r.ratio.toFixed(2)} (goal ${r.goal}; vs ${r.baseline})${r.note ? ` - ${r.note}` : ''}\n`);
  }
  sections.push({ file, rows });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} x ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  'Each ratio compares our code with its baseline measured in the same run (see each bench file).',
  '',
  '| benchmark | ratio | goal | met | baseline | note |',
  '| --- | ---: | --- | --- | --- | --- |',
];
for (const s of sections) {
  for (const r of s.rows) {
    lines.push(`| ${r.name} | ${r.ratio.toFixed(2)} | ${r.goal} | ${r.met ? 'yes' : 'no'} | ${r.baseline} | ${(r.note ?? '').replace(/\|/g, '\\|')} |`);
  }
}
lines.push('', 'Regenerate with `npm run bench` (or `npm run bench -- calendar` for one file).', '');
if (only.length === 0) writeFileSync(join(import.meta.dirname, 'results.md'), lines.join('\n'));
const missed = sections.flatMap((s) => s.rows).filter((r) => !r.met);
process.stdout.write(`\n${missed.length === 0 ? 'all goals met' : `${missed.length} goal(s) missed`}\n`);
