import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of CCHC scoring schemes (Quy chế chấm điểm CCHC). @internal */
export const scoringMessages = {
  invalid_scheme: {
    en: (p) => `${p['field']}: ${p['detail']}`,
    vi: (p) => `${p['field']}: ${p['detail']}`,
  },
  maxima_mismatch: {
    en: (p) => `${p['field']}: the maxima of the parts add up to ${d(p.received)}, not the ${d(p['expected'])} points of the whole`,
    vi: (p) => `${p['field']}: tổng điểm tối đa của các phần là ${d(p.received)}, không bằng ${d(p['expected'])} điểm của cả mục`,
  },
  unknown_metric: {
    en: (p) => `${p['field']}: unknown metric ${d(p.received)}; expected one of ${p['expected']}`,
    vi: (p) => `${p['field']}: không có chỉ số ${d(p.received)}; cần một trong ${p['expected']}`,
  },
  duplicate_criterion: {
    en: (p) => `${p['field']}: criterion id ${d(p.received)} is used twice`,
    vi: (p) => `${p['field']}: mã tiêu chí ${d(p.received)} bị trùng`,
  },
  unknown_criterion: {
    en: (p) => `${p['field']}: the scheme has no scored criterion ${d(p.received)}`,
    vi: (p) => `${p['field']}: quy chế không có tiêu chí chấm điểm ${d(p.received)}`,
  },
  invalid_grades: {
    en: (p) => `${p['field']}: ${p['detail']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['detailVi']}, nhận được ${d(p.received)}`,
  },
  score_on_computed: {
    en: (p) => `${p['field']}: criterion ${d(p['criterion'])} is computed from the metric ${d(p['metric'])}; a score given by hand, ${d(p.received)}, is not used`,
    vi: (p) => `${p['field']}: tiêu chí ${d(p['criterion'])} được tính từ chỉ số ${d(p['metric'])}; điểm tự chấm ${d(p.received)} không được dùng`,
  },
  missing_metric: {
    en: (p) => `${p['field']}: the metric ${d(p['metric'])} of criterion ${d(p['criterion'])} was not given (or has nothing to measure); the criterion scores 0`,
    vi: (p) => `${p['field']}: chưa có số liệu chỉ số ${d(p['metric'])} của tiêu chí ${d(p['criterion'])} (hoặc không có gì để đo); tiêu chí được 0 điểm`,
  },
  scheme_year_mismatch: {
    en: (p) => `${p['field']}: the scheme applies to ${d(p['year'])}, not to the period ${d(p.received)}`,
    vi: (p) => `${p['field']}: quy chế áp dụng cho năm ${d(p['year'])}, không áp dụng cho kỳ ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
