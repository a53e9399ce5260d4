/**
 * The plan scorecard as a printed Excel workbook.
 * @module
 */
import { guardShape, requireShape } from '../errors/args';
import type { PlanScorecard, ScorecardRow } from '../coverage/index';
import type { Locale } from '../errors/messages/index';
import { formatPercent } from '../explain/index';
import { writeWorkbook } from '../xlsx/index';
import { FONT, checkOptions, dmy } from './_sheet';
import type { Table, TableCell } from './_table';
import { tableSheet } from './_table';
import type { WorkbookOptions } from './WorkbookOptions';

const GRADE: Record<string, { vi: string; en: string }> = {
  excellent: { vi: 'Xuất sắc', en: 'Excellent' },
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  average: { vi: 'Trung bình', en: 'Average' },
  weak: { vi: 'Yếu', en: 'Weak' },
};

function measured(row: ScorecardRow, locale: Locale): TableCell {
  const m = row.measured;
  if (m === null) return null;
  switch (m.kind) {
    case 'share':
      return m.share.denominator === 0 ? null : { number: m.share.numerator / m.share.denominator, format: '0.00%' };
    case 'overCap':
      return locale === 'vi' ? `${m.over}/${m.of} vượt ngưỡng` : `${m.over} of ${m.of} over the cap`;
    case 'rank':
      return { number: m.rank, format: '0' };
    case 'grade':
      return GRADE[m.grade]?.[locale] ?? m.grade;
    case 'score':
      return locale === 'vi' ? `${m.score}/${m.max} điểm` : `${m.score} of ${m.max} points`;
  }
}

function target(row: ScorecardRow, locale: Locale): string {
  const vi = locale === 'vi';
  const t = row.target;
  const op = (c: 'gt' | 'gte') => (c === 'gt' ? '>' : '≥');
  switch (t.kind) {
    case 'share':
      return `${op(t.comparison)} ${formatPercent(t.value, locale)}`;
    case 'noneOverCap':
      return `${vi ? 'không ai' : 'none'} ${op(t.comparison)} ${formatPercent(t.cap, locale)}`;
    case 'rank':
      return vi ? `trong nhóm ${t.atMost}` : `top ${t.atMost}`;
    case 'grade':
      return vi ? `từ ${GRADE[t.atLeast]?.vi ?? t.atLeast}` : `at least ${GRADE[t.atLeast]?.en ?? t.atLeast}`;
    case 'indexScore':
      return indexTarget(t, locale);
  }
}

/** @internal An index-group target in words: "≥ 90% of 20" or "≥ 18/20 points". */
export function indexTarget(t: { readonly max: number | null; readonly share?: { numerator: number; denominator: number }; readonly score?: number }, locale: Locale): string {
  const vi = locale === 'vi';
  const max = t.max === null ? '?' : String(t.max);
  if (t.share !== undefined) return vi ? `≥ ${formatPercent(t.share, locale)} của ${max} điểm` : `≥ ${formatPercent(t.share, locale)} of ${max} points`;
  return vi ? `≥ ${t.score ?? '?'}/${max} điểm` : `≥ ${t.score ?? '?'} of ${max} points`;
}

function judged(met: boolean | null, locale: Locale): string {
  const vi = locale === 'vi';
  if (met === null) return vi ? 'Chưa đánh giá (thiếu số liệu)' : 'Not judged (input missing)';
  return met ? (vi ? 'Đạt' : 'Met') : vi ? 'Chưa đạt' : 'Not met';
}

/**
 * Writes the plan scorecard as a printed Excel workbook: the unit line, the title, the period,
 * one row per target (section, target, the measured value as a number, a share as a percentage
 * cell, the target, met or not, the explanation), the summary counts as numbers, the place/date
 * line and the signature blocks; A4 landscape, the heading rows repeated on every page.
 * @param scorecard - From `evaluatePlan`.
 * @param options - The agency profile, the signing date and the locale (default `'vi'`); nothing is invented.
 * @returns The `.xlsx` file's bytes.
 * @throws `ReformRulesError` (code `invalid_agency_profile`) When the profile is not valid.
 * @throws `ReformRulesError` (code `invalid_workbook_option`) When `date` is not a `yyyy-MM-dd` date.
 * @example
 * ```ts
 * import { scorecardWorkbook } from 'reform-rules/xlsx';
 * const bytes = scorecardWorkbook(scorecard, { profile: { unitName: 'UBND xã Minh Tân' } });
 * bytes.length > 0; // => true
 * ```
 * @category Outputs
 */
export function scorecardWorkbook(scorecard: PlanScorecard, options: WorkbookOptions = {}): Uint8Array {
  requireShape(scorecard, 'scorecard', 'a scorecard from evaluatePlan()', { summary: 'object', period: 'object', rows: 'array', issues: 'array' });
  return guardShape('scorecard', 'a scorecard from evaluatePlan()', scorecard, () => {
    const c = checkOptions(options);
    const l = c.locale;
    const vi = l === 'vi';
    const s = scorecard.summary;
    const count = (n: number): TableCell => ({ number: n, format: '0' });
    const table: Table = {
      title: vi ? 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH' : 'RESULTS AGAINST THE TARGETS OF THE ADMINISTRATIVE REFORM PLAN',
      right: '',
      subtitle: vi ? `Từ ngày ${dmy(scorecard.period.from)} đến ngày ${dmy(scorecard.period.to)}; số liệu tính đến ngày ${dmy(scorecard.asOf)}` : `${dmy(scorecard.period.from)} to ${dmy(scorecard.period.to)}; data as of ${dmy(scorecard.asOf)}`,
      header: vi ? ['STT', 'Mục', 'Chỉ tiêu', 'Kết quả', 'Mục tiêu', 'Đánh giá', 'Giải thích'] : ['No.', 'Section', 'Target', 'Measured', 'Target value', 'Met', 'Explanation'],
      widths: [6, 9, 40, 14, 18, 16, 70],
      rows: [
        ...scorecard.rows.map((r, i): TableCell[] => [count(i + 1), r.section, r.title[l], measured(r, l), target(r, l), judged(r.met, l), r.explanation.summary[l]]),
        [null, null, vi ? 'Số chỉ tiêu đạt' : 'Targets met', count(s.met), null, null, null],
        [null, null, vi ? 'Số chỉ tiêu chưa đạt' : 'Targets not met', count(s.notMet), null, null, null],
        [null, null, vi ? 'Số chỉ tiêu chưa đánh giá (thiếu số liệu)' : 'Targets not judged (input missing)', count(s.notJudged), null, null, null],
      ],
      notes: scorecard.issues.length === 0 ? [] : [vi ? `${scorecard.issues.length} bản ghi đầu vào không hợp lệ đã bị loại.` : `${scorecard.issues.length} input record(s) left out.`],
    };
    return writeWorkbook({ font: FONT, sheets: [tableSheet(vi ? 'Chỉ tiêu Kế hoạch' : 'Plan scorecard', table, c)] });
  });
}
