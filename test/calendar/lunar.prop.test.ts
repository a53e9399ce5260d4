import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { fromLunar } from '../../src/calendar/fromLunar';
import { toLunar } from '../../src/calendar/toLunar';

const FIRST = daysFromCivil(1900, 1, 1);
const LAST = daysFromCivil(2100, 12, 31);

describe('toLunar', () => {
  it('round-trips every day 1900-2100 through fromLunar', () => {
    const wrong: string[] = [];
    for (let d = FIRST; d <= LAST; d += 1) {
      const date = formatCivilDate(d);
      if (fromLunar(toLunar(date)) !== date) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });

  it('advances by one lunar day, or starts a month of 29 or 30 days, from one civil day to the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST - 1 }), (d) => {
        const a = toLunar(formatCivilDate(d));
        const b = toLunar(formatCivilDate(d + 1));
        if (b.day === 1) {
          expect([29, 30]).toContain(a.day);
          const nextMonth = b.leap ? a.month : (a.month % 12) + 1;
          expect(b.month).toBe(nextMonth);
        } else {
          expect(b).toEqual({ ...a, day: a.day + 1 });
        }
      }),
    );
  });

  it('places Tết (1/1 lunar) between 21 January and 20 February', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const tet = fromLunar({ year, month: 1, day: 1 });
        expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      }),
    );
  });
});
