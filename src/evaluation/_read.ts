/**
 * Input checks of the evaluation area: every problem becomes an issue naming the field.
 * @internal
 * @module
 */
import type { Explanation } from '../explain/Explanation';
import type { IssuePath } from '../errors/Issue';
import type { Ratio } from '../metrics/ratio';
import type { AssignedTask, LeaderComponents, PeriodScoresInput, ShareInput } from './OfficialEvaluation';
import { deriveResults, deriveUnitResult, isUnitResultInput } from './_derive';
import type { DeriveParams } from './_derive';
import { readCount, readNumber, readPoints, readShare } from './_values';
import type { Issues, Task } from './_values';

export { Issues, readNumber } from './_values';
export type { Task } from './_values';

/** @internal A normalised period. */
export interface Period {
  readonly general: Ratio;
  readonly tasks: readonly Task[];
  readonly leader: { d: Ratio; dd: Ratio; e: Ratio } | null;
  readonly dossiers: { handled: number; late: number } | null;
  /** How the units computed from the library's results (and a computed d) were obtained. */
  readonly notes: readonly Explanation[];
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

function readLeader(l: LeaderComponents | undefined, path: IssuePath, s: DeriveParams, issues: Issues, notes: Explanation[]): Period['leader'] | 'bad' {
  if (l === undefined) return null;
  if (typeof l !== 'object' || l === null) {
    issues.add('invalid_type', path, { expected: 'an object { unitResult, organising, unity }', received: l });
    return 'bad';
  }
  let d: Ratio | null;
  if (isUnitResultInput(l.unitResult)) {
    const derived = deriveUnitResult(l.unitResult, [...path, 'unitResult'], s, issues);
    d = derived?.d ?? null;
    if (derived !== null) notes.push(derived.note);
  } else d = readShare(l.unitResult, [...path, 'unitResult'], issues);
  const dd = readShare(l.organising, [...path, 'organising'], issues);
  const e = readShare(l.unity, [...path, 'unity'], issues);
  return d === null || dd === null || e === null ? 'bad' : { d, dd, e };
}

/** @internal Reads one month or quarter; null when it has issues. */
export function readPeriod(p: PeriodScoresInput, path: IssuePath, generalMax: number, useDossiers: boolean, s: DeriveParams, issues: Issues): Period | null {
  const before = issues.list.length;
  if (typeof p !== 'object' || p === null) {
    issues.add('invalid_type', path, { expected: 'an object { generalPoints, tasks, leader? }', received: p });
    return null;
  }
  const general = readPoints(p.generalPoints, generalMax, [...path, 'generalPoints'], issues);
  const rawTasks = p.tasks ?? [];
  if (!Array.isArray(rawTasks)) issues.add('invalid_type', [...path, 'tasks'], { expected: 'an array of tasks', received: rawTasks });
  const tasks = (Array.isArray(rawTasks) ? rawTasks : []).map((t: AssignedTask, i: number) => readTask(t, [...path, 'tasks', i], issues));
  const beforeDerive = issues.list.length;
  const derived = deriveResults(p.results, [...path, 'results'], s, issues);
  const deriveFailed = issues.list.length > beforeDerive;
  const notes = [...derived.notes];
  const leader = readLeader(p.leader, [...path, 'leader'], s, issues, notes);
  const dossiers = useDossiers && p.dossiers !== undefined ? readDossiers(p.dossiers, [...path, 'dossiers'], issues) : null;

  if (tasks.length === 0 && derived.tasks.length === 0 && !deriveFailed) issues.add('required', [...path, 'tasks'], {});
  if (issues.list.length > before || general === null || leader === 'bad') return null;
  return { general, tasks: [...tasks.filter((t): t is Task => t !== null), ...derived.tasks], leader, dossiers, notes };
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
