import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import {
  parseDepartments,
  parseDossiers,
  parseFeedbacks,
  parseOfficialDocuments,
  parseOfficials,
  parsePetitions,
  parsePlanTasks,
  parseProcedures,
} from '../../src/model/index';
import { generateSample } from '../../src/sample/generateSample';
import type { SampleOptions } from '../../src/sample/generateSample';

const calendar = createCalendar();
// The generator's own seed is drawn by fast-check (itself seeded from FC_SEED in test/setup.ts).
const sampleSeed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const gen = (seed: number, from: string, to: string, extra: Partial<SampleOptions> = {}) =>
  generateSample({ ...extra, seed, from, to, calendar });

describe('generateSample', () => {
  it('is deterministic for every seed', () => {
    fc.assert(
      fc.property(sampleSeed, (seed) => {
        const a = gen(seed, '2025-01-01', '2025-02-28');
        expect(JSON.stringify(gen(seed, '2025-01-01', '2025-02-28'))).toBe(JSON.stringify(a));
      }),
      { numRuns: 5 },
    );
  });

  it('gives different data for different seeds', () => {
    fc.assert(
      fc.property(sampleSeed, sampleSeed, (s, t) => {
        fc.pre(s !== t);
        expect(JSON.stringify(gen(s, '2025-03-01', '2025-03-31').dossiers)).not.toBe(JSON.stringify(gen(t, '2025-03-01', '2025-03-31').dossiers));
      }),
      { numRuns: 5 },
    );
  });

  it('produces records that all pass validation, for every seed', () => {
    fc.assert(
      fc.property(sampleSeed, (seed) => {
        const a = gen(seed, '2024-12-01', '2025-03-31');
        for (const r of [
          parseDepartments(a.departments),
          parseOfficials(a.officials),
          parseProcedures(a.procedures),
          parseDossiers(a.dossiers),
          parseFeedbacks(a.feedback),
          parseOfficialDocuments(a.documents),
          parsePetitions(a.petitions),
          parsePlanTasks(a.tasks),
        ]) {
          expect(r.issues).toEqual([]);
        }
      }),
      { numRuns: 5 },
    );
  });

  it('models an economic-zone board: 6 departments, 40 procedures and about 30 officials', () => {
    fc.assert(
      fc.property(sampleSeed, (seed) => {
        const a = gen(seed, '2025-01-01', '2025-03-31');
        expect(a.departments.map((d) => d.id)).toEqual(['VP', 'QLDT', 'QHXD', 'TNMT', 'DNLD', 'BQLDA']);
        expect(a.procedures).toHaveLength(40);
        expect(a.officials.length).toBeGreaterThanOrEqual(28);
      }),
      { numRuns: 3 },
    );
  });

  it('has steps, supplementations, apologies, every end kind and pending dossiers', () => {
    fc.assert(
      fc.property(sampleSeed, (seed) => {
        const big = gen(seed, '2025-01-01', '2025-06-30', { dossiersPerDay: 20 });
        const types = new Set(big.dossiers.flatMap((d) => (d.events ?? []).map((e) => e.type)));
        for (const t of ['supplement-requested', 'supplement-received', 'apology', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn']) {
          expect(types.has(t as never)).toBe(true);
        }
        // Every dossier with any event has been through at least one step (only the last day's late arrivals have none yet).
        expect(big.dossiers.filter((d) => (d.events ?? []).length > 0).every((d) => (d.steps ?? []).length >= 1)).toBe(true);
        const ends = new Set(['processed', 'returned', 'stopped', 'rejected', 'withdrawn']);
        expect(big.dossiers.some((d) => !(d.events ?? []).some((e) => ends.has(e.type)))).toBe(true);
      }),
      { numRuns: 3 },
    );
  });

  it('shows the Tết dip and online submissions past half in the second half of 2025', () => {
    fc.assert(
      fc.property(sampleSeed, (seed) => {
        const q1 = gen(seed, '2025-01-01', '2025-03-31', { dossiersPerDay: 20 });
        const inMonth = (m: string) => q1.dossiers.filter((d) => d.receivedAt.startsWith(m)).length;
        expect(inMonth('2025-02')).toBeLessThan(inMonth('2025-03'));
        const h2 = gen(seed, '2025-07-01', '2025-12-31', { dossiersPerDay: 20 });
        const online = h2.dossiers.filter((d) => d.channel === 'online').length;
        expect(online * 2).toBeGreaterThan(h2.dossiers.length);
      }),
      { numRuns: 3 },
    );
  });

  it('rejects a missing calendar with a typed error', () => {
    expect(() => generateSample({} as SampleOptions)).toThrow(expect.objectContaining({ code: 'invalid_calendar' }));
  });

  it('rejects a reversed range and a fractional seed', () => {
    expect(() => generateSample({ from: '2025-02-01', to: '2025-01-01', calendar })).toThrow(/to/);
    const fractionalSeed = 1.5;
    expect(() => generateSample({ seed: fractionalSeed, calendar })).toThrow(/seed/);
  });
});
