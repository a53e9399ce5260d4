import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { DVCQG_STATUS_CODES, parseDvcqgDossier, parseDvcqgDossiers } from '../../src/io/index';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'data', 'dvcqg-sync-2025-03.json'), 'utf8')) as { sync: { data: Record<string, unknown>[] }; progress: unknown };
const PERSONAL = ['Nguyễn Văn Bình', '001085012345', 'binh@example.vn', '0912345678', 'ngõ 3'];

describe('parseDvcqgDossiers (portal sync records)', () => {
  const r = parseDvcqgDossiers(fixture.sync, { progress: fixture.progress, calendar: createCalendar() });
  const byId = new Map(r.value.map((d) => [d.id, d]));

  it('accounts for every record: dossiers + excluded + rejected', () => {
    expect(r.value.length + r.excluded.length + r.rejected.length).toBe(fixture.sync.data.length);
    expect(r.excluded.map((e) => [e.id, e.reason.code, e.reason.received])).toEqual([
      ['G09.20-20250304-0000004', 'not_received', '1'],
      ['G09.20-20250305-0000005', 'not_received', '3'],
    ]);
    expect(r.rejected.map((x) => [x.id, x.issues[0].path])).toEqual([['G09.20-20250305-0000007', [6, 'receivedAt']]]);
  });

  it('maps times in Vietnam time, channels, payment, fees, digitisation and the receiving unit', () => {
    expect(byId.get('G09.20-20250303-0000001')).toMatchObject({
      channel: 'online', receivedAt: '2025-03-03T09:00:00+07:00', submittedAt: '2025-03-02T21:00:00+07:00',
      dueAt: '2025-03-10T17:00:00+07:00', receivingUnitId: 'G09.01', paymentChannel: 'online',
      fees: [{ code: 'LP01', name: 'Lệ phí cấp giấy phép', amount: 75000 }],
      digitisation: { digitisedComponents: true, documentsSubmitted: 2, documentsDigitised: 2, documentsReused: 1, electronicResult: true, vneidVerified: true },
      events: [{ type: 'processed', at: '2025-03-07T15:00:00+07:00' }, { type: 'returned', at: '2025-03-10T09:00:00+07:00' }],
    });
    expect(byId.get('G09.20-20250303-0000002')?.receivingUnitId).toBeUndefined();
    expect(byId.get('G09.20-20250304-0000003')?.channel).toBe('unknown');
    expect(byId.get('G09.20-20250306-0000008')).toMatchObject({ channel: 'postal', resultDelivery: 'post' });
    expect(byId.get('G09.20-20250306-0000008')?.events).toBeUndefined();
    expect(byId.get('G09.20-20250305-0000006')?.events).toEqual([{ type: 'stopped', at: '2025-03-06T11:00:00+07:00' }]);
  });

  it('keeps every supplementation request and re-submission with the appointments before and after', () => {
    expect(byId.get('G09.20-20250303-0000002')?.events).toEqual([
      { type: 'supplement-requested', at: '2025-03-04T10:00:00+07:00' },
      { type: 'supplement-received', at: '2025-03-06T10:00:00+07:00', previousDueAt: '2025-03-10T17:00:00+07:00', newDueAt: '2025-03-12T17:00:00+07:00' },
      { type: 'supplement-requested', at: '2025-03-07T10:00:00+07:00' },
      { type: 'supplement-received', at: '2025-03-10T09:00:00+07:00', previousDueAt: '2025-03-12T17:00:00+07:00', newDueAt: '2025-03-14T17:00:00+07:00' },
      { type: 'processed', at: '2025-03-14T16:00:00+07:00' },
    ]);
  });

  it('joins progress items by MaHoSo into steps, and reports an item of no dossier', () => {
    const steps = byId.get('G09.20-20250303-0000001')?.steps ?? [];
    expect(steps.map((s) => [s.officialId, s.departmentId, s.startedAt, s.endedAt])).toEqual([
      ['CB-MC-01', 'BPMC', '2025-03-03T09:00:00+07:00', '2025-03-03T16:00:00+07:00'],
      ['CB-QLDT-02', 'QLDT', '2025-03-03T16:00:00+07:00', '2025-03-07T10:00:00+07:00'],
      ['LD-01', 'LD', '2025-03-07T10:00:00+07:00', undefined],
    ]);
    expect(steps.every((s) => (s.allottedHours ?? 0) > 0)).toBe(true);
    expect(r.progressRejected.map((p) => [p.index, p.issues[0].code])).toEqual([[3, 'progress_unmatched']]);
    const fixed = parseDvcqgDossiers(fixture.sync, { progress: fixture.progress, stepHours: () => 8 });
    expect(fixed.value.find((d) => d.id === 'G09.20-20250303-0000001')?.steps?.map((s) => s.allottedHours)).toEqual([8, 8, 8]);
  });

  it('never puts personal data in any output; an applicant key is the caller\'s opaque key only', () => {
    const text = JSON.stringify([r.value, r.rejected, r.excluded]);
    for (const p of PERSONAL) expect(text).not.toContain(p);
    const keyed = parseDvcqgDossiers(fixture.sync, { applicantKey: (x) => `K-${String(x['MaHoSo']).slice(-3)}` });
    expect(keyed.value[0]?.applicantKey).toBe('K-001');
    const leaky = parseDvcqgDossiers(fixture.sync, { applicantKey: (x) => x['SoGiayToChuHoSo'] as string });
    expect(leaky.value).toEqual([]);
    expect(leaky.rejected[0]?.issues[0].code).toBe('applicant_key_personal');
    expect(JSON.stringify(leaky)).not.toContain('001085012345');
  });

  it('reads code 6 through an overridable table; unknown codes are issues, not guesses', () => {
    const rec = fixture.sync.data[7] as Record<string, unknown>;
    expect(DVCQG_STATUS_CODES['6']).toBe('pending');
    const stopped = parseDvcqgDossier({ ...rec, NgayKetThucXuLy: '20250307090000' }, { codeTable: { '6': 'stopped' } });
    expect(stopped.ok && stopped.value.events).toEqual([{ type: 'stopped', at: '2025-03-07T09:00:00+07:00' }]);
    const odd = parseDvcqgDossier({ ...rec, TrangThaiHoSo: '11', KenhThucHien: '9' }, { locale: 'vi' });
    expect(odd.ok ? [] : odd.issues.map((i) => i.path[0])).toEqual(['KenhThucHien', 'TrangThaiHoSo']);
    const never = parseDvcqgDossier(fixture.sync.data[3]);
    expect(never.ok ? null : never.issues[0].code).toBe('not_received');
  });

  it('property: records in = dossiers + excluded + rejected; no personal data out', () => {
    const time = fc.constantFrom('', '20250303090000', '20250310170000', '20250231090000', 'x', '2025-03-05 08:00:00');
    const rec = fc.record({
      MaHoSo: fc.constantFrom('A', 'B', 'C', ''), MaTTHC: fc.constantFrom('1.005129', ''), DonViXuLy: fc.constantFrom('G09', ''),
      KenhThucHien: fc.constantFrom('', '1', '2', '3', '7', 2), NgayTiepNhan: time, NgayHenTra: time, NgayKetThucXuLy: time, NgayTra: time, NgayTuChoi: time,
      TrangThaiHoSo: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '', 10), ChuHoSo: fc.constant('Nguyễn Văn Bình'), SoDienThoai: fc.constant('0912345678'),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(rec, fc.constant(null), fc.constant(7)), { maxLength: 12 }), (records) => {
        const out = parseDvcqgDossiers(records, { progress: [{ MaHoSo: 'A', NguoiXuLy: 'X', PhongBanXuLy: 'P', ThoiDiemXuLy: '20250303100000' }] });
        expect(out.value.length + out.excluded.length + out.rejected.length).toBe(records.length);
        const text = JSON.stringify([out.value, out.excluded, out.rejected.map((x) => x.input), out.progressRejected.map((x) => x.issues)]);
        expect(text).not.toContain('Nguyễn');
        expect(text).not.toContain('0912345678');
      }),
    );
  });
});
