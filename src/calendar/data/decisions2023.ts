import type { CalendarDecision } from '../CalendarOptions';
import { tetDay, compensatory, holiday, NAMES } from './names';

/**
 * 2023: Thông báo 5034/TB-LĐTBXH (Bộ Lao động – Thương binh và Xã hội) on Tết Quý Mão and National
 * Day. Tết Sun 22/01/2023: five Tết days Fri 20/01 (29 tháng Chạp) – Tue 24/01, with Wed 25 and Thu 26
 * in lieu of Sat 21 and Sun 22. National Day: Fri 01/09 and Sat 02/09, the Saturday made up on Mon
 * 04/09. New Year (Sun 01/01 → Mon 02/01) and Hùng Kings / 30-4 / 1-5 (Sat 29/04, Sun 30/04, Mon 01/05
 * → Tue 02/05, Wed 03/05) follow Art. 111.3 and are left to the statutory rules.
 * Sources: RULEBOOK §1; reference/regulations.md §4.3 (HIGH). Signing date as commonly cited (MEDIUM).
 * @internal
 */
export const decisions2023: readonly CalendarDecision[] = [
  {
    document: 'Thông báo 5034/TB-LĐTBXH',
    issuer: 'Bộ Lao động – Thương binh và Xã hội',
    signedOn: '2022-12-05',
    knownFrom: '2022-12-05',
    name: { vi: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2023', en: 'Lunar New Year and National Day holidays 2023' },
    year: 2023,
    settles: ['tet', 'nationalDay'],
    days: [
      tetDay('2023-01-20', '29 tháng Chạp'),
      tetDay('2023-01-23', 'mùng 2'),
      tetDay('2023-01-24', 'mùng 3'),
      compensatory('2023-01-25', NAMES.tet),
      compensatory('2023-01-26', NAMES.tet),
      holiday('2023-09-01', NAMES.nationalDaySecond),
      compensatory('2023-09-04', NAMES.nationalDay),
    ],
    note: 'RULEBOOK §1 table; regulations.md §4.3 (HIGH). signedOn/knownFrom: date as commonly cited, MEDIUM.',
  },
];
