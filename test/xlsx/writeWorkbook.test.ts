import { describe, expect, it } from 'vitest';
import { ReformRulesError } from '../../src/index';
import { writeWorkbook } from '../../src/xlsx/index';
import type { XlsxSheetSpec } from '../../src/xlsx/index';
import { caught, parts, readAll } from './_helpers';

const sheet = (over: Partial<XlsxSheetSpec> = {}): XlsxSheetSpec => ({ name: 'Biểu 06', rows: [['a', 1]], ...over });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ReformRulesError ? e.code : `not a ReformRulesError: ${String(e)}`;
  }
  return undefined;
}

describe('writeWorkbook', () => {
  it('writes numbers as numeric cells, text as shared strings, booleans and dates', () => {
    const p = parts(writeWorkbook({ sheets: [sheet({ rows: [['Phòng Tư pháp', 12.5, true, { date: '2025-03-14' }, { date: '2025-03-14T10:30' }]] })] }));
    const xml = p['xl/worksheets/sheet1.xml'] ?? '';
    expect(xml).toContain('<c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c>');
    expect(xml).toMatch(/<c r="D1" s="(\d+)"><v>45730<\/v><\/c><c r="E1" s="(\d+)"><v>45730.4375<\/v><\/c>/);
    expect(p['xl/sharedStrings.xml']).toContain('<si><t xml:space="preserve">Phòng Tư pháp</t></si>');
    expect(p['xl/styles.xml']).toContain('formatCode="dd/mm/yyyy"');
    expect(p['xl/styles.xml']).toContain('formatCode="dd/mm/yyyy hh:mm"');
    expect(xml).not.toContain('<f>');
  });

  it('writes inline strings when asked', () => {
    const xml = parts(writeWorkbook({ strings: 'inline', sheets: [sheet({ rows: [['=1+1']] })] }))['xl/worksheets/sheet1.xml'];
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>');
  });

  it('never writes text as a formula, and neutralises it only when asked', async () => {
    const plain = writeWorkbook({ sheets: [sheet({ rows: [['=HYPERLINK("x")', '-1', '@SUM(A1)']] })] });
    expect(parts(plain)['xl/worksheets/sheet1.xml']).not.toContain('<f>');
    expect((await readAll(plain))[0]?.cells).toEqual(['=HYPERLINK("x")', '-1', '@SUM(A1)']);
    const safe = writeWorkbook({ neutraliseFormulas: true, sheets: [sheet({ rows: [['=HYPERLINK("x")', -1, 'ok']] })] });
    expect((await readAll(safe))[0]?.cells).toEqual(["'=HYPERLINK(\"x\")", -1, 'ok']);
  });

  it('records merged ranges, widths, heights, frozen panes and print setup in the sheet XML', () => {
    const xml = parts(
      writeWorkbook({
        sheets: [
          sheet({
            rows: [{ cells: ['Tiêu đề'], height: 30 }, ['x']],
            merges: ['A1:W1', 'C3:B2'],
            columns: [{ width: 28 }, null, { width: 9.5 }],
            freeze: { rows: 2, columns: 1 },
            print: { orientation: 'landscape', fitToWidth: true, margins: { left: 25.4 }, footer: { center: 'Trang {page}/{pages} & hết' }, centerHorizontally: true },
          }),
        ],
      }),
    )['xl/worksheets/sheet1.xml'];
    expect(xml).toContain('<mergeCells count="2"><mergeCell ref="A1:W1"/><mergeCell ref="B2:C3"/></mergeCells>');
    expect(xml).toContain('<cols><col min="1" max="1" width="28" customWidth="1"/><col min="3" max="3" width="9.5" customWidth="1"/></cols>');
    expect(xml).toContain('<row r="1" ht="30" customHeight="1">');
    expect(xml).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pageMargins left="1" right="0.5906" top="0.7874" bottom="0.7874" header="0.315" footer="0.315"/>');
    expect(xml).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N &amp;&amp; hết</oddFooter>');
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml?.indexOf('<mergeCells')).toBeLessThan(xml?.indexOf('<pageMargins') ?? 0);
  });

  it('repeats header rows with the _xlnm.Print_Titles defined name, quoting the sheet name', () => {
    const wb = parts(writeWorkbook({ sheets: [sheet({ name: "Ph'òng" }), sheet({ name: 'Khác', print: { repeatRows: { first: 5, last: 6 } } })] }))['xl/workbook.xml'];
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Khác'!$5:$6</definedName>`);
    expect(wb).toContain('<sheet name="Ph\'òng" sheetId="1" r:id="rId1"/>');
  });

  it('writes styles once each: fonts, borders, fills, alignment and number formats', () => {
    const header = { bold: true, italic: true, fontSize: 13, wrap: true, horizontal: 'center', vertical: 'center', border: 'thin', fill: '#DDEBF7' } as const;
    const styles = parts(
      writeWorkbook({ font: { name: 'Times New Roman', size: 12 }, sheets: [sheet({ rows: [[{ value: 'A', style: header }, { value: 'B', style: { ...header } }, { value: 0.1234, style: { numberFormat: '0.00%' } }, { value: 1234, style: { numberFormat: '#,##0' } }, { value: 5, style: { numberFormat: '0 "hồ sơ"' } }]] })] }),
    )['xl/styles.xml'];
    expect(styles).toContain('<font><b/><i/><sz val="13"/><name val="Times New Roman"/><family val="2"/></font>');
    expect(styles).toContain('<fgColor rgb="FFDDEBF7"/>');
    expect(styles).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="0 &quot;hồ sơ&quot;"/>');
    expect(styles).toContain('<xf numFmtId="10" ');
    expect(styles).toContain('<xf numFmtId="3" ');
    expect(styles?.match(/<cellXfs count="(\d+)"/)?.[1]).toBe('5');
  });

  it('gives byte-identical output for the same spec, with the fixed 1980-01-01 ZIP timestamp', () => {
    const spec = { sheets: [sheet({ rows: [['Hồ sơ', 1, { date: '2025-01-01' }]], merges: ['A1:B1'] })] };
    const a = writeWorkbook(spec);
    const b = writeWorkbook(spec);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const view = new DataView(a.buffer, a.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(33);
  });

  it('escapes XML and writes control characters as _xHHHH_', () => {
    const p = parts(writeWorkbook({ sheets: [sheet({ rows: [['<a & "b">\r\n\u0001_x0041_\t']] })] }));
    expect(p['xl/sharedStrings.xml']).toContain('<t xml:space="preserve">&lt;a &amp; &quot;b&quot;&gt;_x000D_\n_x0001__x005F_x0041_\t</t>');
  });

  it('validates sheet names: length, characters, apostrophes, uniqueness without case', () => {
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ name: 'x'.repeat(32) })] }))).toBe('invalid_sheet_name');
    for (const bad of ['', 'a/b', 'a[1]', 'a:b', 'a*', 'a?', 'a\\b', "'a", "a'", 'History']) {
      expect(codeOf(() => writeWorkbook({ sheets: [sheet({ name: bad })] }))).toBe('invalid_sheet_name');
    }
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ name: 'Đơn vị' }), sheet({ name: 'ĐƠN VỊ' })] }))).toBe('duplicate_sheet_name');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ name: 'x'.repeat(31) })] }))).toBeUndefined();
  });

  it('refuses bad cells, ranges and options with a code naming the field', () => {
    const e = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as ReformRulesError;
      }
      throw new Error('expected a throw');
    };
    const nan = e(() => writeWorkbook({ sheets: [sheet({ rows: [['ok'], [1, Number.NaN]] })] }));
    expect([nan.code, nan.message]).toEqual(['invalid_cell', 'sheets[0].rows[1][1]: a number cell needs a finite number, received NaN']);
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ rows: [['x'.repeat(32_768)]] })] }))).toBe('invalid_cell');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ rows: [[{ date: '2025-02-30' }]] })] }))).toBe('invalid_excel_serial');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ merges: ['A1:B2', 'B2:C3'] })] }))).toBe('invalid_cell_range');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ merges: ['A1'] })] }))).toBe('invalid_cell_range');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ merges: ['A0:B1'] })] }))).toBe('invalid_cell_range');
    expect(codeOf(() => writeWorkbook({ sheets: [] }))).toBe('invalid_xlsx_option');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ rows: [[{ value: 1, style: { fill: 'red' } }]] })] }))).toBe('invalid_xlsx_option');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ print: { repeatRows: { first: 3, last: 2 } } })] }))).toBe('invalid_xlsx_option');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ freeze: { rows: -1 } })] }))).toBe('invalid_xlsx_option');
    expect(codeOf(() => writeWorkbook({ sheets: [sheet({ rows: [new Array(16_385).fill(1)] })] }))).toBe('xlsx_limit_exceeded');
  });

  it('takes rows from a generator and styled empty cells for borders in merged areas', async () => {
    function* rows() {
      yield { cells: [{ value: 'Tổng', style: { border: 'thin' } }, { value: null, style: { border: 'thin' } }], style: { bold: true } } as const;
      yield [1, 2];
    }
    const bytes = writeWorkbook({ sheets: [sheet({ rows: rows(), merges: ['A1:B1'] })] });
    expect(parts(bytes)['xl/worksheets/sheet1.xml']).toMatch(/<c r="B1" s="\d+"\/>/);
    expect((await readAll(bytes)).map((r) => r.cells)).toEqual([['Tổng', null], [1, 2]]);
  });

  it('is read back by the workbook reader with the same sheet chosen by name', async () => {
    const bytes = writeWorkbook({ sheets: [sheet({ name: 'Một' }), sheet({ name: 'Hai', rows: [['hai']] })] });
    expect((await readAll(bytes, { sheet: 'Hai' }))[0]?.cells).toEqual(['hai']);
    expect(await caught(() => readAll(bytes, { sheet: 'Ba' }))).toMatchObject({ code: 'xlsx_sheet_not_found' });
  });
});

describe('writeWorkbook at its boundary', () => {
  it('a sheet without rows is invalid_type naming sheets[i].rows; a null row is invalid_cell', () => {
    const write = writeWorkbook as (spec: unknown) => Uint8Array;
    expect(codeOf(() => write({ sheets: [{ name: 'S' }] }))).toBe('invalid_type');
    expect(() => write({ sheets: [sheet(), { name: 'T', rows: 'abc' }] })).toThrow(/sheets\[1\]\.rows/);
    expect(codeOf(() => write({ sheets: [{ name: 'S', rows: [null] }] }))).toBe('invalid_cell');
  });
});
