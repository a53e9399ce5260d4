import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { satisfaction } from '../../src/coverage/index';
import { feedbackListArb } from '../arbitraries/feedback';
import { vnInstantArb } from '../arbitraries/petitionDates';
import { notBelow } from './_ratio';

const officialIds = ['cv01', 'cv02', 'cv03'];
const officials = officialIds.map((id) => ({ id }));
const period = { from: '2025-01-01', to: '2025-12-31' } as const;

describe('satisfaction', () => {
  it('adding a satisfied feedback never lowers satisfaction', () => {
    fc.assert(
      fc.property(feedbackListArb(officialIds), fc.constantFrom(...officialIds), vnInstantArb('2024-12-01', '2026-01-31'), (list, officialId, at) => {
        const before = satisfaction(list, { period, officials });
        const after = satisfaction([...list, { id: 'NEW', officialId, at, rating: 'satisfied' }], { period, officials });
        expect(notBelow(after.share, before.share)).toBe(true);
        if (before.met) expect(after.met).toBe(true);
        const was = before.officials.find((o) => o.officialId === officialId);
        const now = after.officials.find((o) => o.officialId === officialId);
        if (was !== undefined && now !== undefined) expect(notBelow(now.satisfiedShare, was.satisfiedShare)).toBe(true);
      }),
    );
  });

  it('adding a dissatisfied feedback never raises satisfaction', () => {
    fc.assert(
      fc.property(feedbackListArb(officialIds), fc.constantFrom(...officialIds), vnInstantArb('2025-01-01', '2025-12-31'), (list, officialId, at) => {
        const before = satisfaction(list, { period, officials });
        const after = satisfaction([...list, { id: 'NEW', officialId, at, rating: 'dissatisfied' }], { period, officials });
        // 0/0 (nobody judged yet) is not a level to be raised from.
        if (before.share.denominator > 0) expect(notBelow(before.share, after.share)).toBe(true);
      }),
    );
  });
});
