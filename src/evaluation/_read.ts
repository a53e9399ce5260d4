/**
 * Input checks of the evaluation area: every problem becomes an issue naming the field.
 * @internal
 * @module
 */
import { hundredths, readHundredths } from '../_lib/rational';
import { createIssue } from '../errors/Issue';
import type { Issue, IssuePath } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { pathToString } from '../errors/Issue';
import type { Ratio } from '../metrics/ratio';
import type { AssignedTask, LeaderComponents, PeriodScoresInput, ShareInput } from './OfficialEvaluation';

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

/** @internal A normalised period. */
export interface Period {
  readonly general: Ratio;
  readonly tasks: readonly Task[];
  readonly leader: { d: Ratio; dd: Ratio; e: Ratio } | null;
  readonly dossiers: { handled: number; late: number } | null;
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

function readCount(value: unknown, path: IssuePath, issues: Issues): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    issues.add('not_integer', path, { received: value });
    return 0;
  }
  if (value < 0) issues.add('negative', path, { received: value });
  return Math.max(0, value);
}

function readTask(t: AssignedTask, path: IssuePath, issues: Issues): Task | null {
  if (typeof t !== 'object' || t === null) {
    issues.add('invalid_type', path, { expected: 'a task { weight, quantity, quality, onTime }', received: t });
    return null;
  }
  const weight = readNumber(t.weight, [...path, 'weight'], issues);
  if (weight !== null && weight.numerator <= 0) issues.add('invalid_coefficient', [...path, 'weight'], { received: t.weight });
  const quantity = readShare(t.quantity as ShareInput, [...path, 'quantity'], issues);
  const quality = readShare(t.quality as ShareInput, [...path, 'quality'], issues);
  const onTime = readShare(t.onTime as ShareInput, [...path, 'onTime'], issues);
  const f = t.faultsCaused ?? {};
  const rework = readCount(f.rework, [...path, 'faultsCaused', 'rework'], issues);
  const delay = readCount(f.delay, [...path, 'faultsCaused', 'delay'], issues);
  if (weight === null || weight.numerator <= 0 || quantity === null || quality === null || onTime === null) return null;
  return { weight, quantity, quality, onTime, rework, delay };
}

function readLeader(l: LeaderComponents | undefined, path: IssuePath, issues: Issues): Period['leader'] | 'bad' {
  if (l === undefined) return null;
  if (typeof l !== 'object' || l === null) {
    issues.add('invalid_type', path, { expected: 'an object { unitResult, organising, unity }', received: l });
    return 'bad';
  }
  const d = readShare(l.unitResult, [...path, 'unitResult'], issues);
  const dd = readShare(l.organising, [...path, 'organising'], issues);
  const e = readShare(l.unity, [...path, 'unity'], issues);
  return d === null || dd === null || e === null ? 'bad' : { d, dd, e };
}

/** @internal Reads one month or quarter; null when it has issues. */
export function readPeriod(p: PeriodScoresInput, path: IssuePath, generalMax: number, useDossiers: boolean, issues: Issues): Period | null {
  const before = issues.list.length;
  if (typeof p !== 'object' || p === null) {
    issues.add('invalid_type', path, { expected: 'an object { generalPoints, tasks, leader? }', received: p });
    return null;
  }
  const general = readPoints(p.generalPoints, generalMax, [...path, 'generalPoints'], issues);
  const rawTasks = p.tasks ?? [];
  if (!Array.isArray(rawTasks)) issues.add('invalid_type', [...path, 'tasks'], { expected: 'an array of tasks', received: rawTasks });
  const tasks = (Array.isArray(rawTasks) ? rawTasks : []).map((t: AssignedTask, i: number) => readTask(t, [...path, 'tasks', i], issues));
  const leader = readLeader(p.leader, [...path, 'leader'], issues);
  const dossiers = useDossiers && p.dossiers !== undefined ? readDossiers(p.dossiers, [...path, 'dossiers'], issues) : null;

  if (tasks.length === 0) issues.add('required', [...path, 'tasks'], {});
  if (issues.list.length > before || general === null || leader === 'bad') return null;
  return { general, tasks: tasks.filter((t): t is Task => t !== null), leader, dossiers };
}

function readDossiers(value: unknown, path: IssuePath, issues: Issues): { handled: number; late: number } | null {
  if (typeof value !== 'object' || value === null) {
    issues.add('invalid_type', path, { expected: 'an object { handled, late }', received: value });
    return null;
  }
  const v = value as { handled?: unknown; late?: unknown };
  const handled = readCount(v.handled, [...path, 'handled'], issues);
  const late = readCount(v.late, [...path, 'late'], issues);
  if (late > handled) issues.add('late_exceeds_handled', [...path, 'late'], { received: late, handled });
  return { handled, late };
}
