import type { LocalizedText } from '../explain/Explanation';

/**
 * The grade of an agency's own administrative-reform (PAR) index for a year, best first: Xuất sắc,
 * Tốt, Khá, Trung bình, Yếu. The plan (II.1) asks for at least "Tốt" every year.
 *
 * @remarks The five-grade scale is the one provinces commonly use for their departments; check it
 * against the province's own PAR decision (the plan itself names only "Tốt").
 * @example
 * ```ts
 * import type { ParGrade } from 'reform-rules';
 * const grade: ParGrade = 'good'; // Tốt
 * ```
 * @category Coverage
 */
export type ParGrade = 'excellent' | 'good' | 'fair' | 'average' | 'poor';

/**
 * Every PAR grade, best first.
 * @example
 * ```ts
 * import { parGrades } from 'reform-rules';
 * parGrades[1]; // => 'good'
 * ```
 * @category Coverage
 */
export const parGrades: readonly ParGrade[] = Object.freeze(['excellent', 'good', 'fair', 'average', 'poor'] as const);

/**
 * The Vietnamese and English labels of each PAR grade.
 * @example
 * ```ts
 * import { parGradeLabels } from 'reform-rules';
 * parGradeLabels.good.vi; // => 'Tốt'
 * ```
 * @category Coverage
 */
export const parGradeLabels: Readonly<Record<ParGrade, LocalizedText>> = Object.freeze({
  excellent: { vi: 'Xuất sắc', en: 'Excellent' },
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  average: { vi: 'Trung bình', en: 'Average' },
  poor: { vi: 'Yếu', en: 'Poor' },
});
