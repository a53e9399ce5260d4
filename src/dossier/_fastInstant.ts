/**
 * A fast reader for the canonical instant shape `YYYY-MM-DDTHH:mm:ss+07:00` (what
 * `formatInstantVN` writes and what one-stop-shop exports carry), falling back to the general
 * `parseInstant` for every other shape. Used on the dossier clock's hot path.
 * @internal
 * @module
 */
import { daysFromCivil, daysInMonth } from '../_lib/civilDate';
import type { InstantProblem } from '../_lib/instant';
import { MS_PER_DAY, MS_PER_MINUTE, parseInstant } from '../_lib/instant';

/** Two ASCII digits at `i`, or -1 when either is not a digit. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/**
 * @internal Parses an instant with offset into epoch milliseconds, like `parseInstant`, with a
 * fixed-position fast path for `YYYY-MM-DDTHH:mm:ss+07:00`.
 */
export function readInstant(s: unknown): number | InstantProblem {
  if (
    typeof s === 'string' &&
    s.length === 25 &&
    s.charCodeAt(4) === 45 && // -
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 && // :
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 43 && // +
    s.charCodeAt(20) === 48 && // 0
    s.charCodeAt(21) === 55 && // 7
    s.charCodeAt(22) === 58 &&
    s.charCodeAt(23) === 48 &&
    s.charCodeAt(24) === 48
  ) {
    const hi = two(s, 0);
    const lo = two(s, 2);
    const month = two(s, 5);
    const day = two(s, 8);
    const hour = two(s, 11);
    const minute = two(s, 14);
    const second = two(s, 17);
    if (hi >= 0 && lo >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
      const year = hi * 100 + lo;
      if (day <= daysInMonth(year, month)) {
        return daysFromCivil(year, month, day) * MS_PER_DAY + (hour * 60 + minute - 420) * MS_PER_MINUTE + second * 1000;
      }
    }
    return 'invalid_instant';
  }
  return parseInstant(s);
}
