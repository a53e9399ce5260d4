/**
 * The CLI's file reader of `report --jobs N`: a byte range in chunks read into two buffers in
 * turn. Each chunk is the file's bytes, and the JSON Lines reader, which uses a chunk before it
 * asks for the next, reads a file so exactly as it reads the same bytes given whole, whatever the
 * chunk size (down to one byte, where a first chunk is shorter than an encoding's mark).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/cli/fileChunks';
import { addJsonLinesFromText } from '../../src/io/addJsonLines';
import { decodeSource } from '../../src/io/decode';
import { resolveReaderOptions } from '../../src/io/options';
import type { RejectedRecord } from '../../src/model/BatchResult';

const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-chunks-'));
let seq = 0;

/** Everything the reader gives a target: each record (or rejected record) with its position. */
async function readAll(source: AsyncIterable<Uint8Array> | Uint8Array[]): Promise<unknown[]> {
  const got: unknown[] = [];
  const target = { add: (value: unknown, index?: number, line?: number) => got.push({ value, index, line }), addRejected: (r: RejectedRecord) => got.push(r) };
  const count = await addJsonLinesFromText(target, decodeSource(source), resolveReaderOptions({ maxRecordBytes: 64 }), 1, 0);
  return [...got, count];
}

describe('fileChunks', () => {
  it('gives the bytes of any range, in chunks of at most the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 64 }), async (bytes, a, b, size) => {
        const file = join(tmp, `r${seq++}`);
        writeFileSync(file, bytes);
        const start = a % (bytes.length + 1);
        const end = start + (b % (bytes.length - start + 1));
        const chunks: Buffer[] = [];
        for await (const c of fileChunks(file, start, end, size)) {
          expect(c.length).toBeGreaterThan(0);
          expect(c.length).toBeLessThanOrEqual(size);
          chunks.push(Buffer.from(c));
        }
        expect(Buffer.concat(chunks).equals(Buffer.from(bytes.subarray(start, end)))).toBe(true);
      }),
    );
    // To the end of the file by default; stopping early closes it.
    const file = join(tmp, `r${seq++}`);
    writeFileSync(file, 'abcdefgh');
    const all: string[] = [];
    for await (const c of fileChunks(file, 2, undefined, 3)) all.push(Buffer.from(c).toString());
    expect(all).toEqual(['cde', 'fgh']);
    for await (const c of fileChunks(file, 0, undefined, 2)) {
      expect(Buffer.from(c).toString()).toBe('ab');
      break;
    }
  });

  it('is read by the JSON Lines reader as the same bytes given whole, its buffers reused', async () => {
    const lineArb = fc.oneof(
      fc.constantFrom('{"id":"HS-1","procedureId":"P1","departmentId":"D1","channel":"online","receivedAt":"2025-04-02T09:00:00+07:00"}', '', '{"id": oops', 'é{"a":1}', '{"id":"Ngưởi"}', `{"x":"${'y'.repeat(80)}"}`, '\r'),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 40 }), async (lines, bom, size) => {
        const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${lines.join('\n')}\n`, 'utf8');
        const file = join(tmp, `j${seq++}`);
        writeFileSync(file, bytes);
        expect(await readAll(fileChunks(file, 0, bytes.length, size))).toEqual(await readAll([bytes]));
      }),
    );
  });
});
