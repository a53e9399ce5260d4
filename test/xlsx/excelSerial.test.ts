import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReformRulesError } from '../../src/index';
import { civilToExcelSerial, excelSerialToCivil, isDateFormat, neutraliseFormula } from '../../src/xlsx/index';
import { serialToVietnamInstant } from '../../src/xlsx/excelSerialToCivil';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof ReformRulesError ? e.code : 'other';
  }
  return undefined;
};

describe('excelSerialToCivil', () => {
  it('converts serials as Excel displays them, in both date systems', () => {
    expect(excelSerialToCivil(45643)).toBe('2024-12-17');
    expect(excelSerialToCivil(45643.45347222222)).toBe('2024-12-17T10:53:00');
    expect(excelSerialToCivil(45643.4534722222)).toBe('2024-12-17T10:53:00');
    expect(excelSerialToCivil(45643.99999999)).toBe('2024-12-17T23:59:59.999');
    expect(excelSerialToCivil(45643.999999999)).toBe('2024-12-18T00:00:00');
    expect(excelSerialToCivil(1)).toBe('1900-01-01');
    expect(excelSerialToCivil(59)).toBe('1900-02-28');
    expect(excelSerialToCivil(61)).toBe('1900-03-01');
    expect(excelSerialToCivil(0.5)).toBe('1899-12-31T12:00:00');
    expect(excelSerialToCivil(2_958_465)).toBe('9999-12-31');
    expect(excelSerialToCivil(0, { date1904: true })).toBe('1904-01-01');
    expect(excelSerialToCivil(44181, { date1904: true })).toBe('2024-12-17');
  });

  it('refuses the phantom 1900-02-29, negatives, non-finite and too-large serials', () => {
    for (const bad of [60, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_958_466]) expect(code(() => excelSerialToCivil(bad))).toBe('invalid_excel_serial');
    expect(code(() => excelSerialToCivil('45643' as unknown as number))).toBe('invalid_excel_serial');
  });

  it('round-trips every civil date-time 1900-03-01..9999-12-31 through civilToExcelSerial, in both systems (1904-01-01 on in the 1904 system)', () => {
    const civil = fc
      .record({ day: fc.integer({ min: 0, max: 2_958_465 - 61 }), seconds: fc.integer({ min: 0, max: 86_399 }) })
      .map(({ day, seconds }) => {
        const date = excelSerialToCivil(61 + day);
        if (seconds === 0) return date;
        const p = (n: number) => String(n).padStart(2, '0');
        return `${date}T${p(Math.floor(seconds / 3600))}:${p(Math.floor(seconds / 60) % 60)}:${p(seconds % 60)}`;
      });
    fc.assert(
      fc.property(civil, fc.boolean(), (text, flag) => {
        const date1904 = flag && text >= '1904';
        expect(excelSerialToCivil(civilToExcelSerial(text, { date1904 }), { date1904 })).toBe(text);
      }),
    );
  });
});

describe('civilToExcelSerial', () => {
  it('gives the serials Excel stores', () => {
    expect(civilToExcelSerial('2024-12-17')).toBe(45643);
    expect(civilToExcelSerial('2024-12-17T12:00')).toBe(45643.5);
    expect(civilToExcelSerial('1900-01-01')).toBe(1);
    expect(civilToExcelSerial('1900-03-01')).toBe(61);
    expect(civilToExcelSerial('2024-12-17', { date1904: true })).toBe(44181);
  });

  it('refuses text that is not a real civil date or time', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '17/12/2024', '2025-01-01T24:00', '1899-12-31', '2025-01-01T10:00+07:00']) {
      expect(code(() => civilToExcelSerial(bad))).toBe('invalid_excel_serial');
    }
    expect(code(() => civilToExcelSerial('1903-12-31', { date1904: true }))).toBe('invalid_excel_serial');
  });
});

describe('isDateFormat', () => {
  it('knows the built-in date ids 14–22 and 45–47', () => {
    expect([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47].every((id) => isDateFormat(id))).toBe(true);
    expect([0, 1, 2, 3, 4, 9, 10, 11, 49, 164].some((id) => isDateFormat(id))).toBe(false);
  });

  it('finds date and time tokens outside quoted text, escapes and bracket tags', () => {
    for (const f of ['dd/mm/yyyy', 'dd/mm/yyyy\\ hh:mm', '[$-42A]d/m/yyyy', 'yyyy-mm-dd', 'h:mm AM/PM', '[h]:mm', '[mm]:ss', '[Red]dd/mm/yy']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '#,##0', '0.00%', '"ngày"0', '0\\d', '#,##0 "hồ sơ"', '[Red]#,##0', '0.00E+00', '@', ';dd/mm']) expect(isDateFormat(f)).toBe(false);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab or CR, and leaves other text alone', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['', 'Hồ sơ', ' =1', "'=1", '1-2'].map(neutraliseFormula)).toEqual(['', 'Hồ sơ', ' =1', "'=1", '1-2']);
  });

  it('never leaves text starting with a formula character, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseFormula(s);
        expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });
});

describe('serialToVietnamInstant (the dossier readers\' date cells)', () => {
  /** What the readers built before: excelSerialToCivil, the milliseconds dropped, the time and +07:00 added. */
  const reference = (serial: number, date1904: boolean): string | undefined => {
    let text: string;
    try {
      text = excelSerialToCivil(serial, { date1904 });
    } catch {
      return undefined;
    }
    const civil = text.length > 19 ? text.slice(0, 19) : text;
    return `${civil.length === 10 ? `${civil}T00:00:00` : civil}+07:00`;
  };
  const serials = fc.oneof(
    fc.double({ min: -2, max: 2_958_467, noNaN: false }),
    fc.integer({ min: 0, max: 2_958_466 }),
    // Times a millisecond either side of a second, a minute and midnight, and the phantom 1900-02-29.
    fc.tuple(fc.integer({ min: 0, max: 2_958_465 }), fc.integer({ min: 0, max: 86_400 }), fc.integer({ min: -2, max: 2 })).map(([d, s, e]) => d + (s * 1000 + e) / 86_400_000),
    fc.constantFrom(60, 60.5, 59.999999999, 0, 0.5, 2_958_465, 2_958_465.9999999, 2_958_466, -0, Number.POSITIVE_INFINITY, Number.NaN, 1_457_003, 1_457_004),
  );

  it('gives what excelSerialToCivil gives, completed as an instant, and undefined exactly where it throws', () => {
    fc.assert(
      fc.property(serials, fc.boolean(), (serial, date1904) => {
        expect(serialToVietnamInstant(serial, date1904)).toBe(reference(serial, date1904));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a date cell of a workbook as that instant', () => {
    expect(serialToVietnamInstant(45643.45347222222, false)).toBe('2024-12-17T10:53:00+07:00');
    expect(serialToVietnamInstant(45643, false)).toBe('2024-12-17T00:00:00+07:00');
    expect(serialToVietnamInstant(45643.99999999, false)).toBe('2024-12-17T23:59:59+07:00');
    expect(serialToVietnamInstant(44181, true)).toBe('2024-12-17T00:00:00+07:00');
    expect(serialToVietnamInstant(60, false)).toBeUndefined();
  });
});
