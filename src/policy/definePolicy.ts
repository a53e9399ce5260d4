import { raise } from '../errors/ReformRulesError';
import type { ParameterHistories, ParameterValue, Policy } from './Policy';
import { validateHistory } from './validateHistory';

/** @internal A deep, frozen copy of a JSON value. */
export function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map((v: unknown) => frozenCopy(v))) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = frozenCopy(v);
    return Object.freeze(out) as T;
  }
  return value;
}

/** @internal Validates a policy-shaped value and returns its frozen copy. */
export function buildPolicy<P>(id: unknown, parameters: unknown): Policy<P> {
  if (typeof id !== 'string') raise('invalid_type', { field: 'id', expected: 'a string', received: id });
  if (id.trim() === '') raise('empty_string', { field: 'id', received: id });
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    raise('invalid_type', { field: 'parameters', expected: 'an object of parameter histories', received: parameters });
  }
  const out: Record<string, readonly ParameterValue<unknown>[]> = {};
  for (const [name, history] of Object.entries(parameters)) {
    validateHistory(name, history);
    out[name] = frozenCopy(history as readonly ParameterValue<unknown>[]);
  }
  return Object.freeze({ id, parameters: Object.freeze(out) as unknown as ParameterHistories<P> });
}

/**
 * Defines a policy: named parameters, each a list of dated values with their legal basis, checked
 * and frozen. Agencies usually start from {@link defaultPolicy} with {@link extendPolicy} instead.
 *
 * @remarks Each value is in force from its `from` (inclusive) to its `until` (inclusive) or to the
 * day before the next value's `from`. Values must be in strictly increasing `from` order and must not
 * overlap. Values of the default catalogue's names ({@link PolicyParameters}) are type-checked at
 * run time too; any other name may carry any plain JSON value.
 * @typeParam P - The parameter catalogue, inferred from `spec.parameters` or given explicitly.
 * @param spec - The policy's `id` and its `parameters` (name to dated values).
 * @returns The validated, deeply frozen policy.
 * @throws {@link ReformRulesError} (code `empty_parameter`) When a parameter has no value.
 * @throws {@link ReformRulesError} (code `parameter_dates_unordered`) When a value does not start after the previous one.
 * @throws {@link ReformRulesError} (code `parameter_dates_overlap`) When a value's `until` reaches the next value's `from`.
 * @throws {@link ReformRulesError} (code `parameter_until_before_from`) When a value ends before it starts.
 * @throws {@link ReformRulesError} (code `invalid_date`) When a `from` or `until` is not a real `'YYYY-MM-DD'` date.
 * @throws {@link ReformRulesError} (code `invalid_parameter_value`) When a value has the wrong type for its parameter.
 * @throws {@link ReformRulesError} (code `invalid_basis`) When a value has no legal basis with a document.
 * @example
 * ```ts
 * import { definePolicy, parameterAt } from 'reform-rules';
 * const policy = definePolicy({
 *   id: 'demo',
 *   parameters: {
 *     reportSubmissionWorkingDays: [
 *       { from: '2023-01-01', value: 2, basis: { document: 'Quyết định 01/2023/QĐ-UBND', article: 'Điều 4' } },
 *     ],
 *   },
 * });
 * parameterAt(policy, 'reportSubmissionWorkingDays', '2025-03-01'); // => 2
 * ```
 * @category Policy
 */
export function definePolicy<P>(spec: Policy<P>): Policy<P> {
  if (typeof spec !== 'object' || spec === null) raise('invalid_type', { field: 'spec', expected: 'an object { id, parameters }', received: spec });
  return buildPolicy<P>(spec.id, spec.parameters);
}
