import type { LocalizedText } from '../explain/Explanation';

/**
 * The emulation titles of a collective that the plan's caps chain into, best first: "Tập thể lao
 * động xuất sắc", "Tập thể lao động tiên tiến", or none (Luật Thi đua, khen thưởng 06/2022/QH15,
 * Điều 27–28).
 * @example
 * ```ts
 * import type { CollectiveTitle } from 'reform-rules';
 * const title: CollectiveTitle = 'advancedCollective';
 * ```
 * @category Rating
 */
export type CollectiveTitle = 'excellentCollective' | 'advancedCollective' | 'none';

/**
 * The collective titles, best first.
 * @example
 * ```ts
 * import { collectiveTitles } from 'reform-rules';
 * collectiveTitles[2]; // => 'none'
 * ```
 * @category Rating
 */
export const collectiveTitles: readonly CollectiveTitle[] = Object.freeze(['excellentCollective', 'advancedCollective', 'none'] as const);

/**
 * The name of each collective title in Vietnamese and English.
 * @example
 * ```ts
 * import { collectiveTitleLabels } from 'reform-rules';
 * collectiveTitleLabels.advancedCollective.vi; // => 'Tập thể lao động tiên tiến'
 * ```
 * @category Rating
 */
export const collectiveTitleLabels: Readonly<Record<CollectiveTitle, LocalizedText>> = Object.freeze({
  excellentCollective: Object.freeze({ vi: 'Tập thể lao động xuất sắc', en: 'Excellent Labour Collective' }),
  advancedCollective: Object.freeze({ vi: 'Tập thể lao động tiên tiến', en: 'Advanced Labour Collective' }),
  none: Object.freeze({ vi: 'Không đạt danh hiệu tập thể', en: 'No collective title' }),
});
