/**
 * `compareCountings`: the dossiers whose outcome differs between two counting conventions, and why.
 * @module
 */
import type { Issue } from '../../errors/Issue';
import type { Dossier } from '../../model/dossier';
import type { EvaluateDossierOptions } from '../createDossierEvaluator';
import { createDossierFactsEvaluator } from '../createDossierEvaluator';
import type { DossierOutcome } from '../DossierEvaluation';
import type { ClockFacts, ClockRule } from '../rules/ClockRule';
import { readCounting } from '../_clock';
import type { CountingChoices, CountingConvention } from './CountingConvention';

const CHOICE_KEYS: readonly (keyof CountingChoices)[] = ['compare', 'endEvent', 'otherEnds', 'supplementation', 'maxSupplementRequests', 'awaitingSupplement', 'period'];

/**
 * One way two conventions differ: a choice (`'compare'`, `'supplementation'`, ...) or a clock rule
 * of a step (`'rule:due'`) that the choices do not explain, with each side's value and source.
 * @example
 * ```ts
 * import type { CountingLever } from 'reform-rules';
 * const l: CountingLever = { choice: 'compare', a: 'instant', b: 'date', basisA: 'QĐ 766 methodology', basisB: 'TD DichVuCong' };
 * ```
 * @category Counting conventions
 */
export interface CountingLever {
  /** The choice, or `rule:<step>` for a replaced clock rule. */
  readonly choice: keyof CountingChoices | `rule:${ClockRule['step']}`;
  /** Convention a's value (a rule's id for a rule). */
  readonly a: string;
  /** Convention b's value. */
  readonly b: string;
  /** Convention a's source for it. */
  readonly basisA: string;
  /** Convention b's source for it. */
  readonly basisB: string;
}

/**
 * A dossier whose outcome differs between the two conventions.
 * @example
 * ```ts
 * import type { CountingDifference } from 'reform-rules';
 * const late = (d: CountingDifference) => d.a === 'late' && d.b === 'onTime';
 * ```
 * @category Counting conventions
 */
export interface CountingDifference {
  /** Its position in the input (0-based). */
  readonly index: number;
  /** Its id. */
  readonly dossierId: string;
  /** Its outcome under convention a. */
  readonly a: DossierOutcome;
  /** Its outcome under convention b. */
  readonly b: DossierOutcome;
  /**
   * The choices (or rules) that alone turn a's outcome into b's: a's convention with only that one
   * taken from b gives b's outcome. Empty when no single one does (only their combination, see `levers`).
   */
  readonly madeBy: readonly CountingLever[];
}

/**
 * What {@link compareCountings} returns: both conventions, how many dossiers were compared, the
 * differences, and the dossiers that could not be evaluated (with the issues, under a or b).
 * @example
 * ```ts
 * import type { CountingComparison } from 'reform-rules';
 * const share = (c: CountingComparison) => c.differences.length / c.compared;
 * ```
 * @category Counting conventions
 */
export interface CountingComparison {
  /** Convention a: id and basis. */
  readonly a: {
    /** Its id. */
    readonly id: string;
    /** Its basis. */
    readonly basis: string;
  };
  /** Convention b: id and basis. */
  readonly b: {
    /** Its id. */
    readonly id: string;
    /** Its basis. */
    readonly basis: string;
  };
  /** Every way the two conventions differ. */
  readonly levers: readonly CountingLever[];
  /** Dossiers evaluated under both (`compared + unevaluated.length` = dossiers in). */
  readonly compared: number;
  /** The dossiers whose outcome differs, in input order. */
  readonly differences: readonly CountingDifference[];
  /** Dossiers with issues under either convention (not compared). */
  readonly unevaluated: readonly {
    /** Its position in the input. */
    readonly index: number;
    /** Its id, when it has one. */
    readonly id?: string;
    /** The issues under a, then under b. */
    readonly issues: readonly Issue[];
  }[];
}

/** @internal The levers between two conventions, each with a's convention moved by that lever alone. */
function leversOf(a: CountingConvention, b: CountingConvention): { lever: CountingLever; variant: CountingConvention }[] {
  const out: { lever: CountingLever; variant: CountingConvention }[] = [];
  const supplementationStep = (c: CountingConvention): ClockRule | undefined => c.regime.find((r) => r.step === 'supplementation');
  for (const key of CHOICE_KEYS) {
    if (a[key] === b[key]) continue;
    let regime = a.regime;
    if (key === 'supplementation') {
      const rule = supplementationStep(b);
      regime = a.regime.map((r) => (r.step === 'supplementation' && rule !== undefined ? rule : r));
    }
    out.push({ lever: { choice: key, a: String(a[key]), b: String(b[key]), basisA: a.bases[key], basisB: b.bases[key] }, variant: { ...a, [key]: b[key], regime } });
  }
  for (const rule of b.regime) {
    const mine = a.regime.find((r) => r.step === rule.step);
    if (mine === undefined || mine.id === rule.id) continue;
    if (rule.step === 'supplementation' && a.supplementation !== b.supplementation) continue; // the supplementation choice
    out.push({
      lever: { choice: `rule:${rule.step}`, a: mine.id, b: rule.id, basisA: mine.basis, basisB: rule.basis },
      variant: { ...a, regime: a.regime.map((r) => (r.step === rule.step ? rule : r)) },
    });
  }
  return out;
}

/**
 * Evaluates every dossier under two counting conventions and lists those whose outcome differs,
 * with the choice (or rule) that made the difference: the answer to "why does the portal say 91%
 * when we say 95%?".
 * @remarks Nothing is dropped: every dossier is compared or listed in `unevaluated` with its issues.
 * @param dossiers - Validated dossiers (any iterable).
 * @param a - The first convention (a shipped id or a value from {@link defineCounting}).
 * @param b - The second.
 * @param options - As for {@link evaluateDossier}, without `counting`.
 * @returns The comparison.
 * @throws {@link ReformRulesError} As {@link createDossierEvaluator} does for bad options, or `invalid_enum` for an unknown convention.
 * @example
 * ```ts
 * import { compareCountings, createCalendar } from 'reform-rules';
 * const c = compareCountings(dossiers, 'portal766', 'dateLevel', { calendar: createCalendar(), asOf: '2025-03-31' });
 * c.differences[0]?.madeBy[0]?.choice; // => 'compare'
 * ```
 * @category Counting conventions
 */
export function compareCountings(
  dossiers: Iterable<Dossier>,
  a: CountingConvention | 'portal766' | 'dateLevel' | 'workingDays',
  b: CountingConvention | 'portal766' | 'dateLevel' | 'workingDays',
  options: Omit<EvaluateDossierOptions, 'counting' | 'trace'>,
): CountingComparison {
  const ca = readCounting(a);
  const cb = readCounting(b);
  const evalA = createDossierFactsEvaluator({ ...options, counting: ca });
  const evalB = createDossierFactsEvaluator({ ...options, counting: cb });
  const levers = leversOf(ca, cb);
  let variants: ((d: Dossier) => ClockFacts | Issue[])[] | undefined;
  const differences: CountingDifference[] = [];
  const unevaluated: { index: number; id?: string; issues: readonly Issue[] }[] = [];
  let compared = 0;
  let index = 0;
  for (const dossier of dossiers) {
    const at = index++;
    const ra = evalA(dossier);
    const rb = evalB(dossier);
    if (Array.isArray(ra) || Array.isArray(rb)) {
      const issues = [...(Array.isArray(ra) ? ra : []), ...(Array.isArray(rb) ? rb : [])];
      const id = typeof dossier === 'object' && dossier !== null && typeof dossier.id === 'string' ? dossier.id : undefined;
      unevaluated.push(id === undefined ? { index: at, issues } : { index: at, id, issues });
      continue;
    }
    compared++;
    if (ra.outcome === rb.outcome) continue;
    variants ??= levers.map((l) => createDossierFactsEvaluator({ ...options, counting: l.variant }));
    const madeBy: CountingLever[] = [];
    for (let i = 0; i < levers.length; i++) {
      const r = (variants[i] as (typeof variants)[number])(dossier);
      if (!Array.isArray(r) && r.outcome === rb.outcome) madeBy.push((levers[i] as (typeof levers)[number]).lever);
    }
    differences.push({ index: at, dossierId: dossier.id, a: ra.outcome, b: rb.outcome, madeBy });
  }
  return { a: { id: ca.id, basis: ca.basis }, b: { id: cb.id, basis: cb.basis }, levers: levers.map((l) => l.lever), compared, differences, unevaluated };
}
