/**
 * The options every workbook output takes.
 * @module
 */
import type { CivilDate } from '../calendar/WorkCalendar';
import type { Locale } from '../errors/messages/index';
import type { AgencyProfile } from './AgencyProfile';

/**
 * Options of the workbook outputs ({@link reportWorkbook}, {@link scorecardWorkbook},
 * {@link ratingWorkbook}, {@link rotationWorkbook}, {@link scoringWorkbook}). Nothing here is
 * guessed: without a profile the unit line, the place and the signers' names are left blank for
 * hand filling, and without `date` the date line reads "ngày …… tháng …… năm ……".
 * @example
 * ```ts
 * import type { WorkbookOptions } from 'reform-rules/xlsx';
 * const o: WorkbookOptions = { locale: 'vi', profile: { unitName: 'UBND xã Minh Tân', place: 'Minh Tân' }, date: '2025-03-20' };
 * ```
 * @category Outputs
 */
export interface WorkbookOptions {
  /** The language of headings and labels. @defaultValue `'vi'` */
  readonly locale?: Locale | undefined;
  /** The reporting unit, the place and the signers (checked with {@link parseAgencyProfile}). */
  readonly profile?: AgencyProfile | undefined;
  /** The date written on the place/date line, `yyyy-MM-dd` (the signing date; never read from a clock). */
  readonly date?: CivilDate | undefined;
}
