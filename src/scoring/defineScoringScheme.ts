import { DEFAULT_LOCALE } from '../errors/locale';
import { optionalObjectArg } from '../errors/args';
import { readHundredths } from '../_lib/rational';
import { createIssue, pathToString } from '../errors/Issue';
import type { Issue, IssuePath, Result } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { frozenCopy } from '../policy/definePolicy';
import type { ScoringCriterion, ScoringScheme } from './ScoringScheme';
import { ScoringSchemeSchema } from './ScoringScheme';
import { scoringMetrics } from './scoringMetrics';

type Add = (code: IssueCode, path: IssuePath, params: Record<string, unknown>) => void;

function hundredthsOf(value: number, path: IssuePath, add: Add): number {
  const h = readHundredths(value);
  if (h === null) {
    add('too_many_decimals', path, { received: value });
    return 0;
  }
  return h;
}

function checkCriterion(c: ScoringCriterion, path: IssuePath, seen: Set<string>, add: Add): number {
  if (seen.has(c.id)) add('duplicate_criterion', [...path, 'id'], { received: c.id });
  seen.add(c.id);
  const max = hundredthsOf(c.maxPoints, [...path, 'maxPoints'], add);
  const children = c.children ?? [];
  if (c.computed !== undefined) {
    if (children.length > 0) add('invalid_scheme', [...path, 'computed'], { detail: 'only a leaf (a criterion without children) can be computed from a metric' });
    if (!(scoringMetrics as readonly string[]).includes(c.computed.metric)) add('unknown_metric', [...path, 'computed', 'metric'], { received: c.computed.metric, expected: scoringMetrics.join(', ') });
    const r = c.computed.rule;
    const target = r.kind === 'proportional' ? r.fullAt : r.atLeast;
    if (target.numerator === 0 || target.numerator > target.denominator) add('invalid_scheme', [...path, 'computed', 'rule'], { detail: 'the share giving full points must be above 0 and at most 1' });
  }
  if (children.length > 0) {
    const total = children.reduce((s, child, i) => s + checkCriterion(child, [...path, 'children', i], seen, add), 0);
    if (total !== max) add('maxima_mismatch', [...path, 'children'], { received: total / 100, expected: max / 100 });
  }
  return max;
}

function checkGrades(s: ScoringScheme, max: number, add: Add): void {
  let previous = Number.POSITIVE_INFINITY;
  s.grades.forEach((g, i) => {
    const h = hundredthsOf(g.minPoints, ['grades', i, 'minPoints'], add);
    if (h > max || h >= previous) {
      add('invalid_grades', ['grades', i, 'minPoints'], { received: g.minPoints, detail: 'grades go best first, each minimum below the previous one and at most the scheme maximum', detailVi: 'các mức xếp loại theo thứ tự từ cao xuống, điểm tối thiểu giảm dần và không vượt điểm tối đa' });
    }
    previous = h;
  });
  const last = s.grades.at(-1);
  if (last !== undefined && last.minPoints !== 0) add('invalid_grades', ['grades', s.grades.length - 1, 'minPoints'], { received: last.minPoints, detail: 'the last grade must start at 0 so that every total has a grade', detailVi: 'mức cuối cùng phải bắt đầu từ 0 để mọi tổng điểm đều được xếp loại' });
}

/**
 * Validates a versioned CCHC scoring scheme (Quy chế chấm điểm CCHC): area → criterion →
 * sub-criterion, each with its maximum; the children of every node add up to its maximum and the
 * areas to the scheme's; ids are unique; a computed leaf names a known metric of the library and its
 * scoring rule; grades go best first down to 0. The JSON Schema is {@link scoringSchemeJSONSchema}.
 *
 * @remarks No points table of a real regulation was found (the plan asks the Office to review the
 * agency's own): supply the agency's scheme; {@link exampleScoringScheme} is only an example.
 * @param tree - The scheme as JSON.
 * @param options - The locale of the issue messages.
 * @returns The frozen scheme, or every issue, each naming its field.
 * @example
 * ```ts
 * import { defineScoringScheme, exampleScoringScheme } from 'reform-rules';
 * defineScoringScheme(exampleScoringScheme).ok; // => true
 * const bad = defineScoringScheme({ ...exampleScoringScheme, maxPoints: 90 });
 * !bad.ok && bad.issues[0]?.code; // => 'maxima_mismatch'
 * ```
 * @category Scoring
 */
export function defineScoringScheme(tree: unknown, options: { readonly locale?: Locale | undefined } = {}): Result<ScoringScheme> {
  optionalObjectArg(options, 'options');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const issues: Issue[] = [];
  const add: Add = (code, path, params) => issues.push(createIssue(code, path, { field: pathToString(path), ...params }, locale));
  const parsed = ScoringSchemeSchema.safeParse(tree);
  if (!parsed.success) {
    for (const i of parsed.error.issues) add('invalid_scheme', i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), { detail: i.message });
    return { ok: false, issues: issues as [Issue, ...Issue[]] };
  }
  const scheme = parsed.data as ScoringScheme;
  const seen = new Set<string>();
  const max = hundredthsOf(scheme.maxPoints, ['maxPoints'], add);
  const total = scheme.criteria.reduce((s, c, i) => s + checkCriterion(c, ['criteria', i], seen, add), 0);
  if (total !== max) add('maxima_mismatch', ['criteria'], { received: total / 100, expected: max / 100 });
  checkGrades(scheme, max, add);
  if (issues.length > 0) return { ok: false, issues: issues as [Issue, ...Issue[]] };
  return { ok: true, value: frozenCopy(scheme) };
}
