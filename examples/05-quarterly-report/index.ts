/**
 * Example 05: the quarterly Biểu 06 report (plan III.1), in one call.
 *
 * The Office reports quarterly, six-monthly and yearly. Decree 09/2019 cuts the data off on the
 * 14th: Q1 2025 is 15/12/2024 to 14/03/2025, and the report is due 2 working days later. Every
 * row keeps the table's identities, and the total is the sum of the rows.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar, formatReport, parsePeriod, resolutionReport, submissionDeadline } from 'reform-rules';
import type { Department, Procedure } from 'reform-rules';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'sample.json'), 'utf8')) as {
  dossiers: unknown[];
  procedures: Procedure[];
  departments: Department[];
};
const calendar = createCalendar();
const period = parsePeriod('2025-Q1'); // Decree 09 convention by default
console.log(`${period.label.vi}: ${period.from} – ${period.to}; hạn gửi ${submissionDeadline(period, calendar)}`);
assert.equal(period.from, '2024-12-15');
assert.equal(submissionDeadline(period, calendar), '2025-03-18');

const report = resolutionReport(sample.dossiers, {
  period,
  calendar,
  procedures: sample.procedures,
  names: Object.fromEntries(sample.departments.map((d) => [d.id, d.name])),
});
console.log(formatReport(report, { format: 'markdown', locale: 'vi' }));

for (const row of [...report.rows, report.total]) {
  assert.equal(row.received.total, row.received.online + row.received.directOrPostal + row.received.carriedOver);
  assert.equal(row.resolved.total, row.resolved.early + row.resolved.onTime + row.resolved.late);
  assert.equal(row.pending.total, row.pending.within + row.pending.overdue);
  assert.equal(row.received.total, row.resolved.total + row.pending.total);
}
assert.equal(report.total.received.total, report.rows.reduce((sum, r) => sum + r.received.total, 0));

// The national dashboards use calendar quarters instead: same data, another window.
const calendarQ1 = resolutionReport(sample.dossiers, { period: parsePeriod('2025-Q1', { convention: 'calendar' }), calendar, procedures: sample.procedures });
console.log(`Calendar Q1 (01/01–31/03): received ${calendarQ1.total.received.total}, resolved ${calendarQ1.total.resolved.total}`);
