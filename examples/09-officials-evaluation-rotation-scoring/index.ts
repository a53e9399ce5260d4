/**
 * Example 09: the people side of the plan. Officials evaluated on 100 points (Nghị định 335/2025 for
 * công chức, 233/2026 for viên chức), the excellence quota of a unit and the plan's late-dossier cap
 * (II.1), the rotation schedule (II.5), and a unit scoring on an EXAMPLE CCHC scheme (III.1).
 *
 * MEDIUM and unconfirmed facts (the start of 335, the 30/70 split, the yearly aggregation, which was
 * NOT FOUND) are dated, cited parameters of `evaluationPolicy`: the agency confirms or overrides them.
 */
import assert from 'node:assert/strict';
import {
  applyRatingLimits,
  evaluateOfficial,
  exampleRotationRule,
  exampleScoringScheme,
  formatExplanation,
  rotationSchedule,
  scoreUnits,
} from 'reform-rules';
import type { OfficialEvaluation } from 'reform-rules';

const done = { weight: 1, quantity: true, quality: true, onTime: true } as const;

// A staff official, 2026-Q1: a = b = 1, c = 3/4 → (2.75 / 3) × 70 = 64.17, plus 27 general points.
const staff = evaluateOfficial({ officialId: 'cv01', unitId: 'P1', kind: 'civilServant', generalPoints: 27, tasks: [done, done, done, { ...done, onTime: false }] }, { period: '2026-Q1' });
assert.ok(staff.ok);
console.log(formatExplanation(staff.value.explanation, { locale: 'vi', detail: 'tree' }));
assert.equal(staff.value.points, 91.17);
assert.equal(staff.value.level, 'excellent');

// A delay the official caused costs 25% of that task's tiến độ.
const fault = evaluateOfficial({ officialId: 'cv02', unitId: 'P1', kind: 'civilServant', generalPoints: 25, tasks: [done, { ...done, weight: 2, faultsCaused: { rework: 1, delay: 2 } }] }, { period: '2026-Q1' });
assert.ok(fault.ok);
assert.equal(fault.value.level, 'good'); // 83.33

// A unit over the 20% excellence quota, and a late-dossier cap overriding 95 points.
const unit: OfficialEvaluation[] = [];
for (const [id, g, late] of [['cv10', 25, 11], ['cv11', 24, 0], ['cv12', 23, 0], ['cv13', 22, 0], ['cv14', 10, 0], ['cv15', 10, 0], ['cv16', 10, 0], ['cv17', 10, 0]] as const) {
  const r = evaluateOfficial({ officialId: id, unitId: 'P1', kind: 'civilServant', generalPoints: g, tasks: [done], lateCounts: { handled: 100, late } }, { period: '2026-Q4' });
  assert.ok(r.ok);
  unit.push(r.value);
}
const limits = applyRatingLimits(unit);
console.log(formatExplanation(limits.explanation, { locale: 'vi', detail: 'tree' }));
assert.equal(limits.decisions[0]?.level, 'completed'); // 95 points, but 11% late > 5%
assert.deepEqual(limits.groups[0]?.mustMove, ['cv12', 'cv13']); // 3 excellent, 7 "tốt" or above: at most 1
for (const r of limits.decisions[0]?.reasons ?? []) console.log(`- ${r.vi}`);

// Rotation: 3 to 5 years in a licence-issuing position (Thông tư 41/2024/TT-BCT, MEDIUM example).
const schedule = rotationSchedule([{ officialId: 'cv11', positionId: 'licensing', decisionDate: '2021-03-15' }], { asOf: '2026-12-01', rules: [exampleRotationRule('tt41-2024-bct', 'licensing')] });
assert.equal(schedule.entries[0]?.status, 'overdue');
console.log(formatExplanation(schedule.explanation, { locale: 'en', detail: 'tree' }));

// CCHC scoring of a unit on the EXAMPLE scheme (criteria from the plan's targets, points illustrative).
const scores = scoreUnits(exampleScoringScheme, [{ unitId: 'P1', metrics: { dossiersOnTime: { numerator: 95, denominator: 100 }, dossiersOnline: { numerator: 1, denominator: 2 }, fullOnlineCoverage: { numerator: 1, denominator: 1 }, electronicDocuments: { numerator: 1, denominator: 1 }, tasksOnTime: { numerator: 1, denominator: 1 }, satisfaction: { numerator: 1, denominator: 1 } }, self: { '3.2': 15 }, appraisal: { '3.2': 14 } }], { period: '2026' });
assert.equal(scores.units[0]?.points, 98);
console.log(formatExplanation(scores.explanation, { locale: 'vi' }));
