/**
 * Rule `supplementation.restart`: the time limit starts again from zero after a complete re-submission.
 * @module
 */
import { vnDay } from '../../_lib/instant';
import { readSupplementation, supplementationInputs, supplementationResult, shiftDue } from './_supplementationEvents';
import type { ClockRule } from './ClockRule';

/**
 * «Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ»: after the last complete
 * re-submission the whole time limit runs again, from the re-submission (moved to the next working
 * start when out of hours, as a reception is). The due moves by the working time from the clock start
 * to that restart (working days in `'endOfDay'` mode, working minutes in `'workingHours'`), which is
 * the due computed afresh from the restart. The dossier model has no stage field: applied to every request.
 * @example
 * ```ts
 * import { supplementationRestart } from 'reform-rules';
 * supplementationRestart.id; // => 'supplementation.restart'
 * ```
 * @category Dossier clock rules
 */
export const supplementationRestart: ClockRule = {
  id: 'supplementation.restart',
  step: 'supplementation',
  basis: '2025 inter-agency liên thông decree, reception stage: «tính lại từ đầu sau khi nhận đủ hồ sơ» (MEDIUM; confirm)',
  doc: 'docs/counting.md#supplementation-model',
  apply(s, ctx) {
    readSupplementation(s, ctx);
    const days = s.params.deadlineMode === 'endOfDay';
    s.pauseUnit = days ? 'workingDays' : 'workingMinutes';
    const pauses = s.pauses;
    if (pauses === undefined || !s.params.supplementPausesClock) return;
    const cal = ctx.calendar;
    const last = pauses[pauses.length - 1] as number;
    const restart = s.params.afterHoursStartsNextWorkingStart ? cal.nextWorkingStart(last) : last;
    const units = days ? cal.workingDaysBetween(vnDay(s.startMs), vnDay(restart)) : cal.workingMinutesBetween(s.startMs, restart);
    s.pauseUnits = units;
    if (units <= 0) return;
    shiftDue(s, ctx, units, days);
  },
  explain: (f, ctx) => ({
    inputs: supplementationInputs(f, ctx),
    parameters: [f.params.uses.supplementPausesClock, f.params.uses.maxSupplementRequests, f.params.uses.deadlineMode, f.params.uses.afterHoursStartsNextWorkingStart],
    result: supplementationResult(f, ctx),
  }),
};
