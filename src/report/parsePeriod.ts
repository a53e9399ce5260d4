import { raise } from '../errors/ReformRulesError';
import type { PeriodConvention, ReportingPeriod } from './types/ReportingPeriod';
import { reportingPeriod } from './reportingPeriod';

/**
 * Options of {@link parsePeriod}.
 * @example
 * ```ts
 * import type { ParsePeriodOptions } from 'reform-rules';
 * const options: ParsePeriodOptions = { convention: 'calendar' };
 * ```
 * @category Report
 */
export interface ParsePeriodOptions {
  /** The cut-off convention. @defaultValue `'decree09'` */
  readonly convention?: PeriodConvention | undefined;
}

const PATTERN = /^(\d{4})(?:-(?:(\d{2})|[Qq]([1-4])|[Hh]([12])|(9)[Mm]))?$/;

/**
 * Reads a period code: `'2025'` (year), `'2025-9M'` (nine months), `'2025-H1'` (half), `'2025-Q1'`
 * (quarter) or `'2025-03'` (month), as written by {@link ReportingPeriod.code}.
 *
 * @remarks The letters may be upper or lower case. The convention is not part of the code; pass
 * it in the options (default `'decree09'`).
 * @param text - The period code.
 * @param options - The cut-off convention.
 * @returns The period, as {@link reportingPeriod} builds it.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the text is not a period code (or names month 00 or 13+).
 * @throws {@link ReformRulesError} (code `invalid_enum`) When the convention is not one of the allowed values.
 * @throws {@link ReformRulesError} (code `period_year_out_of_range`) When the year is below 1000.
 * @example
 * ```ts
 * import { parsePeriod } from 'reform-rules';
 * parsePeriod('2025-Q1').from; // => '2024-12-15'
 * parsePeriod('2025-9M', { convention: 'calendar' }).to; // => '2025-09-30'
 * parsePeriod('2025-01').label.en; // => 'January 2025'
 * ```
 * @category Report
 */
export function parsePeriod(text: string, options?: ParsePeriodOptions): ReportingPeriod {
  const m = typeof text === 'string' ? PATTERN.exec(text) : null;
  if (m === null) return raise('invalid_period', { field: 'period', received: text });
  const year = Number(m[1]);
  const convention = options?.convention;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) raise('invalid_period', { field: 'period', received: text });
    return reportingPeriod({ kind: 'month', year, index: month, convention });
  }
  if (m[3] !== undefined) return reportingPeriod({ kind: 'quarter', year, index: Number(m[3]), convention });
  if (m[4] !== undefined) return reportingPeriod({ kind: 'half', year, index: Number(m[4]), convention });
  if (m[5] !== undefined) return reportingPeriod({ kind: 'nineMonths', year, convention });
  return reportingPeriod({ kind: 'year', year, convention });
}
