/**
 * Combines the statutory days and the known decisions into the days that differ from the plain
 * Monday–Friday week, for every covered year.
 * @internal
 * @module
 */
import { dayOfWeek, formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import type { CalendarDecision, CalendarProfile, HolidayBlock } from './CalendarOptions';
import type { CivilDate, HolidayEntry, HolidayKind, LocalizedName } from './WorkCalendar';
import { compensatoryName } from './data/names';
import { FIRST_YEAR, LAST_YEAR, yearOf } from './range';
import type { CalendarEras } from './eras';
import { compensationArticle, statutoryDays, type StatutoryDay } from './statutory';

/** @internal What the schedule needs to know. */
export interface ScheduleInput {
  /** Profile. */
  readonly profile: CalendarProfile;
  /** Known decisions, in the order they became known (stable). */
  readonly decisions: readonly CalendarDecision[];
  /** Whether a weekend Culture Day is compensated. */
  readonly cultureDayCompensated: boolean;
  /** The era rules. */
  readonly eras: CalendarEras;
}

/** @internal One non-standard day, epoch-day keyed. */
export interface ScheduleEntry {
  /** Epoch day. */
  readonly day: number;
  /** The public entry. */
  readonly entry: HolidayEntry;
}

/** @internal The whole schedule: entries per year, and the decided years. */
export interface Schedule {
  /** Entries by year, in date order. */
  readonly byYear: ReadonlyMap<number, readonly ScheduleEntry[]>;
  /** Years with a known decision settling Tết. */
  readonly decidedYears: ReadonlySet<number>;
}

/** @internal The citation of a decision, e.g. `'Thông báo 9441/TB-BNV (Bộ Nội vụ, 2025-10-16)'`. */
export function decisionBasis(d: CalendarDecision): string {
  const parts = [d.issuer, d.signedOn].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? d.document : `${d.document} (${parts.join(', ')})`;
}

/** A frozen entry; `provisional` only present when true. */
function entryOf(date: CivilDate, kind: HolidayKind, name: LocalizedName, basis: string, provisional: boolean | undefined): HolidayEntry {
  return provisional === true ? { date, kind, name, basis, provisional: true } : { date, kind, name, basis };
}

/** The day a weekend statutory day is compensated on: the next free weekday, or the previous one for a Saturday Tết day. */
function compensationDay(s: StatutoryDay, off: ReadonlySet<number>, fromDecisions: ReadonlyMap<number, HolidayEntry>): number {
  const step = s.compensateBefore === true && dayOfWeek(s.day) === 6 ? -1 : 1;
  let c = s.day + step;
  while (isWeekend(c) || off.has(c) || fromDecisions.get(c)?.kind === 'makeUpWorkday') c += step;
  return c;
}

const isWeekend = (day: number): boolean => {
  const dow = dayOfWeek(day);
  return dow === 0 || dow === 6;
};

const OFF_KINDS: ReadonlySet<HolidayKind> = new Set<HolidayKind>(['holiday', 'compensatory', 'swap']);

/** @internal Builds the schedule for every covered year. */
export function buildSchedule(input: ScheduleInput): Schedule {
  const { decisions, profile } = input;
  // A decision is superseded when every block it settles is settled again by a later-known decision.
  const active = decisions.filter((d, i) => {
    const settles = d.settles ?? [];
    if (settles.length === 0) return true;
    return !settles.every((b) => decisions.some((e, j) => j > i && e.year === d.year && (e.settles ?? []).includes(b)));
  });
  const settled = new Map<number, Set<HolidayBlock>>();
  const decidedYears = new Set<number>();
  for (const d of active) {
    for (const b of d.settles ?? []) {
      let set = settled.get(d.year);
      if (set === undefined) settled.set(d.year, (set = new Set()));
      set.add(b);
      if (b === 'tet') decidedYears.add(d.year);
    }
  }
  // Decision days by year; later-known decisions override earlier ones on the same day.
  const decisionDays = new Map<number, Map<number, HolidayEntry>>();
  for (const d of active) {
    const basis = decisionBasis(d);
    for (const dd of d.days) {
      if (profile === 'private' && (dd.kind === 'swap' || dd.kind === 'makeUpWorkday')) continue;
      const day = parseCivilDate(dd.date) as number;
      const y = yearOf(day);
      let map = decisionDays.get(y);
      if (map === undefined) decisionDays.set(y, (map = new Map()));
      map.set(day, entryOf(dd.date, dd.kind, dd.name, basis, dd.provisional));
    }
  }

  const byYear = new Map<number, ScheduleEntry[]>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const settledHere = settled.get(year);
    const fromDecisions = decisionDays.get(year) ?? new Map<number, HolidayEntry>();
    const statutory = statutoryDays(year, input.cultureDayCompensated, input.eras).filter((s) => settledHere === undefined || !settledHere.has(s.block));
    const off = new Set<number>();
    for (const s of statutory) off.add(s.day);
    for (const [day, e] of fromDecisions) if (OFF_KINDS.has(e.kind)) off.add(day);
    const result = new Map<number, HolidayEntry>();
    for (const s of statutory) {
      if (!isWeekend(s.day)) {
        result.set(s.day, entryOf(formatCivilDate(s.day), 'holiday', s.name, s.basis, s.provisional));
        continue;
      }
      if (!s.compensated) continue;
      const c = compensationDay(s, off, fromDecisions);
      off.add(c);
      const basis = `${compensationArticle(year)} (for ${formatCivilDate(s.day)}); ${s.basis}`;
      result.set(c, entryOf(formatCivilDate(c), 'compensatory', compensatoryName(s.name), basis, s.provisional));
    }
    for (const [day, e] of fromDecisions) result.set(day, e);
    const entries: ScheduleEntry[] = [];
    for (const [day, entry] of result) {
      const weekend = isWeekend(day);
      if (entry.kind === 'makeUpWorkday' ? weekend : !weekend) {
        entries.push({ day, entry: Object.freeze({ ...entry, name: Object.freeze({ vi: entry.name.vi, en: entry.name.en }) }) });
      }
    }
    entries.sort((a, b) => a.day - b.day);
    byYear.set(year, entries);
  }
  // Entries whose date left their year (a compensation crossing 31/12) are re-homed by date.
  for (const [year, entries] of byYear) {
    const stray = entries.filter((e) => yearOf(e.day) !== year);
    if (stray.length === 0) continue;
    byYear.set(year, entries.filter((e) => yearOf(e.day) === year));
    for (const e of stray) {
      const target = byYear.get(yearOf(e.day));
      if (target !== undefined) {
        target.push(e);
        target.sort((a, b) => a.day - b.day);
      }
    }
  }
  return { byYear, decidedYears };
}
