import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/index';
import { readCsv } from '../../src/io/index';
import { formatReport, parsePeriod, resolutionReport } from '../../src/report/index';
import type { CsvDialect } from '../../src/report/index';
import { neutraliseFormula } from '../../src/xlsx/neutraliseFormula';
import { DOC_NAMES, DOC_RECORDS } from './_docExample';

const calendar = createCalendar();
const period = parsePeriod('2025-Q1');
const reportOf = (names: Record<string, string>) => resolutionReport(DOC_RECORDS, { period, calendar, names });
const report = reportOf(DOC_NAMES);

/** Every cell of a CSV text through the project's reader: a synthetic header first (the form repeats headings such as "Quá hạn"). */
async function cellsOf(csv: string, separator: string): Promise<string[][]> {
  const text = csv.replace(/^\uFEFF/, '');
  const width = (text.split('\r\n')[0] as string).split(separator).length + 8;
  const header = Array.from({ length: width }, (_, i) => `c${i}`);
  const rows: string[][] = [];
  // The reader requires every row to have the header's width: count fields of each row instead.
  for await (const r of readCsv(`${header.slice(0, countFields(text, separator)).join(separator)}\r\n${text}`, { trim: false, delimiter: separator as ',' | ';' })) {
    if (!r.ok) throw new Error(`rejected line ${r.line}`);
    rows.push(Object.values(r.value));
  }
  return rows;
}

/** The number of fields of the first line (outside quotes). */
function countFields(text: string, separator: string): number {
  let n = 1;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === separator) n++;
    else if (!quoted && (c === '\r' || c === '\n')) break;
  }
  return n;
}

describe('CSV dialects', () => {
  it("writes 'excel-vi' with ';' between fields and a decimal comma, 'rfc4180' by default", () => {
    const vi = formatReport(report, { format: 'csv', dialect: 'excel-vi' }).split('\r\n');
    expect(vi[0]?.startsWith('STT;Đơn vị;Số hồ sơ nhận giải quyết;Trong đó: Trực tuyến;Trực tiếp, dịch vụ bưu chính;')).toBe(true);
    expect(vi[1]).toBe('1;Phòng Quản lý đầu tư;5;2;2;1;3;2;0;1;2;1;1;1;0;0;1;1;1;1;0;3,50;2,00');
    const plain = formatReport(report, { format: 'csv' }).split('\r\n');
    expect(plain[1]).toBe('1,Phòng Quản lý đầu tư,5,2,2,1,3,2,0,1,2,1,1,1,0,0,1,1,1,1,0,3.50,2.00');
    expect(formatReport(report, { format: 'csv', dialect: 'rfc4180' })).toBe(formatReport(report, { format: 'csv' }));
  });

  it('refuses an unknown dialect with invalid_enum', () => {
    expect(() => formatReport(report, { format: 'csv', dialect: 'excel' as CsvDialect })).toThrow(ReformRulesError);
    try {
      formatReport(report, { format: 'csv', dialect: 'tsv' as CsvDialect });
    } catch (e) {
      expect((e as ReformRulesError).code).toBe('invalid_enum');
    }
  });

  it('reads back through readCsv with its own delimiter detection, BOM included (en headings are unique)', async () => {
    for (const [dialect, sep] of [['rfc4180', ','], ['excel-vi', ';']] as const) {
      const csv = formatReport(report, { format: 'csv', locale: 'en', dialect, bom: true });
      const rows = [];
      for await (const r of readCsv(csv)) if (r.ok) rows.push(r.value);
      expect(rows).toHaveLength(3);
      expect(rows[0]?.['Department']).toBe('Phòng Quản lý đầu tư');
      expect(rows[2]?.['Average processing time (working days)']).toBe(sep === ',' ? '2.25' : '2,25');
      expect(rows[1]?.['In person or by post']).toBe('1');
    }
  });

  it('round-trips any unit names in both dialects: labels neutralised, numbers identical up to the decimal separator', async () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'Đ', ' ', ',', ';', '"', '\n', '\t', '=', '+', '-', '@', '1', '.'), minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(name, name, fc.boolean(), async (a, b, bom) => {
        const r = reportOf({ QLDT: a, VP: b });
        const plain = await cellsOf(formatReport(r, { format: 'csv', bom }), ',');
        const excel = await cellsOf(formatReport(r, { format: 'csv', bom, dialect: 'excel-vi' }), ';');
        expect(excel[0]).toEqual(plain[0]);
        expect(excel.slice(1).map((row) => row.map((c, i) => (i < 2 ? c : c.replace(',', '.'))))).toEqual(plain.slice(1));
        const labels = r.rows.map((row) => neutraliseFormula(row.name === '' ? (row.key as string) : row.name));
        expect(plain.slice(1, -1).map((row) => row[1])).toEqual(labels);
        expect(excel.slice(1, -1).map((row) => row[1])).toEqual(labels);
        for (const row of plain.slice(1)) for (const c of row.slice(2)) expect(c).toMatch(/^(\d+(\.\d+)?|—|)$/);
      }),
    );
  });
});

describe('CSV formula neutralisation (OWASP)', () => {
  it('prefixes text cells starting with = + - @ tab or CR with an apostrophe, in both dialects', () => {
    const hostile = { QLDT: '=HYPERLINK("http://x")', VP: '-2+3' };
    const r = reportOf(hostile);
    const csv = formatReport(r, { format: 'csv' });
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).toContain(`\r\n2,'-2+3,`);
    const vi = formatReport(r, { format: 'csv', dialect: 'excel-vi' });
    expect(vi).toContain(`\r\n2;'-2+3;`);
    for (const lead of ['+', '@', '\t', '\r']) {
      const text = formatReport(reportOf({ QLDT: `${lead}cmd`, VP: 'VP' }), { format: 'csv' });
      expect(text).toMatch(new RegExp(`\\r\\n1,"?'\\${lead === '\t' ? 't' : lead === '\r' ? 'r' : lead}cmd`));
    }
  });

  it('leaves number cells alone and never neutralises a plain unit name', () => {
    const csv = formatReport(report, { format: 'csv' });
    expect(csv).not.toContain("'");
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }).filter((s) => !/^[=+\-@\t\r]/.test(s) && s.trim() !== ''), (s) => {
        expect(neutraliseFormula(s)).toBe(s);
      }),
    );
  });
});
