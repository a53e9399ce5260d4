/**
 * CCHC scoring schemes for departments (Quy chế chấm điểm CCHC, plan III.1).
 * @module
 */
export { defineScoringScheme } from './defineScoringScheme';
export { exampleScoringScheme } from './exampleScoringScheme';
export { scoringSchemeJSONSchema } from './ScoringScheme';
export type { ScoringCriterion, ScoringRule, ScoringScheme } from './ScoringScheme';
export { scoringMetricLabels, scoringMetrics } from './scoringMetrics';
export type { ScoringMetric, ScoringMetricLabel } from './scoringMetrics';
export { scoreUnits } from './scoreUnits';
export type { CriterionScore, UnitScore, UnitScores, UnitScoresInput } from './scoreUnits';
