/**
 * Rule `reception.workingHours`: an online dossier must be officially received within a number of
 * working hours counted from the portal's receipt (`submittedAt`).
 * @module
 */
import { requireObjectArg } from '../../errors/args';
import { raiseCore } from '../../errors/raiseCore';
import type { ClockCalendar, ClockRule, ReceptionStatus } from './ClockRule';

const CLOCK_CALENDAR = 'a numeric ClockCalendar (ctx.calendar of a clock rule)';
const EPOCH_MS = 'epoch milliseconds (a finite number)';

/** @internal Throws `invalid_type` unless the arguments of {@link receptionClockAt} have their documented shape (no allocation: it runs per dossier). */
function checkClockArgs(calendar: unknown, submittedMs: unknown, atMs: unknown, hours: unknown): void {
  requireObjectArg(calendar, 'calendar', CLOCK_CALENDAR);
  if (typeof calendar['workingMinutesBetween'] !== 'function') raiseCore('invalid_type', { field: 'calendar.workingMinutesBetween', expected: CLOCK_CALENDAR, received: calendar['workingMinutesBetween'] });
  if (typeof calendar['addWorkingMinutes'] !== 'function') raiseCore('invalid_type', { field: 'calendar.addWorkingMinutes', expected: CLOCK_CALENDAR, received: calendar['addWorkingMinutes'] });
  if (typeof submittedMs !== 'number' || !Number.isFinite(submittedMs)) raiseCore('invalid_type', { field: 'submittedMs', expected: EPOCH_MS, received: submittedMs });
  if (typeof atMs !== 'number' || !Number.isFinite(atMs)) raiseCore('invalid_type', { field: 'atMs', expected: EPOCH_MS, received: atMs });
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) raiseCore('invalid_type', { field: 'hours', expected: 'a finite number of working hours at least 0', received: hours });
}

/**
 * The reception clock of one dossier, as {@link receptionClockAt} computes it.
 * @example
 * ```ts
 * import type { ReceptionClockResult } from 'reform-rules';
 * const r: ReceptionClockResult = { dueMs: 0, workingMinutes: 480, status: 'inTime' };
 * ```
 * @category Dossier clock rules
 */
export interface ReceptionClockResult {
  /** When the reception limit is reached: the portal receipt plus the limit in working time, epoch ms. */
  readonly dueMs: number;
  /** Working minutes from the portal receipt to the official reception (or the cut-off). */
  readonly workingMinutes: number;
  /** `'inTime'` when the working minutes are at most the limit, else `'late'`. */
  readonly status: 'inTime' | 'late';
}

/**
 * The reception clock of one online dossier alone: the instant the limit is reached (the earliest
 * instant at which `hours` working hours have passed since the portal's receipt), the working
 * minutes from the receipt to `atMs`, and whether they are within the limit. Shared by the clock
 * rule (with `atMs` the reception) and the reports (with `atMs` the period's end, for a dossier
 * still awaiting reception then).
 * @param calendar - The numeric calendar (throws `calendar_out_of_range` beyond it).
 * @param submittedMs - The portal's receipt, epoch ms.
 * @param atMs - The reception (or the instant the dossier is judged at), epoch ms, at or after `submittedMs`.
 * @param hours - The limit in working hours.
 * @returns The due instant, the working minutes elapsed and the verdict (`'inTime'` when at most `hours × 60`).
 * @throws `ReformRulesError` (code `invalid_type`) When `calendar` is not a numeric calendar, an instant is not a finite number or `hours` is not a finite number at least 0; `calendar_out_of_range` beyond the calendar.
 * @example
 * ```ts
 * import { receptionClockAt } from 'reform-rules';
 * // Mon 08:00 → Mon 16:00: 480 working minutes, exactly 8 hours
 * receptionClockAt(index, mon0800, mon1600, 8).status; // => 'inTime'
 * ```
 * @category Dossier clock rules
 */
export function receptionClockAt(
  calendar: ClockCalendar,
  submittedMs: number,
  atMs: number,
  hours: number,
): ReceptionClockResult {
  checkClockArgs(calendar, submittedMs, atMs, hours);
  const limit = hours * 60;
  const workingMinutes = calendar.workingMinutesBetween(submittedMs, atMs);
  return { dueMs: calendar.addWorkingMinutes(submittedMs, limit), workingMinutes, status: workingMinutes <= limit ? 'inTime' : 'late' };
}

/** @internal Why the reception clock was not evaluated, or `undefined` when it can be. */
function notEvaluated(channel: string, submittedAt: string | undefined, hours: number | null): ReceptionStatus | undefined {
  if (channel !== 'online') return 'notOnline';
  if (submittedAt === undefined) return 'submissionUnknown';
  if (hours === null) return 'noLimit';
  return undefined;
}

/**
 * The reception clock: an online dossier whose portal receipt (`submittedAt`, NgayNopHoSo) is
 * recorded is received in time when the working time from that receipt to its official reception
 * (`receivedAt`) is at most the policy's `receptionWorkingHours` (8 from 2025-07-01, MEDIUM: the
 * agency must confirm) on the reception day. The verdict never changes the dossier's outcome: it
 * is reported on its own (`DossierEvaluation.reception`, the trace, the portal summary).
 * @example
 * ```ts
 * import { receptionClock } from 'reform-rules';
 * receptionClock.id; // => 'reception.workingHours'
 * ```
 * @category Dossier clock rules
 */
export const receptionClock: ClockRule = {
  id: 'reception.workingHours',
  step: 'reception',
  basis:
    'Online dossiers received «không muộn hơn 08 giờ làm việc kể từ khi Cổng Dịch vụ công quốc gia tiếp nhận hồ sơ» (2025 inter-agency liên thông decree; Nghị định 105/2025/NĐ-CP), MEDIUM: the agency must confirm',
  doc: 'docs/dossier-clock.md#rule-8-the-reception-clock',
  apply(s, ctx) {
    const d = s.dossier;
    const hours = s.params.receptionWorkingHours;
    const skip = notEvaluated(d.channel, d.submittedAt, hours);
    if (skip !== undefined) {
      s.reception = skip;
      return;
    }
    const submittedMs = ctx.instant(d.submittedAt, 'submittedAt');
    ctx.covered(submittedMs, 'submittedAt');
    const r = receptionClockAt(ctx.calendar, submittedMs, s.receivedMs, hours as number);
    s.submittedMs = submittedMs;
    s.receptionDueMs = r.dueMs;
    s.receptionWorkingMinutes = r.workingMinutes;
    s.reception = r.status;
  },
  explain: (f, ctx) =>
    f.reception === 'notOnline'
      ? undefined
      : {
          inputs: { channel: f.dossier.channel, submittedAt: f.dossier.submittedAt ?? null, receivedAt: f.dossier.receivedAt },
          parameters: [f.params.uses.receptionWorkingHours],
          result:
            f.reception === 'inTime' || f.reception === 'late'
              ? { reception: f.reception, receptionDueAt: ctx.format(f.receptionDueMs), workingMinutes: f.receptionWorkingMinutes }
              : { reception: f.reception },
        },
};
