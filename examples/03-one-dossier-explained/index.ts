/**
 * Example 03: one dossier explained, as a one-stop clerk would need it.
 *
 * A construction permit received online late on a Friday evening before Tết, with one
 * supplementation request, processed after its appointment. The evaluation says it is late, by
 * how much, who overran their step, and every rule it applied with its legal basis.
 */
import assert from 'node:assert/strict';
import { createCalendar, evaluateDossier, parseDossier, parseProcedures } from 'reform-rules';

const procedures = parseProcedures([
  {
    id: 'XD-01',
    name: 'Cấp giấy phép xây dựng mới công trình',
    field: 'Quy hoạch - Xây dựng',
    processingDays: 20,
    onlineEligible: true,
    onlineLevel: 'partial',
    hasFees: true,
    onlinePayment: true,
  },
]).value;

const parsed = parseDossier({
  id: 'HS-2025-000123',
  procedureId: 'XD-01',
  departmentId: 'QHXD',
  officialId: 'cv14',
  channel: 'online',
  onlineLevel: 'partial',
  receivedAt: '2025-01-17T19:40:00+07:00', // after office hours: the clock starts Monday 07:00
  steps: [
    { officialId: 'cv03', departmentId: 'VP', startedAt: '2025-01-20T07:00:00+07:00', endedAt: '2025-01-20T15:00:00+07:00', allottedHours: 16 },
    { officialId: 'cv14', departmentId: 'QHXD', startedAt: '2025-01-20T15:00:00+07:00', endedAt: '2025-03-10T10:00:00+07:00', allottedHours: 104 },
    { officialId: 'cv12', departmentId: 'QHXD', startedAt: '2025-03-10T10:00:00+07:00', endedAt: '2025-03-11T16:00:00+07:00', allottedHours: 32 },
  ],
  events: [
    { type: 'supplement-requested', at: '2025-01-22T10:00:00+07:00' },
    { type: 'supplement-received', at: '2025-02-04T09:00:00+07:00' },
    { type: 'apology', at: '2025-03-03T09:00:00+07:00', newDueAt: '2025-03-12T17:00:00+07:00' },
    { type: 'processed', at: '2025-03-11T16:00:00+07:00' },
  ],
});
if (!parsed.ok) throw new Error(parsed.issues[0].message);

const result = evaluateDossier(parsed.value, {
  calendar: createCalendar(),
  asOf: '2025-03-14T23:59:59+07:00',
  procedures,
});
if (!result.ok) throw new Error(result.issues[0].message);
const e = result.value;

console.log(`Hồ sơ ${e.dossierId}: ${e.outcome}`);
console.log(`  clock starts ${e.clockStartAt}, due ${e.dueAt}, after supplementation ${e.effectiveDueAt}`);
console.log(`  ended ${e.endedAt} (${e.endKind}), late by ${e.lateBy} working minutes, apology: ${e.apology}`);
for (const a of e.attribution) console.log(`  delay attributed to ${a.officialId} (${a.departmentId}), overran by ${a.overrunMinutes} min`);
for (const step of e.trace?.steps ?? []) console.log(`  rule ${step.rule}: ${step.basis}`);

assert.equal(e.outcome, 'late'); // an apology letter never makes a late dossier on time
assert.equal(e.apology, true);
assert.equal(e.clockStartAt, '2025-01-20T07:00:00+07:00');
assert.equal(e.supplementRequests, 1);
assert.deepEqual(e.attribution.map((a) => a.officialId), ['cv14']);
