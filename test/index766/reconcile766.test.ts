import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { portalResponses766, readPortal766, reconcile766, serviceIndex766 } from '../../src/index766/index';
import { dossier, ev, sixDossiers } from './_fixtures';

const calendar = createCalendar();
const codeOf = (f: () => unknown): [string | null, string] => {
  try {
    f();
  } catch (e) {
    return [(e as ReformRulesError).code, (e as Error).message];
  }
  return [null, ''];
};

/** Constructed (not a real portal response): the shape of dvc-progress-tree. */
const progress = {
  data: {
    parent: { totalReceived: 6, totalOnTime: 4, totalOverdue: 2, totalCompleted: 4, avgProcessingDays: 2.1, ratio: 66.67, score: 13.33, maxScore: 20, scoreDelta: 0 },
    children: [{ id: 'SXD', totalReceived: 7, totalOnTime: 4, totalOverdue: 3, ratio: 57.14, score: 11.43, maxScore: 20 }, { id: 'STC', totalReceived: 1, totalOnTime: 1, totalOverdue: 0, ratio: 100, score: 20, maxScore: 20 }],
  },
};

describe('readPortal766 and reconcile766', () => {
  it('reads the progress tree and reconciles it per unit with the difference', () => {
    const index = serviceIndex766({ dossiers: sixDossiers() }, { period: '2026-08', calendar });
    const r = reconcile766(index, readPortal766(JSON.stringify(progress)));
    expect(r.rows[0]).toEqual({ unit: null, code: '2.1', ours: { numerator: 4, denominator: 6, score: 13.33 }, portal: { numerator: 4, denominator: 6, score: 13.33 }, difference: { numerator: 0, denominator: 0, score: 0 } });
    expect(r.rows[1]?.difference).toEqual({ numerator: 0, denominator: -1, score: 1.9 });
    expect(r.differences).toBe(2);
    expect(r.portalOnly).toEqual(['STC']);
    expect(r.libraryOnly).toEqual([]);
  });

  it('reads a shape-A response (handling-satisfaction) with metric codes mapped to indicator codes', () => {
    const r = readPortal766({ data: { overview: { metrics: [{ code: 'PETITION_PROCESSING_ON_TIME', numerator: 0, denominator: 0, ratio: null, score: 6, maxScore: 6 }] }, evaluation: [{ id: 'SXD', metrics: [{ code: 'PETITION_CLASSIFICATION_TTHC', numerator: 1, denominator: 2, ratio: 50, score: null, maxScore: 0 }] }] } });
    expect(r.shape).toBe('metrics');
    expect(r.units[0]?.metrics[0]?.code).toBe('5.2');
    expect(r.units[1]).toMatchObject({ unit: 'SXD', metrics: [{ code: '5.1', score: null }] });
  });

  it('names the field of malformed JSON', () => {
    expect(codeOf(() => readPortal766('{"data":'))[0]).toBe('invalid_portal_json');
    const bad = { data: { parent: progress.data.parent, children: [{ id: 'SXD', totalReceived: 3, totalOnTime: '2', totalOverdue: 1 }] } };
    const [code, message] = codeOf(() => readPortal766(bad));
    expect(code).toBe('invalid_portal_field');
    expect(message).toContain('data.children[0].totalOnTime');
    expect(codeOf(() => readPortal766({ data: { parent: progress.data.parent, children: [{ totalReceived: 1, totalOnTime: 1, totalOverdue: 0 }] } }))[1]).toContain('data.children[0].id');
    expect(codeOf(() => readPortal766({ data: { overview: { metrics: [{ numerator: 1 }] } } }))[1]).toContain('data.overview.metrics[0].code');
    expect(codeOf(() => readPortal766({}))[1]).toContain('data');
  });

  it('property: reconciling the library against its own portal-shaped output gives zero differences', () => {
    const spec = fc.record({ day: fc.integer({ min: 1, max: 31 }), end: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }), unit: fc.constantFrom('SXD', 'STC', 'UBND-A') });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 20 }), fc.boolean(), (specs, withPetitions) => {
        const ds = specs.map((s, i) => {
          const rec = `2026-08-${String(s.day).padStart(2, '0')}T09:00:00`;
          const endDay = s.day + (s.end ?? 99);
          return dossier(`HS-${i}`, rec, endDay > 31 ? [] : [ev('processed', `2026-08-${String(endDay).padStart(2, '0')}T10:00:00`)], { departmentId: s.unit });
        });
        const petitions = withPetitions ? ds.map((d, i) => ({ id: `PA-${i}`, departmentId: d.departmentId, outcome: i % 3 === 0 ? ('late' as const) : ('onTime' as const) })) : undefined;
        const index = serviceIndex766({ dossiers: ds, feedback: [], ...(petitions === undefined ? {} : { petitions }) }, { period: '2026-08', calendar });
        const own = portalResponses766(index);
        const r = reconcile766(index, [readPortal766(JSON.stringify(own.progress)), readPortal766(own.satisfaction)]);
        return r.differences === 0 && r.portalOnly.length === 0 && r.libraryOnly.length === 0;
      }),
    );
  });
});
