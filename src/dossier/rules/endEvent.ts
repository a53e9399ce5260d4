/**
 * Rule `end.processedFirst`: which event ends processing, and the clock stop of a dossier that
 * ended while waiting for the citizen.
 * @module
 */
import type { Instant } from '../../_lib/dateTypes';
import type { DossierEndKind } from '../../model/dossier';
import type { ClockContext, ClockRule, ClockState } from './ClockRule';

const PROCESSED = 1;
const RETURNED = 2;

/** @internal Finds the end events up to `asOf` and picks the one that dates the result. */
function pickEnd(s: ClockState, ctx: ClockContext): void {
  const events = s.dossier.events;
  if (events === undefined || s.firstEndIndex < 0) return;
  let seen = 0;
  let processedIndex = -1;
  let returnedIndex = -1;
  let otherIndex = -1;
  for (let i = s.firstEndIndex; i < s.eventCount; i++) {
    const type = events[i]?.type;
    if (type !== 'processed' && type !== 'returned' && type !== 'stopped' && type !== 'rejected' && type !== 'withdrawn') continue;
    const bit = type === 'processed' ? PROCESSED : type === 'returned' ? RETURNED : 0;
    if (otherIndex >= 0 || (bit === 0 && seen !== 0) || (seen & bit) !== 0) {
      const first = events[s.firstEndIndex];
      ctx.fail('multiple_ends', ['events', i, 'type'], { received: type, previous: `${first?.type} at ${first?.at}` });
    }
    seen |= bit;
    if (bit === PROCESSED) processedIndex = i;
    else if (bit === RETURNED) returnedIndex = i;
    else otherIndex = i;
  }
  let endIndex = otherIndex;
  if (seen !== 0) {
    const handOver = ctx.counting.endEvent === 'handOver';
    endIndex = processedIndex < 0 ? returnedIndex : returnedIndex < 0 ? processedIndex : handOver ? returnedIndex : processedIndex;
    if (processedIndex >= 0 && returnedIndex >= 0 && returnedIndex < processedIndex) {
      s.outOfOrder = { returnedAt: events[returnedIndex]?.at as Instant, processedAt: events[processedIndex]?.at as Instant };
    }
  }
  const end = events[endIndex];
  if (end === undefined) return;
  s.endIndex = endIndex;
  s.endMs = s.ats[endIndex + 1] as number;
  s.endKind = end.type as DossierEndKind;
  s.endedAt = end.at;
}

/**
 * Processing ends at the `processed` event, else the `returned` one (hand-over of the result), else
 * the `stopped`, `rejected` or `withdrawn` event. When a dossier has both a `processed` and a
 * `returned`, the counting convention's `endEvent` decides (`'processed'`: the processed time has
 * priority whatever the order, as the 766 methodology says; `'handOver'`: the returned time), and a
 * `returned` recorded before the `processed` is kept in the trace as an out-of-order pair. Any other
 * two ends are a contradiction (`multiple_ends`). A dossier that ends while a supplementation request
 * is unanswered has its clock stopped at the request; one still waiting at `asOf` is awaiting supplementation.
 * @example
 * ```ts
 * import { endEventRule } from 'reform-rules';
 * endEventRule.id; // => 'end.processedFirst'
 * ```
 * @category Dossier clock rules
 */
export const endEventRule: ClockRule = {
  id: 'end.processedFirst',
  step: 'end',
  basis: 'QĐ 766 methodology 2.1: Đã xử lý xong > Đã trả kết quả > Dừng xử lý / Từ chối, processed first in either order; withdrawal after reception ends it',
  doc: 'docs/dossier-clock.md#rule-3-the-end-of-processing',
  apply(s, ctx) {
    pickEnd(s, ctx);
    const open = s.openRequestMs;
    if (Number.isNaN(open)) return;
    if (s.endMs === undefined) {
      s.awaitingSupplement = true;
      s.clockStoppedMs = open;
      s.clockStoppedIndex = s.openRequestIndex;
    } else {
      // Ended while waiting for the citizen: the clock stopped at the request, so the wait is not
      // added to the due; it is still excluded from the steps' working time.
      (s.pauses ??= []).push(open, s.endMs);
      s.clockStoppedMs = open;
      s.clockStoppedIndex = s.openRequestIndex;
    }
  },
  explain: (f, ctx) => ({
    inputs: { events: (f.dossier.events ?? []).map((e) => `${e.type}@${e.at}`), asOf: ctx.format(f.asOfMs) },
    parameters: [],
    result: {
      endKind: f.endKind ?? null,
      endedAt: f.endMs === undefined ? null : ctx.format(f.endMs),
      endEvent: ctx.counting.endEvent,
      outOfOrder: f.outOfOrder === undefined ? null : { ...f.outOfOrder },
    },
  }),
};
