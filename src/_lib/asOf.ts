/**
 * The one meaning of `asOf` at every boundary: an instant with an offset, or a civil date
 * `YYYY-MM-DD` meaning the end of that day in Vietnam (23:59:59.999+07:00).
 * @internal
 * @module
 */
import { raiseCore as raise } from '../errors/raiseCore';
import { formatCivilDate, parseCivilDate } from './civilDate';
import type { CivilDate } from './dateTypes';
import { readInstant } from './fastInstant';
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

/**
 * @internal The `asOf` of the dossier clock and the reports, in epoch ms, with the specific codes of
 * those boundaries: a civil date 'YYYY-MM-DD' is the end of that day in Vietnam (invalid_date when it
 * is no real day); anything else is read as an instant (missing_offset, invalid_instant).
 * `civil` is set when the value was a civil date.
 */
export function readAsOfMs(value: unknown): { ms: number; civil?: CivilDate } {
  if (typeof value === 'string' && value.length === 10) {
    const day = parseCivilDate(value);
    if (day === undefined) return raise('invalid_date', { field: 'asOf', received: value });
    return { ms: vnInstant(day + 1, 0) - 1, civil: formatCivilDate(day) };
  }
  const ms = readInstant(value);
  if (typeof ms === 'string') return raise(ms === 'not_string' ? 'invalid_instant' : ms, { field: 'asOf', received: value });
  return { ms };
}
