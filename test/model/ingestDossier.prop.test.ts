import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDossiersWithSchema } from '../../src/model/dossier';
import { createDossierIngest, parseDossiers } from '../../src/model/ingestDossier';
import { dossierArb } from '../arbitraries/dossier';

/** Valid dossiers, some repeated (duplicate ids), some broken, with holes. */
const batchArb = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: dossierArb() },
      { weight: 1, arbitrary: fc.anything() },
      { weight: 1, arbitrary: dossierArb().map((d) => ({ ...d, receivedAt: d.receivedAt.slice(0, 19) })) },
    ),
    { maxLength: 25 },
  )
  .chain((list) =>
    fc.tuple(fc.constant(list), fc.array(fc.nat({ max: Math.max(0, list.length - 1) }), { maxLength: 5 }), fc.array(fc.nat({ max: 30 }), { maxLength: 3 })),
  )
  .map(([list, repeats, holes]) => {
    const out: unknown[] = [...list];
    for (const r of repeats) if (list.length > 0) out.push(structuredClone(list[r]));
    for (const h of holes) if (h < out.length) delete out[h];
    return out;
  });

describe('createDossierIngest', () => {
  it('conserves every record: accepted + rejected = records given, holes included', () => {
    fc.assert(
      fc.property(batchArb, (list) => {
        const r = parseDossiers(list);
        expect(r.value.length + r.rejected.length).toBe(list.length);
        expect(r.rejected.map((x) => x.index)).toEqual([...r.rejected.map((x) => x.index)].sort((a, b) => a - b));
      }),
    );
  });

  it('accepts and rejects exactly what the schema does, with the same issues (fast path = schema)', () => {
    fc.assert(
      fc.property(batchArb, (list) => {
        const fast = parseDossiers(list);
        const schema = parseDossiersWithSchema(list);
        expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(schema)));
      }),
    );
  });

  it('gives the stream the same verdicts as the batch (one duplicate-id rule)', () => {
    fc.assert(
      fc.property(batchArb, (list) => {
        const batch = parseDossiers(list);
        const ingest = createDossierIngest();
        const accepted: unknown[] = [];
        const rejected: unknown[] = [];
        list.forEach((x, index) => {
          const o = ingest.accept(x, { index });
          if (o.ok) accepted.push(o.value);
          else rejected.push(o.rejected);
        });
        const holes = batch.rejected.filter((x) => !(x.index in list)).length;
        expect(accepted).toEqual(batch.value);
        expect(rejected.length + holes).toBe(batch.rejected.length);
      }),
    );
  });

  it('keeps the first record of an id and names it in the later ones', () => {
    const d = { id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00' };
    const ingest = createDossierIngest({ locale: 'en' });
    expect(ingest.accept(d, { index: 0, line: 1 }).ok).toBe(true);
    const again = ingest.accept({ ...d }, { index: 1, line: 2 });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.rejected).toMatchObject({ index: 1, line: 2, id: 'HS-1' });
      expect(again.rejected.issues[0].message).toBe('id: id "HS-1" is used by an earlier record (line 1)');
    }
    const allow = createDossierIngest({ duplicateIds: 'allow' });
    expect(allow.accept(d, { index: 0 }).ok && allow.accept(d, { index: 1 }).ok).toBe(true);
  });
});
