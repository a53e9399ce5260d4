/**
 * The shared core every subpath re-exports: errors, exact ratios, dated policies and explanations.
 * @module
 */

// Errors
export { ReformRulesError } from '../errors/ReformRulesError';
export type { ReformRulesErrorOptions } from '../errors/ReformRulesError';
export type { Failure, Issue, IssuePath, Result, Success } from '../errors/Issue';
export type { IssueCode, Locale } from '../errors/messages/index';
export { DEFAULT_LOCALE } from '../errors/locale'; // one default locale (issue 11)

// Metrics
export { ratio, ratioValue, compareRatio } from '../metrics/ratio';
export type { Ratio } from '../metrics/ratio';

// Policies: dated parameters with legal bases
export { defaultPolicy, definePolicy, extendPolicy, parameterAt, resolveParameter } from '../policy/index';
export type {
  Comparison,
  DeadlineMode,
  ExtendPolicyOptions,
  LegalBasis,
  ParameterHistories,
  ParameterUse,
  ParameterValue,
  Policy,
  PolicyOverrides,
  PolicyParameterName,
  PolicyParameters,
} from '../policy/index';

// Explanations
export { createExplanation, formatBasis, formatCount, formatExplanation, formatPercent, formatShare } from '../explain/index';
export type { Explanation, ExplanationInit, FormatExplanationOptions, FormatPercentOptions, LocalizedText } from '../explain/index';
