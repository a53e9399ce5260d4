/**
 * Dossier records that are valid, or nearly: a valid dossier with up to three fields (top level,
 * in a step or in an event) replaced, added or removed, and the values that break a field in
 * every way the schema checks. For the laws that a fast path accepts and rejects what the schema does.
 */
import fc from 'fast-check';
import { dossierArb } from './dossier';
import { denseDossiersArb } from '../report/_arbitraries';

/** Values that break a field in every way the schema checks. */
export const weird = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, '', 'x', 0, -0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, true, [], {}, [{}],
    'online', 'fax', 'full', 'apology', 'processed', 'returned',
    '2025-03-03T09:00:00', '2025-03-03T09:00:00+07:00', '2025-02-30T09:00:00+07:00', '2025-03-03T24:00:00+07:00',
    '2025-03-03T09:00:00Z', '2025-03-03T09:00+07:00', '2020-01-01T00:00:00+07:00', '2099-01-01T00:00:00+07:00',
    '2025-03-03T09:00:00.5+07:00', '2025-03-03t09:00:00+07:00', '\u0000',
  ),
  fc.jsonValue(),
);

export const KEYS = ['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'paymentChannel', 'steps', 'events', 'submittedAt', 'receivingUnitId', 'boundaryFree', 'resultDelivery', 'applicantKey', 'fees', 'digitisation', 'extra', '__proto__'];
export const STEP_KEYS = ['officialId', 'departmentId', 'startedAt', 'endedAt', 'allottedHours', 'note'];
export const EVENT_KEYS = ['type', 'at', 'newDueAt', 'previousDueAt', 'by'];

/** A valid dossier with up to three fields (top level, in a step or in an event) replaced, added or removed. */
export const mutatedArb = fc
  .tuple(
    fc.oneof(dossierArb(), denseDossiersArb(1).filter((a) => a.length === 1).map((a) => a[0] as object)),
    fc.array(
      fc.record({ where: fc.constantFrom('top', 'step', 'event'), key: fc.nat(), value: weird, remove: fc.boolean(), i: fc.nat() }),
      { maxLength: 3 },
    ),
  )
  .map(([base, edits]) => {
    const d = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    for (const e of edits) {
      let target: Record<string, unknown> | undefined = d;
      let keys = KEYS;
      if (e.where !== 'top') {
        const list = d[e.where === 'step' ? 'steps' : 'events'];
        if (!Array.isArray(list) || list.length === 0) continue;
        const item: unknown = list[e.i % list.length];
        if (typeof item !== 'object' || item === null) continue;
        target = item as Record<string, unknown>;
        keys = e.where === 'step' ? STEP_KEYS : EVENT_KEYS;
      }
      const key = keys[e.key % keys.length] as string;
      if (e.remove) delete target[key];
      else Object.defineProperty(target, key, { value: e.value, enumerable: true, writable: true, configurable: true });
    }
    return d as unknown;
  });

