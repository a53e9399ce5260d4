/**
 * Example 01: validate dossier records exported from a one-stop system before computing anything.
 *
 * Every bad record is reported with its index, field, code and a message in English or
 * Vietnamese; the good ones are kept. Nothing is dropped silently.
 */
import assert from 'node:assert/strict';
import { parseDossiers } from 'reform-rules';

const exported: unknown[] = [
  {
    id: 'HS-2025-0001',
    procedureId: 'DT-01',
    departmentId: 'DT',
    channel: 'online',
    onlineLevel: 'full',
    receivedAt: '2025-03-03T09:00:00+07:00',
    processingDays: 15,
  },
  // A local time without an offset: which time zone was it? Rejected, not guessed.
  { id: 'HS-2025-0002', procedureId: 'DT-01', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00' },
  // An impossible date and an unknown channel.
  { id: 'HS-2025-0003', procedureId: 'DT-01', departmentId: 'DT', channel: 'fax', receivedAt: '2025-02-30T09:00:00+07:00' },
  // The same receipt number twice.
  { id: 'HS-2025-0001', procedureId: 'DT-02', departmentId: 'DT', channel: 'postal', receivedAt: '2025-03-04T09:00:00+07:00' },
];

const result = parseDossiers(exported, { locale: 'vi' });

console.log(`${result.value.length} hồ sơ hợp lệ, ${result.rejected.length} hồ sơ bị từ chối:`);
for (const issue of result.issues) {
  console.log(`  [${issue.path.join('.')}] ${issue.code}: ${issue.message}`);
}

assert.equal(result.value.length + result.rejected.length, exported.length);
assert.deepEqual(
  result.issues.map((i) => i.code),
  ['missing_offset', 'invalid_enum', 'invalid_instant', 'duplicate_id'],
);
