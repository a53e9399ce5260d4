import { describe, expect, it } from 'vitest';
import { electronicDocuments } from '../../src/coverage/index';
import { formatExplanation } from '../../src/explain/index';
import type { OfficialDocument } from '../../src/model/index';

const year = { from: '2025-01-01', to: '2025-12-31' } as const;
let n = 0;
const doc = (over: Partial<OfficialDocument> = {}): OfficialDocument => ({
  id: `VB${n++}`,
  direction: 'outgoing',
  date: '2025-04-01',
  secret: false,
  electronic: true,
  digitallySigned: true,
  ...over,
});

describe('electronicDocuments', () => {
  it('meets the target when every non-secret document is electronic and signed', () => {
    const r = electronicDocuments([doc(), doc({ direction: 'incoming' }), doc({ secret: true, electronic: false, digitallySigned: false })], { period: year });
    expect(r.share).toEqual({ numerator: 2, denominator: 2 });
    expect(r.secret).toBe(1);
    expect(r.met).toBe(true);
  });

  it('misses the target with one unsigned document and lists it', () => {
    const unsigned = doc({ digitallySigned: false });
    const r = electronicDocuments([doc(), doc({ direction: 'incoming' }), unsigned], { period: year });
    expect(r.share).toEqual({ numerator: 2, denominator: 3 });
    expect(r.met).toBe(false);
    expect(r.notElectronic).toEqual([unsigned.id]);
    expect(r.outgoing).toEqual({ documents: 2, electronic: 2, digitallySigned: 1, electronicAndSigned: 1, share: { numerator: 1, denominator: 2 } });
  });

  it('requires both electronic processing and a signature', () => {
    const r = electronicDocuments([doc({ electronic: false }), doc({ digitallySigned: false })], { period: year });
    expect(r.total).toMatchObject({ documents: 2, electronic: 1, digitallySigned: 1, electronicAndSigned: 0 });
  });

  it('reports documents without a direction and keeps the valid ones', () => {
    const { direction: _omit, ...noDirection } = doc();
    const r = electronicDocuments([noDirection as OfficialDocument, doc()], { period: year });
    expect(r.total.documents).toBe(1);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['required', [0, 'direction']]]);
  });

  it('counts only documents dated in the period', () => {
    const r = electronicDocuments([doc({ date: '2024-12-31' }), doc({ date: '2025-12-31' })], { period: year });
    expect(r.total.documents).toBe(1);
    expect(r.outsidePeriod).toBe(1);
  });

  it('explains, naming the excluded secret documents', () => {
    const r = electronicDocuments([doc(), doc({ secret: true })], { period: year });
    expect(formatExplanation(r.explanation, { locale: 'en' })).toBe(
      'Incoming and outgoing documents (secret ones excluded) processed electronically and digitally signed: 1/1 (100%); target at least 100% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.7): met. 1 secret document(s) excluded.',
    );
  });
});
