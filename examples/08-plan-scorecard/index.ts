/**
 * Example 08: the plan scorecard for a year.
 *
 * One row per measurable target of the plan, each met, not met, or not judged when its input is
 * missing (never a made-up value). The province's index ranks are inputs the agency supplies;
 * here the caller gives only the agency's own PAR grade, so the five rank rows stay unjudged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar, createDossierEvaluator, evaluatePlan, formatExplanation, parseDossiers, parsePeriod } from 'reform-rules';
import type { DossierEvaluation, PlanInput, Procedure } from 'reform-rules';

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

const card = evaluatePlan({ ...sample, dossiers, evaluations, agencyParGrade: 'good' }, { period, asOf: '2025-12-31', calendar });
for (const row of card.rows) {
  const verdict = row.met === null ? 'not judged' : row.met ? 'met' : 'NOT met';
  console.log(`${row.section.padEnd(5)} ${verdict.padEnd(10)} ${row.title.en}`);
}
console.log('\n' + formatExplanation(card.rows.find((r) => r.id === 'onlineMainChannel')!.explanation, { locale: 'vi' }));

assert.equal(card.rows.find((r) => r.id === 'pciRank')?.met, null); // no input, no verdict
assert.equal(card.rows.find((r) => r.id === 'agencyParGrade')?.met, true);
assert.equal(card.summary.met + card.summary.notMet + card.summary.notJudged, card.rows.length);
