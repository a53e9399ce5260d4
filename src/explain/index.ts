/**
 * Explanations: the JSON trace of a decision and its sentence in Vietnamese or English.
 * @module
 */
export { createExplanation, formatExplanation } from './Explanation';
export type { Explanation, ExplanationInit, FormatExplanationOptions, LocalizedText } from './Explanation';
export { formatBasis } from './formatBasis';
export { formatCount, formatPercent, formatShare } from './formatShare';
export type { FormatPercentOptions } from './formatShare';
