/**
 * Rule `clockStart.reception`: when the clock starts (after-hours reception, then the procedure's cut-off).
 * @module
 */
import { vnDay, vnInstant, vnMinuteOfDay } from '../../_lib/instant';
import type { ClockRule } from './ClockRule';

/**
 * The clock starts at the reception; a reception outside office hours or on a day off starts at the
 * next working start (policy `afterHoursStartsNextWorkingStart`), and a start after the procedure's
 * `cutoffTime` moves to the start of the next working day. The clock-start day is not counted.
 * @example
 * ```ts
 * import { receptionStart } from 'reform-rules';
 * receptionStart.id; // => 'clockStart.reception'
 * ```
 * @category Dossier clock rules
 */
export const receptionStart: ClockRule = {
  id: 'clockStart.reception',
  step: 'clockStart',
  basis: 'BLDS 2015 Điều 147.2; after-hours: QĐ 3142/QĐ-BGDĐT Điều 11; per-procedure cut-offs (e.g. NĐ 23/2015 Điều 7)',
  doc: 'docs/dossier-clock.md#rule-1-when-the-clock-starts',
  apply(s, ctx) {
    let startMs = s.receivedMs;
    if (s.params.afterHoursStartsNextWorkingStart) {
      startMs = ctx.calendar.nextWorkingStart(startMs);
      s.afterHoursMoved = startMs !== s.receivedMs;
    }
    const cutoff = s.cutoffMinute;
    if (cutoff !== undefined && vnMinuteOfDay(startMs) > cutoff) {
      startMs = vnInstant(ctx.calendar.addWorkingDays(vnDay(startMs), 1), ctx.firstStartMinute);
      s.cutoffMoved = true;
    }
    s.startMs = startMs;
  },
  explain: (f, ctx) => ({
    inputs: { receivedAt: f.dossier.receivedAt, procedureId: f.dossier.procedureId, cutoffTime: f.procedure?.cutoffTime ?? null },
    parameters: [f.params.uses.afterHoursStartsNextWorkingStart],
    result: { clockStartAt: ctx.format(f.startMs), movedOutOfHours: f.afterHoursMoved, movedByCutoff: f.cutoffMoved },
  }),
};
