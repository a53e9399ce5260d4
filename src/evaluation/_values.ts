/**
 * The value readers of the evaluation area (numbers, shares, points, counts): every problem becomes an issue naming the field.
 * @internal
 * @module
 */
import { hundredths, readHundredths } from '../_lib/rational';
import { createIssue } from '../errors/Issue';
import type { Issue, IssuePath } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { pathToString } from '../errors/Issue';
import type { Ratio } from '../metrics/ratio';

/** @internal Collects issues in one locale. */
export class Issues {
  readonly list: Issue[] = [];
  constructor(readonly locale: Locale) {}
  add(code: IssueCode, path: IssuePath, params: Record<string, unknown>): void {
    this.list.push(createIssue(code, path, { field: pathToString(path), ...params }, this.locale));
  }
}

/** @internal A normalised task: K, the three shares and the fault counts. */
export interface Task {
  readonly weight: Ratio;
  readonly quantity: Ratio;
  readonly quality: Ratio;
  readonly onTime: Ratio;
  readonly rework: number;
  readonly delay: number;
}

function reduce(n: number, d: number): Ratio {
  return n === 0 ? { numerator: 0, denominator: 1 } : { numerator: n, denominator: d };
}

/** @internal A positive or non-negative number with at most 4 decimals, or a Ratio, as a ratio; null after an issue. */
export function readNumber(value: unknown, path: IssuePath, issues: Issues): Ratio | null {
  if (typeof value === 'object' && value !== null && 'numerator' in value && 'denominator' in value) {
    const r = value as Ratio;
    if (Number.isSafeInteger(r.numerator) && Number.isSafeInteger(r.denominator) && r.numerator >= 0 && r.denominator > 0) return reduce(r.numerator, r.denominator);
    issues.add('invalid_ratio', path, { received: value, allowEmpty: false });
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add('invalid_type', path, { expected: 'a number, true/false or a ratio', received: value });
    return null;
  }
  const n = Math.round(value * 10000);
  if (Math.abs(n - value * 10000) > 1e-6) {
    issues.add('too_many_decimals', path, { received: value });
    return null;
  }
  return reduce(n, 10000);
}

/** @internal A share 0..1 (true = 1, false = 0). */
export function readShare(value: unknown, path: IssuePath, issues: Issues): Ratio | null {
  if (value === true) return { numerator: 1, denominator: 1 };
  if (value === false) return { numerator: 0, denominator: 1 };
  const r = readNumber(value, path, issues);
  if (r === null) return null;
  if (r.numerator < 0 || r.numerator > r.denominator) {
    issues.add('points_out_of_range', path, { received: value, min: 0, max: 1 });
    return null;
  }
  return r;
}

/** @internal Points from 0 to `max`, at most two decimals. */
export function readPoints(value: unknown, max: number, path: IssuePath, issues: Issues): Ratio | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add('invalid_type', path, { expected: `points from 0 to ${max}`, received: value });
    return null;
  }
  const h = readHundredths(value);
  if (h === null) {
    issues.add('too_many_decimals', path, { received: value });
    return null;
  }
  if (h < 0 || h > max * 100) {
    issues.add('points_out_of_range', path, { received: value, min: 0, max });
    return null;
  }
  return hundredths(h);
}

/** @internal A non-negative whole count (0 when absent). */
export function readCount(value: unknown, path: IssuePath, issues: Issues): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    issues.add('not_integer', path, { received: value });
    return 0;
  }
  if (value < 0) issues.add('negative', path, { received: value });
  return Math.max(0, value);
}

