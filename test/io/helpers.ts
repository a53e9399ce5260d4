/** Helpers of the reader tests: collect a reader, cut bytes at given points. */
import type { ReadRecord } from '../../src/io/index';

export async function collect<T>(g: AsyncIterable<ReadRecord<T>>): Promise<ReadRecord<T>[]> {
  const out: ReadRecord<T>[] = [];
  for await (const r of g) out.push(r);
  return out;
}

/** The bytes cut at the given fractions (0..1), in order: chunk boundaries anywhere, even inside a character. */
export function cut(bytes: Uint8Array, points: readonly number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => Math.floor(p * bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of at) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const put = (i: number, u: number) => {
    out[i] = littleEndian ? u & 255 : u >> 8;
    out[i + 1] = littleEndian ? u >> 8 : u & 255;
  };
  let o = 0;
  if (bom) {
    put(0, 0xfeff);
    o = 2;
  }
  for (let i = 0; i < s.length; i++) put(o + i * 2, s.charCodeAt(i));
  return out;
}
