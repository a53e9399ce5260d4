import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReformRulesError } from '../../src/index';
import { excelSerialToCivil, readXlsxRows, writeWorkbook } from '../../src/xlsx/index';
import { caught, chunked, readAll } from './_helpers';

const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'xlsx', 'dossiers-libreoffice.xlsx'));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = (extra = '') =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/>${extra}</Relationships>`;

/** A workbook written by hand, part by part, in the given order. */
function handMade(sheetXml: string, options: { workbookPr?: string; sst?: string; order?: 'sheet-first' } = {}): Uint8Array {
  const sstRel = options.sst === undefined ? '' : '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';
  const files: Record<string, Uint8Array> = {};
  const add = (name: string, text: string) => (files[name] = strToU8(text));
  if (options.order === 'sheet-first') add('xl/worksheets/s.xml', sheetXml);
  add('xl/workbook.xml', `<workbook ${NS}>${options.workbookPr ?? ''}<sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add('xl/_rels/workbook.xml.rels', RELS(sstRel));
  if (options.order !== 'sheet-first') add('xl/worksheets/s.xml', sheetXml);
  if (options.sst !== undefined) add('xl/sharedStrings.xml', options.sst);
  return zipSync(files, { mtime: new Date(Date.UTC(2000, 0, 1)) });
}

describe('readXlsxRows', () => {
  it('reads the LibreOffice fixture: shared strings after the sheet, date formats, a sparse row, an error cell', async () => {
    const rows = await readAll(fixture, { locale: 'en' });
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(rows[0]?.cells).toEqual(['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Phí (đồng)', 'Trực tuyến', 'Ghi chú']);
    const [id, received, due, fee, , note] = rows[1]?.cells ?? [];
    expect([id, fee, note]).toEqual(['H01.2024.0001', 150000, 'Hồ sơ "đặc biệt" & <khác>']);
    expect(rows[1]?.formats[1]).toMatchObject({ code: 'dd/mm/yyyy\\ hh:mm', isDate: true });
    expect(rows[1]?.formats[2]).toMatchObject({ code: 'dd/mm/yyyy', isDate: true });
    expect(rows[1]?.formats[3]).toMatchObject({ code: '#,##0', isDate: false });
    expect(excelSerialToCivil(received as number)).toBe('2024-12-17T10:53:00');
    expect(excelSerialToCivil(due as number)).toBe('2024-12-20');
    expect(rows[2]?.cells).toEqual(['H01.2024.0002', null, 45660, null, null, 'Ghi chú']);
    expect(rows[3]?.cells).toEqual(['H01.2024.0003', null, -12.5]);
    expect(rows[3]?.issues).toEqual([
      { code: 'xlsx_error_cell', path: [5, 'B'], message: 'B5: the cell holds the spreadsheet error "#DIV/0!", not a value', received: '#DIV/0!' },
    ]);
    expect((await readAll(fixture, { sheet: 1 }))[0]?.cells).toEqual(['Tổng', 3]);
    expect((await readAll(fixture, { sheet: 'tổng hợp' }))[0]?.cells).toEqual(['Tổng', 3]);
  });

  it('gives the same rows from a stream of small chunks as from the whole file', async () => {
    const whole = await readAll(fixture);
    expect(await readAll(chunked(fixture, 7))).toEqual(whole);
    expect(await readAll(chunked(fixture, 1000))).toEqual(whole);
  });

  it('reads inline strings, rich-text runs, phonetic runs, str, booleans, prefixed elements and CDATA', async () => {
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row><x:c r="A1" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Hồ </x:t></x:r><x:r><x:t xml:space="preserve">sơ</x:t></x:r><x:rPh><x:t>ho so</x:t></x:rPh></x:is></x:c>
      <x:c r="C1" t="str"><x:f>A1&amp;""</x:f><x:v>Hồ sơ</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v><![CDATA[7]]></x:v></x:c></x:row>
      <!-- a comment --><x:row r="3"/><x:row><x:c r="B4" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const sst = `<sst ${NS}><si><r><t>a</t></r><r><rPr><i/></rPr><t>b&#x1EA1;</t></r></si><si><t>_x000D_x_x005F_x0041_</t></si></sst>`;
    const rows = await readAll(handMade(sheet, { sst, order: 'sheet-first' }));
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Hồ sơ', null, 'Hồ sơ', false, '\rx_x0041_', 7]],
      [3, []],
      [4, [null, 'abạ']],
    ]);
  });

  it('reports the 1904 date system and unreadable cells as issues, not crashes', async () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="2"><c r="A2"><v>abc</v></c><c r="B2" t="s"><v>99</v></c><c r="C2" t="b"><v>2</v></c><c r="D2" t="zz"><v>1</v></c><c r="E2"><v>1.5e3</v></c></row></sheetData></worksheet>`;
    const [row] = await readAll(handMade(sheet, { workbookPr: '<workbookPr date1904="1"/>' }), { locale: 'vi' });
    expect(row?.date1904).toBe(true);
    expect(row?.cells).toEqual([null, null, null, null, 1500]);
    expect(row?.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_xlsx_value', [2, 'A']],
      ['invalid_xlsx_value', [2, 'B']],
      ['invalid_xlsx_value', [2, 'C']],
      ['invalid_xlsx_value', [2, 'D']],
    ]);
    expect(row?.issues[0]?.message).toBe("A2: ô số không chứa số, nhận được \"abc\"");
  });

  it('answers malformed input with one ReformRulesError and a code', async () => {
    const good = writeWorkbook({ sheets: [{ name: 'A', rows: [['x']] }] });
    const codeOf = async (source: Uint8Array) => {
      const error = await caught(() => readAll(source));
      expect(error).toBeInstanceOf(ReformRulesError);
      return (error as ReformRulesError).code;
    };
    expect(await codeOf(strToU8('Mã hồ sơ;Ngày\n1;2\n'))).toBe('invalid_xlsx_zip');
    expect(await codeOf(good.slice(0, good.length >> 1))).toBe('invalid_xlsx_zip');
    const corrupt = good.slice();
    const at = Buffer.from(good).indexOf('xl/worksheets/sheet1.xml') + 30;
    corrupt.fill(0xff, at, at + 40);
    expect(['invalid_xlsx_zip', 'invalid_xlsx_xml']).toContain(await codeOf(corrupt));
    expect(await codeOf(handMade(`<worksheet ${NS}><sheetData><row><c r="A1"><v>1</v></row></sheetData>`))).toBe('invalid_xlsx_xml');
    expect(await codeOf(handMade(`<worksheet ${NS}><sheetData><row><c r="1A"><v>1</v></c></row></sheetData></worksheet>`))).toBe('invalid_xlsx_xml');
    expect(await codeOf(handMade(`<!DOCTYPE x [<!ENTITY a "b">]><worksheet ${NS}/>`))).toBe('invalid_xlsx_xml');
    expect(await codeOf(handMade(`<worksheet ${NS}><sheetData><row><c t="inlineStr"><is><t>&bad;</t></is></c></row></sheetData></worksheet>`))).toBe('invalid_xlsx_xml');
    expect(await codeOf(zipSync({ 'a.txt': strToU8('x') }))).toBe('missing_xlsx_part');
    expect(() => readXlsxRows(good, { sheet: -1 })).toThrow(ReformRulesError);
    expect(() => readXlsxRows('x' as unknown as Uint8Array)).toThrow(ReformRulesError);
  });

  it('names the malformed part and what is near the problem', async () => {
    const bad = handMade(`<worksheet ${NS}><sheetData><row><c r="A1"><v>1</v></row></sheetData>`);
    const error = (await caught(() => readAll(bad))) as ReformRulesError;
    expect(error.code).toBe('invalid_xlsx_xml');
    expect(error.message).toMatch(/^source: the part "xl\/worksheets\/s.xml" is not well-formed SpreadsheetML/);
  });
});
