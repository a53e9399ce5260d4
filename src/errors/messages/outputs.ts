import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the outputs area (agency profile and workbook options; IssueCode is derived from these keys). @internal */
export const outputsMessages = {
  invalid_agency_profile: {
    en: (p) => `${p['field']}: ${p['detail']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['detailVi']}, nhận được ${d(p.received)}`,
  },
  invalid_workbook_option: {
    en: (p) => `${p['field']}: ${p['detail']}, received ${d(p.received)}`,
    vi: (p) => `${p['field']}: ${p['detailVi']}, nhận được ${d(p.received)}`,
  },
} satisfies Record<string, MessagePair>;
