import { parseCivilDate } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';
import type { ParameterValue, Policy } from './Policy';

/**
 * @internal Finds, by binary search, the dated value of `name` in force on `date`, with its index.
 * `'YYYY-MM-DD'` strings sort like the dates they name, so the search compares strings.
 */
export function entryAt(policy: Policy<unknown>, name: string, date: string): { entry: ParameterValue<unknown>; index: number; history: readonly ParameterValue<unknown>[] } {
  if (typeof policy !== 'object' || policy === null || typeof policy.parameters !== 'object' || policy.parameters === null) {
    raise('invalid_type', { field: 'policy', expected: 'a policy made by definePolicy', received: policy });
  }
  if (typeof date !== 'string' || parseCivilDate(date) === undefined) raise('invalid_date', { field: 'date', received: date });
  const histories = policy.parameters as Readonly<Record<string, readonly ParameterValue<unknown>[] | undefined>>;
  const history = Object.prototype.hasOwnProperty.call(histories, name) ? histories[name] : undefined;
  if (history === undefined || history.length === 0) raise('unknown_parameter', { field: 'name', received: name, policy: policy.id });
  // Last index whose `from` is on or before `date`.
  let lo = 0;
  let hi = history.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((history[mid] as ParameterValue<unknown>).from <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const first = history[0] as ParameterValue<unknown>;
  if (found < 0) raise('parameter_before_first_value', { field: name, received: date, first: first.from });
  const entry = history[found] as ParameterValue<unknown>;
  if (entry.until !== undefined && entry.until < date) {
    raise('parameter_gap', { field: name, received: date, from: entry.from, until: entry.until });
  }
  return { entry, index: found, history };
}
