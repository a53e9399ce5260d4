import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseDepartment,
  parseDepartments,
  parseDossiers,
  parseOfficial,
  parseOfficials,
  parseProcedures,
} from '../../src/model/index';
import { departmentArb } from '../arbitraries/department';
import { officialArb } from '../arbitraries/official';

describe('parseDossiers', () => {
  it('never throws on any JSON value and accounts for every record given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseDossiers(value);
        const given = Array.isArray(value) ? value.length : 1;
        expect(r.value.length + r.rejected.length).toBe(given);
        expect(r.ok).toBe(r.rejected.length === 0);
      }),
    );
  });

  it('never throws on arrays of near-dossiers and accounts for every record given', () => {
    const nearDossier = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        procedureId: fc.string(),
        departmentId: fc.string(),
        channel: fc.constantFrom('direct', 'online', 'postal', 'fax'),
        receivedAt: fc.constantFrom('2025-03-03T09:00:00+07:00', '2025-03-03T09:00:00', '2025-02-30T09:00:00Z', ''),
        processingDays: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.double()),
        events: fc.array(fc.record({ type: fc.constantFrom('processed', 'apology', 'x'), at: fc.constantFrom('2025-03-04T09:00:00+07:00', '2025-03-01T09:00:00+07:00') }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(nearDossier, { maxLength: 20 }), (values) => {
        const r = parseDossiers(values);
        expect(r.value.length + r.rejected.length).toBe(values.length);
        for (const rej of r.rejected) for (const issue of rej.issues) expect(issue.path[0]).toBe(rej.index);
      }),
    );
  });
});

describe('record arbitraries', () => {
  it('departmentArb always produces schema-valid departments', () => {
    fc.assert(
      fc.property(departmentArb(), (d) => {
        expect(parseDepartment(d)).toEqual({ ok: true, value: d });
      }),
    );
  });

  it('officialArb always produces schema-valid officials', () => {
    fc.assert(
      fc.property(officialArb(), (o) => {
        expect(parseOfficial(o)).toEqual({ ok: true, value: o });
      }),
    );
  });
});

describe('batch parsers', () => {
  it('keep exactly the first record of each id', () => {
    fc.assert(
      fc.property(fc.array(officialArb(), { maxLength: 15 }), (list) => {
        const r = parseOfficials(list);
        const firstIds = [...new Set(list.map((o) => o.id))];
        expect(r.value.map((o) => o.id)).toEqual(firstIds);
        expect(r.rejected.every((x) => x.issues[0].code === 'duplicate_id')).toBe(true);
      }),
    );
  });

  it('never throw on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const parse of [parseDepartments, parseOfficials, parseProcedures]) {
          const r = parse(value);
          expect(r.value.length + r.rejected.length).toBe(Array.isArray(value) ? value.length : 1);
        }
      }),
    );
  });
});
