/**
 * Dense dossier arbitraries for the report laws: receptions packed into late 2024–2025 so that
 * every quarter of 2025 holds new, carried-over, resolved and pending dossiers of every kind.
 */
import fc from 'fast-check';
import { daysFromCivil } from '../../src/_lib/civilDate';
import { formatInstantVN, MS_PER_DAY, MS_PER_MINUTE } from '../../src/_lib/instant';
import type { Dossier, DossierEndKind, DossierEvent } from '../../src/model/dossier';

const FIRST = daysFromCivil(2024, 11, 1);
const LAST = daysFromCivil(2026, 1, 20);
const END_KINDS: readonly DossierEndKind[] = ['processed', 'processed', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn'];

/** One schema-valid dossier received between 2024-11-01 and 2026-01-20 (any hour, any day). */
export const denseDossierArb = (): fc.Arbitrary<Omit<Dossier, 'id'>> =>
  fc
    .record({
      procedureId: fc.constantFrom('P1', 'P2', 'CT'),
      departmentId: fc.constantFrom('P-DT', 'P-QH', 'MC'),
      officialId: fc.option(fc.constantFrom('CB-01', 'CB-02', 'CB-07'), { nil: undefined }),
      channel: fc.constantFrom('direct', 'online', 'postal') as fc.Arbitrary<Dossier['channel']>,
      onlineLevel: fc.option(fc.constantFrom('full', 'partial') as fc.Arbitrary<'full' | 'partial'>, { nil: undefined }),
      day: fc.integer({ min: FIRST, max: LAST }),
      minute: fc.integer({ min: 0, max: 1439 }),
      processingDays: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 20 })), { nil: undefined }),
      supplement: fc.option(fc.tuple(fc.integer({ min: 1, max: 8000 }), fc.option(fc.integer({ min: 1, max: 8000 }), { nil: undefined })), { nil: undefined }),
      apology: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: undefined }),
      end: fc.option(fc.record({ kind: fc.constantFrom(...END_KINDS), after: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 5 * 1440 }), fc.integer({ min: 0, max: 60 * 1440 })) }), { nil: undefined, freq: 3 }),
    })
    .map((g) => {
      const received = g.day * MS_PER_DAY + (g.minute - 420) * MS_PER_MINUTE;
      const d: { -readonly [K in keyof Dossier]?: Dossier[K] } = {
        procedureId: g.procedureId,
        departmentId: g.departmentId,
        channel: g.channel,
        receivedAt: formatInstantVN(received),
      };
      if (g.officialId !== undefined) d.officialId = g.officialId;
      if (g.channel === 'online' && g.onlineLevel !== undefined) d.onlineLevel = g.onlineLevel;
      if (g.processingDays !== undefined) d.processingDays = g.processingDays;
      const events: DossierEvent[] = [];
      let t = received;
      if (g.supplement !== undefined) {
        t += g.supplement[0] * MS_PER_MINUTE;
        events.push({ type: 'supplement-requested', at: formatInstantVN(t) });
        if (g.supplement[1] !== undefined) {
          t += g.supplement[1] * MS_PER_MINUTE;
          events.push({ type: 'supplement-received', at: formatInstantVN(t) });
        }
      }
      if (g.apology !== undefined) {
        t += g.apology * MS_PER_MINUTE;
        events.push({ type: 'apology', at: formatInstantVN(t) });
      }
      if (g.end !== undefined) {
        t = Math.max(t, received + g.end.after * MS_PER_MINUTE);
        events.push({ type: g.end.kind, at: formatInstantVN(t) });
      }
      if (events.length > 0) d.events = events;
      return d as Omit<Dossier, 'id'>;
    });

/** Arrays of dense dossiers with distinct ids `D-0`, `D-1`, ... */
export const denseDossiersArb = (maxLength = 80): fc.Arbitrary<Dossier[]> =>
  fc.array(denseDossierArb(), { minLength: 0, maxLength, size: 'max' }).map((list) => list.map((d, i) => ({ id: `D-${i}`, ...d })));
