import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import type { CivilDate } from '../calendar/WorkCalendar';
import { entryAt } from './entryAt';
import type { ParameterUse, ParameterValue, Policy } from './Policy';

/**
 * Like {@link parameterAt}, but returns the value together with the dated entry it came from and
 * that entry's legal basis, ready to put in an explanation's `parameters`.
 *
 * @remarks `until` is the entry's own `until`, or the day before the next entry starts; it is
 * absent when the value is open-ended.
 * @typeParam P - The policy's parameter catalogue.
 * @typeParam K - The parameter's name.
 * @param policy - The policy.
 * @param name - The parameter's name.
 * @param date - The civil date `'YYYY-MM-DD'` to read the value for.
 * @returns The {@link ParameterUse}: name, value, from, until, at and basis.
 * @throws {@link ReformRulesError} (code `unknown_parameter`) When the policy has no such parameter.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `date` is not a real `'YYYY-MM-DD'` date.
 * @throws {@link ReformRulesError} (code `parameter_before_first_value`) When `date` is before the first value.
 * @throws {@link ReformRulesError} (code `parameter_gap`) When no value is in force on `date`.
 * @example
 * ```ts
 * import { defaultPolicy, resolveParameter } from 'reform-rules';
 * const use = resolveParameter(defaultPolicy, 'departmentLateShareCap', '2025-01-01');
 * use.value; // => { numerator: 1, denominator: 20 }
 * use.basis.article; // => 'mục II.1'
 * ```
 * @category Policy
 */
export function resolveParameter<P, K extends keyof P & string>(policy: Policy<P>, name: K, date: CivilDate): ParameterUse<P[K]> {
  const { entry, index, history } = entryAt(policy as Policy<unknown>, name, date);
  const next = history[index + 1] as ParameterValue<unknown> | undefined;
  const until = entry.until ?? (next === undefined ? undefined : formatCivilDate((parseCivilDate(next.from) as number) - 1));
  const base = { name, value: entry.value as P[K], from: entry.from, at: date, basis: entry.basis };
  return until === undefined ? base : { ...base, until };
}
