import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the policy area (add codes here; IssueCode is derived from these keys). @internal */
export const policyMessages = {
  unknown_parameter: {
    en: (p) => `${p['field']}: the policy ${d(p['policy'])} has no parameter ${d(p.received)}`,
    vi: (p) => `${p['field']}: chính sách ${d(p['policy'])} không có tham số ${d(p.received)}`,
  },
  empty_parameter: {
    en: (p) => `${p['field']}: a parameter needs at least one dated value, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: tham số cần ít nhất một giá trị có ngày hiệu lực, nhận được ${d(p.received)}`,
  },
  parameter_before_first_value: {
    en: (p) => `${p['field']}: no value in force on ${d(p.received)}; the first value starts on ${d(p['first'])}`,
    vi: (p) => `${p['field']}: không có giá trị hiệu lực vào ngày ${d(p.received)}; giá trị đầu tiên có hiệu lực từ ${d(p['first'])}`,
  },
  parameter_gap: {
    en: (p) => `${p['field']}: no value in force on ${d(p.received)}; the value from ${d(p['from'])} ended on ${d(p['until'])}`,
    vi: (p) => `${p['field']}: không có giá trị hiệu lực vào ngày ${d(p.received)}; giá trị từ ${d(p['from'])} đã hết hiệu lực ngày ${d(p['until'])}`,
  },
  parameter_dates_unordered: {
    en: (p) => `${p['field']}: ${d(p.received)} is not after the previous value's start ${d(p['previous'])}; values must be in increasing date order`,
    vi: (p) => `${p['field']}: ${d(p.received)} không sau ngày bắt đầu của giá trị liền trước ${d(p['previous'])}; các giá trị phải theo thứ tự ngày tăng dần`,
  },
  parameter_dates_overlap: {
    en: (p) => `${p['field']}: the value runs until ${d(p.received)}, overlapping the next value from ${d(p['next'])}`,
    vi: (p) => `${p['field']}: giá trị có hiệu lực đến ${d(p.received)}, chồng lên giá trị tiếp theo từ ${d(p['next'])}`,
  },
  parameter_until_before_from: {
    en: (p) => `${p['field']}: the last day ${d(p.received)} is before the first day ${d(p['from'])}`,
    vi: (p) => `${p['field']}: ngày cuối ${d(p.received)} trước ngày bắt đầu ${d(p['from'])}`,
  },
  invalid_parameter_value: {
    en: (p) => `${p['field']}: expected ${p['expected']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần ${p['expected']}, nhận được ${d(p.received)}`,
  },
  invalid_basis: {
    en: (p) => `${p['field']}: expected a legal basis { document, article?, issuer?, note? } with a non-empty document, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: cần căn cứ pháp lý { document, article?, issuer?, note? } có tên văn bản, nhận được ${d(p.received)}`,
  },
  year_outside_policy: {
    en: (p) => `${p['field']}: the policy has no value of ${d(p['parameter'])} for year ${d(p.received)} (its values start on ${d(p['first'])})`,
    vi: (p) => `${p['field']}: chính sách không có giá trị ${d(p['parameter'])} cho năm ${d(p.received)} (giá trị bắt đầu từ ${d(p['first'])})`,
  },
  late_exceeds_handled: {
    en: (p) => `${p['field']}: ${d(p.received)} late dossiers is more than the ${d(p['handled'])} handled`,
    vi: (p) => `${p['field']}: ${d(p.received)} hồ sơ trễ hạn nhiều hơn ${d(p['handled'])} hồ sơ đã giải quyết`,
  },
  count_too_large: {
    en: (p) => `${p['field']}: a count must be at most ${Number.MAX_SAFE_INTEGER}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: số đếm không được vượt quá ${Number.MAX_SAFE_INTEGER}, nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
