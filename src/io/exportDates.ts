/**
 * The date and time cells of one-stop exports: `dd/MM/yyyy`, `dd/MM/yyyy HH:mm[:ss]`,
 * `yyyy-MM-dd[ HH:mm[:ss]]` (Vietnam time, +07:00) and ISO 8601 with an offset.
 * @internal
 * @module
 */
import { isValidCivil, pad } from '../_lib/civilDate';

/** How the date cells of an export are written. @category Input */
export type ExportDateFormat = 'auto' | 'dd/MM/yyyy' | 'yyyy-MM-dd' | 'iso';

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function build(y: string, mo: string, d: string, h: string | undefined, mi: string | undefined, s: string | undefined): string | undefined {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!isValidCivil(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}+07:00`;
}

/**
 * @internal The ISO instant (+07:00) of an export cell, or `undefined` when the cell is in none of
 * the accepted forms (it then reaches validation as it is, so the issue names it). A date without
 * a time is the start of that day in Vietnam.
 */
export function readExportInstant(cell: string, format: ExportDateFormat): string | undefined {
  if (format === 'iso') return undefined;
  if (format !== 'yyyy-MM-dd') {
    const m = DMY.exec(cell);
    if (m !== null) return build(m[3] as string, m[2] as string, m[1] as string, m[4], m[5], m[6]);
  }
  if (format !== 'dd/MM/yyyy') {
    const m = YMD.exec(cell);
    if (m !== null) return build(m[1] as string, m[2] as string, m[3] as string, m[4], m[5], m[6]);
  }
  return undefined;
}
