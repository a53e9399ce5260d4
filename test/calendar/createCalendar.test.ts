import { describe, expect, it } from 'vitest';
import { dayOfWeek, daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import type { CalendarDecision } from '../../src/calendar/CalendarOptions';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/errors/ReformRulesError';

function errorOf(fn: () => unknown): ReformRulesError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReformRulesError) return error;
    throw error;
  }
  throw new Error('expected a ReformRulesError');
}

// RULEBOOK §1, the civil-service table: weekdays off and Saturdays worked, 'DD/MM'.
const SCHEDULES: Record<number, { off: string[]; worked: string[] }> = {
  2023: { off: ['02/01', '20/01', '23/01', '24/01', '25/01', '26/01', '01/05', '02/05', '03/05', '01/09', '04/09'], worked: [] },
  2024: {
    off: ['01/01', '08/02', '09/02', '12/02', '13/02', '14/02', '18/04', '29/04', '30/04', '01/05', '02/09', '03/09'],
    worked: ['04/05'],
  },
  2025: {
    off: ['01/01', '27/01', '28/01', '29/01', '30/01', '31/01', '07/04', '30/04', '01/05', '02/05', '01/09', '02/09'],
    worked: ['26/04'],
  },
  2026: {
    off: ['01/01', '02/01', '16/02', '17/02', '18/02', '19/02', '20/02', '27/04', '30/04', '01/05', '31/08', '01/09', '02/09', '24/11'],
    worked: ['10/01', '22/08'],
  },
};

const iso = (year: number, ddmm: string): string => `${year}-${ddmm.slice(3, 5)}-${ddmm.slice(0, 2)}`;

describe('createCalendar', () => {
  const calendar = createCalendar();

  for (const [yearText, { off, worked }] of Object.entries(SCHEDULES)) {
    const year = Number(yearText);
    it(`follows the ${year} civil-service schedule day by day`, () => {
      const offSet = new Set(off.map((d) => iso(year, d)));
      const workedSet = new Set(worked.map((d) => iso(year, d)));
      const wrong: string[] = [];
      for (let d = daysFromCivil(year, 1, 1); d <= daysFromCivil(year, 12, 31); d += 1) {
        const date = formatCivilDate(d);
        const dow = dayOfWeek(d);
        const weekend = dow === 0 || dow === 6;
        const expected = weekend ? workedSet.has(date) : !offSet.has(date);
        if (calendar.isWorkingDay(date) !== expected) wrong.push(date);
      }
      expect(wrong).toEqual([]);
      expect(calendar.holidays(year).map((h) => h.date)).toEqual([...offSet, ...workedSet].sort());
      expect(calendar.coverage(year)).toBe('decided');
    });
  }

  it('describes each day with kind, names and basis', () => {
    const h2025 = calendar.holidays(2025);
    expect(h2025.find((h) => h.date === '2025-05-02')).toEqual({
      date: '2025-05-02',
      kind: 'swap',
      name: { vi: 'Nghỉ hoán đổi (làm bù ngày 26/04)', en: 'Swapped day off (worked on 26/04)' },
      basis: 'Thông báo 6150/TB-BLĐTBXH (Bộ Lao động – Thương binh và Xã hội, 2024-12-03)',
    });
    expect(h2025.find((h) => h.date === '2025-04-26')?.kind).toBe('makeUpWorkday');
    expect(h2025.find((h) => h.date === '2025-04-07')).toMatchObject({ kind: 'holiday', basis: 'Bộ luật Lao động 2019, Điều 112.1.e' });
    const comp = calendar.holidays(2026).find((h) => h.date === '2026-04-27');
    expect(comp?.kind).toBe('compensatory');
    expect(comp?.basis).toContain('Điều 111.3');
    expect(calendar.holidays(2026).find((h) => h.date === '2026-11-24')?.basis).toBe('Nghị quyết 28/2026/QH16, Điều 2');
    for (const year of [1950, 2010, 2025, 2090]) {
      for (const h of calendar.holidays(year)) {
        expect(h.name.vi.length).toBeGreaterThan(0);
        expect(h.name.en.length).toBeGreaterThan(0);
        expect(h.basis.length).toBeGreaterThan(0);
      }
    }
  });

  it('flags years without a recorded decision as provisional and applies the statutory eras', () => {
    expect(calendar.coverage(2022)).toBe('provisional');
    expect(calendar.coverage(2027)).toBe('provisional');
    const dates = (year: number): string[] => calendar.holidays(year).map((h) => h.date);
    // 2027: Tết Sat 06/02 → Fri 05/02 (last day) + mùng 1–4; from 2014 the Saturday is compensated
    // before Tết (Thu 04/02) and the Sunday after (Wed 10/02), as every notice 2023–2026 did.
    expect(dates(2027)).toEqual([
      '2027-01-01', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10',
      '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03', '2027-11-24',
    ]);
    // 2010: 4-day Tết, no second National Day day, Hùng Kings (from 2007), no Culture Day.
    const h2010 = calendar.holidays(2010);
    expect(h2010.filter((h) => h.basis.includes('112.1.b') || h.name.en.startsWith('Lunar')).length).toBeGreaterThan(0);
    expect(dates(2010)).toContain('2010-04-23');
    expect(dates(2010)).not.toContain('2010-09-03');
    expect(dates(2006).some((d) => d.startsWith('2006-04'))).toBe(false); // no Hùng Kings before 2007 (6 April 2006 was a Thursday)
    expect(dates(2025)).not.toContain('2025-11-24');
    // 2021, 2022: the second National Day day by the default rule.
    expect(dates(2021)).toEqual(expect.arrayContaining(['2021-09-02', '2021-09-03']));
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-09-01', '2022-09-02']));
  });

  it('puts five Tết weekdays off in every provisional year from 2013 and four days before', () => {
    for (let year = 2013; year <= 2100; year += 1) {
      if (year >= 2023 && year <= 2026) continue;
      const tet = calendar.holidays(year).filter((h) => h.name.en.includes('Lunar New Year'));
      expect(tet.length).toBe(5);
    }
    for (let year = 1995; year < 2013; year += 1) {
      expect(calendar.holidays(year).filter((h) => h.name.en.includes('Lunar New Year')).length).toBe(4);
    }
    // Before 1995 (Labour Code 1994 not yet in force) a weekend Tết day is not compensated.
    for (let year = 1980; year < 1995; year += 1) {
      const tet = calendar.holidays(year).filter((h) => h.name.en.includes('Lunar New Year'));
      expect(tet.every((h) => h.kind === 'holiday')).toBe(true);
      expect(tet.length).toBeLessThanOrEqual(4);
    }
  });

  it('compensates Culture Day on a weekend only when asked', () => {
    // 24/11/2029 is a Saturday.
    expect(calendar.isWorkingDay('2029-11-26')).toBe(true);
    const compensated = createCalendar({ cultureDayCompensated: true });
    expect(compensated.isWorkingDay('2029-11-26')).toBe(false);
    expect(compensated.holidays(2029).find((h) => h.date === '2029-11-26')?.kind).toBe('compensatory');
  });

  it('ignores decisions not yet known as of knownAsOf', () => {
    const before = createCalendar({ knownAsOf: '2025-12-10' });
    expect(before.isWorkingDay('2026-01-02')).toBe(true);
    expect(before.isWorkingDay('2026-01-10')).toBe(false);
    expect(before.isWorkingDay('2026-08-31')).toBe(false); // 9441/TB-BNV was known in October 2025
    expect(before.coverage(2026)).toBe('decided');
    const after = createCalendar({ knownAsOf: '2025-12-25' });
    expect(after.isWorkingDay('2026-01-02')).toBe(false);
    expect(after.isWorkingDay('2026-01-10')).toBe(true);
    const earlier = createCalendar({ knownAsOf: '2025-10-01' });
    expect(earlier.coverage(2026)).toBe('provisional');
    expect(earlier.isWorkingDay('2026-08-31')).toBe(true);
    expect(earlier.isWorkingDay('2026-08-22')).toBe(false);
    const old = createCalendar({ knownAsOf: '2024-11-01' });
    expect(old.isWorkingDay('2025-05-02')).toBe(true);
    expect(old.isWorkingDay('2025-04-26')).toBe(false);
    expect(old.coverage(2025)).toBe('provisional');
  });

  it('gives the private profile the statutory days without swaps or make-up days', () => {
    const p = createCalendar({ profile: 'private' });
    expect(p.profile).toBe('private');
    expect(p.isWorkingDay('2025-05-02')).toBe(true);
    expect(p.isWorkingDay('2025-04-26')).toBe(false);
    expect(p.isWorkingDay('2026-01-02')).toBe(true);
    expect(p.isWorkingDay('2026-08-31')).toBe(true);
    expect(p.isWorkingDay('2025-01-27')).toBe(false); // the notice's Tết days apply to everyone
    expect(p.isWorkingDay('2026-04-27')).toBe(false); // Art. 111.3
    expect(p.holidays(2025).some((h) => h.kind === 'swap' || h.kind === 'makeUpWorkday')).toBe(false);
  });

  it('applies extra decisions: a settled Tết, a swap, an extra day off', () => {
    const decision: CalendarDecision = {
      document: 'Thông báo 1/TB-TEST',
      issuer: 'Bộ Nội vụ',
      signedOn: '2026-10-01',
      knownFrom: '2026-10-02',
      name: { vi: 'Nghỉ Tết 2027', en: 'Tết 2027' },
      year: 2027,
      settles: ['tet'],
      days: [
        { date: '2027-02-04', kind: 'holiday', name: { vi: 'Tết', en: 'Tết' } },
        { date: '2027-02-05', kind: 'holiday', name: { vi: 'Tết', en: 'Tết' } },
        { date: '2027-02-08', kind: 'holiday', name: { vi: 'Tết', en: 'Tết' } },
        { date: '2027-02-09', kind: 'compensatory', name: { vi: 'Nghỉ bù', en: 'In lieu' } },
        { date: '2027-02-10', kind: 'swap', name: { vi: 'Hoán đổi', en: 'Swap' } },
        { date: '2027-02-20', kind: 'makeUpWorkday', name: { vi: 'Làm bù', en: 'Make-up' } },
      ],
    };
    const c = createCalendar({ decisions: [decision] });
    expect(c.coverage(2027)).toBe('decided');
    expect(c.holidays(2027).filter((h) => h.date.startsWith('2027-02')).map((h) => h.date)).toEqual([
      '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-20',
    ]);
    expect(c.isWorkingDay('2027-02-11')).toBe(true);
    expect(c.holidays(2027)[1]?.basis).toBe('Thông báo 1/TB-TEST (Bộ Nội vụ, 2026-10-01)');
    expect(createCalendar({ decisions: [decision], knownAsOf: '2026-10-01' }).coverage(2027)).toBe('provisional');
    const extra = createCalendar({
      decisions: [{ ...decision, settles: [], year: 2027, days: [{ date: '2027-03-15', kind: 'holiday', name: { vi: 'Nghỉ', en: 'Day off' } }] }],
    });
    expect(extra.isWorkingDay('2027-03-15')).toBe(false);
    expect(extra.coverage(2027)).toBe('provisional');
    expect(createCalendar({ bundledDecisions: false }).coverage(2025)).toBe('provisional');
  });

  it('refuses a hole in a decision\'s days, its settled blocks or the office hours, naming it', () => {
    const day = { date: '2027-03-15', kind: 'holiday', name: { vi: 'Nghỉ', en: 'Day off' } } as const;
    const base = { document: 'X', issuer: 'Y', signedOn: '2026-10-01', knownFrom: '2026-10-02', name: { vi: 'a', en: 'a' }, year: 2027 } as const;
    const holed = <T,>(xs: T[]): T[] => {
      const copy = [...xs, ...xs];
      delete copy[0];
      return copy;
    };
    const days = errorOf(() => createCalendar({ decisions: [{ ...base, days: holed([day]) } as CalendarDecision] }));
    expect(days.message).toContain('days[0]');
    const settles = errorOf(() => createCalendar({ decisions: [{ ...base, settles: holed(['tet'] as const as unknown as 'tet'[]), days: [day] } as CalendarDecision] }));
    expect([settles.code, settles.message.includes('settles[0]')]).toEqual(['invalid_enum', true]);
    expect(errorOf(() => createCalendar({ officeHours: holed([{ start: '07:30', end: '11:30' }]) })).message).toContain('0');
  });

  it('lets a later-known decision replace an earlier one for the same block', () => {
    const base = { issuer: 'X', signedOn: '2026-10-01' as const, name: { vi: 'a', en: 'a' }, year: 2027, settles: ['tet'] as const };
    const first: CalendarDecision = { ...base, document: 'A', knownFrom: '2026-10-01', days: [{ date: '2027-02-01', kind: 'holiday', name: { vi: 'a', en: 'a' } }] };
    const second: CalendarDecision = { ...base, document: 'B', knownFrom: '2026-11-01', days: [{ date: '2027-02-03', kind: 'holiday', name: { vi: 'b', en: 'b' } }] };
    const c = createCalendar({ decisions: [second, first] });
    expect(c.isWorkingDay('2027-02-01')).toBe(true);
    expect(c.isWorkingDay('2027-02-03')).toBe(false);
    const asOf = createCalendar({ decisions: [second, first], knownAsOf: '2026-10-15' });
    expect(asOf.isWorkingDay('2027-02-01')).toBe(false);
    expect(asOf.isWorkingDay('2027-02-03')).toBe(true);
  });

  it('exposes profile, office hours, minutes per day and range', () => {
    expect(calendar.profile).toBe('civil-service');
    expect(calendar.officeHours).toEqual([{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }]);
    expect(calendar.minutesPerDay).toBe(480);
    expect(calendar.range).toEqual({ from: '1900-01-01', to: '2100-12-31' });
    const custom = createCalendar({ officeHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] });
    expect(custom.minutesPerDay).toBe(480);
    expect(custom.addWorkingTime('2025-03-03T11:00:00+07:00', 120)).toBe('2025-03-03T14:00:00+07:00');
  });
});

describe('addWorkingDays', () => {
  const calendar = createCalendar();

  it('skips Tết and weekends, never counting the start day', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(calendar.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
    expect(calendar.addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('returns the date itself for n = 0, even on a day off', () => {
    expect(calendar.addWorkingDays('2025-01-29', 0)).toBe('2025-01-29');
    expect(calendar.addWorkingDays('2025-03-01', 0)).toBe('2025-03-01');
  });

  it('counts from a day off: the n-th working day after or before it', () => {
    expect(calendar.addWorkingDays('2025-03-02', 1)).toBe('2025-03-03'); // Sunday → Monday
    expect(calendar.addWorkingDays('2025-03-02', -1)).toBe('2025-02-28'); // Sunday → Friday
    expect(calendar.workingDaysBetween('2025-03-02', '2025-02-28')).toBe(-1);
  });

  it('works on a make-up Saturday', () => {
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(calendar.nextWorkingDay('2025-04-29')).toBe('2025-05-05');
    expect(calendar.previousWorkingDay('2025-05-05')).toBe('2025-04-29');
  });

  it('rejects malformed dates, non-integer n and results outside the range', () => {
    for (const bad of ['2025-13-01', '2025-02-29', '20250101', new Date(0)]) {
      const e = errorOf(() => calendar.addWorkingDays(bad as never, 1));
      expect(e.code).toBe('invalid_date');
      expect(e.received).toBe(bad);
    }
    for (const n of [1.5, Number.NaN, Infinity, '1']) {
      const e = errorOf(() => calendar.addWorkingDays('2025-03-03', n as never));
      expect(e.code).toBe('not_integer');
      expect(e.received).toBe(n);
    }
    expect(errorOf(() => calendar.addWorkingDays('1899-12-31', 1)).code).toBe('calendar_out_of_range');
    expect(errorOf(() => calendar.addWorkingDays('2100-12-30', 5)).code).toBe('calendar_out_of_range');
    expect(errorOf(() => calendar.addWorkingDays('1900-01-02', -5)).code).toBe('calendar_out_of_range');
    expect(errorOf(() => calendar.isWorkingDay('2101-01-01')).code).toBe('calendar_out_of_range');
    expect(errorOf(() => calendar.holidays(2101)).code).toBe('calendar_out_of_range');
    expect(errorOf(() => calendar.coverage(2025.5)).code).toBe('not_integer');
  });
});

describe('workingDaysBetween', () => {
  const calendar = createCalendar();

  it('counts working days after from up to and including to', () => {
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
    expect(calendar.workingDaysBetween('2025-01-01', '2025-12-31')).toBe(250); // 261 weekdays − 12 off + 1 Saturday
    expect(calendar.workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0);
    expect(calendar.workingDaysBetween('2025-02-03', '2025-01-24')).toBe(-1);
  });

  it('rejects malformed dates with the field name', () => {
    const e = errorOf(() => calendar.workingDaysBetween('2025-01-01', '2025-1-5'));
    expect(e.code).toBe('invalid_date');
    expect(e.message).toContain('to');
    expect(e.received).toBe('2025-1-5');
  });
});

describe('addWorkingTime', () => {
  const calendar = createCalendar();

  it('ends at 17:00 the same day when the minutes end exactly at closing time', () => {
    expect(calendar.addWorkingTime('2025-03-03T16:00:00+07:00', 60)).toBe('2025-03-03T17:00:00+07:00');
    expect(calendar.addWorkingTime('2025-03-03T07:00:00+07:00', 480)).toBe('2025-03-03T17:00:00+07:00');
    expect(calendar.addWorkingTime('2025-03-03T16:00:00+07:00', 61)).toBe('2025-03-04T07:01:00+07:00');
  });

  it('skips the lunch break, nights, weekends and Tết', () => {
    expect(calendar.addWorkingTime('2025-03-03T11:00:00+07:00', 60)).toBe('2025-03-03T14:00:00+07:00');
    expect(calendar.addWorkingTime('2025-01-24T16:00:00+07:00', 120)).toBe('2025-02-03T08:00:00+07:00');
    expect(calendar.addWorkingTime('2025-03-01T10:00:00+07:00', 30)).toBe('2025-03-03T07:30:00+07:00');
    expect(calendar.addWorkingTime('2025-03-03T02:00:00Z', 30)).toBe('2025-03-03T09:30:00+07:00');
  });

  it('goes backwards symmetrically for negative minutes', () => {
    expect(calendar.addWorkingTime('2025-03-03T08:00:00+07:00', -61)).toBe('2025-02-28T16:59:00+07:00');
    expect(calendar.addWorkingTime('2025-03-03T08:00:00+07:00', -60)).toBe('2025-03-03T07:00:00+07:00');
    expect(calendar.addWorkingTime('2025-03-03T13:30:00+07:00', -30)).toBe('2025-03-03T11:00:00+07:00');
  });

  it('accepts fractional minutes, rounded to the millisecond', () => {
    expect(calendar.addWorkingTime('2025-03-03T09:00:00+07:00', 1.5)).toBe('2025-03-03T09:01:30+07:00');
    expect(calendar.workingMinutesBetween('2025-03-03T09:00:00+07:00', '2025-03-03T09:01:30+07:00')).toBe(1.5);
  });

  it('returns the instant itself (in +07:00) for 0 minutes', () => {
    expect(calendar.addWorkingTime('2025-03-01T10:00:00+07:00', 0)).toBe('2025-03-01T10:00:00+07:00');
  });

  it('rejects NaN, Infinity and malformed instants', () => {
    for (const m of [Number.NaN, Infinity, -Infinity, '5']) {
      const e = errorOf(() => calendar.addWorkingTime('2025-03-03T09:00:00+07:00', m as never));
      expect(e.code).toBe('not_finite');
      expect(e.received).toBe(m);
    }
    expect(errorOf(() => calendar.addWorkingTime('2025-03-03T09:00:00', 5)).code).toBe('missing_offset');
    expect(errorOf(() => calendar.addWorkingTime('2025-02-30T09:00:00+07:00', 5)).code).toBe('invalid_instant');
    expect(errorOf(() => calendar.addWorkingTime(new Date(0) as never, 5)).code).toBe('invalid_instant');
  });
});

describe('workingMinutesBetween', () => {
  const calendar = createCalendar();

  it('counts office minutes of working days only', () => {
    expect(calendar.workingMinutesBetween('2025-03-03T07:00:00+07:00', '2025-03-03T17:00:00+07:00')).toBe(480);
    expect(calendar.workingMinutesBetween('2025-03-03T06:00:00+07:00', '2025-03-03T23:00:00+07:00')).toBe(480);
    expect(calendar.workingMinutesBetween('2025-01-24T16:00:00+07:00', '2025-02-03T08:00:00+07:00')).toBe(120);
    expect(calendar.workingMinutesBetween('2025-03-03T17:00:00+07:00', '2025-03-03T07:00:00+07:00')).toBe(-480);
  });
});

describe('nextWorkingStart', () => {
  const calendar = createCalendar();

  it('keeps an instant inside office hours and moves others to the next opening', () => {
    expect(calendar.nextWorkingStart('2025-03-03T09:15:00+07:00')).toBe('2025-03-03T09:15:00+07:00');
    expect(calendar.nextWorkingStart('2025-03-03T06:00:00+07:00')).toBe('2025-03-03T07:00:00+07:00');
    expect(calendar.nextWorkingStart('2025-03-03T11:30:00+07:00')).toBe('2025-03-03T13:30:00+07:00');
    expect(calendar.nextWorkingStart('2025-03-03T17:00:00+07:00')).toBe('2025-03-04T07:00:00+07:00');
    expect(calendar.nextWorkingStart('2025-01-25T10:00:00+07:00')).toBe('2025-02-03T07:00:00+07:00');
    expect(calendar.nextWorkingStart('2025-04-26T10:00:00+07:00')).toBe('2025-04-26T10:00:00+07:00');
  });
});

describe('createCalendar options', () => {
  it('rejects bad options naming the option', () => {
    const cases: [unknown, string, string][] = [
      [{ profile: 'public' }, 'invalid_enum', 'profile'],
      [{ knownAsOf: '2025-12-32' }, 'invalid_date', 'knownAsOf'],
      [{ knownAsOf: new Date(0) }, 'invalid_date', 'knownAsOf'],
      [{ officeHours: [] }, 'invalid_office_hours', 'officeHours'],
      [{ officeHours: [{ start: '7:00', end: '11:30' }] }, 'invalid_time', 'officeHours[0].start'],
      [{ officeHours: [{ start: '12:00', end: '11:30' }] }, 'invalid_office_hours', 'officeHours'],
      [{ officeHours: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }] }, 'invalid_office_hours', 'officeHours'],
      [{ cultureDayCompensated: 'yes' }, 'invalid_type', 'cultureDayCompensated'],
      [{ bundledDecisions: 1 }, 'invalid_type', 'bundledDecisions'],
      [{ decisions: {} }, 'invalid_type', 'decisions'],
      [{ holidays: [] }, 'unknown_key', 'holidays'],
      ['civil-service', 'invalid_type', 'options'],
    ];
    for (const [options, code, field] of cases) {
      const e = errorOf(() => createCalendar(options as never));
      expect(e.code).toBe(code);
      expect(e.message.startsWith(field)).toBe(true);
    }
  });

  it('rejects malformed decisions naming the path', () => {
    const good: CalendarDecision = {
      document: 'D',
      issuer: 'I',
      signedOn: '2026-10-01',
      knownFrom: '2026-10-01',
      name: { vi: 'v', en: 'e' },
      year: 2027,
      days: [{ date: '2027-03-15', kind: 'holiday', name: { vi: 'v', en: 'e' } }],
    };
    const cases: [Partial<Record<keyof CalendarDecision, unknown>>, string, string][] = [
      [{ document: '' }, 'empty_string', 'decisions[0].document'],
      [{ signedOn: '2026-02-30' }, 'invalid_date', 'decisions[0].signedOn'],
      [{ knownFrom: 20261001 }, 'invalid_date', 'decisions[0].knownFrom'],
      [{ year: 2027.5 }, 'not_integer', 'decisions[0].year'],
      [{ settles: ['easter'] }, 'invalid_enum', 'decisions[0].settles[0]'],
      [{ days: [{ date: '2027-03-13', kind: 'holiday', name: { vi: 'v', en: 'e' } }] }, 'invalid_decision_day', 'decisions[0].days[0].date'],
      [{ days: [{ date: '2027-03-15', kind: 'makeUpWorkday', name: { vi: 'v', en: 'e' } }] }, 'invalid_decision_day', 'decisions[0].days[0].date'],
      [{ days: [{ date: '2027-03-15', kind: 'bridge', name: { vi: 'v', en: 'e' } }] }, 'invalid_enum', 'decisions[0].days[0].kind'],
      [{ days: [{ date: '2101-03-15', kind: 'holiday', name: { vi: 'v', en: 'e' } }] }, 'calendar_out_of_range', 'decisions[0].days[0].date'],
      [{ name: { vi: 'v' } }, 'invalid_type', 'decisions[0].name.en'],
    ];
    for (const [patch, code, field] of cases) {
      const e = errorOf(() => createCalendar({ decisions: [{ ...good, ...patch } as CalendarDecision] }));
      expect(e.code).toBe(code);
      expect(e.message.startsWith(field)).toBe(true);
    }
  });

  it('pins the messages of the calendar codes', () => {
    expect(errorOf(() => createCalendar().isWorkingDay('2101-01-01')).message).toBe(
      `date: "2101-01-01" is outside the calendar's covered range 1900-01-01..2100-12-31`,
    );
    expect(errorOf(() => createCalendar().addWorkingTime('2025-03-03T09:00:00+07:00', Number.NaN)).message).toBe(
      'minutes: expected a finite number, received NaN',
    );
  });
});
