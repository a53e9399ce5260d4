import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalInstantInBytes, readInstant } from '../../src/_lib/fastInstant';
import { formatInstantVN, parseInstant } from '../../src/_lib/instant';

const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
/** Text in the canonical layout `YYYY-MM-DDTHH:mm:ss+07:00` with any digits (invalid months, days, hours included), or one character off. */
const layoutArb = fc
  .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), fc.option(fc.tuple(fc.nat({ max: 24 }), fc.constantFrom('x', '-', ':', 'T', '+', ' ', '9')), { nil: undefined }))
  .map(([y, mo, d, h, mi, s, off]) => {
    const t = `${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`;
    return off === undefined ? t : t.slice(0, off[0]) + off[1] + t.slice(off[0] + 1);
  });
/** Real instants from year 1 to 9999 (1900 to 2199, the years looked up, half the time), written canonically. */
const realArb = fc
  .oneof(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 }), fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 }))
  .map((ms) => formatInstantVN(Math.floor(ms / 1000) * 1000));

describe('readInstant and canonicalInstantInBytes', () => {
  it('read what parseInstant reads, for any text in the canonical layout or near it', () => {
    fc.assert(
      fc.property(fc.oneof(layoutArb, realArb), (s) => {
        const fast = readInstant(s);
        const full = parseInstant(s);
        expect(typeof fast).toBe(typeof full);
        if (typeof full === 'number') expect(fast).toBe(full);
        const bytes = new TextEncoder().encode(`"${s}"`);
        const inBytes = canonicalInstantInBytes(bytes, 1, bytes.length - 1);
        if (typeof full === 'number' && s.length === 25 && s.endsWith('+07:00')) expect(inBytes).toBe(full);
        else if (typeof full !== 'number') expect(inBytes).toBeNaN();
      }),
      { numRuns: 3000 },
    );
  });
});
