/**
 * The shipped counting conventions: `portal766` (the default), `dateLevel`, `workingDays`.
 * @module
 */
import { DATE_LEVEL_BASES, DATE_LEVEL_BASIS, PORTAL766_BASES, PORTAL766_BASIS, WORKING_DAYS_BASIS } from './_sources';
import type { CountingConvention } from './CountingConvention';
import { defineCounting } from './defineCounting';

/**
 * The national portal's methodology as published (QĐ 766 record 2.1): instants, the processed time
 * has priority over the hand-over, every end judged at its time, the elapsed supplementation time
 * subtracted from the end, more than the policy's allowed requests ⇒ late, a dossier waiting for
 * re-submission judged at the request, calendar periods. The default `counting`.
 * @example
 * ```ts
 * import { portal766 } from 'reform-rules';
 * portal766.supplementation; // => 'elapsedTime'
 * ```
 * @category Counting conventions
 */
export const portal766: CountingConvention = defineCounting({
  id: 'portal766',
  label: { vi: 'Phương pháp tính chỉ số 766 của Cổng DVCQG', en: 'National portal 766 methodology' },
  basis: PORTAL766_BASIS,
  compare: 'instant',
  endEvent: 'processed',
  otherEnds: 'judged',
  supplementation: 'elapsedTime',
  maxSupplementRequests: 'policy',
  awaitingSupplement: 'clockStopped',
  period: 'calendar',
  bases: PORTAL766_BASES,
});

/**
 * Date-level counting as provincial one-stop systems do it: calendar days (a dossier processed at
 * 17:30 on its due day is on time), refused / withdrawn / stopped dossiers counted on time, a dossier
 * waiting for re-submission counted within, no request-count rule, free date ranges. Cited to the
 * code that does it (see `docs/counting.md`).
 * @example
 * ```ts
 * import { dateLevel } from 'reform-rules';
 * dateLevel.compare; // => 'date'
 * ```
 * @category Counting conventions
 */
export const dateLevel: CountingConvention = defineCounting({
  id: 'dateLevel',
  label: { vi: 'Đếm theo ngày (hệ thống một cửa cấp tỉnh)', en: 'Date-level counting (provincial one-stop systems)' },
  basis: DATE_LEVEL_BASIS,
  compare: 'date',
  endEvent: 'processed',
  otherEnds: 'onTime',
  supplementation: 'workingDayShift',
  maxSupplementRequests: Number.POSITIVE_INFINITY,
  awaitingSupplement: 'pendingWithin',
  period: 'dateRange',
  bases: DATE_LEVEL_BASES,
});

/**
 * The portal's choices with the supplementation wait counted in working time and added to the due
 * (the library's reading before counting conventions: an **interpretation**, labelled so).
 * @example
 * ```ts
 * import { workingDays } from 'reform-rules';
 * workingDays.supplementation; // => 'workingDayShift'
 * ```
 * @category Counting conventions
 */
export const workingDays: CountingConvention = defineCounting({
  id: 'workingDays',
  label: { vi: 'Như 766, thời gian bổ sung tính theo ngày làm việc (cách hiểu)', en: '766 with the supplementation time in working time (an interpretation)' },
  basis: WORKING_DAYS_BASIS,
  extends: portal766,
  supplementation: 'workingDayShift',
  bases: { supplementation: WORKING_DAYS_BASIS },
});

/**
 * The shipped counting conventions by id.
 * @example
 * ```ts
 * import { countingConventions } from 'reform-rules';
 * Object.keys(countingConventions); // => ['portal766', 'dateLevel', 'workingDays']
 * ```
 * @category Counting conventions
 */
export const countingConventions: Readonly<Record<'portal766' | 'dateLevel' | 'workingDays', CountingConvention>> = Object.freeze({ portal766, dateLevel, workingDays });
