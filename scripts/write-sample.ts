/**
 * Writes the bundled sample under examples/data/ (npm run sample-data):
 * - sample.json: the whole sample bundle (seed 2025, 2024-2025, about 3 dossiers a working day), the demo's input;
 * - dossiers-2025-Q1.csv: the dossiers received in the 2025 Q1 window, in the flat CSV layout of docs/cli.md.
 * test/cli/sampleData.test.ts fails when the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOSSIER_CSV_COLUMNS } from '../src/io/index';
import { DEMO_SAMPLE } from '../src/cli/commands/demo';
import { createCalendar, generateSample } from '../src/index';
import type { Dossier } from '../src/index';

export function sampleFiles(): Record<string, string> {
  const data = generateSample({ ...DEMO_SAMPLE, calendar: createCalendar() });
  const json = `{\n${Object.entries(data)
    .map(([key, value]) => (Array.isArray(value) ? `"${key}": [\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]` : `"${key}": ${JSON.stringify(value)}`))
    .join(',\n')}\n}\n`;
  const inQ1 = data.dossiers.filter((d) => d.receivedAt >= '2024-12-15' && d.receivedAt < '2025-03-15');
  const rows = inQ1.map((d) => toCsvRow(d)).filter((r): r is string[] => r !== undefined);
  const csv = [DOSSIER_CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
  return { 'sample.json': json, 'dossiers-2025-Q1.csv': csv };
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function toCsvRow(d: Dossier): string[] | undefined {
  const ev = d.events ?? [];
  const req = ev.filter((e) => e.type === 'supplement-requested');
  const rec = ev.filter((e) => e.type === 'supplement-received');
  const apology = ev.find((e) => e.type === 'apology');
  const end = ev.find((e) => e.type === 'processed' || e.type === 'stopped' || e.type === 'rejected' || e.type === 'withdrawn');
  const returned = ev.find((e) => e.type === 'returned');
  const cells: Record<string, string | undefined> = {
    id: d.id,
    procedureId: d.procedureId,
    departmentId: d.departmentId,
    officialId: d.officialId,
    channel: d.channel,
    onlineLevel: d.onlineLevel,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    processingDays: d.processingDays === undefined ? undefined : String(d.processingDays),
    supplementRequestedAt: req[0]?.at,
    supplementReceivedAt: rec[0]?.at,
    supplementRequestedAt2: req[1]?.at,
    supplementReceivedAt2: rec[1]?.at,
    apologyAt: apology?.at,
    apologyNewDueAt: apology?.type === 'apology' ? apology.newDueAt : undefined,
    endKind: end?.type,
    endAt: end?.at,
    returnedAt: returned?.at,
  };
  return DOSSIER_CSV_COLUMNS.map((c) => cells[c] ?? '');
}

if (process.argv[1]?.endsWith('write-sample.ts')) {
  const dir = join(import.meta.dirname, '..', 'examples', 'data');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(sampleFiles())) writeFileSync(join(dir, name), text);
  process.stdout.write('wrote examples/data/sample.json and examples/data/dossiers-2025-Q1.csv\n');
}
