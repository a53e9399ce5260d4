import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, dayOfWeek, daysFromCivil, formatCivilDate, parseCivilDate } from '../../src/_lib/civilDate';
import { formatInstantVN, parseInstant, vnDay } from '../../src/_lib/instant';

describe('civilDate', () => {
  it('round-trips every epoch day 1800-2200 through its civil form', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1800, 1, 1), max: daysFromCivil(2200, 12, 31) }), (d) => {
        const { year, month, day } = civilFromDays(d);
        expect(daysFromCivil(year, month, day)).toBe(d);
        expect(parseCivilDate(formatCivilDate(d))).toBe(d);
      }),
    );
  });

  it('knows weekdays and impossible dates', () => {
    expect(dayOfWeek(daysFromCivil(2025, 1, 29))).toBe(3); // Wednesday, Tết Ất Tỵ
    expect(parseCivilDate('2025-02-29')).toBeUndefined();
    expect(parseCivilDate('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(parseCivilDate('2025-13-01')).toBeUndefined();
    expect(parseCivilDate('20250101')).toBeUndefined();
    expect(parseCivilDate(new Date(0))).toBeUndefined();
  });
});

describe('instant', () => {
  it('reads offsets and writes Vietnam time', () => {
    const ms = parseInstant('2025-03-03T02:00:00Z');
    expect(typeof ms).toBe('number');
    expect(formatInstantVN(ms as number)).toBe('2025-03-03T09:00:00+07:00');
    expect(parseInstant('2025-03-03T09:00:00')).toBe('missing_offset');
    expect(parseInstant('2025-02-30T09:00:00+07:00')).toBe('invalid_instant');
    expect(vnDay(parseInstant('2025-03-03T23:30:00+07:00') as number)).toBe(daysFromCivil(2025, 3, 3));
  });

  it('round-trips any millisecond through the +07:00 form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 4e12 }), (ms) => {
        expect(parseInstant(formatInstantVN(ms))).toBe(ms);
      }),
    );
  });
});
