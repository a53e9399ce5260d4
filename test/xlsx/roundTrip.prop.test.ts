import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsxRows, writeWorkbook } from '../../src/xlsx/index';
import type { XlsxCellValue } from '../../src/xlsx/index';
import { chunked, parts, readAll } from './_helpers';

/** Characters worth testing: Vietnamese letters with their marks (precomposed and combining), XML specials, controls, surrogates, _x escapes. */
const special = fc.constantFrom('ạ', 'Đ', 'ữ', 'ỗ', 'ế', 'a\u0301', '&', '<', '>', '"', "'", '\r', '\n', '\t', '\r\n', '\u0000', '\u0001', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00', '😀', '_x0041_', '_x', '_', ']]>', ' ');
const text = fc.string({ unit: fc.oneof(special, fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', 'b', 'H', '0', '.')), maxLength: 20 });
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1e21, -1e-7, 5e-324, Number.MAX_VALUE, 0.1 + 0.2));
const cell: fc.Arbitrary<XlsxCellValue> = fc.oneof(fc.constant(null), text, number, fc.boolean());
const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

/** What the reader gives for a written row: -0 as 0, trailing empty cells not stored. */
function expected(row: readonly XlsxCellValue[]): XlsxCellValue[] {
  const out = row.map((v) => (Object.is(v, -0) ? 0 : v));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

describe('writeWorkbook then readXlsxRows', () => {
  it('round-trips a sheet whose XML is inflated in pieces larger than the decoder takes at once (multibyte characters cut between them)', async () => {
    // Some 1.5 MB of sheet XML: every piece boundary of the decoder falls somewhere in Vietnamese text or an emoji.
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 30 }), fc.constantFrom('shared' as const, 'inline' as const), fc.integer({ min: 1, max: 7 }), async (texts, strings, shift) => {
        const rows = Array.from({ length: 6000 }, (_, i) => [`${'ư'.repeat(i % shift)}Người ${i} 😀 ${texts[i % texts.length] as string}`, i, texts[(i * 7) % texts.length] as string]);
        const read = await readAll(writeWorkbook({ strings, sheets: [{ name: 'Hồ sơ', rows }] }));
        expect(read.map((r) => r.cells)).toEqual(rows.map(expected));
      }),
      { numRuns: 6 },
    );
  });

  it('round-trips any grid of text, numbers, booleans and empty cells, in shared or inline strings', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.constantFrom('shared' as const, 'inline' as const), async (rows, strings) => {
        const bytes = writeWorkbook({ strings, sheets: [{ name: 'Dữ liệu', rows }] });
        const read = await readAll(bytes);
        expect(read.map((r) => r.line)).toEqual(rows.map((_, i) => i + 1));
        expect(read.map((r) => r.cells)).toEqual(rows.map(expected));
        expect(read.every((r) => r.issues.length === 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same rows whatever the chunk sizes of the stream', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.integer({ min: 1, max: 5000 }), async (rows, size) => {
        const bytes = writeWorkbook({ sheets: [{ name: 'A', rows }, { name: 'B', rows: [['other']] }] });
        const streamed: XlsxCellValue[][] = [];
        for await (const row of readXlsxRows(chunked(bytes, size))) streamed.push(row.cells);
        expect(streamed).toEqual(rows.map(expected));
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic: the same spec gives the same bytes', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const spec = { sheets: [{ name: 'A', rows, merges: ['A1:B2'] }] };
        expect(Buffer.from(writeWorkbook(spec)).equals(Buffer.from(writeWorkbook(spec)))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('records every merged range in the sheet XML', () => {
    const range = fc.record({ c: fc.integer({ min: 0, max: 700 }), r: fc.integer({ min: 1, max: 1_000_000 }), w: fc.integer({ min: 0, max: 5 }), h: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.uniqueArray(range, { selector: (x) => x.r, maxLength: 6 }), (list) => {
        const letters = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
        // one range per 10 rows apart so they never overlap
        const merges = list.map((x, i) => `${letters(x.c)}${i * 10 + 1}:${letters(x.c + x.w)}${i * 10 + x.h + 1}`);
        const xml = parts(writeWorkbook({ sheets: [{ name: 'A', rows: [], merges }] }))['xl/worksheets/sheet1.xml'] ?? '';
        for (const m of merges) expect(xml).toContain(`<mergeCell ref="${m}"/>`);
        expect(xml).toContain(merges.length === 0 ? '</sheetData><pageMargins' : `<mergeCells count="${merges.length}">`);
      }),
    );
  });
});
