import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/explain/index';
import { compareRatio } from '../../src/metrics/ratio';

describe('formatPercent', () => {
  it('never prints a share and an unequal threshold alike when each is distinct from the other', () => {
    const ratio = fc.integer({ min: 1, max: 1e12 }).chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }));
    fc.assert(
      fc.property(ratio, ratio, (share, threshold) => {
        const a = formatPercent(share, 'en', { distinctFrom: threshold });
        const b = formatPercent(threshold, 'en', { distinctFrom: share });
        if (compareRatio(share, threshold) !== 0) expect(a.replace('≈', '')).not.toBe(b.replace('≈', ''));
      }),
    );
  });

});
