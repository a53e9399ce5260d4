/**
 * Rule `attribution.overrunningSteps`: to whom a delay is attributed.
 * @module
 */
import type { DelayAttribution } from '../DossierEvaluation';
import type { ClockContext, ClockRule, ClockState } from './ClockRule';

const NO_ATTRIBUTION: readonly DelayAttribution[] = Object.freeze([]);

/** @internal The working minutes of one step beyond its allotment, supplementation pauses excluded. */
function overrunOf(s: ClockState, ctx: ClockContext, i: number, horizon: number, pauses: readonly number[] | undefined): number | undefined {
  const step = (s.dossier.steps as NonNullable<typeof s.dossier.steps>)[i];
  if (step === undefined) return undefined;
  const start = ctx.instant(step.startedAt, 'steps', i, 'startedAt');
  if (start > s.asOfMs) return undefined;
  let end = step.endedAt === undefined ? horizon : Math.min(ctx.instant(step.endedAt, 'steps', i, 'endedAt'), s.asOfMs);
  if (end < start) end = start;
  const cal = ctx.calendar;
  let worked = cal.workingMinutesBetween(start, end);
  if (pauses !== undefined) {
    for (let p = 0; p + 1 < pauses.length; p += 2) {
      const from = Math.max(start, pauses[p] as number);
      const to = Math.min(end, pauses[p + 1] as number);
      if (to > from) worked -= cal.workingMinutesBetween(from, to);
    }
  }
  return Math.ceil(worked - step.allottedHours * 60);
}

/** @internal Attributes a delay to the overrunning steps, or to the dossier's own official and department. */
function attribute(s: ClockState, ctx: ClockContext, lateBy: number): readonly DelayAttribution[] {
  const dossier = s.dossier;
  if (s.awaitingSupplement) (s.pauses ??= []).push(s.openRequestMs, s.asOfMs);
  const pauses = s.params.supplementPausesClock ? s.pauses : undefined;
  const horizon = s.endMs ?? s.asOfMs;
  const out: { officialId: string; departmentId: string; overrunMinutes: number; via: 'step' }[] = [];
  const steps = dossier.steps ?? [];
  for (let i = 0; i < steps.length; i++) {
    const overrun = overrunOf(s, ctx, i, horizon, pauses);
    const step = steps[i];
    if (overrun === undefined || overrun <= 0 || step === undefined) continue;
    const same = out.find((a) => a.officialId === step.officialId && a.departmentId === step.departmentId);
    if (same === undefined) out.push({ officialId: step.officialId, departmentId: step.departmentId, overrunMinutes: overrun, via: 'step' });
    else same.overrunMinutes += overrun;
  }
  if (out.length > 0) return out;
  return [
    dossier.officialId === undefined
      ? { departmentId: dossier.departmentId, overrunMinutes: lateBy, via: 'responsible' }
      : { officialId: dossier.officialId, departmentId: dossier.departmentId, overrunMinutes: lateBy, via: 'responsible' },
  ];
}

/**
 * For a late or pending-overdue dossier, each step's working time (from `startedAt` to `endedAt`, or to
 * the end / `asOf` for an open step), less the supplementation pauses inside it, is compared with
 * `allottedHours × 60`; every step that overran is attributed (`via: 'step'`). When none did, the
 * delay goes to the dossier's own official and department (`via: 'responsible'`).
 * @example
 * ```ts
 * import { attributionRule } from 'reform-rules';
 * attributionRule.id; // => 'attribution.overrunningSteps'
 * ```
 * @category Dossier clock rules
 */
export const attributionRule: ClockRule = {
  id: 'attribution.overrunningSteps',
  step: 'attribution',
  basis: 'A late dossier is attributed to the steps that overran their allotment, else to its responsible official and department',
  doc: 'docs/dossier-clock.md#rule-7-attribution-of-a-delay',
  apply(s, ctx) {
    s.attribution = s.lateBy === undefined ? NO_ATTRIBUTION : attribute(s, ctx, s.lateBy);
  },
  explain: (f) =>
    f.attribution.length === 0
      ? undefined
      : {
          inputs: {
            steps: (f.dossier.steps ?? []).map((st) => ({
              officialId: st.officialId,
              departmentId: st.departmentId,
              startedAt: st.startedAt,
              endedAt: st.endedAt ?? null,
              allottedMinutes: st.allottedHours * 60,
            })),
            officialId: f.dossier.officialId ?? null,
            departmentId: f.dossier.departmentId,
          },
          parameters: [f.params.uses.supplementPausesClock],
          result: { attribution: f.attribution.map((a) => ({ ...a })) },
        },
};
