/**
 * Builds the plain-JSON trace of one dossier evaluation from the facts the clock gathered: one step
 * per rule of the regime, with its id, basis and documentation anchor. Only called when a trace is
 * asked for, so the bulk path never pays for it.
 * @internal
 * @module
 */
import type { ClockContext, ClockFacts, ClockRegime } from './rules/ClockRule';
import type { DossierTrace, DossierTraceStep } from './DossierEvaluation';

/** @internal The documentation section of each shipped convention. */
export function countingDoc(id: string): string {
  return id === 'portal766' || id === 'dateLevel' || id === 'workingDays' ? `docs/counting.md#${id.toLowerCase()}` : 'docs/counting.md#your-own-convention';
}

/** @internal Builds the trace of one evaluation. */
export function buildTrace(f: ClockFacts, regime: ClockRegime, ctx: ClockContext): DossierTrace {
  const steps: DossierTraceStep[] = [];
  for (const rule of regime) {
    const said = rule.explain(f, ctx);
    if (said === undefined) continue;
    steps.push({ rule: rule.step, ruleId: rule.id, basis: rule.basis, doc: rule.doc, inputs: said.inputs, parameters: said.parameters, result: said.result });
  }
  const c = ctx.counting;
  return { dossierId: f.dossier.id, asOf: ctx.format(f.asOfMs), counting: { id: c.id, basis: c.basis, doc: countingDoc(c.id) }, steps };
}
