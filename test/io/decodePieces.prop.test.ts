/**
 * Byte chunks larger than the decoder's piece (64 KiB; the CLI reads 1 MiB at a time) are decoded
 * piece by piece, so that no decoded text lands in V8's old generation at once. The law: a source
 * read in one large chunk gives exactly what the same bytes give in small chunks, whatever falls
 * on a piece boundary (a multi-byte character, an invalid byte, a line break, a UTF-16 unit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, readJsonLines } from '../../src/io/index';
import { collect, utf16, utf8 } from './helpers';

const PIECE = 1 << 16;

/** `bytes` in chunks of `size`. */
const small = (bytes: Uint8Array, size: number): Uint8Array[] => {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
};

/** JSON Lines of about 150 KiB whose bytes around 64 KiB and 128 KiB are chosen by the test. */
function around(filler: string, boundary: Uint8Array, shift: number): Uint8Array {
  const line = utf8(`${JSON.stringify({ id: filler, ghiChu: 'Hồ sơ đã tiếp nhận' })}\n`);
  const body = new Uint8Array(150 * 1024);
  for (let at = 0; at < body.length; at += line.length) body.set(line.subarray(0, Math.min(line.length, body.length - at)), at);
  for (const piece of [PIECE, 2 * PIECE]) body.set(boundary, piece - shift);
  return body;
}

describe('decoding large byte chunks in pieces', () => {
  const boundary = fc.oneof(
    fc.constantFrom(utf8('ầ'), utf8('😀'), utf8('\n'), utf8('\r\n'), new Uint8Array([0xe1, 0xba]), new Uint8Array([0xff]), new Uint8Array([0xf0, 0x9f, 0x98])),
    fc.uint8Array({ minLength: 1, maxLength: 6 }),
  );

  it('property: one chunk of any size reads as the same bytes in small chunks (UTF-8, bad bytes included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', 'Đ', 'ơ', '😀', '"', '\\'), maxLength: 40 }), boundary, fc.integer({ min: 0, max: 5 }), async (filler, b, shift) => {
        const bytes = around(filler, b, shift);
        const whole = await collect(readJsonLines([bytes]));
        expect(whole).toEqual(await collect(readJsonLines(small(bytes, 4096))));
        expect(whole.length).toBeGreaterThan(100);
      }),
      { numRuns: 25 },
    );
  });

  it('reads a large UTF-16 chunk (with its byte order mark) as the text itself, in CSV too', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `HS-${i},Hồ sơ số ${i} 😀`);
    const text = `id,ghiChu\n${rows.join('\n')}\n`;
    for (const littleEndian of [true, false]) {
      const bytes = utf16(text, littleEndian, true);
      expect(bytes.length).toBeGreaterThan(2 * PIECE);
      const fromBytes = await collect(readCsv([bytes]));
      expect(fromBytes).toEqual(await collect(readCsv(text)));
      expect(fromBytes).toHaveLength(6000);
    }
  });
});
