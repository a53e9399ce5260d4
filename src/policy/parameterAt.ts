import type { CivilDate } from '../calendar/WorkCalendar';
import { entryAt } from './entryAt';
import type { Policy } from './Policy';

/**
 * The value of a policy parameter in force on a date, found by binary search over its dated values.
 *
 * @remarks Never guesses: a date before the first value, or in a gap after a value's `until`, is an
 * error. For a rating year Y, the rating functions read the value in force on `Y-01-01`.
 * @typeParam P - The policy's parameter catalogue.
 * @typeParam K - The parameter's name; the result has its type (`Ratio` for `officialLateShareCap`).
 * @param policy - The policy, from {@link definePolicy}, {@link extendPolicy} or {@link defaultPolicy}.
 * @param name - The parameter's name.
 * @param date - The civil date `'YYYY-MM-DD'` to read the value for.
 * @returns The value in force on `date`.
 * @throws {@link ReformRulesError} (code `unknown_parameter`) When the policy has no such parameter.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `date` is not a real `'YYYY-MM-DD'` date.
 * @throws {@link ReformRulesError} (code `parameter_before_first_value`) When `date` is before the first value.
 * @throws {@link ReformRulesError} (code `parameter_gap`) When `date` is after a value's `until` and before any later value.
 * @example
 * ```ts
 * import { defaultPolicy, parameterAt } from 'reform-rules';
 * parameterAt(defaultPolicy, 'officialLateShareCap', '2024-12-31'); // => { numerator: 1, denominator: 10 }
 * parameterAt(defaultPolicy, 'officialLateShareCap', '2025-06-01'); // => { numerator: 1, denominator: 20 }
 * parameterAt(defaultPolicy, 'departmentLateShareComparison', '2025-06-01'); // => 'gte'
 * ```
 * @category Policy
 */
export function parameterAt<P, K extends keyof P & string>(policy: Policy<P>, name: K, date: CivilDate): P[K] {
  return entryAt(policy as Policy<unknown>, name, date).entry.value as P[K];
}
