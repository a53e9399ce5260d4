/**
 * Example 10: the national service index (QĐ 766) of one month, from a dossier file, reconciled
 * with the portal's reporting responses.
 *
 * The data are CONSTRUCTED (three units, August 2026): `dossiers-2026-08.json` is a bundle of
 * dossiers with the other sources (procedures, publications, petitions, feedback, synced ids,
 * certified copies); `portal-progress-2026-08.json` and `portal-satisfaction-2026-08.json` are in the
 * shape of the portal's `dvc-progress-tree` and `handling-satisfaction` responses, where the portal
 * holds one STP dossier the one-stop file does not (received at the counter, overdue).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossiers } from 'reform-rules';
import { createCalendar, formatIndex766, formatReconciliation766, readPortal766, reconcile766, serviceIndex766 } from 'reform-rules/index766';
import type { ServiceIndex766Input } from 'reform-rules/index766';

const read = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8'));
const bundle = read('dossiers-2026-08.json') as Omit<ServiceIndex766Input, 'dossiers'> & { dossiers: unknown[] };
const parsed = parseDossiers(bundle.dossiers);
assert.equal(parsed.ok, true);

const index = serviceIndex766({ ...bundle, dossiers: parsed.value }, { period: '2026-08', calendar: createCalendar() });
console.log(formatIndex766(index, { format: 'md', locale: 'en' }).split('### Unit: STP')[0]);

// Group 2 as the portal counts it: early + on time + pending within / received or handled in August.
const progress = index.total.indicators.find((i) => i.code === '2.1');
assert.deepEqual([progress?.numerator, progress?.denominator, progress?.score], [34, 50, 13.6]);
// 51 records: 50 counted (48 received in August, 2 carried over from July), 1 ended in July.
assert.deepEqual([index.inputs, index.counted, index.excluded.endedBefore, index.rejected.length], [51, 50, 1, 0]);
// The online-service group has no known score rule: null, never guessed; the total is null too.
assert.equal(index.total.groups.find((g) => g.group === 'online')?.score, null);
assert.equal(index.total.total, null);
assert.deepEqual(index.total.partialTotal, { score: 59.04, max: 88 });

const rec = reconcile766(index, [readPortal766(read('portal-progress-2026-08.json')), readPortal766(read('portal-satisfaction-2026-08.json'))]);
console.log(formatReconciliation766(rec, { format: 'md', locale: 'en' }));
const stp = rec.rows.find((r) => r.unit === 'STP' && r.code === '2.1');
assert.deepEqual(stp?.difference, { numerator: 0, denominator: -1, score: 1.32 });
assert.equal(rec.differences, 2); // STP and the whole, for the one dossier missing from the file
