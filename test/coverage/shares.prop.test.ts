import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import type { ChannelRecord } from '../../src/coverage/index';
import { channelMix, electronicDocuments, onlineServiceCoverage, petitions, satisfaction } from '../../src/coverage/index';
import { feedbackListArb } from '../arbitraries/feedback';
import { officialDocumentListArb } from '../arbitraries/officialDocument';
import { petitionListArb } from '../arbitraries/petition';
import { vnInstantArb } from '../arbitraries/petitionDates';
import { procedureArb } from '../arbitraries/procedure';
import { expectShare } from './_ratio';

const calendar = createCalendar();
const periodArb = fc.constantFrom(
  { from: '2025-01-01', to: '2025-03-31' },
  { from: '2024-12-15', to: '2025-03-14' },
  { from: '2025-01-01', to: '2025-12-31' },
);
const officialIds = ['cv01', 'cv02', 'cv03', 'cv04'];

describe('onlineServiceCoverage', () => {
  it('keeps the coverage and payment shares within [0, 1] as exact ratios, with the missing ones accounted for', () => {
    fc.assert(
      fc.property(fc.array(procedureArb(fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', 'P6')), { maxLength: 12 }), (list) => {
        const r = onlineServiceCoverage(list, { asOf: '2025-06-30' });
        expectShare(r.share);
        expectShare(r.payment.share);
        expect(r.share.denominator - r.share.numerator).toBe(r.missing.length);
        expect(r.payment.share.denominator - r.payment.share.numerator).toBe(r.payment.missing.length);
      }),
    );
  });
});

describe('channelMix', () => {
  const recordArb: fc.Arbitrary<ChannelRecord> = fc.record(
    {
      channel: fc.constantFrom('direct' as const, 'online' as const, 'postal' as const),
      onlineLevel: fc.constantFrom('full' as const, 'partial' as const),
      receivedAt: vnInstantArb('2024-11-01', '2025-04-30'),
      paymentChannel: fc.constantFrom('online' as const, 'direct' as const),
    },
    { requiredKeys: ['channel', 'receivedAt'] },
  );

  it('keeps every channel share within [0, 1] as an exact ratio, and the channels add up to the dossiers received', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), periodArb, (list, period) => {
        const r = channelMix(list, { period });
        for (const s of Object.values(r.shares)) expectShare(s);
        if (r.payment !== null) expectShare(r.payment.share);
        expect(r.counts.direct + r.counts.postal + r.counts.online).toBe(r.received);
        expect(r.counts.onlineFull + r.counts.onlinePartial + r.counts.onlineUnspecified).toBe(r.counts.online);
        expect(r.received + r.outsidePeriod + r.issues.length).toBe(list.length);
      }),
    );
  });
});

describe('satisfaction', () => {
  it('keeps the officials’ share and every satisfied share within [0, 1] as exact ratios', () => {
    fc.assert(
      fc.property(feedbackListArb(officialIds), periodArb, (list, period) => {
        const r = satisfaction(list, { period, officials: officialIds.map((id) => ({ id })) });
        expectShare(r.share);
        for (const o of r.officials) expectShare(o.satisfiedShare);
        expect(r.officials.length + r.withoutFeedback.length).toBe(officialIds.length);
      }),
    );
  });
});

describe('electronicDocuments', () => {
  it('keeps every share within [0, 1] as an exact ratio, secret documents apart', () => {
    fc.assert(
      fc.property(officialDocumentListArb(), periodArb, (list, period) => {
        const r = electronicDocuments(list, { period });
        for (const f of [r.incoming, r.outgoing, r.total]) expectShare(f.share);
        expect(r.total.documents + r.secret + r.outsidePeriod).toBe(list.length);
      }),
    );
  });
});

describe('petitions', () => {
  it('keeps the on-time share within [0, 1] as an exact ratio, every petition in one status', () => {
    fc.assert(
      fc.property(petitionListArb(), periodArb, (list, period) => {
        const r = petitions(list, { period, calendar });
        expectShare(r.share);
        const { answeredOnTime, answeredLate, openWithin, openOverdue } = r.counts;
        expect(answeredOnTime + answeredLate + openWithin + openOverdue).toBe(r.petitions.length);
        expect(r.petitions.length + r.outsidePeriod).toBe(list.length);
      }),
    );
  });
});
