import { describe, expect, it } from 'vitest';
import type { ChannelRecord } from '../../src/coverage/index';
import { channelMix } from '../../src/coverage/index';
import { formatExplanation } from '../../src/explain/index';

const q1 = { from: '2025-01-01', to: '2025-03-31' } as const;
const at = '2025-02-10T09:00:00+07:00';

const make = (online: number, direct: number, postal = 0, level: 'full' | 'partial' = 'full'): ChannelRecord[] => [
  ...Array.from({ length: online }, () => ({ channel: 'online' as const, onlineLevel: level, receivedAt: at })),
  ...Array.from({ length: direct }, () => ({ channel: 'direct' as const, receivedAt: at })),
  ...Array.from({ length: postal }, () => ({ channel: 'postal' as const, receivedAt: at })),
];

describe('channelMix', () => {
  it('splits new dossiers by channel and online level, exactly', () => {
    const r = channelMix(
      [...make(3, 4, 1), { channel: 'online', onlineLevel: 'partial', receivedAt: at }, { channel: 'online', receivedAt: at }],
      { period: q1 },
    );
    expect(r.received).toBe(10);
    expect(r.counts).toEqual({ direct: 4, postal: 1, online: 5, onlineFull: 3, onlinePartial: 1, onlineUnspecified: 1, unrecorded: 0 });
    expect(r.shares.online).toEqual({ numerator: 5, denominator: 10 });
    expect(r.shares.onlineFull).toEqual({ numerator: 3, denominator: 10 });
  });

  it('counts a channel the source did not record as unrecorded, never as online', () => {
    const r = channelMix([...make(6, 0), { channel: 'unknown', receivedAt: at }, { channel: 'unknown', receivedAt: at }], { period: q1 });
    expect(r.received).toBe(8);
    expect(r.counts.unrecorded).toBe(2);
    expect(r.shares.online).toEqual({ numerator: 6, denominator: 8 });
    expect(r.explanation.children?.[0]?.summary.en).toContain('channel not recorded 2/8');
  });

  it('does not call exactly half the main channel (more than half is required)', () => {
    const r = channelMix(make(50, 50), { period: q1 });
    expect(r.mainChannel.onlineIsMain).toBe(false);
    expect(r.mainChannel.met).toBe(false);
    expect(r.mainChannel.required).toBe(true);
  });

  it('calls one dossier more than half the main channel', () => {
    const r = channelMix(make(51, 49), { period: q1 });
    expect(r.mainChannel.onlineIsMain).toBe(true);
    expect(r.mainChannel.met).toBe(true);
  });

  it('does not require online as the main channel before 2025', () => {
    const r = channelMix(
      make(1, 9).map((d) => ({ ...d, receivedAt: '2024-05-10T09:00:00+07:00' })),
      { period: { from: '2024-04-01', to: '2024-06-30' } },
    );
    expect(r.mainChannel.required).toBe(false);
    expect(r.mainChannel.onlineIsMain).toBe(false);
    expect(r.mainChannel.met).toBe(true);
    expect(formatExplanation(r.explanation, { locale: 'en' })).toContain('The requirement applies from 2025-01-01');
  });

  it('counts a dossier by its Vietnam reception day, whatever the offset written', () => {
    const r = channelMix(
      [
        { channel: 'online', receivedAt: '2025-03-31T17:30:00Z' }, // 2025-04-01 00:30 in Vietnam: outside
        { channel: 'online', receivedAt: '2024-12-31T17:00:00Z' }, // 2025-01-01 00:00 in Vietnam: inside
      ],
      { period: q1 },
    );
    expect(r.received).toBe(1);
    expect(r.outsidePeriod).toBe(1);
  });

  it('computes the online payment share when dossiers record it, else null', () => {
    expect(channelMix(make(2, 2), { period: q1 }).payment).toBeNull();
    const r = channelMix(
      [
        { channel: 'online', receivedAt: at, paymentChannel: 'online' },
        { channel: 'direct', receivedAt: at, paymentChannel: 'direct' },
        { channel: 'direct', receivedAt: at, paymentChannel: 'online' },
        { channel: 'direct', receivedAt: at },
      ],
      { period: q1 },
    );
    expect(r.payment).toEqual({ paid: 3, paidOnline: 2, share: { numerator: 2, denominator: 3 } });
  });

  it('works on dossier evaluations (channel and receivedAt)', () => {
    const evaluation = { dossierId: 'HS-1', channel: 'online' as const, receivedAt: at, outcome: 'onTime' };
    const r = channelMix([evaluation as unknown as ChannelRecord], { period: q1 });
    expect(r.counts.onlineUnspecified).toBe(1);
  });

  it('reports bad records and keeps the valid ones', () => {
    const r = channelMix(
      [
        { channel: 'fax', receivedAt: at } as unknown as ChannelRecord,
        { channel: 'online', receivedAt: '2025-02-10T09:00:00' },
        { channel: 'direct', receivedAt: at },
      ],
      { period: q1 },
    );
    expect(r.received).toBe(1);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_enum', [0, 'channel']],
      ['missing_offset', [1, 'receivedAt']],
    ]);
  });

  it('judges an empty period as not having online as the main channel', () => {
    const r = channelMix([], { period: q1 });
    expect(r.shares.online).toEqual({ numerator: 0, denominator: 0 });
    expect(r.mainChannel.met).toBe(false);
  });

  it('explains the online share against the threshold with its basis', () => {
    const r = channelMix(make(61, 39), { period: q1 });
    expect(formatExplanation(r.explanation, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến: 61/100 (61%); chỉ tiêu trên 50% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.3): đạt.',
    );
    expect(r.explanation.parameters.map((p) => p.name)).toEqual(['onlineMainChannelShare', 'onlineMainChannelComparison', 'onlineMainChannelFrom']);
  });

  it('throws on a period that ends before it starts', () => {
    expect(() => channelMix([], { period: { from: '2025-04-01', to: '2025-03-31' } })).toThrow(expect.objectContaining({ code: 'invalid_period' }));
  });
});
