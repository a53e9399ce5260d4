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

const calendar = createCalendar();

describe('generateSample', () => {
  const a = generateSample({ seed: 11, from: '2024-12-01', to: '2025-03-31', calendar });

  it('is deterministic for a seed', () => {
    const b = generateSample({ seed: 11, from: '2024-12-01', to: '2025-03-31', calendar });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = generateSample({ seed: 12, from: '2024-12-01', to: '2025-03-31', calendar });
    expect(JSON.stringify(c.dossiers)).not.toBe(JSON.stringify(a.dossiers));
  });

  it('produces records that all pass validation', () => {
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
  });

  it('models an economic-zone board: 6 departments, about 40 procedures and 30 officials', () => {
    expect(a.departments.map((d) => d.id)).toEqual(['VP', 'QLDT', 'QHXD', 'TNMT', 'DNLD', 'BQLDA']);
    expect(a.procedures).toHaveLength(40);
    expect(a.officials.length).toBeGreaterThanOrEqual(28);
    expect(new Set(a.dossiers.map((d) => d.procedureId)).size).toBeGreaterThan(20);
  });

  it('has steps, supplementations, apologies, every end kind and pending dossiers', () => {
    const big = generateSample({ seed: 3, from: '2025-01-01', to: '2025-12-31', calendar });
    const types = new Set(big.dossiers.flatMap((d) => (d.events ?? []).map((e) => e.type)));
    for (const t of ['supplement-requested', 'supplement-received', 'apology', 'processed', 'returned', 'stopped', 'rejected', 'withdrawn']) {
      expect(types.has(t as never)).toBe(true);
    }
    expect(big.dossiers.every((d) => (d.steps ?? []).length >= 1)).toBe(true);
    const pending = big.dossiers.filter((d) => !(d.events ?? []).some((e) => e.type === 'processed' || e.type === 'returned' || e.type === 'stopped' || e.type === 'rejected' || e.type === 'withdrawn'));
    expect(pending.length).toBeGreaterThan(0);
  });

  it('shows the Tết dip and online submissions past half in 2025', () => {
    const y = generateSample({ seed: 5, from: '2025-01-01', to: '2025-12-31', calendar });
    const inMonth = (m: string) => y.dossiers.filter((d) => d.receivedAt.startsWith(m)).length;
    expect(inMonth('2025-02')).toBeLessThan(inMonth('2025-03'));
    const online = y.dossiers.filter((d) => d.channel === 'online').length;
    expect(online * 2).toBeGreaterThan(y.dossiers.length);
  });

  it('rejects a reversed range', () => {
    expect(() => generateSample({ from: '2025-02-01', to: '2025-01-01', calendar })).toThrow(/to/);
  });
});
