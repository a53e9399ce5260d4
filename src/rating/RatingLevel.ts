import type { LocalizedText } from '../explain/Explanation';
import { raise } from '../errors/ReformRulesError';

/**
 * The four rating levels of officials, best first: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt
 * nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ (Nghị định 90/2020/NĐ-CP, then
 * 335/2025/NĐ-CP and 233/2026/NĐ-CP, which keep the names).
 * @example
 * ```ts
 * import type { RatingLevel } from 'reform-rules';
 * const level: RatingLevel = 'good';
 * ```
 * @category Rating
 */
export type RatingLevel = 'excellent' | 'good' | 'completed' | 'notCompleted';

/**
 * The rating levels, best first.
 * @example
 * ```ts
 * import { ratingLevels } from 'reform-rules';
 * ratingLevels[0]; // => 'excellent'
 * ```
 * @category Rating
 */
export const ratingLevels: readonly RatingLevel[] = Object.freeze(['excellent', 'good', 'completed', 'notCompleted'] as const);

/**
 * The name of each rating level in Vietnamese (as written in the rating record) and English.
 * @example
 * ```ts
 * import { ratingLabels } from 'reform-rules';
 * ratingLabels.good.vi; // => 'Hoàn thành tốt nhiệm vụ'
 * ```
 * @category Rating
 */
export const ratingLabels: Readonly<Record<RatingLevel, LocalizedText>> = Object.freeze({
  excellent: Object.freeze({ vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' }),
  good: Object.freeze({ vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' }),
  completed: Object.freeze({ vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' }),
  notCompleted: Object.freeze({ vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' }),
});

/** @internal The position of a level, 0 for the best. */
export function ratingRank(level: RatingLevel): number {
  return ratingLevels.indexOf(level);
}

/**
 * Limits a rating to a maximum level: the lower (worse) of the two.
 *
 * @param rating - The proposed rating.
 * @param maxRating - The highest level allowed, e.g. an {@link OfficialRatingCap}'s `maxRating`.
 * @returns `rating` when it is not above `maxRating`, else `maxRating`.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When either is not a rating level.
 * @example
 * ```ts
 * import { capRating } from 'reform-rules';
 * capRating('excellent', 'completed'); // => 'completed'
 * capRating('notCompleted', 'completed'); // => 'notCompleted'
 * ```
 * @category Rating
 */
export function capRating(rating: RatingLevel, maxRating: RatingLevel): RatingLevel {
  assertRatingLevel(rating, 'rating');
  assertRatingLevel(maxRating, 'maxRating');
  return ratingRank(rating) < ratingRank(maxRating) ? maxRating : rating;
}

/** @internal Throws `invalid_enum` unless `value` is a rating level. */
export function assertRatingLevel(value: unknown, field: string): asserts value is RatingLevel {
  if (!(ratingLevels as readonly unknown[]).includes(value)) {
    raise('invalid_enum', { field, expected: ratingLevels.map((l) => `'${l}'`).join(', '), received: value });
  }
}
