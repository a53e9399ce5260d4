import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';
import { buildPolicy } from './definePolicy';
import type { ParameterValue, Policy, PolicyOverrides } from './Policy';
import { validateHistory } from './validateHistory';

/** Options of {@link extendPolicy}. @category Policy */
export interface ExtendPolicyOptions {
  /** The new policy's id; default `'<base id>+<overridden names>'`. */
  readonly id?: string;
}

/**
 * Derives an agency's policy from a base policy: each overridden parameter takes the new dated
 * values from the first override's `from` on, while the base values stay in force before that date.
 * Parameters not overridden are kept as they are.
 *
 * @remarks For an overridden parameter with first override date D, base values starting before D
 * are kept (the one in force on D is cut to end on D − 1), base values starting on or after D are
 * dropped, and the overrides follow. The result is validated like {@link definePolicy}.
 * @typeParam P - The base policy's parameter catalogue.
 * @param base - The policy to extend, e.g. {@link defaultPolicy}.
 * @param overrides - For some parameters, the new dated values (in date order, each with its basis).
 * @param options - The new policy's id.
 * @returns The new, frozen policy; `base` is unchanged.
 * @throws {@link ReformRulesError} (code `unknown_parameter`) When an override names a parameter the base does not have.
 * @throws {@link ReformRulesError} (code `parameter_dates_unordered`) When override values are not in date order.
 * @throws {@link ReformRulesError} (code `invalid_parameter_value`) When an override value has the wrong type.
 * @throws {@link ReformRulesError} (code `invalid_basis`) When an override value has no legal basis.
 * @example
 * ```ts
 * import { defaultPolicy, extendPolicy, parameterAt } from 'reform-rules';
 * const agency = extendPolicy(defaultPolicy, {
 *   officialLateShareCap: [{
 *     from: '2026-01-01',
 *     value: { numerator: 3, denominator: 100 },
 *     basis: { document: 'Quyết định 15/QĐ-KKT', article: 'Điều 2', issuer: 'Ban quản lý Khu kinh tế Vân Phong' },
 *   }],
 * });
 * parameterAt(agency, 'officialLateShareCap', '2025-06-01'); // => { numerator: 1, denominator: 20 }
 * parameterAt(agency, 'officialLateShareCap', '2026-06-01'); // => { numerator: 3, denominator: 100 }
 * ```
 * @category Policy
 */
export function extendPolicy<P>(base: Policy<P>, overrides: PolicyOverrides<P>, options: ExtendPolicyOptions = {}): Policy<P> {
  if (typeof base !== 'object' || base === null || typeof base.parameters !== 'object' || base.parameters === null) {
    raise('invalid_type', { field: 'base', expected: 'a policy made by definePolicy', received: base });
  }
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    raise('invalid_type', { field: 'overrides', expected: 'an object of parameter histories', received: overrides });
  }
  const histories = base.parameters as unknown as Readonly<Record<string, readonly ParameterValue<unknown>[]>>;
  const merged: Record<string, readonly ParameterValue<unknown>[]> = { ...histories };
  const names: string[] = [];
  for (const [name, added] of Object.entries(overrides as Record<string, unknown>)) {
    if (added === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(histories, name)) {
      raise('unknown_parameter', { field: `overrides.${name}`, received: name, policy: base.id });
    }
    validateHistory(name, added);
    const values = added as readonly ParameterValue<unknown>[];
    const start = (values[0] as ParameterValue<unknown>).from;
    const dayBefore = formatCivilDate((parseCivilDate(start) as number) - 1);
    // Base values starting before the override are kept; one whose `until` reaches into the
    // override is cut to end the day before (an open-ended one ends there implicitly).
    const kept = (histories[name] ?? [])
      .filter((entry) => entry.from < start)
      .map((entry) => (entry.until !== undefined && entry.until > dayBefore ? { ...entry, until: dayBefore } : entry));
    merged[name] = [...kept, ...values];
    names.push(name);
  }
  const id = options.id ?? (names.length === 0 ? base.id : `${base.id}+${names.join('+')}`);
  return buildPolicy<P>(id, merged);
}
