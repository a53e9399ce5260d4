import { parseInstant, MS_PER_DAY, MS_PER_MINUTE } from '/work/wt-fastpath/src/_lib/instant';
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digit(s: string, i: number): number { return s.charCodeAt(i) - 48; }
export function readInstant2(s: unknown): number | string {
  if (typeof s !== 'string' || s.length !== 25 || !s.endsWith('+07:00')) return parseInstant(s);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return parseInstant(s);
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3), m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  const h0 = digit(s, 11), h1 = digit(s, 12), i0 = digit(s, 14), i1 = digit(s, 15), s0 = digit(s, 17), s1 = digit(s, 18);
  // Unsigned: a non-digit (below '0' or above '9') is above 9.
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 1 || (m1 >>> 0) > 9 || (d0 >>> 0) > 3 || (d1 >>> 0) > 9 || (h0 >>> 0) > 2 || (h1 >>> 0) > 9 || (i0 >>> 0) > 5 || (i1 >>> 0) > 9 || (s0 >>> 0) > 5 || (s1 >>> 0) > 9) return 'invalid_instant';
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  if (month < 1 || month > 12 || day < 1 || hour > 23) return 'invalid_instant';
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month] as number))) return 'invalid_instant';
  const y = year - 1;
  const days = 365 * (year - 1970) + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477 + (DAYS_BEFORE_MONTH[month] as number) + (month > 2 && leap ? 1 : 0) + day - 1;
  return days * MS_PER_DAY + (hour * 60 + i0 * 10 + i1 - 420) * MS_PER_MINUTE + (s0 * 10 + s1) * 1000;
}
