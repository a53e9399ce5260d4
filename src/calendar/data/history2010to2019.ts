import type { CalendarDecision, DecisionDay } from '../CalendarOptions';
import type { CivilDate } from '../WorkCalendar';
import { makeUp, swap } from './names';

/**
 * The civil-service working-day swaps of 2010–2019 (a weekday off exchanged for a worked Saturday),
 * from `reference/formats.md` § 7: the table of the Python `holidays` project
 * (`vacanza/holidays`, `holidays/countries/vietnam.py`, `special_public_holidays`, commit
 * c382fdec456ce76e03b841ab809d47e46be610a2). One peer only (MEDIUM). The references give a document
 * number for 2018–2019 only (Công văn 6519/VPCP-KGVX, cited by the peer, formats.md § 7): those four
 * days carry that citation and are not provisional, like the days of the 2023–2026 notices (the
 * signing date is not in the references, so none is given). Every other swap here has no cited
 * document: its days stay `provisional`, no number is given (the `document` field describes the swap
 * and says the number is unknown), and no issuer or signing date is invented. `knownFrom` is unknown too: it
 * is set to the first day the swap affects, the latest date by which it must have been known, so
 * a `knownAsOf` calendar never sees it too early.
 * The Tết days of these years come from the era rules (statutory.ts), not from notices.
 * @internal
 */
const prov = (d: DecisionDay): DecisionDay => ({ ...d, provisional: true });

const SOURCE = 'MEDIUM, one peer (vacanza/holidays, formats.md § 7); confirm before relying on it.';

function unnumbered(year: number, off: CivilDate, worked: CivilDate): CalendarDecision {
  const dmy = `${off.slice(8, 10)}/${off.slice(5, 7)}/${off.slice(0, 4)}`;
  return {
    document: `Hoán đổi ngày làm việc ${dmy} (chưa rõ số / document number unknown)`,
    knownFrom: off < worked ? off : worked,
    name: { vi: `Hoán đổi ngày làm việc ${dmy}`, en: `Working-day swap ${dmy}` },
    year,
    days: [prov(swap(off, worked)), prov(makeUp(worked, off))],
    note: SOURCE,
  };
}

/** @internal The 2010–2019 swaps, in the order they became known. */
export const history2010to2019: readonly CalendarDecision[] = [
  unnumbered(2010, '2010-02-19', '2010-02-27'),
  unnumbered(2012, '2012-01-27', '2012-02-04'),
  unnumbered(2013, '2013-04-29', '2013-05-04'),
  unnumbered(2014, '2014-05-02', '2014-04-26'),
  unnumbered(2014, '2014-09-01', '2014-09-06'),
  unnumbered(2015, '2015-01-02', '2014-12-27'),
  unnumbered(2015, '2015-02-16', '2015-02-14'),
  unnumbered(2015, '2015-04-29', '2015-04-25'),
  {
    document: 'Công văn 6519/VPCP-KGVX',
    issuer: 'Văn phòng Chính phủ',
    knownFrom: '2018-12-31',
    name: { vi: 'Hoán đổi ngày làm việc dịp Tết Dương lịch và 30/4–1/5/2019', en: 'Working-day swaps around New Year and 30 April 2019' },
    year: 2019,
    days: [swap('2018-12-31', '2019-01-05'), makeUp('2019-01-05', '2018-12-31'), swap('2019-04-29', '2019-05-04'), makeUp('2019-05-04', '2019-04-29')],
    note: 'MEDIUM: the document number as cited by one peer (vacanza/holidays, formats.md § 7); signing date not in the references; confirm before relying on it.',
  },
];
