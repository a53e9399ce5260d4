import type { LocalizedText } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ParameterValue } from '../policy/Policy';

/**
 * The code of an indicator of the national service index (Quyết định 766/QĐ-TTg), numbered as in
 * the portal's methodology; `'4.ecc'` (electronic certified copies, no number in the methodology),
 * `'4.5a'`/`'4.5b'` (population data: dossiers / procedures) and `'3.pay'` (the 10-point payment
 * group score) are the library's names for rows the methodology does not number.
 * @example
 * ```ts
 * import type { Indicator766Code } from 'reform-rules/index766';
 * const progress: Indicator766Code = '2.1';
 * ```
 * @category Index 766
 */
export type Indicator766Code =
  | '1.1' | '1.2' | '1.3' | '1.4'
  | '2.1'
  | '3.1' | '3.2' | '3.3' | '3.5' | '3.6' | '3.pay'
  | '4.1' | '4.2' | '4.ecc' | '4.3' | '4.4' | '4.5a' | '4.5b'
  | '5.1' | '5.2' | '5.3' | '5.4';

/**
 * The six scored groups the portal shows (total 100). Identify indicators by code, never by position.
 * @example
 * ```ts
 * import type { Group766 } from 'reform-rules/index766';
 * const g: Group766 = 'progress';
 * ```
 * @category Index 766
 */
export type Group766 = 'publication' | 'progress' | 'online' | 'payment' | 'digitisation' | 'satisfaction';

/**
 * How an indicator's ratio becomes points:
 * - `proportional`: `min(max, max × ratio)`;
 * - `threshold`: full points at or above `threshold`, else `max × ratio / threshold`;
 * - `satisfaction` (5.4): the ratio given is already `1 − (late share + complained share)`, scored as `threshold`;
 * - `payment` (3.pay): `min(max, 6·A + min(2, 2.5·B) + 2.5·C)`;
 * - `monitored`: displayed, never scored (score `null`);
 * - `notFound`: the portal's rule is not known: score `null`, never guessed.
 * @example
 * ```ts
 * import type { ScoreRule766 } from 'reform-rules/index766';
 * const r: ScoreRule766 = { kind: 'threshold', threshold: { numerator: 4, denominator: 5 } };
 * ```
 * @category Index 766
 */
export type ScoreRule766 =
  | {
      /** The rule. */
      readonly kind: 'proportional';
    }
  | {
      /** The rule. */
      readonly kind: 'threshold';
      /** The share at or above which the points are full. */
      readonly threshold: Ratio;
    }
  | {
      /** The rule. */
      readonly kind: 'satisfaction';
      /** The share at or above which the points are full. */
      readonly threshold: Ratio;
    }
  | {
      /** The rule. */
      readonly kind: 'payment';
    }
  | {
      /** The rule. */
      readonly kind: 'monitored';
    }
  | {
      /** The rule. */
      readonly kind: 'notFound';
    };

/**
 * What an indicator scores when its denominator is 0: `'na'` (score `null`, shown N/A), `'zero'`,
 * or `'full'` (its maximum: 5.2 and 5.3 when there are no petitions, as the portal's API does).
 * @example
 * ```ts
 * import type { WhenEmpty766 } from 'reform-rules/index766';
 * const w: WhenEmpty766 = 'full';
 * ```
 * @category Index 766
 */
export type WhenEmpty766 = 'na' | 'zero' | 'full';

/**
 * One indicator of a scheme: its code, group, names, maximum points, score rule, denominator-0 rule,
 * metric code in the portal's API and source.
 * @example
 * ```ts
 * import { index766Schemes } from 'reform-rules/index766';
 * index766Schemes[0].value.indicators.find((i) => i.code === '2.1')?.max; // => 20
 * ```
 * @category Index 766
 */
export interface Indicator766Definition {
  /** The code. */
  readonly code: Indicator766Code;
  /** The portal group it scores in. */
  readonly group: Group766;
  /** Its name in Vietnamese (as in the methodology) and English. */
  readonly label: LocalizedText;
  /** Its maximum points (0 for a monitored or in-group indicator). */
  readonly max: number;
  /** How its ratio becomes points. */
  readonly rule: ScoreRule766;
  /** Its score when the denominator is 0. */
  readonly whenEmpty: WhenEmpty766;
  /** The metric code in the portal's reporting API, when it has one. */
  readonly metric?: string;
  /** Where the ratio and the rule come from, and their confidence. */
  readonly basis: string;
}

/**
 * The maximum points of each portal group.
 * @example
 * ```ts
 * import type { Group766Maxima } from 'reform-rules/index766';
 * const total = (m: Group766Maxima) => m.publication + m.progress + m.online + m.payment + m.digitisation + m.satisfaction;
 * ```
 * @category Index 766
 */
export interface Group766Maxima {
  /** Công khai, minh bạch (1.1–1.4). */
  readonly publication: number;
  /** Tiến độ giải quyết (2.1). */
  readonly progress: number;
  /** Dịch vụ công trực tuyến (3.1–3.3). */
  readonly online: number;
  /** Thanh toán trực tuyến (3.5–3.6). */
  readonly payment: number;
  /** Số hóa hồ sơ (4.x). */
  readonly digitisation: number;
  /** Mức độ hài lòng (5.x). */
  readonly satisfaction: number;
}

/**
 * A scheme of the national service index: the indicators in force from a date. A revision of the
 * index is a new dated entry in {@link index766Schemes} (or in the list you pass as `schemes`).
 * @example
 * ```ts
 * import { index766Schemes } from 'reform-rules/index766';
 * index766Schemes[0].value.id; // => 'qd766-portal-2026'
 * ```
 * @category Index 766
 */
export interface Index766Scheme {
  /** A short identifier. */
  readonly id: string;
  /** The group maxima (total 100 in the shipped scheme). */
  readonly groups: Group766Maxima;
  /** The indicators. */
  readonly indicators: readonly Indicator766Definition[];
}

const M = 'Portal methodology «Mô tả công thức tính chỉ số 766» (ChippedTopaz/qd766 web/dist/formula-document.js)';
const SHEET = 'points sheet «Công thức 766.xlsx» (ChippedTopaz/qd766 docs/metrics.m0.json)';
const RECON = 'score reconstruction (ChippedTopaz/qd766 docs/SCORING_ANALYSIS_M0.md)';
const pct = (n: number): Ratio => ({ numerator: n, denominator: 100 });
const prop = { kind: 'proportional' } as const;
const nf = { kind: 'notFound' } as const;

type Def = Indicator766Definition;
const def = (code: Indicator766Code, group: Group766, vi: string, en: string, max: number, rule: ScoreRule766, whenEmpty: WhenEmpty766, basis: string, metric?: string): Def =>
  metric === undefined ? { code, group, label: { vi, en }, max, rule, whenEmpty, basis } : { code, group, label: { vi, en }, max, rule, whenEmpty, basis, metric };

const INDICATORS_2026: readonly Def[] = [
  /* @__PURE__ */ def('1.1', 'publication', 'TTHC công bố đúng hạn', 'Procedures published on time', 6, prop, 'na', `${M} 1.1; ${SHEET}; MEDIUM`, 'PUBLISH_ON_TIME'),
  /* @__PURE__ */ def('1.2', 'publication', 'TTHC cập nhật, công khai đúng hạn', 'Procedures published on the national database on time', 4, prop, 'na', `${M} 1.2; MEDIUM`, 'PUBLIC_UPDATE_ON_TIME'),
  /* @__PURE__ */ def('1.3', 'publication', 'TTHC công khai đầy đủ nội dung', 'Procedures published with full content (khoản 2 Điều 8 Nghị định 63/2010)', 2, prop, 'na', `${M} 1.3; MEDIUM`, 'PUBLIC_CONTENT_FULL'),
  /* @__PURE__ */ def('1.4', 'publication', 'Hồ sơ đồng bộ lên Cổng DVCQG', 'Dossiers synced to the national portal', 6, prop, 'zero', `${M} 1.4 (denominator 0: the previous year's total as fallback, 0 without one); MEDIUM`, 'DOSSIER_SYNC'),
  /* @__PURE__ */ def('2.1', 'progress', 'Hồ sơ xử lý trước hạn, đúng hạn', 'Dossiers handled early, on time or pending within the deadline', 20, prop, 'na', `${M} 2.1 «Số lượng hồ sơ đã và đang xử lý đúng hạn hoặc trong hạn trong kỳ / Tổng số hồ sơ được tiếp nhận, xử lý trong kỳ»; score 20 × ratio; denominator 0: NOT FOUND, the library shows N/A; MEDIUM`),
  /* @__PURE__ */ def('3.1', 'online', 'TTHC cung cấp DVCTT', 'Procedures offered online (partial or full)', 0, nf, 'na', `${M} 3.1 (threshold 80%); the scored 12-point metric of the group: NOT FOUND`),
  /* @__PURE__ */ def('3.2', 'online', 'DVCTT có phát sinh hồ sơ', 'Online services with online dossiers', 0, nf, 'na', `${M} 3.2; score rule NOT FOUND`),
  /* @__PURE__ */ def('3.3', 'online', 'Hồ sơ theo hình thức nộp trực tuyến', 'Dossiers submitted online', 0, nf, 'na', `${M} 3.3 (threshold 50%); score rule NOT FOUND`),
  /* @__PURE__ */ def('3.5', 'payment', 'TTHC có nghĩa vụ tài chính tích hợp thanh toán trực tuyến', 'Fee-bearing procedures integrated with online payment', 0, { kind: 'monitored' }, 'na', `${M} 3.5; scored in the payment group (3.pay)`),
  /* @__PURE__ */ def('3.6', 'payment', 'Hồ sơ thanh toán trực tuyến', 'Dossiers paid online', 0, { kind: 'monitored' }, 'na', `${M} 3.6; scored in the payment group (3.pay)`),
  /* @__PURE__ */ def('3.pay', 'payment', 'Thanh toán trực tuyến (điểm nhóm)', 'Online payment (group score)', 10, { kind: 'payment' }, 'zero', `${RECON}: 6·A + min(2, 2.5·B) + 2.5·C, a ratio with denominator 0 counted 0, capped at the group's 10 points by the library; MEDIUM, not in the methodology text: the agency must confirm it`),
  /* @__PURE__ */ def('4.1', 'digitisation', 'Hồ sơ có kết quả điện tử', 'Dossiers with an electronic result', 6, prop, 'na', `${M} 4.1; ${RECON} min(max, max × ratio); MEDIUM`, 'ORIGINAL_RESULT_AVAILABLE'),
  /* @__PURE__ */ def('4.2', 'digitisation', 'Hồ sơ thực hiện số hóa', 'Dossiers digitised', 4, prop, 'na', `${M} 4.2 states a threshold of 80%; ${RECON} reproduces min(max, max × ratio): used here; MEDIUM`, 'SO_HOA_GIAY_TO_GIAI_QUYET'),
  /* @__PURE__ */ def('4.ecc', 'digitisation', 'Chứng thực bản sao điện tử', 'Communes offering electronic certified copies', 2, prop, 'na', `${SHEET}; ${RECON}; MEDIUM`, 'ELECTRONIC_CERTIFIED_COPY'),
  /* @__PURE__ */ def('4.3', 'digitisation', 'Tái sử dụng dữ liệu số hóa', 'Dossiers with digitised components', 2, { kind: 'threshold', threshold: pct(80) }, 'na', `${M} 4.3; ${RECON} min(2, 2·r/0.8); MEDIUM`, 'REUSED_DIGITIZED_DATA'),
  /* @__PURE__ */ def('4.4', 'digitisation', 'Kết nối kho dữ liệu cá nhân', 'Dossiers using the personal data store', 4, prop, 'na', `${M} 4.4; ${RECON} min(max, max × ratio), coefficient unconfirmed; MEDIUM`, 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE'),
  /* @__PURE__ */ def('4.5a', 'digitisation', 'Dữ liệu dân cư: hồ sơ', 'Population data: dossiers (VNeID-verified accounts)', 2, prop, 'na', `${M} 4.5; MEDIUM`, 'CITIZEN_DATA_CONNECTED_DOSSIER'),
  /* @__PURE__ */ def('4.5b', 'digitisation', 'Dữ liệu dân cư: TTHC', 'Population data: procedures connected', 2, prop, 'na', `${M} 4.5; MEDIUM`, 'CITIZEN_DATA_CONNECTED_FORMALITY'),
  /* @__PURE__ */ def('5.1', 'satisfaction', 'PAKN theo phân loại', 'Petitions by classification', 0, { kind: 'monitored' }, 'na', `${M} 5.1: monitored only (maxScore 0, score null)`, 'PETITION_CLASSIFICATION_TTHC'),
  /* @__PURE__ */ def('5.2', 'satisfaction', 'PAKN xử lý đúng hạn', 'Petitions handled on time', 6, prop, 'full', `${M} 5.2; 6 when there are no petitions (API behaviour; the points sheet splits them instead: MEDIUM, a parameter)`, 'PETITION_PROCESSING_ON_TIME'),
  /* @__PURE__ */ def('5.3', 'satisfaction', 'Hài lòng trong xử lý PAKN', 'Satisfaction with petition handling', 6, prop, 'full', `${M} 5.3; 6 when there are no petitions (API behaviour; MEDIUM)`, 'PETITION_HANDLING_SATISFACTION'),
  /* @__PURE__ */ def('5.4', 'satisfaction', 'Hài lòng trong tiếp nhận, giải quyết TTHC', 'Satisfaction with dossier reception and handling', 6, { kind: 'satisfaction', threshold: pct(90) }, 'zero', `${M} 5.4: r = 100% − (late share + share with petitions or dislikes), min(6, 6·r/0.9), 0 when the denominator is 0; MEDIUM`, 'DOSSIER_RECEIVING_SATISFACTION'),
];

const BASIS_2026: LegalBasis = {
  document: 'Quyết định 766/QĐ-TTg (23/6/2022) as implemented by the national portal',
  article: '«Mô tả công thức tính chỉ số 766», «Công thức 766.xlsx»',
  note: 'The Decision text: NOT FOUND. Structure and maxima MEDIUM (methodology, points sheet and API agree); formulas MEDIUM as the portal\'s implementation (documents of September–October 2026), not law; the effective date is unconfirmed: the agency must confirm them.',
};

/**
 * The dated schemes of the national service index, oldest first (the shipped one: the portal's
 * methodology as surveyed in 2026). A revision is a new entry; pass your own list as `schemes`.
 * @example
 * ```ts
 * import { index766Schemes } from 'reform-rules/index766';
 * index766Schemes[0].value.groups.progress; // => 20
 * ```
 * @category Index 766
 */
export const index766Schemes: readonly ParameterValue<Index766Scheme>[] = /* @__PURE__ */ Object.freeze([
  {
    from: '2022-06-23',
    value: {
      id: 'qd766-portal-2026',
      groups: { publication: 18, progress: 20, online: 12, payment: 10, digitisation: 22, satisfaction: 18 },
      indicators: INDICATORS_2026,
    },
    basis: BASIS_2026,
  },
]);
