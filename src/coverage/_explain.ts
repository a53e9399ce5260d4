/**
 * Explanation builders shared by the coverage measures and the plan scorecard.
 * @internal
 * @module
 */
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { createExplanation } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { formatPercent, formatShare } from '../explain/formatShare';
import type { CivilDate } from '../_lib/dateTypes';
import type { Ratio } from '../metrics/ratio';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ParameterUse } from '../policy/Policy';
import type { Comparison } from '../policy/PolicyParameters';

/** @internal The plan's document name, as the default policy cites it. */
export const PLAN_DOCUMENT = 'Kế hoạch triển khai Kết luận 91-KL/TU';

/** @internal The legal basis of a plan section (e.g. `'mục II.3'`). */
export function planBasis(article: string, note?: string): LegalBasis {
  return note === undefined
    ? { document: PLAN_DOCUMENT, article, issuer: 'Ban quản lý Khu kinh tế Vân Phong' }
    : { document: PLAN_DOCUMENT, article, issuer: 'Ban quản lý Khu kinh tế Vân Phong', note };
}

/** @internal "met" / "not met" in both locales. */
export function verdict(met: boolean): LocalizedText {
  return met ? { vi: 'đạt', en: 'met' } : { vi: 'chưa đạt', en: 'not met' };
}

/** @internal How a target is compared, in words, with the threshold formatted per locale. */
export function targetWords(target: Ratio, comparison: Comparison): LocalizedText {
  const vi = formatPercent(target, 'vi');
  const en = formatPercent(target, 'en');
  return comparison === 'gt' ? { vi: `trên ${vi}`, en: `more than ${en}` } : { vi: `từ ${vi} trở lên`, en: `at least ${en}` };
}

/** @internal The share text per locale, `0/0` spelled out as "nothing to judge". */
export function shareWords(share: Ratio, target?: Ratio): LocalizedText {
  if (share.denominator === 0) return { vi: '0/0 (không có dữ liệu để đánh giá)', en: '0/0 (nothing to judge)' };
  const options = target === undefined || target.denominator === 0 ? {} : { distinctFrom: target };
  return { vi: formatShare(share, 'vi', options), en: formatShare(share, 'en', options) };
}

/** @internal The fields of {@link shareTargetExplanation}. */
export interface ShareTargetInit {
  /** The rule id. */
  readonly rule: string;
  /** What is measured, as a noun phrase (no trailing punctuation). */
  readonly what: LocalizedText;
  /** The exact share. */
  readonly share: Ratio;
  /** The target parameter used. */
  readonly target: ParameterUse<Ratio>;
  /** The comparison (a parameter when the policy has one). */
  readonly comparison: Comparison | ParameterUse<Comparison>;
  /** The verdict. */
  readonly met: boolean;
  /** Inputs read. */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** Extra outcome fields (share and met are added). */
  readonly outcome?: Readonly<Record<string, unknown>>;
  /** Extra parameters used. */
  readonly parameters?: readonly ParameterUse[];
  /** Extra sentence appended to the summary. */
  readonly note?: LocalizedText;
  /** Sub-decisions. */
  readonly children?: readonly Explanation[];
}

/** @internal Explains a share compared with a policy target: figures, threshold, citation, verdict. */
export function shareTargetExplanation(init: ShareTargetInit): Explanation {
  const comparison = typeof init.comparison === 'string' ? init.comparison : init.comparison.value;
  const words = targetWords(init.target.value, comparison);
  const figures = shareWords(init.share, init.target.value);
  const cite = formatBasis(init.target.basis);
  const v = verdict(init.met);
  const note = init.note;
  const summary: LocalizedText = {
    vi: `${init.what.vi}: ${figures.vi}; chỉ tiêu ${words.vi} (${cite}): ${v.vi}.${note === undefined ? '' : ` ${note.vi}`}`,
    en: `${init.what.en}: ${figures.en}; target ${words.en} (${cite}): ${v.en}.${note === undefined ? '' : ` ${note.en}`}`,
  };
  const parameters: ParameterUse[] = [init.target];
  if (typeof init.comparison !== 'string') parameters.push(init.comparison);
  if (init.parameters !== undefined) parameters.push(...init.parameters);
  return createExplanation({
    rule: init.rule,
    summary,
    basis: init.target.basis,
    inputs: init.inputs,
    parameters,
    outcome: { share: init.share, met: init.met, ...init.outcome },
    children: init.children ?? [],
  });
}

/** @internal A ParameterUse for a target that is not (yet) a policy parameter, read from options or a cited default. */
export function fixedParameter<T>(name: string, value: T, at: CivilDate, basis: LegalBasis): ParameterUse<T> {
  return { name, value, from: at, at, basis };
}
