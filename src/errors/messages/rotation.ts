import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the rotation of officials (luân chuyển, chuyển đổi vị trí công tác). @internal */
export const rotationMessages = {
  invalid_years: {
    en: (p) => `${p['field']}: ${p['detail']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['detailVi']}, nhận được ${d(p.received)}`,
  },
  unknown_position: {
    en: (p) => `${p['field']}: no rotation rule covers position ${d(p.received)}`,
    vi: (p) => `${p['field']}: không có quy định chuyển đổi nào cho vị trí ${d(p.received)}`,
  },
  moved_before_decision: {
    en: (p) => `${p['field']}: the move ${d(p.received)} is before the assignment decision ${d(p['decisionDate'])}`,
    vi: (p) => `${p['field']}: ngày chuyển đổi ${d(p.received)} trước ngày quyết định bố trí ${d(p['decisionDate'])}`,
  },
} satisfies Record<string, MessagePair>;
