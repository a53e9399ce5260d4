/**
 * Rule `attribution.overrunningSteps`: to whom a delay is attributed.
 * @module
 */
import type { DelayAttribution, UnattributedStep } from '../DossierEvaluation';
import type { ClockContext, ClockRule, ClockState } from './ClockRule';

const NO_ATTRIBUTION: readonly DelayAttribution[] = Object.freeze([]);

/**
 * @internal The working minutes of one step beyond its allotment, supplementation pauses excluded;
 * `undefined` when the step starts after `asOf`, `null` when its allotment is not recorded.
 */
function overrunOf(s: ClockState, ctx: ClockContext, i: number, horizon: number, pauses: readonly number[] | undefined): number | null | undefined {
  const step = (s.dossier.steps as NonNullable<typeof s.dossier.steps>)[i];
  if (step === undefined) return undefined;
  const start = ctx.instant(step.startedAt, 'steps', i, 'startedAt');
  if (start > s.asOfMs) return undefined;
  if (step.allottedHours === undefined) return null;
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

/**
 * @internal Attributes a delay to the overrunning steps, or to the dossier's own official and
 * department; a step without a recorded allotment is named in `s.unattributedSteps`, and while there
 * is one (and no known step overran) the delay goes to no one rather than to a guess.
 */
function attribute(s: ClockState, ctx: ClockContext, lateBy: number): readonly DelayAttribution[] {
  const dossier = s.dossier;
  if (s.awaitingSupplement) (s.pauses ??= []).push(s.openRequestMs, s.asOfMs);
  const pauses = s.params.supplementPausesClock ? s.pauses : undefined;
  const horizon = s.endMs ?? s.asOfMs;
  const out: { officialId: string; departmentId: string; overrunMinutes: number; via: 'step' }[] = [];
  const unknown: UnattributedStep[] = [];
  const steps = dossier.steps ?? [];
  for (let i = 0; i < steps.length; i++) {
    const overrun = overrunOf(s, ctx, i, horizon, pauses);
    const step = steps[i];
    if (overrun === null && step !== undefined) unknown.push({ stepIndex: i, officialId: step.officialId, departmentId: step.departmentId, reason: 'allottedTimeUnknown' });
    if (overrun === undefined || overrun === null || overrun <= 0 || step === undefined) continue;
    const same = out.find((a) => a.officialId === step.officialId && a.departmentId === step.departmentId);
    if (same === undefined) out.push({ officialId: step.officialId, departmentId: step.departmentId, overrunMinutes: overrun, via: 'step' });
    else same.overrunMinutes += overrun;
  }
  if (unknown.length > 0) s.unattributedSteps = unknown;
  if (out.length > 0 || unknown.length > 0) return out;
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
 * delay goes to the dossier's own official and department (`via: 'responsible'`). A step whose
 * allotted time the source does not record (a handover slip) is never attributed nor cleared: it is
 * listed in `unattributedSteps`, and while there is one, no fallback to the responsible official is
 * made (the delay is attributed only to known overrunning steps, or to no one).
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
    f.attribution.length === 0 && f.unattributedSteps.length === 0
      ? undefined
      : {
          inputs: {
            steps: (f.dossier.steps ?? []).map((st) => ({
              officialId: st.officialId,
              departmentId: st.departmentId,
              startedAt: st.startedAt,
              endedAt: st.endedAt ?? null,
              allottedMinutes: st.allottedHours === undefined ? null : st.allottedHours * 60,
              ...(st.verdict === undefined ? {} : { verdict: st.verdict }),
            })),
            officialId: f.dossier.officialId ?? null,
            departmentId: f.dossier.departmentId,
          },
          parameters: [f.params.uses.supplementPausesClock],
          result: f.unattributedSteps.length === 0 ? { attribution: f.attribution.map((a) => ({ ...a })) } : { attribution: f.attribution.map((a) => ({ ...a })), unattributedSteps: f.unattributedSteps.map((u) => ({ ...u })) },
        },
};
