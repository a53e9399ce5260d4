import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierSchema, parseDossier } from '../../src/model/dossier';
import { isCanonicalDossier, validateDossier } from '../../src/model/ingestDossier';
import { denseDossiersArb } from '../report/_arbitraries';
import { EVENT_KEYS, KEYS, mutatedArb, STEP_KEYS, weird } from '../arbitraries/mutatedDossier';

describe('validateDossier', () => {
  it('accepts on the fast path only records parseDossier accepts, with the same value', () => {
    fc.assert(
      fc.property(mutatedArb, (x) => {
        if (isCanonicalDossier(x)) {
          const r = parseDossier(x);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value).toEqual(x);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects exactly what parseDossier rejects, with the same issues', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedArb, weird), (x) => {
        const fast = validateDossier(x, 'en');
        const full = parseDossier(x, { locale: 'en' });
        expect(fast.ok).toBe(full.ok);
        if (!fast.ok && !full.ok) expect(fast.issues).toEqual(full.issues);
      }),
      { numRuns: 1000 },
    );
  });

  it('checks every field the schema defines on the fast path (a new schema field needs a fast check)', () => {
    const shape = (DossierSchema as unknown as { shape: Record<string, unknown> }).shape;
    const full: Record<string, unknown> = {
      id: 'HS-1', procedureId: 'P1', departmentId: 'A', officialId: 'CB-1', channel: 'online', onlineLevel: 'full',
      receivedAt: '2025-03-03T09:00:00+07:00', dueAt: '2025-03-05T17:00:00+07:00', processingDays: 2, paymentChannel: 'online',
      submittedAt: '2025-03-02T20:00:00+07:00', receivingUnitId: 'TTPVHCC', boundaryFree: true, resultDelivery: 'post', applicantKey: 'k-1',
      steps: [{ officialId: 'CB-1', departmentId: 'A', startedAt: '2025-03-03T09:00:00+07:00', endedAt: '2025-03-04T09:00:00+07:00', allottedHours: 8 }],
      events: [{ type: 'supplement-requested', at: '2025-03-03T10:00:00+07:00' }, { type: 'supplement-received', at: '2025-03-03T11:00:00+07:00', previousDueAt: '2025-03-05T17:00:00+07:00', newDueAt: '2025-03-05T17:00:00+07:00' }, { type: 'apology', at: '2025-03-04T09:00:00+07:00', newDueAt: '2025-03-06T17:00:00+07:00' }, { type: 'processed', at: '2025-03-05T09:00:00+07:00' }],
    };
    // Fields the fast path leaves to the schema on purpose (nested records of the real-input readers).
    const schemaOnly = new Set(['fees', 'digitisation']);
    const fastKeys = Object.keys(shape).filter((k) => !schemaOnly.has(k));
    const used = Object.fromEntries(fastKeys.map((k) => [k, full[k]]));
    expect(fastKeys.filter((k) => full[k] === undefined)).toEqual([]);
    expect(parseDossier(used).ok).toBe(true);
    expect(isCanonicalDossier(used)).toBe(true);
    // ...and a record with a schema-only field is always left to the schema.
    for (const k of schemaOnly) expect(isCanonicalDossier({ ...used, [k]: k === 'fees' ? [] : {} })).toBe(false);
  });

  it('agrees with parseDossier when Object.prototype carries one of the keys (zod reads through the prototype)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const names = [...new Set([...KEYS, ...STEP_KEYS, ...EVENT_KEYS])].filter((k) => k !== '__proto__');
    fc.assert(
      fc.property(mutatedArb, fc.constantFrom(...names), weird, fc.boolean(), (x, key, value, enumerable) => {
        Object.defineProperty(proto, key, { value, enumerable, writable: true, configurable: true });
        try {
          const fast = validateDossier(x, 'en');
          const full = parseDossier(x, { locale: 'en' });
          expect(fast.ok).toBe(full.ok);
          if (!fast.ok && !full.ok) expect(fast.issues).toEqual(full.issues);
        } finally {
          delete proto[key];
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes the fast path for the canonical shape', () => {
    fc.assert(
      fc.property(denseDossiersArb(5), (list) => {
        for (const d of list) expect(isCanonicalDossier(JSON.parse(JSON.stringify(d)))).toBe(true);
      }),
    );
  });
});
