/**
 * Example 08: the plan scorecard for a year.
 *
 * One row per measurable target of the plan, each met, not met, or not judged when its input is
 * missing (never a made-up value). The province's index ranks are inputs the agency supplies;
 * here the caller gives only the agency's own PAR grade, so the five rank rows stay unjudged.
 *
 * The national service index (QĐ 766) computed from the same dossiers feeds one row per index group
 * the agency tracks. The plan sets no score for those groups: the targets below are an ILLUSTRATION
 * of the agency's own input, with the decision that would set them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar, createDossierEvaluator, evaluatePlan, formatExplanation, parseDossiers, parsePeriod } from 'reform-rules';
import type { DossierEvaluation, PlanInput, Procedure, ServiceIndexTracking } from 'reform-rules';
import { serviceIndex766 } from 'reform-rules/index766';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'sample.json'), 'utf8')) as PlanInput & { procedures: Procedure[] };
const calendar = createCalendar();
const period = parsePeriod('2025', { convention: 'calendar' });

// The dossiers resolved in the year, evaluated as of its close, feed the late-share rows.
const dossiers = parseDossiers(sample.dossiers).value;
const evaluate = createDossierEvaluator({ calendar, asOf: '2025-12-31T23:59:59+07:00', procedures: sample.procedures });
const evaluations: DossierEvaluation[] = [];
for (const d of dossiers) {
  const r = evaluate(d);
  if (r.ok && r.value.endedAt !== undefined && r.value.endedAt >= '2025-01-01') evaluations.push(r.value);
}

// The index of the year from the same dossiers; its groups go to the scorecard as they are.
const index = serviceIndex766({ dossiers, procedures: sample.procedures }, { period: '2025', calendar });
const decision = { document: '(ví dụ) Kế hoạch CCHC năm 2025 của cơ quan', note: 'Illustration: the agency sets its own targets.' };
const serviceIndex: ServiceIndexTracking = {
  groups: index.total.groups,
  targets: [
    { group: 'progress', share: { numerator: 9, denominator: 10 }, basis: decision }, // at least 90% of 20 points
    { group: 'payment', score: 8, basis: decision }, // at least 8 of 10 points
    { group: 'online', share: { numerator: 4, denominator: 5 }, basis: decision }, // no score rule known: not judged
  ],
  source: index.scheme.id,
};

const card = evaluatePlan({ ...sample, dossiers, evaluations, agencyParGrade: 'good', serviceIndex }, { period, asOf: '2025-12-31', calendar });
for (const row of card.rows) {
  const verdict = row.met === null ? 'not judged' : row.met ? 'met' : 'NOT met';
  console.log(`${row.section.padEnd(5)} ${verdict.padEnd(10)} ${row.title.en}`);
}
console.log('\n' + formatExplanation(card.rows.find((r) => r.id === 'onlineMainChannel')!.explanation, { locale: 'vi' }));

assert.equal(card.rows.find((r) => r.id === 'pciRank')?.met, null); // no input, no verdict
assert.equal(card.rows.find((r) => r.id === 'agencyParGrade')?.met, true);
// 19.08 of 20 (95.4%) meets 90%; 7.71 of 10 misses 8; the online group has no score (rule NOT FOUND).
assert.deepEqual(
  card.rows.filter((r) => r.id.startsWith('indexGroup:')).map((r) => [r.id, r.met]),
  [['indexGroup:progress', true], ['indexGroup:payment', false], ['indexGroup:online', null]],
);
console.log('\n' + formatExplanation(card.rows.find((r) => r.id === 'indexGroup:online')!.explanation, { locale: 'en' }));
assert.equal(card.summary.met + card.summary.notMet + card.summary.notJudged, card.rows.length);
