/**
 * Example 13: read the one-stop section's dossier register (Sổ theo dõi hồ sơ, Mẫu 07 of Thông tư
 * 03/2025/TT-VPCP) and its handover slips (Phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 06; Mẫu
 * 05 under Thông tư 01/2018), exported as `;` CSV, and join them: slip rows become the dossiers'
 * steps, with their handover times and the verdict each slip row records.
 *
 * The files are CONSTRUCTED (invented people and codes). Every record is accounted for: register
 * rows + slip rows = dossiers + slip rows folded into steps + rejected rows (with their reason).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCalendar, createDossierEvaluator, createDossierIngest } from 'reform-rules';
import type { Dossier } from 'reform-rules';
import { DOSSIER_REGISTER_MAPPING, attachHandoverSlips, readDossierCsv, readHandoverSlips } from 'reform-rules/io';

const registerCsv = readFileSync('examples/data/register-2025-03.csv', 'utf8');
const slipsCsv = readFileSync('examples/data/handover-slips-2025-03.csv', 'utf8');
// The register names the procedure; its code comes from the agency's catalogue.
const register = readDossierCsv(registerCsv, { mapping: DOSSIER_REGISTER_MAPPING, procedureIds: { 'Cấp giấy phép xây dựng': 'XD-01' }, locale: 'vi' });
const procedures = [{ id: 'XD-01', name: 'Cấp giấy phép xây dựng', field: 'Xây dựng', processingDays: 5, onlineEligible: false, onlineLevel: 'none' as const, hasFees: false, onlinePayment: false }];
const evaluate = createDossierEvaluator({ calendar: createCalendar(), asOf: '2025-03-31', procedures });
const ingest = createDossierIngest({ locale: 'vi' });

const dossiers: Dossier[] = [];
let rejected = 0;
let index = 0;
for await (const r of attachHandoverSlips(register, readHandoverSlips(slipsCsv, { locale: 'vi' }), { locale: 'vi' })) {
  if (!r.ok) {
    rejected += 1;
    console.log(`  loại (phiếu dòng ${r.line}, ${r.id ?? '?'}): ${r.issues[0].message}`);
    continue;
  }
  const d = ingest.accept(r.value, { index: index++, line: r.line });
  assert.ok(d.ok);
  dossiers.push(d.value);
  const e = evaluate(d.value);
  assert.ok(e.ok);
  const steps = (d.value.steps ?? []).map((s) => `${s.departmentId}/${s.officialId}→${s.endedAt?.slice(5, 16) ?? '…'} (${s.verdict ?? 'không ghi'})`);
  console.log(`${d.value.id}: ${e.value.outcome}; các bước: ${steps.join(', ') || 'không có phiếu'}`);
  // A slip records no allotted time: a late dossier's delay is not attributed to its steps by guess.
  if (e.value.outcome === 'late') {
    assert.deepEqual(e.value.attribution, []);
    console.log(`  chưa quy được trách nhiệm cho ${e.value.unattributedSteps?.length ?? 0} bước (không có thời gian quy định cho bước)`);
  }
}

const registerRows = registerCsv.trim().split('\n').length - 1;
const slipRows = slipsCsv.trim().split('\n').length - 1;
const folded = dossiers.reduce((n, d) => n + (d.steps?.length ?? 0), 0);
console.log(`${registerRows} dòng sổ + ${slipRows} dòng phiếu = ${dossiers.length} hồ sơ + ${folded} bước + ${rejected} dòng bị loại`);
assert.equal(registerRows + slipRows, dossiers.length + folded + rejected);
assert.equal(dossiers.find((d) => d.id === 'HS-2025-0001')?.steps?.length, 3);
assert.doesNotMatch(JSON.stringify(dossiers), /Nguyễn|Trần Thị|0901234567|Hàng Bạc/);
