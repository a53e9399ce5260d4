import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReportAccumulator, reportAccumulatorFromJSON } from '../../src/report/index';
import type { ReportAccumulatorState } from '../../src/report/index';
import { groupByArb, options, splitArb } from './_accumulatorProps';

describe('createReportAccumulator', () => {
  it('merges the accumulators of any split into the accumulator of the whole', () => {
    fc.assert(
      fc.property(splitArb, groupByArb, ([records, shardOf], groupBy) => {
        const whole = createReportAccumulator(options(groupBy));
        records.forEach((r) => whole.add(r));
        const shards = [0, 1, 2, 3, 4].map(() => createReportAccumulator(options(groupBy)));
        records.forEach((r, i) => shards[shardOf[i] as number]?.add(r, i));
        const merged = createReportAccumulator(options(groupBy));
        for (const s of shards) merged.merge(s);
        expect(merged.toJSON()).toEqual(whole.toJSON());
        expect(merged.result()).toEqual(whole.result());
      }),
      { numRuns: 60 },
    );
  });

  it('merges states that went through JSON text like the accumulators themselves', () => {
    fc.assert(
      fc.property(splitArb, ([records, shardOf]) => {
        const whole = createReportAccumulator(options('department'));
        records.forEach((r) => whole.add(r));
        const merged = createReportAccumulator(options('department'));
        for (let s = 0; s < 5; s++) {
          const shard = createReportAccumulator(options('department'));
          records.forEach((r, i) => {
            if (shardOf[i] === s) shard.add(r, i);
          });
          merged.merge(JSON.parse(JSON.stringify(shard)) as ReportAccumulatorState);
        }
        expect(merged.result()).toEqual(whole.result());
      }),
      { numRuns: 60 },
    );
  });

  it('restores a saved state and continues as if never stopped', () => {
    fc.assert(
      fc.property(splitArb, fc.nat(), ([records], cut) => {
        const at = records.length === 0 ? 0 : cut % (records.length + 1);
        const whole = createReportAccumulator(options('official'));
        records.forEach((r) => whole.add(r));
        const first = createReportAccumulator(options('official'));
        records.slice(0, at).forEach((r) => first.add(r));
        const saved = JSON.parse(JSON.stringify(first.toJSON())) as ReportAccumulatorState;
        const { period: _p, groupBy: _g, ...rest } = options('official');
        const second = reportAccumulatorFromJSON(saved, rest);
        records.slice(at).forEach((r) => second.add(r));
        expect(second.result()).toEqual(whole.result());
      }),
      { numRuns: 60 },
    );
  });

  it('gives a report that round-trips through JSON', () => {
    fc.assert(
      fc.property(splitArb, groupByArb, ([records], groupBy) => {
        const acc = createReportAccumulator(options(groupBy));
        records.forEach((r) => acc.add(r));
        const report = acc.result();
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });
});
