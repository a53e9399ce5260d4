/**
 * Example 10: read the national portal's dossier sync records (Cổng DVCQG `DongBoHoSoMC`) with their
 * progress items (`CapNhatTienDoHoSoMC`), as a one-stop system sends them.
 *
 * The file is a CONSTRUCTED batch (invented people and codes). Every record is accounted for:
 * dossiers + excluded (never received, with the reason) + rejected (with issues). Personal data
 * (names, ID numbers, phones) never comes out.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCalendar } from 'reform-rules';
import { parseDvcqgDossiers } from 'reform-rules/io';

const payload = JSON.parse(readFileSync('examples/data/dvcqg-sync-2025-03.json', 'utf8')) as { sync: { data: unknown[] }; progress: unknown };
const r = parseDvcqgDossiers(payload.sync, { progress: payload.progress, locale: 'vi', calendar: createCalendar() });

console.log(`${r.value.length} hồ sơ, ${r.excluded.length} chưa được tiếp nhận, ${r.rejected.length} không hợp lệ`);
for (const e of r.excluded) console.log(`  loại ${e.id}: ${e.reason.message}`);
for (const x of r.rejected) console.log(`  từ chối ${x.id}: ${x.issues[0].message}`);

assert.equal(r.value.length + r.excluded.length + r.rejected.length, payload.sync.data.length);
const two = r.value.find((d) => d.id === 'G09.20-20250303-0000002');
assert.equal(two?.events?.filter((e) => e.type === 'supplement-requested').length, 2);
assert.equal(r.value.find((d) => d.id === 'G09.20-20250304-0000003')?.channel, 'unknown');
assert.equal(r.value.find((d) => d.id === 'G09.20-20250303-0000001')?.steps?.length, 3);
assert.doesNotMatch(JSON.stringify(r), /Nguyễn Văn Bình|001085012345|0912345678/);
