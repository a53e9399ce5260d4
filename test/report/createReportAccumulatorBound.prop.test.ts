/**
 * The report accumulator with a bound on its rejected list (maxRejected): the first records by
 * position, exact totals, and merges, restores and splits that keep both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReportAccumulator, reportAccumulatorFromJSON } from '../../src/report/index';
import type { ReportAccumulatorState, ResolutionReportOptions } from '../../src/report/index';
import { denseDossiersArb } from './_arbitraries';
import { groupByArb, options } from './_accumulatorProps';

/** Dossiers with many junk records mixed in anywhere (so a small `maxRejected` cuts), and a split into 1–5 shards. */
const junkySplitArb = fc
  .tuple(denseDossiersArb(30), fc.array(fc.tuple(fc.oneof(fc.jsonValue(), fc.constant({ id: 'X' }), fc.constant({ channel: 'fax' })), fc.nat()), { maxLength: 12 }))
  .map(([d, junk]) => {
    const records: unknown[] = [...d];
    for (const [j, at] of junk) records.splice(at % (records.length + 1), 0, j);
    return records;
  })
  .chain((records) => fc.tuple(fc.constant(records), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: records.length, maxLength: records.length })));
const maxRejectedArb = fc.integer({ min: 0, max: 5 });

describe('createReportAccumulator with maxRejected', () => {
  const opts = (maxRejected: number, groupBy: ResolutionReportOptions['groupBy'] = 'department'): ResolutionReportOptions => ({ ...options(groupBy), maxRejected });

  it('lists the first maxRejected rejected records by position and counts all of them exactly', () => {
    fc.assert(
      fc.property(junkySplitArb, maxRejectedArb, ([records], max) => {
        const all = createReportAccumulator(opts(Number.POSITIVE_INFINITY));
        const cut = createReportAccumulator(opts(max));
        records.forEach((r) => {
          all.add(r);
          cut.add(r);
        });
        const full = all.result();
        const report = cut.result();
        expect(report.rejected).toEqual(full.rejected.slice(0, max));
        expect(report.rejectedCount).toBe(full.rejected.length);
        const byCode: Record<string, number> = {};
        for (const r of full.rejected) byCode[r.issues[0]?.code as string] = (byCode[r.issues[0]?.code as string] ?? 0) + 1;
        expect(report.rejectedByCode).toEqual(byCode);
        expect(report.rejectedCount + report.excluded.receivedAfter + report.excluded.endedBefore + report.total.received.total).toBe(report.inputs);
        expect({ ...report, rejected: [] }).toEqual({ ...full, rejected: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('merges any split, in any order and grouping, into the one pass (through JSON too)', () => {
    fc.assert(
      fc.property(junkySplitArb, maxRejectedArb, groupByArb, fc.boolean(), ([records, shardOf], max, groupBy, viaJson) => {
        const whole = createReportAccumulator(opts(max, groupBy));
        records.forEach((r) => whole.add(r));
        const shards = [0, 1, 2, 3, 4].map(() => createReportAccumulator(opts(max, groupBy)));
        records.forEach((r, i) => shards[shardOf[i] as number]?.add(r, i));
        const state = (k: number) => (viaJson ? (JSON.parse(JSON.stringify(shards[k])) as ReportAccumulatorState) : (shards[k] as ReturnType<typeof createReportAccumulator>));
        // ((s0 + s1) + s2) and (s3 + s4), merged the other way round.
        const left = createReportAccumulator(opts(max, groupBy)).merge(state(0)).merge(state(1)).merge(state(2));
        const right = createReportAccumulator(opts(max, groupBy)).merge(state(4)).merge(state(3));
        const merged = createReportAccumulator(opts(max, groupBy)).merge(right).merge(left);
        expect(merged.toJSON()).toEqual(whole.toJSON());
        expect(merged.result()).toEqual(whole.result());
      }),
      { numRuns: 60 },
    );
  });

  it('merges with the smallest bound whatever the order, the list still the first records of the union', () => {
    fc.assert(
      fc.property(junkySplitArb, maxRejectedArb, maxRejectedArb, ([records, shardOf], m, n) => {
        const a = createReportAccumulator(opts(m));
        const b = createReportAccumulator(opts(n));
        const all = createReportAccumulator(opts(Number.POSITIVE_INFINITY));
        records.forEach((r, i) => {
          ((shardOf[i] as number) < 2 ? a : b).add(r, i);
          all.add(r, i);
        });
        const ab = createReportAccumulator(opts(Number.POSITIVE_INFINITY)).merge(a).merge(b).result();
        const ba = createReportAccumulator(opts(Number.POSITIVE_INFINITY)).merge(b).merge(a).result();
        expect(ab).toEqual(ba);
        expect(ab.rejected).toEqual(all.result().rejected.slice(0, Math.min(m, n)));
        expect(ab.rejectedCount).toBe(all.result().rejectedCount);
      }),
      { numRuns: 60 },
    );
  });

  it('restores a saved state with its bound and continues as if never stopped', () => {
    fc.assert(
      fc.property(junkySplitArb, fc.nat(), maxRejectedArb, ([records], cut, max) => {
        const at = cut % (records.length + 1);
        const whole = createReportAccumulator(opts(max, 'official'));
        records.forEach((r) => whole.add(r));
        const first = createReportAccumulator(opts(max, 'official'));
        records.slice(0, at).forEach((r) => first.add(r));
        const saved = JSON.parse(JSON.stringify(first.toJSON())) as ReportAccumulatorState;
        expect(saved.maxRejected).toBe(max);
        const { period: _p, groupBy: _g, maxRejected: _m, ...rest } = opts(max, 'official');
        const second = reportAccumulatorFromJSON(saved, rest);
        records.slice(at).forEach((r) => second.add(r));
        expect(second.result()).toEqual(whole.result());
        expect(second.toJSON()).toEqual(whole.toJSON());
      }),
      { numRuns: 60 },
    );
  });
});
