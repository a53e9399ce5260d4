/**
 * The compact shared string table of the reader (src/xlsx/_stringTable.ts) against the plain array
 * of strings it replaces, and the shared strings part read into it (rich-text runs, phonetic runs,
 * `_xHHHH_` escapes, entities) against the same part read by a straightforward reference.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSink } from '../../src/xlsx/_partSink';
import { SharedStringsReader } from '../../src/xlsx/_sharedStringsReader';
import { CompactStringTable } from '../../src/xlsx/_stringTable';
import { escapeXml } from '../../src/xlsx/_xmlText';
import { readAll } from './_helpers';
import { writeWorkbook } from '../../src/xlsx/index';

/** Latin-1 (one byte a character), Vietnamese, other planes (surrogate pairs), lone surrogates, controls. */
const unit = fc.oneof(
  fc.constantFrom('a', 'Z', '0', '.', ' ', '\u0000', '\u007f', '\u0080', '\u00ff', 'é', 'Đ', 'ư', 'ờ', 'ạ', '\u0301', '€', '\ud800', '\udfff', '\ufffe', '\uffff', '😀', '𝄞', '_x0041_'),
  fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const text = fc.oneof(fc.constant(''), fc.string({ unit, maxLength: 40 }), fc.string({ unit: fc.constantFrom('H', '0', '1', '.'), minLength: 16, maxLength: 16 }));
/** Many strings, mixing narrow and wide, so the arrays grow several times. */
const strings = fc.array(text, { maxLength: 600 });
/** Lookups: indexes in and out of range, repeated (the decoded-string cache), and non-integers. */
const lookups = (size: number) => fc.array(fc.oneof(fc.integer({ min: -2, max: size + 2 }), fc.constantFrom(0.5, Number.NaN, -0, Number.POSITIVE_INFINITY, 2 ** 32)), { maxLength: 300 });

/** The arena's page size: the default (1 MiB: these strings stay in its first page), or pages so small that strings run across them. */
const pageBytes = fc.constantFrom(undefined, 2, 4, 16, 64, 1024);

function tableOf(list: readonly string[], page?: number): CompactStringTable {
  const t = new CompactStringTable(page);
  list.forEach((s, i) => expect(t.push(s)).toBe(i));
  return t;
}

describe('CompactStringTable', () => {
  it('gives back every string pushed, exactly, at its index (as an array of strings does)', () => {
    fc.assert(
      fc.property(strings, pageBytes, (list, page) => {
        const t = tableOf(list, page);
        expect(t.size).toBe(list.length);
        for (let i = 0; i < list.length; i++) expect(t.get(i)).toBe(list[i]);
      }),
    );
  });

  it('answers every lookup as the array does, repeated lookups included, undefined outside it', () => {
    fc.assert(
      fc.property(
        strings.chain((list) => fc.tuple(fc.constant(list), lookups(list.length))),
        fc.boolean(),
        pageBytes,
        ([list, at], sealed, page) => {
          const t = tableOf(list, page);
          if (sealed) t.seal();
          for (const i of [...at, ...at]) expect(t.get(i)).toBe(Number.isInteger(i) && i >= 0 ? list[i] : undefined);
        },
      ),
    );
  });

  it('keeps its strings through growth and sealing, and seals to the bytes it needs', () => {
    fc.assert(
      fc.property(strings, fc.integer({ min: 1, max: 4 }), pageBytes, strings, (list, times, page, more) => {
        const all = Array.from({ length: times }, () => list).flat();
        const t = tableOf(all, page);
        const before = all.map((_, i) => t.get(i));
        t.seal();
        expect(all.map((_, i) => t.get(i))).toEqual(before);
        expect(before).toEqual(all);
        // Strings pushed after sealing (the trimmed last page grows back) come back too, and the earlier ones stay.
        const after = tableOf([], page);
        for (const s of all) after.push(s);
        after.seal();
        for (const s of more) after.push(s);
        expect(Array.from({ length: after.size }, (_, i) => after.get(i))).toEqual([...all, ...more]);
        // Latin-1 strings one byte a character, others two (plus one byte of alignment), 5 bytes of offset and flag each.
        const need = all.reduce((n, s) => n + (/^[\u0000-\u00ff]*$/.test(s) ? s.length : 2 * s.length + 1), 0);
        expect(t.bytes).toBeLessThanOrEqual(need + (all.length + 1) * 4 + Math.max(1, all.length) + 2);
      }),
    );
  });

  it('stores a Latin-1 dossier id in one byte a character, a Vietnamese name in one to three a unit', () => {
    const ids = tableOf(Array.from({ length: 10_000 }, (_, i) => `H01.2025.${String(i).padStart(7, '0')}`)).seal();
    expect(ids.bytes).toBeLessThanOrEqual(10_000 * (16 + 5) + 8);
    // Not Latin-1 (ư, ờ): one to three bytes a code unit, 15 for `Người 000042`, not 24 as UTF-16.
    const names = tableOf(Array.from({ length: 10_000 }, (_, i) => `Người ${String(i).padStart(6, '0')}`)).seal();
    expect(names.bytes).toBeLessThanOrEqual(10_000 * (15 + 5) + 8);
    // Where that is longer than UTF-16 (CJK: three bytes a unit), UTF-16.
    const cjk = tableOf(Array.from({ length: 1000 }, (_, i) => `漢字${String.fromCharCode(0x4e00 + i)}`)).seal();
    expect(cjk.bytes).toBeLessThanOrEqual(1000 * (6 + 1 + 5) + 8);
    expect(cjk.get(7)).toBe(`漢字${String.fromCharCode(0x4e07)}`);
    expect(names.get(42)).toBe('Người 000042');
  });
});

/** A `<si>` as Excel writes it: plain, or rich-text runs (with run properties), with or without a phonetic run. */
const item = fc.tuple(fc.array(text, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), fc.boolean());
function si([runs, rich, phonetic, cdata]: [string[], boolean, boolean, boolean]): string {
  const t = (s: string) => (cdata && !s.includes(']]>') ? `<t><![CDATA[${escapeXml(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"')}]]></t>` : `<t xml:space="preserve">${escapeXml(s)}</t>`);
  const body = rich ? runs.map((r, i) => `<r>${i % 2 === 0 ? '<rPr><b/></rPr>' : ''}${t(r)}</r>`).join('') : t(runs.join(''));
  return `<si>${body}${phonetic ? '<rPh sb="0" eb="1"><t>ふりがな</t></rPh>' : ''}</si>`;
}

describe('SharedStringsReader into the compact table', () => {
  it('reads each <si> as its runs concatenated, phonetic runs left out, in any chunking', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 1, max: 300 }), (items, size) => {
        const xml = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.map(si).join('')}<si/></sst>`;
        const bytes = strToU8(xml);
        const reader = new SharedStringsReader();
        let done = false;
        const sink = parseSink('xl/sharedStrings.xml', 0, reader, () => (done = true));
        for (let at = 0; at < bytes.length; at += size) sink(bytes.subarray(at, at + size), at + size >= bytes.length);
        expect(done).toBe(true);
        const t = reader.strings.seal();
        const expected = [...items.map(([runs]) => runs.join('')), ''];
        expect(Array.from({ length: t.size }, (_, i) => t.get(i))).toEqual(expected);
      }),
    );
  });

  it('gives the cells of a written workbook back through the table, every id and name distinct', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 40 }), async (pairs) => {
        const rows = pairs.map(([a, b], i) => [`${a}#${i}`, `Người ${b}`, 'Trực tiếp']);
        const read = await readAll(writeWorkbook({ sheets: [{ name: 'S', rows }] }));
        expect(read.map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 30 },
    );
  });
});
