import { raiseCore } from '../errors/raiseCore';

/** Built-in format ids that display a date or a time (ECMA-376 Part 1, § 18.8.30). */
const BUILT_IN_DATE_IDS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Tells whether a number format displays a date or a time, so the cell's number is a date serial
 * (convert it with {@link excelSerialToCivil}).
 *
 * @remarks A built-in id is a date when it is 14–22 or 45–47. A format code is a date when, outside
 * quoted text, escaped characters (`\x`), and bracketed colour or locale tags (`[Red]`,
 * `[$-42A]`), it holds a date or time token (`d`, `m`, `y`, `h`, `s`, or the elapsed-time brackets
 * `[h]`, `[mm]`, `[ss]`); a Vietnamese export's `dd/mm/yyyy hh:mm` and `[$-42A]d/m/yyyy` are dates,
 * `#,##0`, `0.00%` and `"ngày"0` are not. Only the first section (before `;`) is examined.
 * @param format - A format code, or a built-in format id.
 * @returns Whether the format shows a date or time.
 * @example
 * ```ts
 * isDateFormat(14); // => true
 * isDateFormat('dd/mm/yyyy'); // => true
 * isDateFormat('#,##0'); // => false
 * ```
 * @category Excel
 */
export function isDateFormat(format: string | number): boolean {
  if (typeof format === 'number') return BUILT_IN_DATE_IDS.has(format);
  if (typeof format !== 'string') return raiseCore('invalid_type', { field: 'format', expected: 'a number format code or id', received: format });
  let i = 0;
  while (i < format.length) {
    const c = format[i] as string;
    if (c === ';') return false;
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end + 1;
    } else if (c === '\\' || c === '_' || c === '*') {
      i += 2;
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      const tag = format.slice(i + 1, end < 0 ? format.length : end);
      if (/^(h+|m+|s+)$/i.test(tag)) return true;
      i = end < 0 ? format.length : end + 1;
    } else if (/[dmyhsDMYHS]/.test(c)) {
      return true;
    } else {
      i += 1;
    }
  }
  return false;
}
