import { daysFromCivil, daysInMonth, formatCivilDate, pad } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';
import type { PeriodConvention, PeriodKind, ReportingPeriod, ReportingPeriodInput } from './types/ReportingPeriod';

/** @internal The kinds, in order of length. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'nineMonths', 'year'];
/** @internal The conventions. */
export const PERIOD_CONVENTIONS: readonly PeriodConvention[] = ['decree09', 'calendar'];
/** @internal The years a period may name. */
export const MIN_PERIOD_YEAR = 1000;
/** @internal The years a period may name. */
export const MAX_PERIOD_YEAR = 9999;

const MAX_INDEX: Readonly<Record<PeriodKind, number>> = { month: 12, quarter: 4, half: 2, nineMonths: 0, year: 0 };
const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINAL_EN = ['First', 'Second'];

/** @internal The first and last month (1–12) of the report year a period spans. */
function monthSpan(kind: PeriodKind, index: number): readonly [number, number] {
  switch (kind) {
    case 'month':
      return [index, index];
    case 'quarter':
      return [index * 3 - 2, index * 3];
    case 'half':
      return [index * 6 - 5, index * 6];
    case 'nineMonths':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

/** @internal The inclusive epoch days of a period's window. */
export function periodWindow(kind: PeriodKind, year: number, index: number, convention: PeriodConvention): readonly [number, number] {
  const [first, last] = monthSpan(kind, index);
  if (convention === 'calendar') {
    return [daysFromCivil(year, first, 1), daysFromCivil(year, last, daysInMonth(year, last))];
  }
  // Nghị định 09/2019 Art. 12: from the 15th of the month before the first month to the 14th of the last.
  const fromDay = first === 1 ? daysFromCivil(year - 1, 12, 15) : daysFromCivil(year, first - 1, 15);
  return [fromDay, daysFromCivil(year, last, 14)];
}

function codeOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${pad(index, 2)}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'nineMonths':
      return `${year}-9M`;
    case 'year':
      return String(year);
  }
}

function labelOf(kind: PeriodKind, year: number, index: number): { vi: string; en: string } {
  switch (kind) {
    case 'month':
      return { vi: `Tháng ${index} năm ${year}`, en: `${MONTHS_EN[index - 1]} ${year}` };
    case 'quarter':
      return { vi: `Quý ${ROMAN[index - 1]} năm ${year}`, en: `Q${index} ${year}` };
    case 'half':
      return { vi: `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`, en: `${ORDINAL_EN[index - 1]} half of ${year}` };
    case 'nineMonths':
      return { vi: `9 tháng năm ${year}`, en: `First nine months of ${year}` };
    case 'year':
      return { vi: `Năm ${year}`, en: `Year ${year}` };
  }
}

/**
 * Builds a reporting period: the inclusive data window (civil dates in +07:00) of a month,
 * quarter, half year, nine months or year, under the 15th-to-14th cut-off of Nghị định
 * 09/2019/NĐ-CP Điều 12 (default) or the plain calendar periods of the national dashboards.
 *
 * @remarks Decree 09 windows (RULEBOOK §6, MEDIUM): month m = 15th of m−1 to 14th of m (January:
 * 15/12 of the previous year to 14/1); Q1 = 15/12 (previous year)–14/3, Q2 15/3–14/6, Q3
 * 15/6–14/9, Q4 15/9–14/12; first half 15/12–14/6; year 15/12–14/12. The second half (15/6–14/12)
 * is LOW confidence (regulations.md §2: from memory); nine months (15/12–14/9) come from Khánh Hòa
 * QĐ 01/2023/QĐ-UBND Điều 4, not the decree. Calendar periods run from the 1st to the last day of
 * the months spanned.
 * @param input - The kind, year, index (month 1–12, quarter 1–4, half 1–2; none for nine months
 * and the year) and convention (default `'decree09'`).
 * @returns The period with its code and its Vietnamese and English names.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `kind` or `convention` is not one of the allowed values.
 * @throws {@link ReformRulesError} (code `not_integer`) When `year` is not a whole number.
 * @throws {@link ReformRulesError} (code `period_year_out_of_range`) When `year` is outside 1000–9999.
 * @throws {@link ReformRulesError} (code `period_index_out_of_range`) When the index is missing or out of range for the kind.
 * @throws {@link ReformRulesError} (code `unexpected_period_index`) When an index is given for nine months or a year.
 * @example
 * ```ts
 * import { reportingPeriod } from 'reform-rules';
 * const q1 = reportingPeriod({ kind: 'quarter', year: 2025, index: 1 });
 * [q1.from, q1.to]; // => ['2024-12-15', '2025-03-14']
 * q1.label.vi; // => 'Quý I năm 2025'
 * reportingPeriod({ kind: 'quarter', year: 2025, index: 1, convention: 'calendar' }).to; // => '2025-03-31'
 * ```
 * @category Report
 */
export function reportingPeriod(input: ReportingPeriodInput): ReportingPeriod {
  if (typeof input !== 'object' || input === null) {
    return raise('invalid_type', { field: 'period', expected: 'an object { kind, year, index?, convention? }', received: input });
  }
  const { kind, year } = input;
  const convention = input.convention ?? 'decree09';
  if (!PERIOD_KINDS.includes(kind)) raise('invalid_enum', { field: 'kind', expected: PERIOD_KINDS.map((k) => `'${k}'`).join(', '), received: kind });
  if (!PERIOD_CONVENTIONS.includes(convention)) {
    raise('invalid_enum', { field: 'convention', expected: PERIOD_CONVENTIONS.map((k) => `'${k}'`).join(', '), received: convention });
  }
  if (typeof year !== 'number' || !Number.isInteger(year)) raise('not_integer', { field: 'year', received: year });
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    raise('period_year_out_of_range', { field: 'year', received: year, minimum: MIN_PERIOD_YEAR, maximum: MAX_PERIOD_YEAR });
  }
  const maximum = MAX_INDEX[kind];
  let index = 0;
  if (maximum === 0) {
    if (input.index !== undefined) raise('unexpected_period_index', { field: 'index', kind, received: input.index });
  } else {
    const i = input.index;
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 1 || i > maximum) {
      raise('period_index_out_of_range', { field: 'index', kind, maximum, received: i });
    }
    index = i;
  }
  const [fromDay, toDay] = periodWindow(kind, year, index, convention);
  return {
    kind,
    year,
    index: maximum === 0 ? null : index,
    convention,
    code: codeOf(kind, year, index),
    from: formatCivilDate(fromDay),
    to: formatCivilDate(toDay),
    label: labelOf(kind, year, index),
  };
}
