import { optionalObjectArg } from '../errors/args';
import { daysFromCivil, isValidCivil } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';
import type { ExcelSerialOptions } from './excelSerialToCivil';

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const EPOCH_1900 = daysFromCivil(1899, 12, 30);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
const MARCH_1900 = daysFromCivil(1900, 3, 1);

/**
 * Converts a civil date `'yyyy-MM-dd'` or date-time `'yyyy-MM-ddTHH:mm[:ss]'` into the Excel serial
 * number that displays it (the inverse of {@link excelSerialToCivil}). No time zone is involved.
 *
 * @param civil - The civil date or date-time, 1900-01-01 (1904-01-01 in the 1904 system) to 9999-12-31.
 * @param options - The date system (default 1900, what {@link writeWorkbook} writes).
 * @returns The serial: whole days plus the fraction of the day.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_excel_serial`) For text that is not such a date,
 *   or a date outside the range.
 * @example
 * ```ts
 * civilToExcelSerial('2024-12-17'); // => 45643
 * civilToExcelSerial('2024-12-17T12:00'); // => 45643.5
 * ```
 * @category Excel
 */
export function civilToExcelSerial(civil: string, options: ExcelSerialOptions = {}): number {
  optionalObjectArg(options, 'options');
  const date1904 = options.date1904 === true;
  const fail = (reason: string, reasonVi: string): never =>
    raise('invalid_excel_serial', { field: 'date', minimum: date1904 ? '1904-01-01' : '1900-01-01', maximum: '9999-12-31', reason, reasonVi, received: civil });
  const m = typeof civil === 'string' ? CIVIL.exec(civil) : null;
  if (m === null) return fail("expected 'yyyy-MM-dd' or 'yyyy-MM-ddTHH:mm[:ss]'", "cần dạng 'yyyy-MM-dd' hoặc 'yyyy-MM-ddTHH:mm[:ss]'");
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (!isValidCivil(year, month, day) || hour > 23 || minute > 59 || second > 59) return fail('no such date or time', 'ngày giờ không tồn tại');
  const epochDay = daysFromCivil(year, month, day);
  const whole = date1904 ? epochDay - EPOCH_1904 : epochDay >= MARCH_1900 ? epochDay - EPOCH_1900 : epochDay - EPOCH_1900 - 1;
  if (whole < (date1904 ? 0 : 1) || year > 9999) return fail('out of range', 'ngoài phạm vi');
  const seconds = hour * 3600 + minute * 60 + second;
  return seconds === 0 ? whole : whole + seconds / 86_400;
}
