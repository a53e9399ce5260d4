import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDayInBytes, canonicalTimeInBytes, canonicalTimeInView, readInstant } from '../../src/_lib/fastInstant';
import { formatInstantVN, parseInstant } from '../../src/_lib/instant';

/** A field of `n` digits: around its valid range (the boundaries and one past them) or any digits. */
const field = (n: number, min: number, max: number) =>
  fc.oneof(fc.integer({ min: Math.max(0, min - 1), max: max + 1 }), fc.integer({ min: 0, max: 10 ** n - 1 })).map((v) => String(v).padStart(n, '0'));
/** Text in the canonical layout `YYYY-MM-DDTHH:mm:ss+07:00` (fields near their ranges: months 0-13, days 0-32, hours 0-24, minutes and seconds 0-60, or any digits), or one character off. */
const layoutArb = fc
  .tuple(field(4, 1900, 2199), field(2, 1, 12), field(2, 1, 31), field(2, 0, 23), field(2, 0, 59), field(2, 0, 59), fc.option(fc.tuple(fc.nat({ max: 24 }), fc.constantFrom('x', '-', ':', 'T', '+', ' ', '9')), { nil: undefined }))
  .map(([y, mo, d, h, mi, s, off]) => {
    const t = `${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`;
    return off === undefined ? t : t.slice(0, off[0]) + off[1] + t.slice(off[0] + 1);
  });
/** Real instants from year 1 to 9999 (1900 to 2199, the years looked up, half the time), written canonically. */
const realArb = fc
  .oneof(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 }), fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 }))
  .map((ms) => formatInstantVN(Math.floor(ms / 1000) * 1000));

describe('readInstant, canonicalDayInBytes, canonicalTimeInBytes and canonicalTimeInView', () => {
  it('read what parseInstant reads, for any text in the canonical layout or near it', () => {
    fc.assert(
      fc.property(fc.oneof(layoutArb, realArb), (s) => {
        const fast = readInstant(s);
        const full = parseInstant(s);
        expect(typeof fast).toBe(typeof full);
        if (typeof full === 'number') expect(fast).toBe(full);
        const bytes = new TextEncoder().encode(`"${s}"`);
        const inBytes = s.length === 25 ? canonicalDayInBytes(bytes, 1) + canonicalTimeInBytes(bytes, 1) : Number.NaN;
        if (typeof full === 'number' && s.length === 25 && s.endsWith('+07:00')) expect(inBytes).toBe(full);
        else if (typeof full !== 'number') expect(inBytes).toBeNaN();
        if (bytes.length >= 26) expect(canonicalTimeInView(new DataView(bytes.buffer), 1)).toBe(canonicalTimeInBytes(bytes, 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalTimeInView reads what canonicalTimeInBytes reads, for any bytes (a time of day spliced in half the time)', () => {
    const timeArb = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }), fc.integer({ min: 0, max: 69 })).map(([h, m, x]) => `T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(x).padStart(2, '0')}+07:00`);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 26, maxLength: 40 }), fc.option(timeArb), fc.nat(), (raw, time, at) => {
        const bytes = Uint8Array.from(raw);
        const o = at % (bytes.length - 25);
        if (time !== null) bytes.set(new TextEncoder().encode(time), o + 10);
        expect(canonicalTimeInView(new DataView(bytes.buffer), o)).toBe(canonicalTimeInBytes(bytes, o));
      }),
      { numRuns: 3000 },
    );
  });
});
