import type { CalendarDecision } from '../CalendarOptions';
import { holiday, makeUp, NAMES, swap, tetDay } from './names';

/**
 * 2025: Thông báo 6150/TB-BLĐTBXH of 03/12/2024 (after Công văn 8726/VPCP-KGVX of 26/11/2024).
 * Tết Ất Tỵ (Wed 29/01/2025): «05 ngày nghỉ tết Âm lịch và 04 ngày nghỉ hằng tuần», Sat 25/01 – Sun
 * 02/02, the five Tết days Mon 27/01 – Fri 31/01. Fri 02/05 off, worked on Sat 26/04. National Day Mon
 * 01/09 and Tue 02/09. New Year (Wed 01/01) and Hùng Kings (Mon 07/04) follow the statutory rules.
 * Sources: RULEBOOK §1; reference/regulations.md §4.3 (HIGH, notice text read).
 * @internal
 */
export const decisions2025: readonly CalendarDecision[] = [
  {
    document: 'Thông báo 6150/TB-BLĐTBXH',
    issuer: 'Bộ Lao động – Thương binh và Xã hội',
    signedOn: '2024-12-03',
    knownFrom: '2024-11-26',
    name: {
      vi: 'Nghỉ Tết Âm lịch, hoán đổi ngày làm việc dịp 30/4–1/5 và nghỉ Quốc khánh năm 2025',
      en: 'Lunar New Year, the 30 April–1 May swap and National Day 2025',
    },
    year: 2025,
    settles: ['tet', 'reunification', 'nationalDay'],
    days: [
      tetDay('2025-01-27', '28 tháng Chạp'),
      tetDay('2025-01-28', '29 tháng Chạp'),
      tetDay('2025-01-29', 'mùng 1'),
      tetDay('2025-01-30', 'mùng 2'),
      tetDay('2025-01-31', 'mùng 3'),
      makeUp('2025-04-26', '2025-05-02'),
      holiday('2025-04-30', NAMES.reunification),
      holiday('2025-05-01', NAMES.labourDay),
      swap('2025-05-02', '2025-04-26'),
      holiday('2025-09-01', NAMES.nationalDaySecond),
      holiday('2025-09-02', NAMES.nationalDay),
    ],
    note:
      'RULEBOOK §1 table; regulations.md §4.3 (HIGH, notice text read). knownFrom = date of the approving Công văn 8726/VPCP-KGVX (26/11/2024), published the same week.',
  },
];
