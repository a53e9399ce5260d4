import { optionalObjectArg } from '../errors/args';
import { daysFromCivil, formatCivilDate, pad } from '../_lib/civilDate';
import { raise } from '../errors/ReformRulesError';

/** Epoch day (since 1970-01-01) of serial 0 in each date system, for serials from 61 (1900) or 0 (1904). */
const EPOCH_1900 = daysFromCivil(1899, 12, 30);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
/** The last serial Excel accepts: 9999-12-31 (1900 system). */
const MAX_SERIAL_1900 = 2_958_465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
const MS_PER_DAY = 86_400_000;

/** Options of {@link excelSerialToCivil}. @category Excel */
export interface ExcelSerialOptions {
  /** The workbook uses the 1904 date system (serial 0 is 1904-01-01); see {@link XlsxRow.date1904}. */
  readonly date1904?: boolean;
}

/**
 * Converts an Excel date serial number into the civil date (`'yyyy-MM-dd'`) or date-time
 * (`'yyyy-MM-ddTHH:mm:ss'`, with `.SSS` when there are milliseconds) it displays. A serial is a
 * wall-clock value with no time zone, so nothing here reads one: for a one-stop export the result is
 * Vietnam civil time (append `+07:00` to make an instant).
 *
 * @remarks The 1900 system keeps Lotus 1-2-3's phantom 1900-02-29 (serial 60), which is refused;
 * serial 1 is 1900-01-01 and a serial below 1 (a time of day alone) falls on Excel's "day 0",
 * 1899-12-31. The time is rounded to the nearest millisecond; a whole serial gives a date only.
 * @param serial - The cell's number, 0 to 2958465 (9999-12-31).
 * @param options - The date system.
 * @returns The civil date or date-time.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_excel_serial`) For a non-finite, negative or too
 *   large serial, or the phantom 1900-02-29.
 * @example
 * ```ts
 * excelSerialToCivil(45643); // => '2024-12-17'
 * excelSerialToCivil(45643.45347222222); // => '2024-12-17T10:53:00'
 * excelSerialToCivil(44181, { date1904: true }); // => '2024-12-17'
 * ```
 * @category Excel
 */
export function excelSerialToCivil(serial: number, options: ExcelSerialOptions = {}): string {
  optionalObjectArg(options, 'options');
  const date1904 = options.date1904 === true;
  const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  const fail = (reason: string, reasonVi: string): never =>
    raise('invalid_excel_serial', { field: 'serial', minimum: 0, maximum: max, reason, reasonVi, received: serial });
  if (typeof serial !== 'number' || !Number.isFinite(serial)) fail('not a finite number', 'không phải số hữu hạn');
  if (serial < 0 || serial >= max + 1) fail('out of range', 'ngoài phạm vi');
  let whole = Math.floor(serial);
  let ms = Math.round((serial - whole) * MS_PER_DAY);
  if (ms === MS_PER_DAY) {
    whole += 1;
    ms = 0;
  }
  if (!date1904 && whole === 60) fail('1900-02-29 does not exist (a Lotus 1-2-3 legacy)', '1900-02-29 không tồn tại (di sản của Lotus 1-2-3)');
  const day = date1904 ? EPOCH_1904 + whole : whole < 60 ? EPOCH_1900 + 1 + whole : EPOCH_1900 + whole;
  const date = formatCivilDate(day);
  if (ms === 0 && Number.isInteger(serial)) return date;
  const seconds = Math.floor(ms / 1000);
  const time = `${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}`;
  return ms % 1000 === 0 ? `${date}T${time}` : `${date}T${time}.${pad(ms % 1000, 3)}`;
}

/** "00" to "99". */
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
/** The civil dates of recent epoch days (a sheet's dates cluster), cleared when full. */
const DATES = new Map<number, string>();

/**
 * @internal A date cell as the instant the dossier layouts read (`yyyy-MM-ddTHH:mm:ss+07:00`, the
 * milliseconds dropped): what `excelSerialToCivil` gives, completed, without its checks of the
 * arguments and with one string built per cell (a reader calls it for every date cell). `undefined`
 * where `excelSerialToCivil` throws (the caller calls it for the error).
 */
export function serialToVietnamInstant(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0 && serial < (date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900) + 1)) return undefined;
  let whole = Math.floor(serial);
  let ms = Math.round((serial - whole) * MS_PER_DAY);
  if (ms === MS_PER_DAY) {
    whole += 1;
    ms = 0;
  }
  if (!date1904 && whole === 60) return undefined;
  const day = date1904 ? EPOCH_1904 + whole : whole < 60 ? EPOCH_1900 + 1 + whole : EPOCH_1900 + whole;
  let date = DATES.get(day);
  if (date === undefined) {
    date = formatCivilDate(day);
    if (DATES.size >= 4096) DATES.clear();
    DATES.set(day, date);
  }
  const seconds = Math.floor(ms / 1000);
  return `${date}T${TWO[Math.floor(seconds / 3600)] as string}:${TWO[Math.floor(seconds / 60) % 60] as string}:${TWO[seconds % 60] as string}+07:00`;
}
