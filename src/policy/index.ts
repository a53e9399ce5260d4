/**
 * Policies: time-versioned, cited parameters.
 * @module
 */
export { definePolicy } from './definePolicy';
export { defaultPolicy } from './defaultPolicy';
export { parameterAt } from './parameterAt';
export { resolveParameter } from './resolveParameter';
export { extendPolicy } from './extendPolicy';
export type { ExtendPolicyOptions } from './extendPolicy';
export type { LegalBasis } from './LegalBasis';
export type { ParameterHistories, ParameterUse, ParameterValue, Policy, PolicyOverrides } from './Policy';
export type { Comparison, DeadlineMode, PolicyParameterName, PolicyParameters } from './PolicyParameters';
