/**
 * The one meaning of `asOf` at every boundary: an instant with an offset, or a civil date
 * `YYYY-MM-DD` meaning the end of that day in Vietnam (23:59:59.999+07:00).
 * @internal
 * @module
 */
import { raiseCore as raise } from '../errors/raiseCore';
import { formatCivilDate, parseCivilDate } from './civilDate';
import type { CivilDate } from './dateTypes';
import { parseInstant, vnDay, vnInstant } from './instant';

/** @internal `asOf` read: its instant (epoch ms), its Vietnam civil day (epoch day) and that day's text. */
export interface AsOfValue {
  readonly ms: number;
  readonly day: number;
  readonly date: CivilDate;
}

/**
 * @internal Reads an `asOf` option (throws `invalid_as_of` naming `field` when it is neither an
 * instant with offset nor a real civil date).
 */
export function readAsOf(value: unknown, field = 'options.asOf'): AsOfValue {
  const day = parseCivilDate(value);
  if (day !== undefined) return { ms: vnInstant(day + 1, 0) - 1, day, date: formatCivilDate(day) };
  const ms = parseInstant(value);
  if (typeof ms !== 'number') return raise('invalid_as_of', { field, received: value, detail: typeof value === 'string' ? ms : 'not a string' });
  const d = vnDay(ms);
  return { ms, day: d, date: formatCivilDate(d) };
}
