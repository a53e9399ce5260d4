/**
 * Rule `outcome.byConvention`: early, on time, late, pending within or pending overdue.
 * @module
 */
import { vnDay } from '../../_lib/instant';
import type { ClockContext, ClockRule, ClockState } from './ClockRule';

/** @internal Whether `judged` is after `due` in the convention's comparison unit. */
function after(judged: number, due: number, byDate: boolean): boolean {
  return byDate ? vnDay(judged) > vnDay(due) : judged > due;
}

/** @internal The late/overdue facts: the reason and the working minutes late. */
function lateness(s: ClockState, ctx: ClockContext, reference: number, due: number, byDate: boolean): void {
  if (after(reference - s.shiftMs, due, byDate)) {
    const i = s.awaitingSupplement || s.clockStoppedMs !== undefined ? s.clockStoppedIndex : s.endIndex;
    ctx.covered(reference, i < 0 ? 'asOf' : 'events', i, 'at');
    s.lateReason = 'afterDue';
    // Measured on the footing it was judged on: the due to the end less the elapsed wait (0 when no elapsed shift).
    s.lateBy = Math.ceil(ctx.calendar.workingMinutesBetween(due, reference - s.shiftMs));
  } else {
    s.lateReason = 'tooManySupplementRequests';
    s.lateBy = 0;
  }
}

/**
 * The outcome, in the counting convention's unit (`compare`: instants, or calendar days in +07:00):
 * an ended dossier is late when its end (or clock stop; less the elapsed supplementation time under the
 * elapsed-time model) is after the effective due, or it had too many supplementation requests; else
 * early when it ended on a calendar day before the due's, on time otherwise. A `stopped`, `rejected`
 * or `withdrawn` dossier is judged the same way, or counted on time when the convention's `otherEnds`
 * is `'onTime'`. A pending dossier is overdue when `asOf` (or the clock stop) is after the effective due
 * or it had too many requests; one waiting for a re-submission is within when the convention's
 * `awaitingSupplement` is `'pendingWithin'`. `lateBy` is in working minutes, rounded up.
 * @example
 * ```ts
 * import { outcomeRule } from 'reform-rules';
 * outcomeRule.step; // => 'outcome'
 * ```
 * @category Dossier clock rules
 */
export const outcomeRule: ClockRule = {
  id: 'outcome.byConvention',
  step: 'outcome',
  basis: 'QĐ 766 methodology 2.1: on time iff end <= NgayHenTra; pending: the period end; early iff an earlier calendar day (Mẫu 06)',
  doc: 'docs/dossier-clock.md#rule-5-the-outcome',
  apply(s, ctx) {
    const counting = ctx.counting;
    const byDate = counting.compare === 'date';
    const due = s.effectiveDueMs - s.shiftMs;
    if (s.endMs !== undefined) {
      const reference = s.clockStoppedMs ?? s.endMs;
      s.judgedMs = reference;
      const kind = s.endKind;
      if (counting.otherEnds === 'onTime' && kind !== 'processed' && kind !== 'returned') {
        s.outcome = 'onTime';
        return;
      }
      if (s.tooManyRequests || after(reference - s.shiftMs, due, byDate)) {
        s.outcome = 'late';
        lateness(s, ctx, reference, due, byDate);
      } else {
        s.outcome = vnDay(reference - s.shiftMs) < vnDay(due) ? 'early' : 'onTime';
      }
      return;
    }
    const reference = s.awaitingSupplement ? s.openRequestMs : s.asOfMs;
    s.judgedMs = reference;
    if (s.awaitingSupplement && counting.awaitingSupplement === 'pendingWithin') {
      s.outcome = 'pendingWithin';
      return;
    }
    if (s.tooManyRequests || after(reference - s.shiftMs, due, byDate)) {
      s.outcome = 'pendingOverdue';
      lateness(s, ctx, reference, due, byDate);
    } else {
      s.outcome = 'pendingWithin';
    }
  },
  explain: (f, ctx) => ({
    inputs: {
      endedAt: f.endMs === undefined ? null : ctx.format(f.endMs),
      clockStoppedAt: f.clockStoppedMs === undefined ? null : ctx.format(f.clockStoppedMs),
      effectiveDueAt: ctx.format(f.effectiveDueMs),
      asOf: ctx.format(f.asOfMs),
      supplementRequests: f.supplementRequests,
      compare: ctx.counting.compare,
      otherEnds: ctx.counting.otherEnds,
      awaitingSupplement: ctx.counting.awaitingSupplement,
    },
    parameters: ctx.counting.maxSupplementRequests === 'policy' ? [f.params.uses.maxSupplementRequests] : [],
    result: {
      outcome: f.outcome,
      judgedAt: ctx.format(f.judgedMs),
      lateReason: f.lateReason ?? null,
      lateByWorkingMinutes: f.lateBy ?? null,
    },
  }),
};
