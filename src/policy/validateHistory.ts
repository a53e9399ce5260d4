import { parseCivilDate } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';
import type { PolicyParameterName } from './PolicyParameters';

type Check = (value: unknown) => boolean;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const ratio: Check = (v) => {
  const r = v as { numerator?: unknown; denominator?: unknown } | null;
  return typeof r === 'object' && r !== null && isCount(r.numerator) && isCount(r.denominator) && r.denominator > 0;
};
const comparison: Check = (v) => v === 'gt' || v === 'gte';
const bool: Check = (v) => typeof v === 'boolean';
const count: Check = isCount;
const positive: Check = (v) => isCount(v) && v > 0;
const date: Check = (v) => parseCivilDate(v) !== undefined;

const RATIO = 'a ratio { numerator, denominator } of whole numbers with denominator > 0';
const COMPARISON = "'gt' or 'gte'";

/** @internal The expected value of every parameter of the default catalogue. */
const checks: { readonly [K in PolicyParameterName]: readonly [Check, string] } = {
  officialLateShareCap: [ratio, RATIO],
  officialLateShareComparison: [comparison, COMPARISON],
  departmentLateShareCap: [ratio, RATIO],
  departmentLateShareComparison: [comparison, COMPARISON],
  deadlineMode: [(v) => v === 'endOfDay' || v === 'workingHours', "'endOfDay' or 'workingHours'"],
  maxSupplementRequests: [count, 'a whole number at least 0'],
  supplementPausesClock: [bool, 'a boolean'],
  afterHoursStartsNextWorkingStart: [bool, 'a boolean'],
  receptionWorkingHours: [(v) => v === null || positive(v), 'a whole number of hours at least 1, or null'],
  apologyNoticeWorkingDays: [count, 'a whole number at least 0'],
  maxApologyReschedules: [count, 'a whole number at least 0'],
  advancedCollectiveMemberShare: [ratio, RATIO],
  advancedCollectiveMemberComparison: [comparison, COMPARISON],
  excellentCollectiveMemberShare: [ratio, RATIO],
  excellentCollectiveMemberComparison: [comparison, COMPARISON],
  excellentCollectiveCompletedShare: [ratio, RATIO],
  onlineCoverageTarget: [ratio, RATIO],
  onlineMainChannelFrom: [date, "a civil date 'YYYY-MM-DD'"],
  onlineMainChannelShare: [ratio, RATIO],
  onlineMainChannelComparison: [comparison, COMPARISON],
  satisfactionTarget: [ratio, RATIO],
  electronicDocumentsTarget: [ratio, RATIO],
  petitionDeadlineWorkingDays: [positive, 'a whole number at least 1'],
  reportSubmissionWorkingDays: [positive, 'a whole number at least 1'],
  provincialIndexRankTarget: [positive, 'a whole number at least 1'],
};

const ENTRY_KEYS: readonly string[] = ['from', 'until', 'value', 'basis'];

function isJson(value: unknown, depth = 0): boolean {
  if (depth > 16) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return [...value].every((v) => isJson(v, depth + 1)); // spread: a hole reads as undefined (every alone skips it)
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value as Record<string, unknown>).every((v) => isJson(v, depth + 1));
  }
  return false;
}

function checkBasis(basis: unknown, field: string): void {
  const b = basis as Record<string, unknown> | null;
  const ok =
    typeof b === 'object' &&
    b !== null &&
    typeof b['document'] === 'string' &&
    b['document'].trim() !== '' &&
    ['article', 'issuer', 'note'].every((k) => b[k] === undefined || typeof b[k] === 'string') &&
    Object.keys(b).every((k) => ['document', 'article', 'issuer', 'note'].includes(k));
  if (!ok) raise('invalid_basis', { field, received: basis });
}

/**
 * @internal Validates the dated values of one parameter: non-empty, real dates, `until` not before
 * `from`, strictly increasing starts, no overlap, a legal basis on each, and a value of the right
 * type (checked for the default catalogue's names, JSON for others). Throws naming the parameter.
 */
export function validateHistory(name: string, history: unknown): void {
  if (!Array.isArray(history) || history.length === 0) raise('empty_parameter', { field: name, received: history });
  const check = Object.prototype.hasOwnProperty.call(checks, name) ? checks[name as PolicyParameterName] : undefined;
  let previousFrom: string | undefined;
  let previousUntil: string | undefined;
  let previousField = '';
  [...history].forEach((entry: unknown, i: number) => { // spread: a hole is checked (forEach alone skips it)
    const field = `${name}[${i}]`;
    if (typeof entry !== 'object' || entry === null) raise('invalid_type', { field, expected: 'a dated value { from, until?, value, basis }', received: entry });
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!ENTRY_KEYS.includes(key)) raise('unknown_key', { field: `${field}.${key}` });
    }
    const from = e['from'];
    if (typeof from !== 'string' || parseCivilDate(from) === undefined) raise('invalid_date', { field: `${field}.from`, received: from });
    const until = e['until'];
    if (until !== undefined) {
      if (typeof until !== 'string' || parseCivilDate(until) === undefined) raise('invalid_date', { field: `${field}.until`, received: until });
      if (until < from) raise('parameter_until_before_from', { field: `${field}.until`, received: until, from });
    }
    if (previousFrom !== undefined) {
      if (from <= previousFrom) raise('parameter_dates_unordered', { field: `${field}.from`, received: from, previous: previousFrom });
      if (previousUntil !== undefined && previousUntil >= from) {
        raise('parameter_dates_overlap', { field: `${previousField}.until`, received: previousUntil, next: from });
      }
    }
    if (!('value' in e) || !isJson(e['value'])) {
      raise('invalid_parameter_value', { field: `${field}.value`, expected: 'a plain JSON value', received: e['value'] });
    }
    if (check !== undefined && !check[0](e['value'])) {
      raise('invalid_parameter_value', { field: `${field}.value`, expected: check[1], received: e['value'] });
    }
    checkBasis(e['basis'], `${field}.basis`);
    previousFrom = from;
    previousUntil = until as string | undefined;
    previousField = field;
  });
}
