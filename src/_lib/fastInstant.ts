/**
 * A fast reader for the canonical instant shape `YYYY-MM-DDTHH:mm:ss+07:00` (what
 * `formatInstantVN` writes and what one-stop-shop exports carry), falling back to the general
 * `parseInstant` for every other shape. Used on the dossier clock's hot path.
 * @internal
 * @module
 */
import type { InstantProblem } from '../_lib/instant';
import { MS_PER_DAY, MS_PER_MINUTE, parseInstant } from '../_lib/instant';

/** Days before each month (1–12) in a common year; index 0 unused. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** Days in each month (1–12) in a common year; index 0 unused. */
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * @internal Parses an instant with offset into epoch milliseconds, like `parseInstant`, with a
 * fixed-position fast path for `YYYY-MM-DDTHH:mm:ss+07:00` (one pass over the characters, the
 * day count inline: the dossier clock and the report read several instants per dossier).
 */
export function readInstant(s: unknown): number | InstantProblem {
  if (typeof s !== 'string' || s.length !== 25) return parseInstant(s);
  if (
    s.charCodeAt(4) !== 45 || // -
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || // T
    s.charCodeAt(13) !== 58 || // :
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 43 || // +
    s.charCodeAt(20) !== 48 || // 0
    s.charCodeAt(21) !== 55 || // 7
    s.charCodeAt(22) !== 58 ||
    s.charCodeAt(23) !== 48 ||
    s.charCodeAt(24) !== 48
  ) {
    return parseInstant(s);
  }
  // Digit values; a non-digit gives a value outside 0..9 (negative or above 9).
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  const h0 = s.charCodeAt(11) - 48;
  const h1 = s.charCodeAt(12) - 48;
  const i0 = s.charCodeAt(14) - 48;
  const i1 = s.charCodeAt(15) - 48;
  const s0 = s.charCodeAt(17) - 48;
  const s1 = s.charCodeAt(18) - 48;
  if (
    (y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1 | h0 | h1 | i0 | i1 | s0 | s1) < 0 ||
    y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 ||
    h0 > 9 || h1 > 9 || i0 > 9 || i1 > 9 || s0 > 9 || s1 > 9
  ) {
    return 'invalid_instant';
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = i0 * 10 + i1;
  const second = s0 * 10 + s1;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return 'invalid_instant';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month] as number))) return 'invalid_instant';
  // Days from 1970-01-01 to January 1st of `year` (proleptic Gregorian; 477 leap days before 1970).
  const y = year - 1;
  const days =
    365 * (year - 1970) + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477 +
    (DAYS_BEFORE_MONTH[month] as number) + (month > 2 && leap ? 1 : 0) + day - 1;
  return days * MS_PER_DAY + (hour * 60 + minute - 420) * MS_PER_MINUTE + second * 1000;
}
