import type { CivilDate } from '../calendar/WorkCalendar';
import type { LegalBasis } from './LegalBasis';
import type { PolicyParameters } from './PolicyParameters';

/**
 * One dated value of a policy parameter: in force from `from` (inclusive) until the day before the
 * next value's `from`, or until `until` (inclusive) when given.
 *
 * @typeParam T - The parameter's value type.
 * @example
 * ```ts
 * import type { ParameterValue, Ratio } from 'reform-rules';
 * const v: ParameterValue<Ratio> = {
 *   from: '2025-01-01',
 *   value: { numerator: 1, denominator: 20 },
 *   basis: { document: 'Kế hoạch triển khai Kết luận 91-KL/TU', article: 'mục II.1' },
 * };
 * ```
 * @category Policy
 */
export interface ParameterValue<T> {
  /** The first day the value is in force, `'YYYY-MM-DD'`. */
  readonly from: CivilDate;
  /** The last day the value is in force (inclusive); absent: until the next value starts, or forever. */
  readonly until?: CivilDate;
  /** The value (plain JSON: a number, string, boolean or {@link Ratio}). */
  readonly value: T;
  /** Where the value comes from. */
  readonly basis: LegalBasis;
}

/**
 * The dated values of every parameter of a catalogue `P`, in increasing date order.
 * @typeParam P - The parameter catalogue (name to value type).
 * @example
 * ```ts
 * import type { ParameterHistories, PolicyParameters } from 'reform-rules';
 * type H = ParameterHistories<PolicyParameters>['officialLateShareCap'];
 * ```
 * @category Policy
 */
export type ParameterHistories<P> = { readonly [K in keyof P]: readonly ParameterValue<P[K]>[] };

/**
 * A policy: named, time-versioned parameters, each value with its legal basis (as in OpenFisca or
 * Catala). Build one with {@link definePolicy} or {@link extendPolicy}; read it with
 * {@link parameterAt}. Plain, frozen JSON.
 *
 * @typeParam P - The parameter catalogue; {@link PolicyParameters} for the default policy.
 * @example
 * ```ts
 * import { defaultPolicy } from 'reform-rules';
 * defaultPolicy.id; // => 'kkt-van-phong-91-KL/TU'
 * defaultPolicy.parameters.officialLateShareCap.length; // => 2
 * ```
 * @category Policy
 */
export interface Policy<P = PolicyParameters> {
  /** A short identifier of the policy, e.g. `'kkt-van-phong-91-KL/TU'`. */
  readonly id: string;
  /** The dated values of each parameter. */
  readonly parameters: ParameterHistories<P>;
}

/**
 * The overrides an agency applies with {@link extendPolicy}: for some parameters, new dated values
 * that replace the base values from the first override's date on.
 * @typeParam P - The parameter catalogue.
 * @example
 * ```ts
 * import type { PolicyOverrides } from 'reform-rules';
 * const o: PolicyOverrides = {
 *   officialLateShareCap: [{ from: '2026-01-01', value: { numerator: 3, denominator: 100 },
 *     basis: { document: 'Quyết định 12/QĐ-KKT' } }],
 * };
 * ```
 * @category Policy
 */
export type PolicyOverrides<P = PolicyParameters> = { readonly [K in keyof P]?: readonly ParameterValue<P[K]>[] };

/**
 * A parameter as it was actually used by a decision: its name, the value in force on the date
 * asked, the dated entry it came from and that entry's legal basis. Decisions put these in the
 * `parameters` of their {@link Explanation}.
 * @example
 * ```ts
 * import { defaultPolicy, resolveParameter } from 'reform-rules';
 * resolveParameter(defaultPolicy, 'officialLateShareCap', '2024-01-01');
 * // => { name: 'officialLateShareCap', value: { numerator: 1, denominator: 10 },
 * //      from: '2023-01-01', until: '2024-12-31', at: '2024-01-01', basis: { document: ..., article: 'mục II.1', ... } }
 * ```
 * @category Policy
 */
export interface ParameterUse<T = unknown> {
  /** The parameter's name. */
  readonly name: string;
  /** The value in force on {@link ParameterUse.at}. */
  readonly value: T;
  /** The first day of the entry the value came from. */
  readonly from: CivilDate;
  /** The last day of that entry, when it has one or a later entry starts (inclusive). */
  readonly until?: CivilDate;
  /** The date the parameter was read for (for a rating year Y: `Y-01-01`). */
  readonly at: CivilDate;
  /** The legal basis of the value used. */
  readonly basis: LegalBasis;
}
