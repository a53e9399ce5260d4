import type { CalendarDecision } from '../CalendarOptions';
import { compensatory, holiday, makeUp, NAMES, swap, tetDay } from './names';

/**
 * 2024: Thông báo 5015/TB-LĐTBXH (Tết Giáp Thìn and National Day) and Thông báo 1570/TB-LĐTBXH (the
 * 30/4 swap). Tết Sat 10/02/2024: five Tết days Thu 08/02 – Mon 12/02 with Tue 13 and Wed 14 in lieu
 * of the weekend; National Day Mon 02/09 and Tue 03/09; Mon 29/04 off, worked on Sat 04/05.
 * New Year (Mon 01/01) and Hùng Kings (Thu 18/04) follow the statutory rules.
 * Sources: RULEBOOK §1; reference/regulations.md §4.3 (HIGH). Signing dates as commonly cited (MEDIUM).
 * @internal
 */
export const decisions2024: readonly CalendarDecision[] = [
  {
    document: 'Thông báo 5015/TB-LĐTBXH',
    issuer: 'Bộ Lao động – Thương binh và Xã hội',
    signedOn: '2023-11-24',
    knownFrom: '2023-11-24',
    name: { vi: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2024', en: 'Lunar New Year and National Day holidays 2024' },
    year: 2024,
    settles: ['tet', 'nationalDay'],
    days: [
      tetDay('2024-02-08', '29 tháng Chạp'),
      tetDay('2024-02-09', '30 tháng Chạp'),
      tetDay('2024-02-12', 'mùng 3'),
      compensatory('2024-02-13', NAMES.tet),
      compensatory('2024-02-14', NAMES.tet),
      holiday('2024-09-02', NAMES.nationalDay),
      holiday('2024-09-03', NAMES.nationalDaySecond),
    ],
    note: 'RULEBOOK §1 table; regulations.md §4.3 (HIGH). signedOn/knownFrom: date as commonly cited, MEDIUM.',
  },
  {
    document: 'Thông báo 1570/TB-LĐTBXH',
    issuer: 'Bộ Lao động – Thương binh và Xã hội',
    signedOn: '2024-04-12',
    knownFrom: '2024-04-12',
    name: { vi: 'Hoán đổi ngày làm việc dịp 30/4 và 1/5 năm 2024', en: 'Working-day swap around 30 April and 1 May 2024' },
    year: 2024,
    settles: ['reunification'],
    days: [
      swap('2024-04-29', '2024-05-04'),
      holiday('2024-04-30', NAMES.reunification),
      holiday('2024-05-01', NAMES.labourDay),
      makeUp('2024-05-04', '2024-04-29'),
    ],
    note: 'RULEBOOK §1 table; regulations.md §4.3 (HIGH). signedOn/knownFrom: date as commonly cited, MEDIUM.',
  },
];
