import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { createCalendar } from '../../src/calendar/createCalendar';
import { calendarDays } from '../../src/calendar/export/days';
import { foldLine, exportCalendarIcs } from '../../src/calendar/export/ics';
import { exportCalendarSql } from '../../src/calendar/export/sql';
import { calendarOptionsFromDays, exportCalendarCsv, exportCalendarJson, parseCalendarExport } from '../../src/calendar/export/table';

const calendar = createCalendar();
const privateCalendar = createCalendar({ profile: 'private' });
const csv = exportCalendarCsv(calendar, { from: 2010, to: 2030 });
const fromCsv = createCalendar(calendarOptionsFromDays(parseCalendarExport(csv, 'csv')));
const fromJson = createCalendar(calendarOptionsFromDays(parseCalendarExport(exportCalendarJson(privateCalendar, { from: 2010, to: 2030 }), 'json')));
const dayArb = fc.integer({ min: daysFromCivil(2010, 3, 1), max: daysFromCivil(2030, 10, 31) }).map(formatCivilDate);

describe('calendar exports', () => {
  it('has one CSV/JSON row per day with ordinal and office-minute prefix', () => {
    const rows = calendarDays(calendar, { from: 2025, to: 2025 });
    expect(rows.length).toBe(365);
    const r = rows.find((x) => x.day === '2025-04-26');
    expect(r).toMatchObject({ isWorking: true, kind: 'makeUpWorkday', provisional: false });
    expect(rows.find((x) => x.day === '2025-05-02')?.basis).toContain('6150/TB-BLĐTBXH');
    const a = rows.find((x) => x.day === '2025-01-24');
    const b = rows.find((x) => x.day === '2025-02-03');
    expect((b?.workingOrdinal ?? 0) - (a?.workingOrdinal ?? 0)).toBe(1);
    expect((b?.officeMinutesPrefix ?? 0) - (a?.officeMinutesPrefix ?? 0)).toBe(480);
    expect(csv.split('\n')[0]).toBe('day,is_working,working_ordinal,kind,name_vi,name_en,basis,provisional,office_minutes_prefix');
    expect(csv.split('\n').length - 2).toBe(daysFromCivil(2030, 12, 31) - daysFromCivil(2010, 1, 1) + 1);
    expect(calendarDays(calendar, { from: 2015, to: 2015 }).find((x) => x.day === '2015-01-02')?.provisional).toBe(true);
    expect(calendarDays(calendar, { from: 2019, to: 2019 }).find((x) => x.day === '2019-01-05')?.provisional).toBe(false);
  });

  it('round-trips CSV and JSON back into a calendar with identical answers (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -40, max: 40 }), dayArb, (d, n, e) => {
        expect(fromCsv.isWorkingDay(d)).toBe(calendar.isWorkingDay(d));
        expect(fromCsv.addWorkingDays(d, n)).toBe(calendar.addWorkingDays(d, n));
        expect(fromCsv.workingDaysBetween(d, e)).toBe(calendar.workingDaysBetween(d, e));
        expect(fromJson.addWorkingDays(d, n)).toBe(privateCalendar.addWorkingDays(d, n));
      }),
    );
  });

  it('round-trips every day of 2010–2030 and rejects malformed rows naming the field', () => {
    for (let d = daysFromCivil(2010, 1, 1); d <= daysFromCivil(2030, 12, 31); d += 1) {
      const date = formatCivilDate(d);
      if (fromCsv.isWorkingDay(date) !== calendar.isWorkingDay(date)) throw new Error(date);
    }
    expect(() => parseCalendarExport('[{"day":"2025-13-01"}]', 'json')).toThrow(/date/);
    expect(() => parseCalendarExport(csv.replace(',weekend,', ',nope,'), 'csv')).toThrow(/rows\[\d+\]\.kind/);
    expect(() => parseCalendarExport('{}', 'json')).toThrow(/array/);
  });

  it('writes RFC 5545 ICS that ical.js parses: all-day events, vi/en summaries, basis, stable UIDs, CRLF, folding', () => {
    const ics = exportCalendarIcs(calendar, { from: 2025, to: 2026 });
    expect(ics.includes('\n') && !/[^\r]\n/.test(ics)).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = [2025, 2026].flatMap((y) => calendar.holidays(y));
    expect(events.length).toBe(expected.length);
    const makeUp = events.find((e) => e.startDate.toString() === '2025-04-26');
    expect(makeUp?.startDate.isDate).toBe(true);
    expect(makeUp?.summary).toContain('Làm bù');
    expect(makeUp?.summary).toContain('Make-up working day');
    const tet = events.find((e) => e.startDate.toString() === '2025-01-29');
    expect(tet?.description).toContain('6150/TB-BLĐTBXH');
    expect(tet?.endDate.toString()).toBe('2025-01-30');
    expect(tet?.uid).toBe('20250129-holiday-civil-service@reform-rules');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(exportCalendarIcs(calendar, { from: 2025, to: 2026 })).toBe(ics);
    expect(exportCalendarIcs(calendar, { from: 2025, to: 2025 }, { language: 'en' })).toContain('SUMMARY;LANGUAGE=en:Lunar New Year');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ệ', 'Đ', ' ', '😀'), maxLength: 300 }), (s) => {
        const folded = foldLine(`SUMMARY:${s}`);
        for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${s}`);
      }),
    );
  });

  it('writes a PostgreSQL script with the table, the functions and a configurable schema', () => {
    const sql = exportCalendarSql(calendar, { from: 2025, to: 2025 }, { schema: 'hr' });
    expect(sql).toContain('CREATE TABLE "hr".rr_calendar_day');
    expect(sql).toContain('FUNCTION "hr".rr_add_working_days(day date, n integer) RETURNS date');
    expect(sql).toContain('FUNCTION "hr".rr_working_days_between(a date, b date) RETURNS integer');
    expect(sql).toContain("('2025-04-26',true,");
    expect(() => exportCalendarSql(calendar, { from: 2025, to: 2025 }, { schema: 'x; drop' })).toThrow(/schema/);
    expect(() => exportCalendarSql(calendar, { from: 2025, to: 2024 })).toThrow(/to/);
    expect(() => exportCalendarSql(calendar, { from: 1899, to: 2024 })).toThrow(/from/);
  });

  it('refuses a calendar that is not one (a copy with an unknown profile) with invalid_calendar, not a crash printing it', () => {
    const odd = { ...calendar, profile: Object.create(null) as never };
    for (const f of [() => exportCalendarIcs(odd, { from: 2025, to: 2025 }), () => exportCalendarSql(odd, { from: 2025, to: 2025 }), () => calendarDays(odd, { from: 2025, to: 2025 })]) {
      expect(f).toThrow(expect.objectContaining({ code: 'invalid_calendar' }));
    }
    expect(calendarDays({ ...calendar }, { from: '2025-04-26', to: '2025-04-26' })[0]?.kind).toBe('makeUpWorkday');
  });
});
