import type { LocalizedText } from '../explain/Explanation';

/**
 * The metrics of this library a computed criterion may name, each an exact share a unit's input
 * gives (from the functions named in {@link scoringMetricLabels}).
 * @example
 * ```ts
 * import type { ScoringMetric } from 'reform-rules';
 * const m: ScoringMetric = 'dossiersOnTime';
 * ```
 * @category Scoring
 */
export type ScoringMetric = 'dossiersOnTime' | 'dossiersOnline' | 'fullOnlineCoverage' | 'tasksOnTime' | 'electronicDocuments' | 'satisfaction';

/**
 * What a metric measures, and the library function that computes it.
 * @example
 * ```ts
 * import type { ScoringMetricLabel } from 'reform-rules';
 * const l: ScoringMetricLabel = { vi: 'Tỷ lệ', en: 'Share', source: 'onTimeRate' };
 * ```
 * @category Scoring
 */
export interface ScoringMetricLabel extends LocalizedText {
  /** The library function whose result the metric is. */
  readonly source: string;
}

/**
 * The metrics, in a stable order.
 * @example
 * ```ts
 * import { scoringMetrics } from 'reform-rules';
 * scoringMetrics.includes('tasksOnTime'); // => true
 * ```
 * @category Scoring
 */
export const scoringMetrics: readonly ScoringMetric[] = Object.freeze(['dossiersOnTime', 'dossiersOnline', 'fullOnlineCoverage', 'tasksOnTime', 'electronicDocuments', 'satisfaction'] as const);

/**
 * What each metric measures and which function of the library computes it.
 * @example
 * ```ts
 * import { scoringMetricLabels } from 'reform-rules';
 * scoringMetricLabels.dossiersOnTime.vi; // => 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn)'
 * ```
 * @category Scoring
 */
export const scoringMetricLabels: Readonly<Record<ScoringMetric, ScoringMetricLabel>> = Object.freeze({
  dossiersOnTime: { vi: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn)', en: 'Share of dossiers resolved on time (early included)', source: 'onTimeRate' },
  dossiersOnline: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Share of dossiers received online', source: 'channelMix' },
  fullOnlineCoverage: { vi: 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình', en: 'Share of eligible procedures offered fully online', source: 'onlineServiceCoverage' },
  tasksOnTime: { vi: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', en: 'Share of task occurrences done on time', source: 'evaluateTasks' },
  electronicDocuments: { vi: 'Tỷ lệ văn bản đi, đến xử lý trên môi trường điện tử, ký số', en: 'Share of documents handled electronically and signed digitally', source: 'electronicDocuments' },
  satisfaction: { vi: 'Tỷ lệ CCVC nhận được sự hài lòng', en: 'Share of officials receiving satisfaction', source: 'satisfaction' },
});
