/**
 * Rule `due.appointmentOrProcessingDays`: the due time.
 * @module
 */
import { vnDay } from '../../_lib/instant';
import type { ClockRule } from './ClockRule';

/**
 * The due is the recorded appointment (`dueAt`, ngày hẹn trả) when present; otherwise computed
 * from `processingDays` (the dossier's, else the procedure's) in working time: the close of office
 * hours `processingDays` working days after the clock-start day (`deadlineMode: 'endOfDay'`), or the
 * clock start plus `processingDays × minutesPerDay` working minutes (`'workingHours'`).
 * @example
 * ```ts
 * import { dueFromProcedure } from 'reform-rules';
 * dueFromProcedure.step; // => 'due'
 * ```
 * @category Dossier clock rules
 */
export const dueFromProcedure: ClockRule = {
  id: 'due.appointmentOrProcessingDays',
  step: 'due',
  basis: 'Due = reception + processing time in working time; a day off moves it to the next working day (BLDS 2015 Điều 147.2, 148.5); or the recorded NgayHenTra',
  doc: 'docs/dossier-clock.md#rule-2-the-due-time',
  apply(s, ctx) {
    const dossier = s.dossier;
    if (dossier.dueAt !== undefined) {
      s.dueMs = ctx.instant(dossier.dueAt, 'dueAt');
      s.dueSource = 'recorded';
      return;
    }
    const days = dossier.processingDays ?? s.procedure?.processingDays;
    if (days === undefined) return ctx.fail('no_processing_time', ['processingDays'], { received: dossier.procedureId });
    s.processingDays = days;
    s.dueSource = 'computed';
    const cal = ctx.calendar;
    if (s.params.deadlineMode === 'endOfDay') {
      const startDay = vnDay(s.startMs);
      s.dueMs = cal.closeOfDay(days === 0 && !cal.isWorkingDay(startDay) ? cal.addWorkingDays(startDay, 1) : cal.addWorkingDays(startDay, days));
    } else {
      s.dueMs = cal.addWorkingMinutes(s.startMs, days * cal.minutesPerDay);
    }
  },
  explain: (f, ctx) => ({
    inputs: {
      recordedDueAt: f.dossier.dueAt ?? null,
      processingDays: f.processingDays ?? null,
      processingDaysFrom: f.dossier.dueAt !== undefined ? null : f.dossier.processingDays !== undefined ? 'dossier' : 'procedure',
      clockStartAt: ctx.format(f.startMs),
      minutesPerDay: ctx.calendar.minutesPerDay,
    },
    parameters: f.dueSource === 'computed' ? [f.params.uses.deadlineMode] : [],
    result: {
      dueAt: f.dueSource === 'recorded' ? f.dossier.dueAt : ctx.format(f.dueMs),
      dueSource: f.dueSource,
      how:
        f.dueSource === 'recorded'
          ? 'the appointment recorded on the dossier'
          : f.params.deadlineMode === 'endOfDay'
            ? `close of office hours ${f.processingDays} working day(s) after the clock-start day (that day not counted)`
            : `clock start + ${f.processingDays} × ${ctx.calendar.minutesPerDay} working minutes`,
    },
  }),
};
