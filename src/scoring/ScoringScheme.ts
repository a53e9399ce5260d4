import { z } from 'zod';
import type { LocalizedText } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ScoringMetric } from './scoringMetrics';

const RatioSchema = z.object({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) }).strict();
const TextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
const BasisSchema = z.object({ document: z.string().min(1), article: z.string().optional(), issuer: z.string().optional(), note: z.string().optional() }).strict();
const RuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('proportional'), fullAt: RatioSchema }).strict().describe('Full points at or above fullAt, proportional below.'),
  z.object({ kind: z.literal('threshold'), atLeast: RatioSchema }).strict().describe('Full points at or above atLeast, else 0.'),
]);

/** @internal The schema of one criterion (area, criterion or sub-criterion), recursive. */
export const CriterionSchema = z
  .object({
    id: z.string().min(1).describe('A stable id, unique in the scheme, e.g. "1.2.1".'),
    title: TextSchema,
    maxPoints: z.number().min(0).describe('The maximum points, at most two decimals; the children add up to it.'),
    evidence: z.string().optional().describe('What evidence (tài liệu kiểm chứng) the self-score needs.'),
    computed: z.object({ metric: z.string().min(1), rule: RuleSchema }).strict().optional().describe('A leaf filled from a metric of the library.'),
    get children() {
      return z.array(CriterionSchema).optional();
    },
  })
  .strict();

/** @internal The schema of a scheme. */
export const ScoringSchemeSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    year: z.number().int().min(2000).max(2100).describe('The scoring year the scheme applies to.'),
    title: TextSchema,
    basis: BasisSchema.describe('The Quy chế chấm điểm CCHC (or, for an example, a note saying so).'),
    example: z.boolean().optional().describe('True for an example scheme, not a real regulation.'),
    maxPoints: z.number().min(0),
    grades: z.array(z.object({ id: z.string().min(1), label: TextSchema, minPoints: z.number().min(0) }).strict()).min(1).describe('Best first; the last starts at 0.'),
    criteria: z.array(CriterionSchema).min(1),
  })
  .strict();

/**
 * How a computed criterion turns its metric into points: `'proportional'` (full points at or above
 * `fullAt`, proportional below) or `'threshold'` (full points at or above `atLeast`, else 0).
 * @example
 * ```ts
 * import type { ScoringRule } from 'reform-rules';
 * const r: ScoringRule = { kind: 'proportional', fullAt: { numerator: 1, denominator: 1 } };
 * ```
 * @category Scoring
 */
export type ScoringRule =
  | {
      /** Proportional below `fullAt`. */
      readonly kind: 'proportional';
      /** The share giving full points. */
      readonly fullAt: Ratio;
    }
  | {
      /** All or nothing. */
      readonly kind: 'threshold';
      /** The share giving full points (else 0). */
      readonly atLeast: Ratio;
    };

/**
 * One node of a criteria tree: an area (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí
 * thành phần). A leaf is scored (by hand, or `computed` from a metric); a node's children add up to
 * its maximum.
 * @example
 * ```ts
 * import type { ScoringCriterion } from 'reform-rules';
 * const c: ScoringCriterion = { id: '1.1', title: { vi: 'Hồ sơ đúng hạn', en: 'Dossiers on time' }, maxPoints: 20,
 *   computed: { metric: 'dossiersOnTime', rule: { kind: 'proportional', fullAt: { numerator: 1, denominator: 1 } } } };
 * ```
 * @category Scoring
 */
export interface ScoringCriterion {
  /** Unique id in the scheme. */
  readonly id: string;
  /** The title. */
  readonly title: LocalizedText;
  /** The maximum points (two decimals at most). */
  readonly maxPoints: number;
  /** The evidence the self-score needs. */
  readonly evidence?: string | undefined;
  /** For a leaf computed from a metric of the library. */
  readonly computed?: {
    /** The metric. */
    readonly metric: ScoringMetric;
    /** How the metric turns into points. */
    readonly rule: ScoringRule;
  } | undefined;
  /** The sub-criteria. */
  readonly children?: readonly ScoringCriterion[] | undefined;
}

/**
 * A versioned CCHC scoring scheme (Quy chế chấm điểm CCHC), as validated by {@link defineScoringScheme}.
 * @example
 * ```ts
 * import { exampleScoringScheme } from 'reform-rules';
 * exampleScoringScheme.example; // => true
 * ```
 * @category Scoring
 */
export interface ScoringScheme {
  /** The scheme's id. */
  readonly id: string;
  /** Its version. */
  readonly version: string;
  /** The year it applies to. */
  readonly year: number;
  /** Its title. */
  readonly title: LocalizedText;
  /** Its basis (the agency's regulation). */
  readonly basis: LegalBasis;
  /** True for an example, not a real regulation. */
  readonly example?: boolean | undefined;
  /** The total maximum. */
  readonly maxPoints: number;
  /** The grades, best first, each from its minimum points. */
  readonly grades: readonly {
    /** The grade's id. */
    readonly id: string;
    /** Its label. */
    readonly label: LocalizedText;
    /** The lowest total with this grade. */
    readonly minPoints: number;
  }[];
  /** The areas. */
  readonly criteria: readonly ScoringCriterion[];
}

/**
 * The JSON Schema (draft 2020-12) of a scoring scheme, for agencies to author theirs; the
 * cross-field rules (maxima that add up, unique ids, known metrics, grades) are checked by
 * {@link defineScoringScheme}.
 *
 * @returns A plain JSON object.
 * @example
 * ```ts
 * import { scoringSchemeJSONSchema } from 'reform-rules';
 * scoringSchemeJSONSchema().type; // => 'object'
 * ```
 * @category Scoring
 */
export function scoringSchemeJSONSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScoringSchemeSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
