/**
 * Rule `supplementation.workingDayShift`: the due moves by the working time of the citizen's wait.
 * @module
 */
import { vnDay } from '../../_lib/instant';
import { readSupplementation, supplementationInputs, supplementationResult, shiftDue } from './_supplementationEvents';
import type { ClockRule } from './ClockRule';

/**
 * The effective due is the due moved forward by the citizen's time between each request and its
 * complete re-submission: by the working days between the two days (`'endOfDay'` mode, keeping the
 * due's time of day) or by the working minutes between the two instants (`'workingHours'`).
 * An **interpretation** of the QĐ 766 methodology's «Thời gian bổ sung hồ sơ», plausible for
 * deadlines counted in working days; the methodology's literal text is {@link supplementationElapsedTime}.
 * @example
 * ```ts
 * import { supplementationWorkingDayShift } from 'reform-rules';
 * supplementationWorkingDayShift.id; // => 'supplementation.workingDayShift'
 * ```
 * @category Dossier clock rules
 */
export const supplementationWorkingDayShift: ClockRule = {
  id: 'supplementation.workingDayShift',
  step: 'supplementation',
  basis: 'Interpretation of the QĐ 766 methodology 2.1 supplementation time: the wait in working time added to the due (not the text)',
  doc: 'docs/dossier-clock.md#rule-4-supplementation',
  apply(s, ctx) {
    readSupplementation(s, ctx);
    const days = s.params.deadlineMode === 'endOfDay';
    s.pauseUnit = days ? 'workingDays' : 'workingMinutes';
    const pauses = s.pauses;
    if (pauses === undefined || !s.params.supplementPausesClock) return;
    const cal = ctx.calendar;
    let units = 0;
    for (let p = 0; p + 1 < pauses.length; p += 2) {
      const from = pauses[p] as number;
      const to = pauses[p + 1] as number;
      units += days ? cal.workingDaysBetween(vnDay(from), vnDay(to)) : cal.workingMinutesBetween(from, to);
    }
    s.pauseUnits = units;
    if (units === 0) return;
    shiftDue(s, ctx, units, days);
  },
  explain: (f, ctx) => ({
    inputs: supplementationInputs(f, ctx),
    parameters: [f.params.uses.supplementPausesClock, f.params.uses.maxSupplementRequests, f.params.uses.deadlineMode],
    result: supplementationResult(f, ctx),
  }),
};
