/**
 * The people-side results as printed Excel workbooks: officials' ratings, the rotation schedule,
 * the CCHC scoring of units.
 * @module
 */
import { guardShape, requireShape } from '../errors/args';
import type { OfficialEvaluations, RatingLimits } from '../evaluation/index';
import type { Issue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Ratio } from '../metrics/ratio';
import { ratingLabels } from '../rating/index';
import type { RotationSchedule } from '../rotation/index';
import type { ScoringScheme, UnitScores } from '../scoring/index';
import { writeWorkbook } from '../xlsx/index';
import { FONT, checkOptions, dmy } from './_sheet';
import type { Table, TableCell } from './_table';
import { tableSheet } from './_table';
import type { WorkbookOptions } from './WorkbookOptions';

const points = (r: Ratio | number | null): TableCell => {
  if (r === null) return null;
  const n = typeof r === 'number' ? r : r.denominator === 0 ? null : r.numerator / r.denominator;
  return n === null ? null : { number: n, format: '0.00' };
};

function rejected(list: readonly { readonly issues: readonly Issue[] }[], locale: Locale): string[] {
  if (list.length === 0) return [];
  return [locale === 'vi' ? `${list.length} bản ghi không hợp lệ đã bị loại:` : `${list.length} record(s) rejected:`, ...list.flatMap((r) => r.issues.map((i) => `[${i.path.join('.')}] ${i.code}: ${i.message}`))];
}

/**
 * Writes officials' ratings as a printed workbook: per official the unit, the regime, the points,
 * the level by points, the level allowed after the excellence quota and the late-dossier cap
 * (blank when a tie leaves it to the unit), the reasons; the quota groups' explanations as notes;
 * the place/date line and the signature blocks.
 * @param evaluated - From `evaluateOfficials`.
 * @param limits - From `applyRatingLimits` of `evaluated.evaluations`.
 * @param options - The agency profile, the signing date and the locale (default `'vi'`).
 * @returns The `.xlsx` file's bytes.
 * @throws `ReformRulesError` (code `invalid_agency_profile`) When the profile is not valid.
 * @example
 * ```ts
 * import { ratingWorkbook } from 'reform-rules/xlsx';
 * const bytes = ratingWorkbook(evaluated, limits, { profile: { unitName: 'Sở Nội vụ' } });
 * ```
 * @category Outputs
 */
export function ratingWorkbook(evaluated: OfficialEvaluations, limits: RatingLimits, options: WorkbookOptions = {}): Uint8Array {
  requireShape(evaluated, 'evaluated', 'evaluations from evaluateOfficials()', { evaluations: 'array' });
  requireShape(limits, 'limits', 'limits from applyRatingLimits()', { decisions: 'array' });
  return guardShape('evaluated', 'evaluations and limits from evaluateOfficials() and applyRatingLimits()', evaluated, () => {
    const c = checkOptions(options);
    const l = c.locale;
    const vi = l === 'vi';
    const byId = new Map(evaluated.evaluations.map((e) => [e.officialId, e]));
    const period = evaluated.evaluations[0]?.period.label ?? '';
    const table: Table = {
      title: vi ? `KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC` : `RATINGS OF OFFICIALS`,
      right: '',
      subtitle: vi ? `Kỳ đánh giá: ${period}` : `Period: ${period}`,
      header: vi ? ['STT', 'Mã CCVC', 'Đơn vị', 'Văn bản', 'Tổng điểm', 'Mức theo điểm', 'Mức được xếp', 'Lý do'] : ['No.', 'Official', 'Unit', 'Regime', 'Points', 'Level by points', 'Level allowed', 'Reasons'],
      widths: [6, 14, 14, 12, 10, 22, 22, 70],
      rows: limits.decisions.map((d, i) => {
        const e = byId.get(d.officialId);
        return [{ number: i + 1, format: '0' }, d.officialId, e?.unitId ?? null, e?.regime ?? null, points(e?.points ?? null), ratingLabels[d.pointsLevel][l], d.level === null ? null : ratingLabels[d.level][l], d.reasons.map((r) => r[l]).join(' ')];
      }),
      notes: [...limits.groups.map((g) => g.explanation.summary[l]), ...rejected(evaluated.rejected, l)],
    };
    return writeWorkbook({ font: FONT, sheets: [tableSheet(vi ? 'Xếp loại' : 'Ratings', table, c)] });
  });
}

const STATUS: Record<string, { vi: string; en: string }> = {
  notYet: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  exempt: { vi: 'Không thực hiện', en: 'Exempt' },
  moved: { vi: 'Đã chuyển đổi', en: 'Moved' },
};

/**
 * Writes the rotation schedule as a printed workbook: per official and position the assignment
 * decision, the earliest and the due date of the move (date cells), the status (with the
 * exemption's reason), the rule's basis; the schedule's explanation as a note; the place/date line
 * and the signature blocks.
 * @param schedule - From `rotationSchedule`.
 * @param options - The agency profile, the signing date and the locale (default `'vi'`).
 * @returns The `.xlsx` file's bytes.
 * @throws `ReformRulesError` (code `invalid_agency_profile`) When the profile is not valid.
 * @example
 * ```ts
 * import { rotationWorkbook } from 'reform-rules/xlsx';
 * const bytes = rotationWorkbook(schedule, { locale: 'vi' });
 * ```
 * @category Outputs
 */
export function rotationWorkbook(schedule: RotationSchedule, options: WorkbookOptions = {}): Uint8Array {
  requireShape(schedule, 'schedule', 'a schedule from rotationSchedule()', { asOf: 'string', entries: 'array', rejected: 'array', explanation: 'object' });
  return guardShape('schedule', 'a schedule from rotationSchedule()', schedule, () => {
    const c = checkOptions(options);
    const l = c.locale;
    const vi = l === 'vi';
    const table: Table = {
      title: vi ? 'LỊCH CHUYỂN ĐỔI VỊ TRÍ CÔNG TÁC' : 'ROTATION SCHEDULE',
      right: '',
      subtitle: vi ? `Tính đến ngày ${dmy(schedule.asOf)}` : `As of ${dmy(schedule.asOf)}`,
      header: vi ? ['STT', 'Mã CCVC', 'Vị trí', 'Quyết định bố trí', 'Chuyển đổi từ', 'Hạn chuyển đổi', 'Tình trạng', 'Căn cứ'] : ['No.', 'Official', 'Position', 'Assigned', 'Move from', 'Move due', 'Status', 'Basis'],
      widths: [6, 14, 16, 14, 14, 14, 30, 40],
      rows: schedule.entries.map((e, i) => [
        { number: i + 1, format: '0' },
        e.officialId,
        e.positionId,
        dmy(e.decisionDate),
        dmy(e.earliest),
        dmy(e.due),
        `${STATUS[e.status]?.[l] ?? e.status}${e.exemptReason === null ? '' : `: ${e.exemptReason}`}`,
        e.rule.basis.document,
      ]),
      notes: [schedule.explanation.summary[l], ...rejected(schedule.rejected, l)],
    };
    return writeWorkbook({ font: FONT, sheets: [tableSheet(vi ? 'Chuyển đổi vị trí' : 'Rotation', table, c)] });
  });
}

/**
 * Writes the CCHC scoring of units as a printed workbook: per unit its rank, the appraisal points
 * of each top-level criterion (numeric, two decimals), the self-score, the total and the grade;
 * the scheme's title, version and period; the explanation as a note; the place/date line and the
 * signature blocks.
 * @param scheme - The scheme, from `defineScoringScheme`.
 * @param result - From `scoreUnits` on that scheme.
 * @param options - The agency profile, the signing date and the locale (default `'vi'`).
 * @returns The `.xlsx` file's bytes.
 * @throws `ReformRulesError` (code `invalid_agency_profile`) When the profile is not valid.
 * @example
 * ```ts
 * import { scoringWorkbook } from 'reform-rules/xlsx';
 * const bytes = scoringWorkbook(scheme, result, { locale: 'vi' });
 * ```
 * @category Outputs
 */
export function scoringWorkbook(scheme: ScoringScheme, result: UnitScores, options: WorkbookOptions = {}): Uint8Array {
  requireShape(scheme, 'scheme', 'a scheme from defineScoringScheme()', { criteria: 'array', title: 'object', version: 'string' });
  requireShape(result, 'result', 'scores from scoreUnits()', { scheme: 'object', units: 'array', rejected: 'array', explanation: 'object' });
  return guardShape('result', 'a scheme and scores from scoreUnits()', result, () => {
    const c = checkOptions(options);
    const l = c.locale;
    const vi = l === 'vi';
    const areas = scheme.criteria.map((cr) => `${cr.id} (${cr.maxPoints})`);
    const table: Table = {
      title: scheme.title[l].toUpperCase(),
      right: scheme.version,
      subtitle: vi ? `Kỳ chấm điểm: năm ${result.scheme.year}` : `Scoring year ${result.scheme.year}`,
      header: [vi ? 'Hạng' : 'Rank', vi ? 'Đơn vị' : 'Unit', ...areas, vi ? 'Tự chấm' : 'Self-score', vi ? 'Tổng điểm' : 'Total', vi ? 'Xếp loại' : 'Grade'],
      widths: [7, 24, ...areas.map(() => 11), 11, 11, 18],
      rows: result.units.map((u) => [{ number: u.rank, format: '0' }, u.unitId, ...u.criteria.map((cr) => points(cr.appraisal)), points(u.self), points(u.points), u.grade.label[l]]),
      notes: [result.explanation.summary[l], ...result.units.flatMap((u) => u.issues.map((i) => `[${i.path.join('.')}] ${i.code}: ${i.message}`)), ...rejected(result.rejected, l)],
    };
    return writeWorkbook({ font: FONT, sheets: [tableSheet(vi ? 'Chấm điểm CCHC' : 'CCHC scoring', table, c)] });
  });
}
