/**
 * Instants as ISO 8601 strings with an explicit offset, read into epoch milliseconds and written
 * back in Vietnam time (+07:00, no daylight saving). Never touches the host time zone.
 * @internal
 * @module
 */
import { daysFromCivil, formatCivilDate, isValidCivil, pad } from './civilDate';
import type { Instant } from './dateTypes';

/** @internal Vietnam's fixed offset from UTC, in minutes. */
export const VN_OFFSET_MINUTES = 7 * 60;
/** @internal Milliseconds in a minute. */
export const MS_PER_MINUTE = 60_000;
/** @internal Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** @internal Why a string is not an instant with offset. */
export type InstantProblem = 'not_string' | 'missing_offset' | 'invalid_instant';

/**
 * @internal Parses an ISO 8601 instant that carries an offset (`Z` or `±HH:mm`) into epoch
 * milliseconds; returns the reason when it is not one.
 */
export function parseInstant(input: unknown): number | InstantProblem {
  if (typeof input !== 'string') return 'not_string';
  const m = ISO_INSTANT.exec(input);
  if (m === null) {
    return LOCAL_INSTANT.test(input) ? 'missing_offset' : 'invalid_instant';
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  if (!isValidCivil(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return 'invalid_instant';
  }
  const zone = m[8] as string;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59) return 'invalid_instant';
    offsetMinutes = sign * (oh * 60 + om);
  }
  const days = daysFromCivil(year, month, day);
  const ms =
    days * MS_PER_DAY +
    (hour * 60 + minute - offsetMinutes) * MS_PER_MINUTE +
    second * 1000 +
    Math.round(fraction * 1000);
  return ms;
}

/** @internal The Vietnam civil day (epoch day, +07:00) of an instant. */
export function vnDay(epochMs: number): number {
  return Math.floor((epochMs + VN_OFFSET_MINUTES * MS_PER_MINUTE) / MS_PER_DAY);
}

/** @internal Minutes since Vietnam midnight (may be fractional when seconds are present). */
export function vnMinuteOfDay(epochMs: number): number {
  const local = epochMs + VN_OFFSET_MINUTES * MS_PER_MINUTE;
  return (local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE;
}

/** @internal The instant at a Vietnam civil day plus minutes after midnight. */
export function vnInstant(epochDay: number, minuteOfDay: number): number {
  return epochDay * MS_PER_DAY + (minuteOfDay - VN_OFFSET_MINUTES) * MS_PER_MINUTE;
}

/** @internal Formats epoch milliseconds as `YYYY-MM-DDTHH:mm:ss+07:00` (milliseconds kept when non-zero). */
export function formatInstantVN(epochMs: number): Instant {
  const day = vnDay(epochMs);
  let rest = epochMs + VN_OFFSET_MINUTES * MS_PER_MINUTE - day * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / MS_PER_MINUTE);
  rest -= minute * MS_PER_MINUTE;
  const second = Math.floor(rest / 1000);
  const ms = rest - second * 1000;
  const frac = ms === 0 ? '' : `.${pad(ms, 3)}`;
  return `${formatCivilDate(day)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${frac}+07:00`;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** @internal Parses `HH:mm` into minutes after midnight; `undefined` when malformed. */
export function parseClockTime(input: unknown): number | undefined {
  if (typeof input !== 'string') return undefined;
  const m = HH_MM.exec(input);
  if (m === null) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}
