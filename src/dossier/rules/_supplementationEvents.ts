/**
 * The supplementation events of one dossier, read once for every supplementation model.
 * @internal
 * @module
 */
import { vnDay, vnInstant, vnMinuteOfDay } from '../../_lib/instant';
import type { ClockContext, ClockState } from './ClockRule';

/**
 * @internal Counts the requests up to `asOf`, pairs each complete re-submission with its request
 * (into `s.pauses`), records the unanswered request, and the number of requests allowed; fails on a
 * re-submission without a request (`resubmission_without_request`) or a supplementation event after
 * the first end (`event_after_end`).
 */
export function readSupplementation(s: ClockState, ctx: ClockContext): void {
  const events = s.dossier.events;
  const n = s.eventCount;
  const firstEnd = s.firstEndIndex;
  s.effectiveDueMs = s.dueMs;
  s.shiftMs = 0;
  s.pauseUnits = 0;
  let requests = 0;
  let open = Number.NaN;
  let openIndex = -1;
  for (let i = s.firstSupplementIndex < 0 ? n : s.firstSupplementIndex; i < n; i++) {
    const type = (events as NonNullable<typeof events>)[i]?.type;
    if (type !== 'supplement-requested' && type !== 'supplement-received') continue;
    const at = s.ats[i + 1] as number;
    if (firstEnd >= 0 && i > firstEnd) {
      ctx.fail('event_after_end', ['events', i, 'at'], { received: events?.[i]?.at, endedAt: ctx.format(s.ats[firstEnd + 1] as number) });
    }
    if (type === 'supplement-requested') {
      requests++;
      if (Number.isNaN(open)) {
        open = at;
        openIndex = i;
      }
    } else {
      if (Number.isNaN(open)) ctx.fail('resubmission_without_request', ['events', i, 'type'], { received: events?.[i]?.at });
      (s.pauses ??= []).push(open, at);
      open = Number.NaN;
    }
  }
  s.supplementRequests = requests;
  s.openRequestMs = open;
  s.openRequestIndex = openIndex;
  const max = ctx.counting.maxSupplementRequests;
  s.maxRequests = max === 'policy' ? s.params.maxSupplementRequests : max;
  s.tooManyRequests = requests > s.maxRequests;
}

/** @internal The trace inputs and parameters shared by every supplementation model. */
export function supplementationInputs(f: Readonly<ClockState>, ctx: ClockContext): Record<string, unknown> {
  const pairs: { requestedAt: string; resubmittedAt: string }[] = [];
  const pauses = f.pauses ?? [];
  for (let i = 0; i + 1 < pauses.length; i += 2) pairs.push({ requestedAt: ctx.format(pauses[i] as number), resubmittedAt: ctx.format(pauses[i + 1] as number) });
  return { requests: f.supplementRequests, pauses: pairs, awaitingAtAsOf: f.awaitingSupplement };
}

/** @internal The trace result shared by every supplementation model. */
export function supplementationResult(f: Readonly<ClockState>, ctx: ClockContext): Record<string, unknown> {
  return {
    pause: f.pauseUnits,
    pauseUnit: f.pauseUnit,
    effectiveDueAt: ctx.format(f.effectiveDueMs),
    maxRequests: Number.isFinite(f.maxRequests) ? f.maxRequests : null,
    tooManyRequests: f.tooManyRequests,
    clockStoppedAt: f.clockStoppedMs === undefined ? null : ctx.format(f.clockStoppedMs),
  };
}

/**
 * @internal Moves the due by `units` of the pause: whole working days for an end-of-day deadline
 * (a computed due closes its new day; a given appointment keeps its minute), else working minutes.
 */
export function shiftDue(s: ClockState, ctx: ClockContext, units: number, days: boolean): void {
  const cal = ctx.calendar;
  if (days) {
    const effectiveDay = cal.addWorkingDays(vnDay(s.dueMs), units);
    s.effectiveDueMs = s.dueSource === 'computed' ? cal.closeOfDay(effectiveDay) : vnInstant(effectiveDay, vnMinuteOfDay(s.dueMs));
  } else {
    s.effectiveDueMs = cal.addWorkingMinutes(s.dueMs, units);
  }
}
