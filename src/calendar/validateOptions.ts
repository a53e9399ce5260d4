/**
 * Checks the options of createCalendar and normalises them; every problem is a ReformRulesError
 * naming the option (its path) and the received value.
 * @internal
 * @module
 */
import { dayOfWeek, parseCivilDate } from '../_lib/civilDate';
import { parseClockTime } from '../_lib/instant';
import { raiseCore as raise } from '../errors/raiseCore';
import type { CalendarDecision, CalendarProfile, HolidayBlock } from './CalendarOptions';
import type { HolidayKind, OfficeHoursInterval } from './WorkCalendar';
import { DEFAULT_ERAS, type CalendarEras } from './eras';
import { FIRST_YEAR, LAST_YEAR, readDate } from './range';

/** @internal Normalised options. */
export interface NormalizedOptions {
  /** Profile. */
  readonly profile: CalendarProfile;
  /** Every decision to apply (bundled first, then extra), filtered by knownAsOf, in knownFrom order. */
  readonly decisions: readonly CalendarDecision[];
  /** Office hours as given (validated). */
  readonly officeHours: readonly OfficeHoursInterval[];
  /** Office hours as minute pairs. */
  readonly intervals: readonly (readonly [number, number])[];
  /** Weekend Culture Day compensated. */
  readonly cultureDayCompensated: boolean;
  /** Era rules (defaults overridden by the `eras` option). */
  readonly eras: CalendarEras;
}

const OPTION_KEYS = new Set(['profile', 'decisions', 'knownAsOf', 'officeHours', 'cultureDayCompensated', 'bundledDecisions', 'eras']);
const DAY_KEYS = new Set(['date', 'kind', 'name', 'provisional']);
const DECISION_KEYS = new Set(['document', 'issuer', 'signedOn', 'knownFrom', 'name', 'year', 'settles', 'days', 'note']);
const BLOCKS: readonly HolidayBlock[] = ['newYear', 'tet', 'hungKings', 'reunification', 'nationalDay', 'cultureDay'];
const KINDS: readonly HolidayKind[] = ['holiday', 'compensatory', 'swap', 'makeUpWorkday'];
/** @internal Default office hours: 07:00–11:30 and 13:30–17:00. */
export const DEFAULT_OFFICE_HOURS: readonly OfficeHoursInterval[] = Object.freeze([
  Object.freeze({ start: '07:00', end: '11:30' }),
  Object.freeze({ start: '13:30', end: '17:00' }),
]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function checkKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, path: string): void {
  for (const key of Object.keys(value)) if (!allowed.has(key)) raise('unknown_key', { field: path === '' ? key : `${path}.${key}`, received: value[key] });
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') return raise('invalid_type', { field, expected: 'a string', received: value });
  if (value.trim() === '') return raise('empty_string', { field, received: value });
  return value;
}

function name(value: unknown, field: string): void {
  if (!isRecord(value)) raise('invalid_type', { field, expected: 'an object { vi, en }', received: value });
  else {
    text(value['vi'], `${field}.vi`);
    text(value['en'], `${field}.en`);
  }
}

function anyDate(value: unknown, field: string): number {
  const day = parseCivilDate(value);
  if (day === undefined) return raise('invalid_date', { field, received: value });
  return day;
}

function checkDecision(value: unknown, field: string): CalendarDecision {
  if (!isRecord(value)) return raise('invalid_type', { field, expected: 'a decision object', received: value });
  checkKeys(value, DECISION_KEYS, field);
  text(value['document'], `${field}.document`);
  if (value['issuer'] !== undefined) text(value['issuer'], `${field}.issuer`);
  if (value['signedOn'] !== undefined) anyDate(value['signedOn'], `${field}.signedOn`);
  anyDate(value['knownFrom'], `${field}.knownFrom`);
  name(value['name'], `${field}.name`);
  const year = value['year'];
  if (typeof year !== 'number' || !Number.isInteger(year)) raise('not_integer', { field: `${field}.year`, received: year });
  else if (year < FIRST_YEAR || year > LAST_YEAR) raise('calendar_out_of_range', { field: `${field}.year`, received: year, from: FIRST_YEAR, to: LAST_YEAR });
  const settles = value['settles'];
  if (settles !== undefined) {
    if (!Array.isArray(settles)) raise('invalid_type', { field: `${field}.settles`, expected: 'an array of blocks', received: settles });
    else [...settles].forEach((b: unknown, i) => { // spread: a hole is checked (forEach alone skips it)
      if (!BLOCKS.includes(b as HolidayBlock)) raise('invalid_enum', { field: `${field}.settles[${i}]`, expected: BLOCKS.join(', '), received: b });
    });
  }
  if (value['note'] !== undefined && typeof value['note'] !== 'string') raise('invalid_type', { field: `${field}.note`, expected: 'a string', received: value['note'] });
  const days = value['days'];
  if (!Array.isArray(days)) return raise('invalid_type', { field: `${field}.days`, expected: 'an array of days', received: days });
  [...days].forEach((d: unknown, i) => {
    const path = `${field}.days[${i}]`;
    if (!isRecord(d)) return raise('invalid_type', { field: path, expected: 'an object { date, kind, name }', received: d });
    checkKeys(d, DAY_KEYS, path);
    if (d['provisional'] !== undefined && typeof d['provisional'] !== 'boolean') {
      raise('invalid_type', { field: `${path}.provisional`, expected: 'true or false', received: d['provisional'] });
    }
    const day = readDate(d['date'], `${path}.date`);
    const kind = d['kind'];
    if (!KINDS.includes(kind as HolidayKind)) raise('invalid_enum', { field: `${path}.kind`, expected: KINDS.join(', '), received: kind });
    name(d['name'], `${path}.name`);
    const dow = dayOfWeek(day);
    const weekend = dow === 0 || dow === 6;
    if (kind === 'makeUpWorkday' && !weekend) {
      raise('invalid_decision_day', { field: `${path}.date`, kind, expected: 'a Saturday or Sunday', expectedVi: 'thứ Bảy hoặc Chủ nhật', received: d['date'] });
    }
    if (kind !== 'makeUpWorkday' && weekend) {
      raise('invalid_decision_day', { field: `${path}.date`, kind, expected: 'a Monday–Friday (weekend days are off anyway)', expectedVi: 'từ thứ Hai đến thứ Sáu (cuối tuần vốn đã nghỉ)', received: d['date'] });
    }
    return undefined;
  });
  return value as unknown as CalendarDecision;
}

function checkOfficeHours(value: unknown): { hours: readonly OfficeHoursInterval[]; intervals: [number, number][] } {
  const field = 'officeHours';
  const bad = (detail: string): never => raise('invalid_office_hours', { field, detail, received: value });
  if (!Array.isArray(value)) return bad('expected an array of { start, end }');
  if (value.length === 0) return bad('at least one interval is needed');
  const intervals: [number, number][] = [];
  [...value].forEach((v: unknown, i) => {
    if (!isRecord(v)) return bad(`interval ${i} is not an object { start, end }`);
    checkKeys(v, new Set(['start', 'end']), `${field}[${i}]`);
    const s = parseClockTime(v['start']);
    const e = parseClockTime(v['end']);
    if (s === undefined) return raise('invalid_time', { field: `${field}[${i}].start`, received: v['start'] });
    if (e === undefined) return raise('invalid_time', { field: `${field}[${i}].end`, received: v['end'] });
    if (e <= s) return bad(`interval ${i} ends at or before it starts`);
    const previous = intervals[intervals.length - 1];
    if (previous !== undefined && s < previous[1]) return bad(`interval ${i} starts before interval ${i - 1} ends`);
    intervals.push([s, e]);
    return undefined;
  });
  const hours = Object.freeze(intervals.map(([s, e]) => Object.freeze({ start: hhmm(s), end: hhmm(e) })));
  return { hours, intervals };
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function checkEras(value: unknown): CalendarEras {
  if (value === undefined) return DEFAULT_ERAS;
  if (!isRecord(value)) return raise('invalid_type', { field: 'eras', expected: 'an object of first years', received: value });
  checkKeys(value, new Set(Object.keys(DEFAULT_ERAS)), 'eras');
  const out: Record<string, number> = { ...DEFAULT_ERAS };
  for (const [key, year] of Object.entries(value)) {
    if (year === undefined) continue;
    if (typeof year !== 'number' || !Number.isInteger(year)) raise('not_integer', { field: `eras.${key}`, received: year });
    out[key] = year as number;
  }
  return Object.freeze(out) as unknown as CalendarEras;
}

/** @internal Validates and normalises the options of createCalendar. */
export function validateOptions(options: unknown, bundled: readonly CalendarDecision[]): NormalizedOptions {
  const o: Record<string, unknown> = options === undefined ? {} : isRecord(options) ? options : raise('invalid_type', { field: 'options', expected: 'an options object', received: options });
  checkKeys(o, OPTION_KEYS, '');
  const profile = o['profile'] ?? 'civil-service';
  if (profile !== 'civil-service' && profile !== 'private') {
    raise('invalid_enum', { field: 'profile', expected: "'civil-service', 'private'", received: profile });
  }
  const knownAsOfRaw = o['knownAsOf'];
  const knownAsOf = knownAsOfRaw === undefined ? undefined : anyDate(knownAsOfRaw, 'knownAsOf');
  const cultureDayCompensated = o['cultureDayCompensated'] ?? false;
  if (typeof cultureDayCompensated !== 'boolean') {
    raise('invalid_type', { field: 'cultureDayCompensated', expected: 'true or false', received: cultureDayCompensated });
  }
  const useBundled = o['bundledDecisions'] ?? true;
  if (typeof useBundled !== 'boolean') raise('invalid_type', { field: 'bundledDecisions', expected: 'true or false', received: useBundled });
  const extraRaw = o['decisions'] ?? [];
  if (!Array.isArray(extraRaw)) raise('invalid_type', { field: 'decisions', expected: 'an array of decisions', received: extraRaw });
  const extra = (extraRaw as unknown[]).map((d, i) => checkDecision(d, `decisions[${i}]`));
  const all = [...(useBundled === true ? bundled : []), ...extra];
  const known = all
    .map((d, i) => ({ d, i, from: parseCivilDate(d.knownFrom) as number }))
    .filter(({ from }) => knownAsOf === undefined || from <= knownAsOf)
    .sort((a, b) => a.from - b.from || a.i - b.i)
    .map(({ d }) => d);
  const { hours, intervals } = o['officeHours'] === undefined ? { hours: DEFAULT_OFFICE_HOURS, intervals: [[420, 690], [810, 1020]] as [number, number][] } : checkOfficeHours(o['officeHours']);
  return {
    profile: profile as CalendarProfile,
    decisions: known,
    officeHours: hours,
    intervals,
    cultureDayCompensated: cultureDayCompensated as boolean,
    eras: checkEras(o['eras']),
  };
}
