/**
 * Conservation (records in = accepted + rejected (+ excluded)) for the batch parsers, the readers
 * and the report, and own-property lookups: ids naming Object.prototype members never pick up
 * inherited members in names, departments, officials or procedures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rr from '../../src/index';
import * as io from '../../src/io/index';
import { ARB_AS_OF, dossiersArb } from '../arbitraries/dossier';
import { FUZZ_RUNS, hostile, PROTO_IDS } from './_harness';

const calendar = rr.createCalendar();
const period = rr.parsePeriod('2025-Q1');
const batch = fc.array(fc.oneof(hostile, dossiersArb(1).map((d) => d[0] ?? null)), { maxLength: 12 }).map((list) => {
  const sparse = [...list];
  if (sparse.length > 2) delete sparse[1]; // a hole
  return sparse;
});

describe('fuzz: conservation', () => {
  const parsers = ['parseDossiers', 'parseProcedures', 'parseDepartments', 'parseOfficials', 'parsePetitions', 'parseFeedbacks', 'parsePlanTasks', 'parseOfficialDocuments'] as const;
  for (const name of parsers) {
    it(`${name}: records in = accepted + rejected, holes included`, () => {
      fc.assert(fc.property(batch, (list) => {
        const r = (rr[name] as (v: unknown) => { value: unknown[]; rejected: unknown[] })(list);
        expect(r.value.length + r.rejected.length).toBe(list.length);
      }), { numRuns: FUZZ_RUNS * 4 });
    });
  }

  it('resolutionReport: inputs = counted + rejected + excluded', () => {
    fc.assert(fc.property(batch, (list) => {
      const report = rr.resolutionReport(list as rr.Dossier[], { period, calendar });
      const counted = report.total.received.total;
      expect(report.inputs).toBe(list.length);
      expect(counted + report.rejected.length + report.excluded.receivedAfter + report.excluded.endedBefore).toBe(report.inputs);
    }), { numRuns: FUZZ_RUNS * 4 });
  });

  it('readJsonLines: every non-blank line is a record or a rejected record', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string()), { maxLength: 10 }), async (lines) => {
      const text = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n');
      let n = 0;
      for await (const _ of io.readJsonLines(text)) n++;
      expect(n).toBe(text.split('\n').filter((l) => l.trim() !== '').length);
    }), { numRuns: FUZZ_RUNS * 4 });
  });

  it('tallyDossiers: dossiers counted + unevaluated = results in', () => {
    fc.assert(fc.property(dossiersArb(10), (ds) => {
      const results = [...rr.evaluateDossiers(ds, { calendar, asOf: ARB_AS_OF })];
      const t = rr.tallyDossiers(results, { by: 'channel' });
      const counted = [...t.byKey.values()].reduce((s, x) => s + x.dossiers, 0);
      expect(counted + t.unevaluated).toBe(results.length);
    }), { numRuns: FUZZ_RUNS * 2 });
  });
});

describe('fuzz: own-property lookups', () => {
  const inherited = /native code|function Object|\[object Object\]|function \w*\(/;
  for (const groupBy of ['department', 'official', 'procedure'] as const) {
    it(`report by ${groupBy}: ids named ${PROTO_IDS.join(', ')} show their own name or the id, never an inherited member`, () => {
      fc.assert(fc.property(fc.subarray([...PROTO_IDS], { minLength: 1 }), fc.boolean(), (ids, named) => {
        const dossiers = ids.map((id, i) => ({ id: `HS-${i}`, procedureId: id, departmentId: id, officialId: id, channel: 'online' as const, receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 }));
        const names: Record<string, string> = Object.create(null) as Record<string, string>;
        if (named) for (const id of ids) names[id] = `Tên ${id}`;
        const procedures = ids.map((id) => ({ id, name: `Thủ tục ${id}`, field: 'F', processingDays: 3, onlineEligible: true, onlineLevel: 'full' as const, hasFees: false, onlinePayment: false }));
        const report = rr.resolutionReport(dossiers, { period, calendar, groupBy, names: named ? names : {}, procedures });
        for (const row of report.rows) {
          expect(typeof row.name).toBe('string');
          expect(row.name).not.toMatch(inherited);
        }
        for (const format of ['csv', 'markdown', 'html', 'json'] as const) expect(rr.formatReport(report, { format })).not.toMatch(inherited);
      }), { numRuns: FUZZ_RUNS });
    });
  }

  it('scoreUnits and applyRatingLimits read only own entries of id-keyed inputs', () => {
    for (const id of PROTO_IDS) {
      const r = rr.scoreUnits(rr.exampleScoringScheme, [{ unitId: id, self: {}, appraisal: {}, evidence: {} }], { period: '2026' });
      expect(JSON.stringify(r)).not.toMatch(inherited);
      const e = rr.evaluateOfficials([{ officialId: id, unitId: id, kind: 'civilServant', generalPoints: 28, tasks: [] }], { period: '2026-Q1' });
      expect(JSON.stringify(rr.applyRatingLimits(e.evaluations, { unitLevel: {}, groups: {} }))).not.toMatch(inherited);
    }
  });
});
