/**
 * Large real inputs (issue 12): a one-stop export of INPUTS_BENCH_ROWS dossiers (default 1,000,000)
 * as an .xlsx (Vietnamese headers, Excel date cells, a personal-data column; written by
 * writeWorkbook, so the sheet precedes its shared strings as in Excel's own files) and as a `;` CSV
 * (the same rows, `dd/MM/yyyy HH:mm` dates), read with readDossierXlsx (from a reopenable file: two
 * passes, flat memory) and readDossierCsv (streamed); rows/s, peak heap and peak RSS of each, and
 * the ratio of its rows/s to the JSON Lines reader (readJsonLines) over the same dossiers in the
 * same run. Memory is the V8 heap plus array buffers (the .xlsx reader keeps its shared string
 * table in typed arrays, outside the heap). Flat memory: each reader's peak within 150 MiB, and what
 * it holds at its last row within 32 MiB of what it held after the first quarter of the rows (live
 * memory with --expose-gc); for the .xlsx reader, what it holds while rows stream is also given per
 * shared string (the workbook has 2 distinct strings per row: the dossier id and the applicant name).
 * Inputs are generated in a temp dir and deleted afterwards.
 * Run: `npm run bench -- inputs`; `INPUTS_BENCH_ROWS=50000 node --expose-gc --import tsx bench/inputs.bench.ts` for a quick run.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDossierCsv, readDossierXlsx, readJsonLines } from '../src/io/index';
import type { ReadRecord } from '../src/io/index';
import { writeWorkbook } from '../src/xlsx/index';
import type { XlsxCellInput } from '../src/xlsx/index';
import type { BenchRow } from './types';

const N = Number(process.env['INPUTS_BENCH_ROWS'] ?? 1_000_000);
const MB = 2 ** 20;
const HEAP_BUDGET = 150 * MB;
const GROWTH_BUDGET = 32 * MB;
const UNITS = ['QLDT', 'TP', 'TCKH', 'TNMT', 'VP'];
const CHANNELS = ['Trực tiếp', 'Trực tuyến', 'Bưu chính'];
const ENGLISH = ['direct', 'online', 'postal'];
const p2 = (n: number) => String(n).padStart(2, '0');
const HEADER = ['Mã hồ sơ', 'Mã TTHC', 'Phòng', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Chủ hồ sơ'];

/** Dossier i: day, times and codes (the same in every layout). */
function fields(i: number) {
  const month = 1 + (Math.floor(i / 28) % 12);
  const day = 1 + (i % 28);
  const due = Math.min(28, day + 5);
  const end = Math.min(28, day + 1 + (i % 7));
  return { id: `H01.2025.${String(i).padStart(7, '0')}`, procedure: `1.00${i % 997}`, unit: UNITS[i % 5] as string, channel: i % 3, month, day, hour: 7 + (i % 10), minute: i % 60, due, end, ended: i % 5 !== 0 };
}

function jsonLine(i: number): string {
  const f = fields(i);
  const at = (d: number, h: number, m: number) => `2025-${p2(f.month)}-${p2(d)}T${p2(h)}:${p2(m)}:00+07:00`;
  const events = f.ended ? `,"events":[{"type":"processed","at":"${at(f.end, 10, 0)}"}]` : '';
  return `{"id":"${f.id}","procedureId":"${f.procedure}","departmentId":"${f.unit}","channel":"${ENGLISH[f.channel] as string}","receivedAt":"${at(f.day, f.hour, f.minute)}","dueAt":"${at(f.due, 17, 0)}"${events}}`;
}

function csvLine(i: number): string {
  const f = fields(i);
  const at = (d: number, h: number, m: number) => `${p2(d)}/${p2(f.month)}/2025 ${p2(h)}:${p2(m)}`;
  return [f.id, f.procedure, f.unit, CHANNELS[f.channel], at(f.day, f.hour, f.minute), at(f.due, 17, 0), f.ended ? at(f.end, 10, 0) : '', `Người ${i}`].join(';');
}

/** The export's sheet: the header, then `n` dossiers (Excel date cells, the applicant's name); the throughput bench writes it too. */
export function* sheetRows(n = N): Generator<readonly XlsxCellInput[]> {
  yield HEADER;
  for (let i = 0; i < n; i++) {
    const f = fields(i);
    const at = (d: number, h: number, m: number) => ({ date: `2025-${p2(f.month)}-${p2(d)}T${p2(h)}:${p2(m)}` });
    yield [f.id, f.procedure, f.unit, CHANNELS[f.channel] as string, at(f.day, f.hour, f.minute), at(f.due, 17, 0), f.ended ? at(f.end, 10, 0) : null, `Người ${i}`];
  }
}

async function writeText(file: string, header: string | undefined, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let buffer = header === undefined ? '' : `${header}\n`;
  for (let i = 0; i < N; i++) {
    buffer += `${line(i)}\n`;
    if (buffer.length > MB) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

interface Run {
  readonly rows: number;
  readonly ms: number;
  readonly peakHeap: number;
  readonly peakRss: number;
  /** Memory held at the last row minus memory held after the first quarter of the rows. */
  readonly growth: number;
  /** Memory held after the first quarter of the rows minus memory held before reading. */
  readonly held: number;
}

/** Live memory: the V8 heap and the array buffers (typed arrays live outside the heap). */
const used = (m: NodeJS.MemoryUsage): number => m.heapUsed + m.arrayBuffers;

/** Reads every record, sampling memory every 4,096 rows (after a full collection with --expose-gc, every 16th sample). */
async function measure(records: AsyncIterable<ReadRecord<unknown>>): Promise<Run> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const start = used(process.memoryUsage());
  let peakHeap = 0;
  let peakRss = 0;
  let quarter = Number.NaN;
  let rows = 0;
  let samples = 0;
  const sample = (force: boolean): number => {
    samples += 1;
    if (gc !== undefined && (force || samples % 16 === 0)) gc();
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, used(m));
    peakRss = Math.max(peakRss, m.rss);
    return used(m);
  };
  let last = Number.NaN;
  const t0 = performance.now();
  for await (const r of records) {
    if (!r.ok) throw new Error(`line ${r.line}: ${r.issues[0].message}`);
    rows += 1;
    if ((rows & 4095) === 0) sample(false);
    if (rows === Math.floor(N / 4)) quarter = sample(true);
    // At the last row, while the reader still holds everything it keeps (after the loop it has let go).
    if (rows === N) last = sample(true);
  }
  const ms = performance.now() - t0;
  sample(true);
  return { rows, ms, peakHeap, peakRss, growth: Number.isNaN(quarter) || Number.isNaN(last) ? 0 : last - quarter, held: Number.isNaN(quarter) ? 0 : quarter - start };
}

const rate = (r: Run) => (r.rows / r.ms) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** The distinct strings of the workbook: an id and a name per row, plus the repeated codes and the header. */
function sharedStrings(): number {
  const repeated = new Set<string>([...HEADER, ...UNITS, ...CHANNELS]);
  for (let i = 0; i < Math.min(N, 997); i++) repeated.add(fields(i).procedure);
  return 2 * N + repeated.size;
}

function rows(json: Run, csv: Run, xlsx: Run, xlsxBytes: number): BenchRow[] {
  const live = (globalThis as { gc?: () => void }).gc === undefined ? 'heap + array buffers' : 'live heap + array buffers';
  const mem = (r: Run) => `peak ${live} ${(r.peakHeap / MB).toFixed(0)} MiB, peak RSS ${(r.peakRss / MB).toFixed(0)} MiB, growth after the first quarter ${(r.growth / MB).toFixed(1)} MiB`;
  const strings = sharedStrings();
  const held = `held while rows stream ${(xlsx.held / MB).toFixed(1)} MiB for ${strings.toLocaleString('en')} shared strings (${(xlsx.held / strings).toFixed(1)} B each)`;
  const flat = (r: Run) => r.peakHeap <= HEAP_BUDGET && r.growth <= GROWTH_BUDGET;
  const n = N.toLocaleString('en');
  return [
    { name: `readDossierXlsx, ${n}-row .xlsx (${(xlsxBytes / MB).toFixed(1)} MiB), rows/s`, baseline: 'readJsonLines of the same dossiers, same run', ratio: rate(xlsx) / rate(json), goal: 'reads every row with flat memory; ratio reported', met: xlsx.rows === N && flat(xlsx), note: `${fmt(rate(xlsx))} vs ${fmt(rate(json))} rows/s; ${mem(xlsx)}; ${held}` },
    { name: `readDossierCsv, ${n}-row ';' CSV, Vietnamese headers, rows/s`, baseline: 'readJsonLines of the same dossiers, same run', ratio: rate(csv) / rate(json), goal: 'reads every row with flat memory; ratio reported', met: csv.rows === N && flat(csv), note: `${fmt(rate(csv))} vs ${fmt(rate(json))} rows/s; ${mem(csv)}` },
    { name: 'peak memory (heap + array buffers) of the .xlsx and CSV readers', baseline: 'budget 150 MiB', ratio: Math.max(xlsx.peakHeap, csv.peakHeap) / HEAP_BUDGET, goal: '<= 1.0', met: Math.max(xlsx.peakHeap, csv.peakHeap) <= HEAP_BUDGET, note: `JSON Lines reader: ${mem(json)}` },
  ];
}

function writeXlsx(file: string): number {
  const bytes = writeWorkbook({ sheets: [{ name: 'Hồ sơ', rows: sheetRows() }] });
  writeFileSync(file, bytes);
  return bytes.length;
}

/** Runs the benchmark and returns its rows. */
export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-inputs-bench-'));
  try {
    const jsonl = join(dir, 'dossiers.jsonl');
    const csv = join(dir, 'export.csv');
    const xlsx = join(dir, 'export.xlsx');
    await writeText(jsonl, undefined, jsonLine);
    await writeText(csv, HEADER.join(';'), csvLine);
    const size = writeXlsx(xlsx); // the workbook's bytes are released before anything is measured
    const stream = (f: string) => createReadStream(f, { highWaterMark: 1 << 16 });
    const j = await measure(readJsonLines(stream(jsonl)));
    const c = await measure(readDossierCsv(stream(csv)));
    const x = await measure(readDossierXlsx(() => stream(xlsx)));
    for (const r of [j, c, x]) if (r.rows !== N) throw new Error(`read ${r.rows} rows of ${N}`);
    return rows(j, c, x, size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) process.stdout.write(`${r.met ? 'met ' : 'MISS'}  ${r.name}: ${r.ratio.toFixed(3)} (goal ${r.goal}; vs ${r.baseline}) - ${r.note ?? ''}\n`);
}
