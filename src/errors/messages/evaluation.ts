import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the evaluation of officials (Nghị định 335/2025, 233/2026, 90/2020) and their rating limits. @internal */
export const evaluationMessages = {
  points_out_of_range: {
    en: (p) => `${p['field']}: expected points from ${p['min']} to ${p['max']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: điểm phải từ ${p['min']} đến ${p['max']}, nhận được ${d(p.received)}`,
  },
  too_many_decimals: {
    en: (p) => `${p['field']}: points are written with at most two decimals, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: điểm chỉ ghi tối đa hai chữ số thập phân, nhận được ${d(p.received)}`,
  },
  invalid_coefficient: {
    en: (p) => `${p['field']}: a conversion coefficient K must be a number above 0, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: hệ số quy đổi K phải là số lớn hơn 0, nhận được ${d(p.received)}`,
  },
  missing_quarter: {
    en: (p) => `${p['field']}: a yearly evaluation needs the results of ${p['expected']}; ${p['missing']} missing, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: đánh giá năm cần kết quả của ${p['expected']}; còn thiếu ${p['missing']}, nhận được ${d(p.received)}`,
  },
  missing_level: {
    en: (p) => `${p['field']}: under ${p['regime']} (criteria, no points) the input must record the level reached, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: theo ${p['regime']} (đánh giá theo tiêu chí, không chấm điểm) phải ghi mức xếp loại đạt được, nhận được ${d(p.received)}`,
  },
  invalid_evaluation_period: {
    en: (p) => `${p['field']}: expected a year '2026', a quarter '2026-Q1' or a month '2026-03', received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần năm '2026', quý '2026-Q1' hoặc tháng '2026-03', nhận được ${d(p.received)}`,
  },
  missing_task_quality: {
    en: (p) => `${p['field']}: task and dossier records do not hold quality (b); give the agency's rating (results.qualityByTask, results.quality) or set the policy parameter ${p['parameter']}; no value is guessed`,
    vi: (p) => `${p['field']}: hồ sơ và kết quả nhiệm vụ không có chất lượng (b); cần mức đánh giá của cơ quan (results.qualityByTask, results.quality) hoặc tham số ${p['parameter']} của chính sách; thư viện không tự đoán`,
  },
  unit_result_unavailable: {
    en: (p) => `${p['field']}: the unit's result (d) cannot be computed: no ended dossier and no task due or done, received ${d(p.received)}; give d as a share`,
    vi: (p) => `${p['field']}: không tính được kết quả của đơn vị (d): không có hồ sơ đã giải quyết và không có nhiệm vụ đến hạn hoặc đã xong, nhận được ${d(p.received)}; hãy nhập d dưới dạng tỷ lệ`,
  },
} satisfies Record<string, MessagePair>;
