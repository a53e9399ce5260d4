import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromLunar } from '../../src/calendar/fromLunar';
import { lunarNewYear } from '../../src/calendar/lunarNewYear';
import { toLunar } from '../../src/calendar/toLunar';
import { ReformRulesError } from '../../src/errors/ReformRulesError';

interface TetRow {
  readonly year: number;
  readonly tet: string;
  readonly source: string;
  readonly china_utc8?: string;
}
const tetRows = JSON.parse(readFileSync(new URL('../fixtures/calendar/vn-tet-peer.json', import.meta.url), 'utf8')) as TetRow[];

function codeOf(fn: () => unknown): { code: string; received: unknown } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReformRulesError) return { code: error.code, received: error.received };
    throw error;
  }
  throw new Error('expected a ReformRulesError');
}

describe('lunarNewYear', () => {
  it('matches every published Tết date 1901-2100 of the peer data', () => {
    expect(tetRows.length).toBeGreaterThanOrEqual(200);
    const wrong = tetRows.filter((row) => lunarNewYear(row.year) !== row.tet).map((row) => `${row.year}: ${row.tet} (${row.source})`);
    expect(wrong).toEqual([]);
  });

  it('follows Vietnam (UTC+7), not China (UTC+8), in the years they differ', () => {
    const differing = tetRows.filter((row) => row.china_utc8 !== undefined);
    expect(differing.map((r) => r.year)).toEqual(expect.arrayContaining([1985, 2007, 2030]));
    for (const row of differing) {
      expect(lunarNewYear(row.year)).toBe(row.tet);
      expect(lunarNewYear(row.year)).not.toBe(row.china_utc8);
    }
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(2030)).toBe('2030-02-02');
  });

  it('answers recent and coming years', () => {
    expect(lunarNewYear(2024)).toBe('2024-02-10');
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(lunarNewYear(2027)).toBe('2027-02-06');
  });

  it('rejects years outside 1900-2100 and non-integers', () => {
    expect(codeOf(() => lunarNewYear(1899))).toEqual({ code: 'calendar_out_of_range', received: 1899 });
    expect(codeOf(() => lunarNewYear(2101))).toEqual({ code: 'calendar_out_of_range', received: 2101 });
    expect(codeOf(() => lunarNewYear(2025.5))).toEqual({ code: 'not_integer', received: 2025.5 });
  });
});

describe('fromLunar', () => {
  it('places Giỗ Tổ Hùng Vương (10/3 lunar) on the published days', () => {
    const hung: [number, string][] = [
      [2007, '2007-04-26'],
      [2008, '2008-04-15'],
      [2019, '2019-04-14'],
      [2023, '2023-04-29'],
      [2024, '2024-04-18'],
      [2025, '2025-04-07'],
      [2026, '2026-04-26'],
      [2027, '2027-04-16'],
      [2030, '2030-04-12'],
    ];
    for (const [year, date] of hung) expect(fromLunar({ year, month: 3, day: 10 })).toBe(date);
  });

  it('reads the Tết days named by the 2025 and 2026 notices', () => {
    expect(fromLunar({ year: 2024, month: 12, day: 26 })).toBe('2025-01-25'); // 6150/TB-BLĐTBXH
    expect(fromLunar({ year: 2025, month: 1, day: 5 })).toBe('2025-02-02');
    expect(fromLunar({ year: 2025, month: 12, day: 29 })).toBe('2026-02-16'); // 9441/TB-BNV
    expect(fromLunar({ year: 2026, month: 1, day: 4 })).toBe('2026-02-20');
  });

  it('knows leap months', () => {
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(fromLunar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
    expect(toLunar('2020-05-23')).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(toLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
  });

  it('rejects a leap month the year does not have', () => {
    const e = codeOf(() => fromLunar({ year: 2024, month: 3, day: 1, leap: true }));
    expect(e).toEqual({ code: 'invalid_lunar_date', received: { year: 2024, month: 3, day: 1, leap: true } });
  });

  it('rejects day 30 of a 29-day month', () => {
    // Tháng Chạp of Giáp Thìn (2024) has 29 days: Tết Ất Tỵ is the day after 29/12.
    expect(fromLunar({ year: 2024, month: 12, day: 29 })).toBe('2025-01-28');
    expect(codeOf(() => fromLunar({ year: 2024, month: 12, day: 30 })).code).toBe('invalid_lunar_date');
    expect(() => fromLunar({ year: 2024, month: 12, day: 30 })).toThrow('month 12 of 2024 has 29 days');
  });

  it('rejects malformed lunar dates', () => {
    expect(codeOf(() => fromLunar({ year: 2025, month: 13, day: 1 })).code).toBe('invalid_lunar_date');
    expect(codeOf(() => fromLunar({ year: 2025, month: 1, day: 0 })).code).toBe('invalid_lunar_date');
    expect(codeOf(() => fromLunar({ year: 2025.5, month: 1, day: 1 })).code).toBe('invalid_lunar_date');
    expect(codeOf(() => fromLunar(null as never)).code).toBe('invalid_lunar_date');
    expect(codeOf(() => fromLunar({ year: 2025, month: 1, day: 1, leap: 'yes' as never })).code).toBe('invalid_lunar_date');
  });

  it('rejects lunar dates outside the covered range', () => {
    expect(codeOf(() => fromLunar({ year: 1850, month: 1, day: 1 })).code).toBe('calendar_out_of_range');
    expect(codeOf(() => fromLunar({ year: 2101, month: 1, day: 1 })).code).toBe('calendar_out_of_range');
  });
});

describe('toLunar', () => {
  it('converts civil dates', () => {
    expect(toLunar('2025-01-29')).toEqual({ year: 2025, month: 1, day: 1, leap: false });
    expect(toLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(toLunar('1900-01-01').year).toBe(1899);
    expect(toLunar('2100-12-31').year).toBe(2100);
  });

  it('rejects malformed dates with invalid_date and the received value', () => {
    for (const bad of ['2025-13-01', '2025-02-29', '20250101', '', 20250101, new Date(0), undefined]) {
      expect(codeOf(() => toLunar(bad as never))).toEqual({ code: 'invalid_date', received: bad });
    }
  });

  it('rejects dates outside 1900-2100', () => {
    expect(codeOf(() => toLunar('1899-12-31'))).toEqual({ code: 'calendar_out_of_range', received: '1899-12-31' });
    expect(codeOf(() => toLunar('2101-01-01'))).toEqual({ code: 'calendar_out_of_range', received: '2101-01-01' });
  });
});
