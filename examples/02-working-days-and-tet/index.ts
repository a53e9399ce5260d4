/**
 * Example 02: working days across Tết, the make-up Saturday and a provisional year.
 *
 * "15 ngày làm việc" never means 15 calendar days: weekends, the five Tết days, Hùng Kings, 30/4,
 * 1/5 and the yearly swaps all move the deadline. The calendar knows the civil-service decisions
 * for 2023-2026 and says when a year rests on the statutory rules alone.
 */
import assert from 'node:assert/strict';
import { createCalendar, lunarNewYear, toLunar } from 'reform-rules';

const calendar = createCalendar(); // civil-service profile, 07:00-11:30 and 13:30-17:00

// Tết Ất Tỵ: the Vietnamese lunar new year (computed for UTC+7, not Beijing time).
console.log('Tết 2025:', lunarNewYear(2025), toLunar('2025-01-29'));
assert.equal(lunarNewYear(2025), '2025-01-29');
assert.equal(lunarNewYear(1985), '1985-01-21'); // the Chinese calendar says 1985-02-20

// A dossier received on Friday 24/01/2025 with 5 working days: the start day is not counted
// (Bộ luật Dân sự Art. 147.2) and 27-31/01 are Tết, so the due day is Friday 07/02.
const due = calendar.addWorkingDays('2025-01-24', 5);
console.log('24/01/2025 + 5 working days =', due);
assert.equal(due, '2025-02-07');
assert.equal(calendar.workingDaysBetween('2025-01-24', due), 5);

// Saturday 26/04/2025 is worked (làm bù) in exchange for Friday 02/05/2025.
assert.equal(calendar.isWorkingDay('2025-04-26'), true);
assert.equal(calendar.isWorkingDay('2025-05-02'), false);
const swap = calendar.holidays(2025).find((d) => d.date === '2025-04-26');
console.log('26/04/2025:', swap?.kind, '-', swap?.name.vi, '-', swap?.basis);
assert.equal(swap?.kind, 'makeUpWorkday');

// Working time: 2 working hours after Friday 16:00 is Monday 08:00.
const t = calendar.addWorkingTime('2025-03-07T16:00:00+07:00', 120);
console.log('Fri 07/03 16:00 + 2 working hours =', t);
assert.equal(t, '2025-03-10T08:00:00+07:00');

// 2027 has no decision yet: the answer comes from the statutory rules, and says so.
console.log('coverage 2026:', calendar.coverage(2026), '/ 2027:', calendar.coverage(2027));
assert.equal(calendar.coverage(2027), 'provisional');
