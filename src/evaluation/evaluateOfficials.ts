import type { Issue } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import { evaluateOfficial } from './evaluateOfficial';
import type { EvaluateOfficialOptions } from './evaluateOfficial';
import type { OfficialEvaluation, OfficialEvaluationInput } from './OfficialEvaluation';

/**
 * The result of {@link evaluateOfficials}: every input is either evaluated or rejected with its
 * issues (inputs = evaluations + rejected).
 * @example
 * ```ts
 * import type { OfficialEvaluations } from 'reform-rules';
 * // { evaluations: [...], rejected: [{ index: 2, officialId: 'cv03', issues: [...] }] }
 * ```
 * @category Evaluation
 */
export interface OfficialEvaluations {
  /** The evaluations, in input order. */
  readonly evaluations: readonly OfficialEvaluation[];
  /** The inputs that could not be evaluated, with their index and issues (paths start with the index). */
  readonly rejected: readonly {
    /** The input's position. */
    readonly index: number;
    /** The official's id, when readable. */
    readonly officialId: string | null;
    /** The issues, paths starting with the index. */
    readonly issues: readonly Issue[];
  }[];
}

/**
 * Evaluates a list of officials with {@link evaluateOfficial}, keeping the good ones and
 * reporting every bad one with its index; nothing is dropped silently.
 *
 * @param inputs - The officials' inputs.
 * @param options - As for {@link evaluateOfficial}.
 * @returns The evaluations and the rejected inputs.
 * @throws {@link ReformRulesError} (code `invalid_type`) When `inputs` is not an array.
 * @example
 * ```ts
 * import { evaluateOfficials } from 'reform-rules';
 * const r = evaluateOfficials([{ officialId: 'cv01', kind: 'civilServant', generalPoints: 31, tasks: [] }], { period: '2026-Q1' });
 * r.rejected[0]?.issues[0]?.code; // => 'points_out_of_range'
 * ```
 * @category Evaluation
 */
export function evaluateOfficials(inputs: readonly OfficialEvaluationInput[], options: EvaluateOfficialOptions): OfficialEvaluations {
  if (!Array.isArray(inputs)) raise('invalid_type', { field: 'inputs', expected: 'an array of official inputs', received: inputs });
  const evaluations: OfficialEvaluation[] = [];
  const rejected: { index: number; officialId: string | null; issues: Issue[] }[] = [];
  inputs.forEach((input, index) => {
    const r = evaluateOfficial(input, options);
    if (r.ok) evaluations.push(r.value);
    else {
      const id = typeof input === 'object' && input !== null && typeof input.officialId === 'string' ? input.officialId : null;
      rejected.push({ index, officialId: id, issues: r.issues.map((i) => ({ ...i, path: [index, ...i.path] })) });
    }
  });
  return { evaluations, rejected };
}
