import type { CalendarDecision } from '../CalendarOptions';
import { holiday, makeUp, NAMES, swap, tetDay } from './names';

/**
 * 2026: Thông báo 9441/TB-BNV of 16/10/2025 (Tết Bính Ngọ Mon 16/02 = 29 tháng Chạp – Fri 20/02 =
 * mùng 4; National Day Tue 01/09 and Wed 02/09 with Mon 31/08 off, worked on Sat 22/08); Công văn
 * 12729/VPCP-KGVX (Fri 02/01 off, worked on Sat 10/01; it became known around 25/12/2025: notices of
 * 1/12 and 16/12/2025 still said one day); Công văn 3383/BNV-CVL of 10/04/2026 (no swap around 30/4).
 * Hùng Kings (Sun 26/04 → Mon 27/04) and Culture Day (Tue 24/11) follow the statutory rules.
 * Sources: RULEBOOK §1; reference/regulations.md §4.3.
 * @internal
 */
export const decisions2026: readonly CalendarDecision[] = [
  {
    document: 'Thông báo 9441/TB-BNV',
    issuer: 'Bộ Nội vụ',
    signedOn: '2025-10-16',
    knownFrom: '2025-10-13',
    name: { vi: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2026', en: 'Lunar New Year and National Day holidays 2026' },
    year: 2026,
    settles: ['tet', 'nationalDay'],
    days: [
      tetDay('2026-02-16', '29 tháng Chạp'),
      tetDay('2026-02-17', 'mùng 1'),
      tetDay('2026-02-18', 'mùng 2'),
      tetDay('2026-02-19', 'mùng 3'),
      tetDay('2026-02-20', 'mùng 4'),
      makeUp('2026-08-22', '2026-08-31'),
      swap('2026-08-31', '2026-08-22'),
      holiday('2026-09-01', NAMES.nationalDaySecond),
      holiday('2026-09-02', NAMES.nationalDay),
    ],
    note:
      'HIGH (notice text read; Cần Thơ 109/TB-UBND repeats it). knownFrom = date of the approving Công văn 9859/VPCP-KGVX (13/10/2025).',
  },
  {
    document: 'Công văn 12729/VPCP-KGVX',
    issuer: 'Văn phòng Chính phủ',
    signedOn: '2025-12-25',
    knownFrom: '2025-12-25',
    name: { vi: 'Hoán đổi ngày làm việc dịp Tết Dương lịch 2026', en: 'Working-day swap around New Year 2026' },
    year: 2026,
    settles: ['newYear'],
    days: [holiday('2026-01-01', NAMES.newYear), swap('2026-01-02', '2026-01-10'), makeUp('2026-01-10', '2026-01-02')],
    note:
      'MEDIUM–HIGH. Exact signing date not read: regulations.md §4.3 says the swap came around 25/12/2025 (notices of 1/12 and 16/12/2025 still said one day), so both dates are set to 2025-12-25.',
  },
  {
    document: 'Công văn 3383/BNV-CVL',
    issuer: 'Bộ Nội vụ',
    signedOn: '2026-04-10',
    knownFrom: '2026-04-10',
    name: { vi: 'Không hoán đổi ngày làm việc dịp 30/4–1/5/2026', en: 'No working-day swap around 30 April–1 May 2026' },
    year: 2026,
    settles: ['reunification'],
    days: [holiday('2026-04-30', NAMES.reunification), holiday('2026-05-01', NAMES.labourDay)],
    note: 'MEDIUM–HIGH (regulations.md §4.3): confirms the statutory days, no swap.',
  },
];
