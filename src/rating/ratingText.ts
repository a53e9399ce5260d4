/**
 * Sentence fragments of the rating area, in Vietnamese and English.
 * @internal
 * @module
 */
import type { Locale } from '../errors/messages/index';
import { formatBasis } from '../explain/formatBasis';
import { formatPercent, formatShare } from '../explain/formatShare';
import type { LocalizedText } from '../explain/Explanation';
import type { LegalBasis } from '../policy/LegalBasis';
import type { Comparison } from '../policy/PolicyParameters';
import type { Ratio } from '../metrics/ratio';
import type { LateShareDecision } from './ratingInputs';

/** @internal Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** @internal Both locales of a fragment built by `f`. */
export function both(f: (locale: Locale) => string): LocalizedText {
  return { vi: f('vi'), en: f('en') };
}

const CAP_VERBS: Readonly<Record<Comparison, Readonly<Record<'reached' | 'notReached', LocalizedText>>>> = {
  gt: { reached: { vi: 'vượt', en: 'exceeds' }, notReached: { vi: 'không vượt', en: 'does not exceed' } },
  gte: { reached: { vi: 'đạt hoặc vượt', en: 'is at or above' }, notReached: { vi: 'dưới', en: 'is below' } },
};

/** @internal "tỷ lệ hồ sơ trễ hạn 11/100 (11%) vượt ngưỡng 10% (basis)" and its English. */
export function lateShareClause(d: LateShareDecision, locale: Locale, subject: 'official' | 'department'): string {
  const thr = d.nothingToJudge ? formatPercent(d.threshold, locale) : formatPercent(d.threshold, locale, { distinctFrom: d.lateShare });
  const basis = formatBasis(d.thresholdUse.basis);
  if (d.nothingToJudge) {
    if (locale === 'vi') {
      const who = subject === 'department' ? 'phòng không có hồ sơ nào' : 'không có hồ sơ nào';
      return `${who} được giải quyết nên không có căn cứ xét tỷ lệ hồ sơ trễ hạn (ngưỡng ${thr}, ${basis})`;
    }
    const who = subject === 'department' ? 'the department handled no dossiers' : 'no dossiers were handled';
    return `${who}, so there is no late-dossier share to judge (threshold ${thr}, ${basis})`;
  }
  const share = formatShare(d.lateShare, locale, { distinctFrom: d.threshold });
  const verb = CAP_VERBS[d.comparison][d.capped ? 'reached' : 'notReached'][locale];
  if (locale === 'vi') {
    const what = subject === 'department' ? 'tỷ lệ hồ sơ trễ hạn của phòng' : 'tỷ lệ hồ sơ trễ hạn';
    return `${what} ${share} ${verb} ngưỡng ${thr} (${basis})`;
  }
  const what = subject === 'department' ? "the department's late-dossier share" : 'late-dossier share';
  return `${what} ${share} ${verb} the ${thr} threshold (${basis})`;
}

const TARGET_VERBS: Readonly<Record<Comparison, Readonly<Record<'met' | 'notMet', LocalizedText>>>> = {
  gte: { met: { vi: 'đạt tỷ lệ tối thiểu', en: 'meeting the minimum of' }, notMet: { vi: 'chưa đạt tỷ lệ tối thiểu', en: 'below the minimum of' } },
  gt: { met: { vi: 'vượt tỷ lệ', en: 'above the required' }, notMet: { vi: 'chưa vượt tỷ lệ', en: 'not above the required' } },
};

/**
 * @internal "7/10 (70%) cá nhân ..., đạt tỷ lệ tối thiểu 70% (basis)": a share of members against a
 * target; `what` is the phrase after the counts, `missing` lists the members who fall short.
 */
export function memberShareClause(
  share: Ratio,
  target: Ratio,
  comparison: Comparison,
  met: boolean,
  basis: LegalBasis,
  what: LocalizedText,
  missing: LocalizedText | null,
  locale: Locale,
): string {
  const cite = formatBasis(basis);
  const pct = share.denominator === 0 ? formatPercent(target, locale) : formatPercent(target, locale, { distinctFrom: share });
  if (share.denominator === 0) {
    return locale === 'vi'
      ? `tập thể không có cá nhân nào để xét (cần ${pct}, ${cite})`
      : `the collective has no members to consider (${pct} required, ${cite})`;
  }
  const counts = formatShare(share, locale, { distinctFrom: target });
  const only = met ? '' : locale === 'vi' ? 'chỉ ' : 'only ';
  const list = missing === null ? '' : ` (${missing[locale]})`;
  const verb = TARGET_VERBS[comparison][met ? 'met' : 'notMet'][locale];
  return `${only}${counts} ${what[locale]}${list}, ${verb} ${pct} (${cite})`;
}
