import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/_lib/civilDate';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { parsePeriod, reportingPeriod } from '../../src/report/index';
import type { PeriodConvention, PeriodKind } from '../../src/report/index';

type Row = readonly [PeriodKind, number, number | undefined, PeriodConvention, string, string, string, string, string];

// kind, year, index, convention, from, to, code, vi label, en label
const TABLE: readonly Row[] = [
  // Decree 09/2019 Art. 12: months cross the year boundary in January.
  ['month', 2025, 1, 'decree09', '2024-12-15', '2025-01-14', '2025-01', 'Tháng 1 năm 2025', 'January 2025'],
  ['month', 2025, 2, 'decree09', '2025-01-15', '2025-02-14', '2025-02', 'Tháng 2 năm 2025', 'February 2025'],
  ['month', 2024, 3, 'decree09', '2024-02-15', '2024-03-14', '2024-03', 'Tháng 3 năm 2024', 'March 2024'],
  ['month', 2025, 12, 'decree09', '2025-11-15', '2025-12-14', '2025-12', 'Tháng 12 năm 2025', 'December 2025'],
  ['quarter', 2025, 1, 'decree09', '2024-12-15', '2025-03-14', '2025-Q1', 'Quý I năm 2025', 'Q1 2025'],
  ['quarter', 2025, 2, 'decree09', '2025-03-15', '2025-06-14', '2025-Q2', 'Quý II năm 2025', 'Q2 2025'],
  ['quarter', 2025, 3, 'decree09', '2025-06-15', '2025-09-14', '2025-Q3', 'Quý III năm 2025', 'Q3 2025'],
  ['quarter', 2025, 4, 'decree09', '2025-09-15', '2025-12-14', '2025-Q4', 'Quý IV năm 2025', 'Q4 2025'],
  ['half', 2025, 1, 'decree09', '2024-12-15', '2025-06-14', '2025-H1', '6 tháng đầu năm 2025', 'First half of 2025'],
  ['half', 2025, 2, 'decree09', '2025-06-15', '2025-12-14', '2025-H2', '6 tháng cuối năm 2025', 'Second half of 2025'],
  ['nineMonths', 2025, undefined, 'decree09', '2024-12-15', '2025-09-14', '2025-9M', '9 tháng năm 2025', 'First nine months of 2025'],
  ['year', 2025, undefined, 'decree09', '2024-12-15', '2025-12-14', '2025', 'Năm 2025', 'Year 2025'],
  ['year', 2000, undefined, 'decree09', '1999-12-15', '2000-12-14', '2000', 'Năm 2000', 'Year 2000'],
  // Calendar periods (national dashboards), leap years included.
  ['month', 2024, 2, 'calendar', '2024-02-01', '2024-02-29', '2024-02', 'Tháng 2 năm 2024', 'February 2024'],
  ['month', 2025, 2, 'calendar', '2025-02-01', '2025-02-28', '2025-02', 'Tháng 2 năm 2025', 'February 2025'],
  ['month', 2000, 2, 'calendar', '2000-02-01', '2000-02-29', '2000-02', 'Tháng 2 năm 2000', 'February 2000'],
  ['month', 2100, 2, 'calendar', '2100-02-01', '2100-02-28', '2100-02', 'Tháng 2 năm 2100', 'February 2100'],
  ['month', 2025, 12, 'calendar', '2025-12-01', '2025-12-31', '2025-12', 'Tháng 12 năm 2025', 'December 2025'],
  ['quarter', 2024, 1, 'calendar', '2024-01-01', '2024-03-31', '2024-Q1', 'Quý I năm 2024', 'Q1 2024'],
  ['quarter', 2025, 2, 'calendar', '2025-04-01', '2025-06-30', '2025-Q2', 'Quý II năm 2025', 'Q2 2025'],
  ['quarter', 2025, 3, 'calendar', '2025-07-01', '2025-09-30', '2025-Q3', 'Quý III năm 2025', 'Q3 2025'],
  ['quarter', 2025, 4, 'calendar', '2025-10-01', '2025-12-31', '2025-Q4', 'Quý IV năm 2025', 'Q4 2025'],
  ['half', 2024, 1, 'calendar', '2024-01-01', '2024-06-30', '2024-H1', '6 tháng đầu năm 2024', 'First half of 2024'],
  ['half', 2024, 2, 'calendar', '2024-07-01', '2024-12-31', '2024-H2', '6 tháng cuối năm 2024', 'Second half of 2024'],
  ['nineMonths', 2025, undefined, 'calendar', '2025-01-01', '2025-09-30', '2025-9M', '9 tháng năm 2025', 'First nine months of 2025'],
  ['year', 2024, undefined, 'calendar', '2024-01-01', '2024-12-31', '2024', 'Năm 2024', 'Year 2024'],
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ReformRulesError ? e.code : 'not a ReformRulesError';
  }
  return undefined;
}

describe('reportingPeriod', () => {
  it.each(TABLE)('builds %s %i #%s (%s) as %s..%s', (kind, year, index, convention, from, to, code, vi, en) => {
    const p = reportingPeriod({ kind, year, index, convention });
    expect(p).toEqual({ kind, year, index: index ?? null, convention, code, from, to, label: { vi, en } });
  });

  it('defaults to the Decree 09 convention', () => {
    expect(reportingPeriod({ kind: 'quarter', year: 2025, index: 1 }).from).toBe('2024-12-15');
  });

  it('makes the Decree 09 quarters, halves, nine months and months tile the year without gaps or overlaps', () => {
    for (const convention of ['decree09', 'calendar'] as const) {
      const year = reportingPeriod({ kind: 'year', year: 2024, convention });
      for (const [kind, n] of [['month', 12], ['quarter', 4], ['half', 2]] as const) {
        const parts = Array.from({ length: n }, (_, i) => reportingPeriod({ kind, year: 2024, index: i + 1, convention }));
        expect(parts[0]?.from).toBe(year.from);
        expect(parts[n - 1]?.to).toBe(year.to);
        for (let i = 1; i < n; i++) {
          const prevTo = parseCivilDate(parts[i - 1]?.to) as number;
          const nextFrom = parseCivilDate(parts[i]?.from) as number;
          expect(nextFrom - prevTo).toBe(1);
        }
      }
      const nine = reportingPeriod({ kind: 'nineMonths', year: 2024, convention });
      expect(nine.from).toBe(year.from);
      expect(nine.to).toBe(reportingPeriod({ kind: 'quarter', year: 2024, index: 3, convention }).to);
    }
  });

  it('rejects bad kinds, conventions, years and indexes with named codes', () => {
    expect(codeOf(() => reportingPeriod({ kind: 'week' as PeriodKind, year: 2025 }))).toBe('invalid_enum');
    expect(codeOf(() => reportingPeriod({ kind: 'year', year: 2025, convention: 'lunar' as PeriodConvention }))).toBe('invalid_enum');
    expect(codeOf(() => reportingPeriod({ kind: 'year', year: 2025.5 }))).toBe('not_integer');
    expect(codeOf(() => reportingPeriod({ kind: 'year', year: 999 }))).toBe('period_year_out_of_range');
    expect(codeOf(() => reportingPeriod({ kind: 'quarter', year: 2025 }))).toBe('period_index_out_of_range');
    expect(codeOf(() => reportingPeriod({ kind: 'quarter', year: 2025, index: 5 }))).toBe('period_index_out_of_range');
    expect(codeOf(() => reportingPeriod({ kind: 'month', year: 2025, index: 0 }))).toBe('period_index_out_of_range');
    expect(codeOf(() => reportingPeriod({ kind: 'half', year: 2025, index: 1.5 }))).toBe('period_index_out_of_range');
    expect(codeOf(() => reportingPeriod({ kind: 'year', year: 2025, index: 1 }))).toBe('unexpected_period_index');
    expect(codeOf(() => reportingPeriod(null as never))).toBe('invalid_type');
  });

  it('names the field and the received value in the message', () => {
    expect(() => reportingPeriod({ kind: 'quarter', year: 2025, index: 7 })).toThrow('index: a quarter index must be a whole number from 1 to 4, received 7');
  });
});

describe('parsePeriod', () => {
  it.each(TABLE)('reads the code of %s %i #%s (%s) back', (kind, year, index, convention) => {
    const p = reportingPeriod({ kind, year, index, convention });
    expect(parsePeriod(p.code, { convention })).toEqual(p);
  });

  it('reads lower-case letters and defaults to Decree 09', () => {
    expect(parsePeriod('2025-q1')).toEqual(reportingPeriod({ kind: 'quarter', year: 2025, index: 1 }));
    expect(parsePeriod('2025-h2').to).toBe('2025-12-14');
    expect(parsePeriod('2025-9m').kind).toBe('nineMonths');
  });

  it.each(['', '25', '2025-13', '2025-00', '2025-Q5', '2025-H3', '2025-6M', '2025-Q1 ', 'Q1-2025', '2025/03', '2025-3'])(
    'rejects %j with invalid_period',
    (text) => {
      expect(codeOf(() => parsePeriod(text))).toBe('invalid_period');
    },
  );

  it('rejects a non-string with invalid_period', () => {
    expect(codeOf(() => parsePeriod(2025 as never))).toBe('invalid_period');
  });
});
