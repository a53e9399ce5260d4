import type { ReportDossierFacts, ReportForm } from './ReportForm';

const DAYS = 'workingDays' as const;
const N = 'dossiers' as const;
const TOTAL = { vi: 'Tổng số', en: 'Total' };
const resultDays = (f: ReportDossierFacts): number | undefined => f.workingDays;
const statutoryOfResults = (f: ReportDossierFacts): number | undefined => (f.workingDays === undefined ? undefined : f.statutoryDays);

/**
 * The standard results table **Biểu số 06/VPCP/KSTT** (RULEBOOK §6; reference/regulations.md §1):
 * received (online; in person or by post; carried over), resolved (early, on time, late), pending
 * (within, overdue), then extra "of which" columns and the mean processing time against the
 * statutory time. The default form of {@link resolutionReport}.
 *
 * @remarks Withdrawn, stopped and refused dossiers have ended: resolved, and shown again in the
 * extra columns. Identities: `received = resolved + pending`, and each "of which" column is at
 * most its whole (the totals are sums of their parts by definition).
 * @example
 * ```ts
 * import { bieu06Form } from 'reform-rules';
 * bieu06Form.columns.map((c) => c.id).slice(0, 3); // => ['received.total', 'received.online', 'received.directOrPostal']
 * ```
 * @category Report
 */
export const bieu06Form: ReportForm<'bieu06'> = {
  id: 'bieu06',
  title: { vi: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', en: 'RESULTS OF HANDLING ADMINISTRATIVE PROCEDURES' },
  number: { vi: 'Biểu số 06/VPCP/KSTT', en: 'Form 06/VPCP/KSTT' },
  unitLine: { vi: 'Đơn vị tính: Số hồ sơ TTHC.', en: 'Unit: dossiers.' },
  headerRows: 'flat',
  columns: [
    { id: 'received.total', kind: 'sum', unit: N, of: ['received.online', 'received.directOrPostal', 'received.carriedOver'], heading: { vi: 'Số hồ sơ nhận giải quyết', en: 'Received' }, subheading: TOTAL },
    { id: 'received.online', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: 'online' }, heading: { vi: 'Trong đó: Trực tuyến', en: 'Of which online' } },
    { id: 'received.directOrPostal', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: ['direct', 'postal'] }, heading: { vi: 'Trực tiếp, dịch vụ bưu chính', en: 'In person or by post' } },
    { id: 'received.carriedOver', kind: 'count', unit: N, count: { receivedInPeriod: false }, heading: { vi: 'Từ kỳ trước', en: 'Carried over' } },
    { id: 'resolved.total', kind: 'sum', unit: N, of: ['resolved.early', 'resolved.onTime', 'resolved.late'], heading: { vi: 'Số hồ sơ đã giải quyết', en: 'Resolved' }, subheading: TOTAL },
    { id: 'resolved.early', kind: 'count', unit: N, count: { outcome: 'early' }, heading: { vi: 'Trước hạn', en: 'Early' } },
    { id: 'resolved.onTime', kind: 'count', unit: N, count: { outcome: 'onTime' }, heading: { vi: 'Đúng hạn', en: 'On time' } },
    { id: 'resolved.late', kind: 'count', unit: N, count: { outcome: 'late' }, heading: { vi: 'Quá hạn', en: 'Late' } },
    { id: 'pending.total', kind: 'sum', unit: N, of: ['pending.within', 'pending.overdue'], heading: { vi: 'Số lượng hồ sơ đang giải quyết', en: 'Pending' }, subheading: TOTAL },
    { id: 'pending.within', kind: 'count', unit: N, count: { outcome: 'pendingWithin' }, heading: { vi: 'Trong hạn', en: 'Within deadline' } },
    { id: 'pending.overdue', kind: 'count', unit: N, count: { outcome: 'pendingOverdue' }, heading: { vi: 'Quá hạn', en: 'Overdue' } },
    { id: 'extra.withdrawn', kind: 'count', unit: N, heading: { vi: 'Rút hồ sơ', en: 'Withdrawn' }, count: { endKind: 'withdrawn' } },
    { id: 'extra.stopped', kind: 'count', unit: N, heading: { vi: 'Dừng giải quyết', en: 'Stopped' }, count: { endKind: 'stopped' } },
    { id: 'extra.rejected', kind: 'count', unit: N, heading: { vi: 'Từ chối giải quyết', en: 'Refused' }, count: { endKind: 'rejected' } },
    { id: 'extra.lateWithApology', kind: 'count', unit: N, heading: { vi: 'Quá hạn có văn bản xin lỗi', en: 'Late with apology' }, count: { outcome: 'late', apology: true } },
    { id: 'extra.postal', kind: 'count', unit: N, heading: { vi: 'Bưu chính công ích', en: 'By public post' }, count: { receivedInPeriod: true, channel: 'postal' } },
    { id: 'extra.onlineFull', kind: 'count', unit: N, heading: { vi: 'Trực tuyến toàn trình', en: 'Full online' }, count: { receivedInPeriod: true, channel: 'online', onlineLevel: 'full' } },
    { id: 'extra.onlinePartial', kind: 'count', unit: N, heading: { vi: 'Trực tuyến một phần', en: 'Partial online' }, count: { receivedInPeriod: true, channel: 'online', onlineLevel: 'partial' } },
    { id: 'extra.sameDay', kind: 'count', unit: N, heading: { vi: 'Giải quyết trong ngày', en: 'Same day' }, count: { sameDay: true } },
    { id: 'averageWorkingDays.actual', kind: 'mean', unit: DAYS, value: resultDays, heading: { vi: 'Thời gian giải quyết bình quân (ngày làm việc)', en: 'Average processing time (working days)' } },
    { id: 'averageWorkingDays.statutory', kind: 'mean', unit: DAYS, value: statutoryOfResults, heading: { vi: 'Thời hạn quy định bình quân (ngày làm việc)', en: 'Average statutory time (working days)' } },
  ],
  layout: [
    {
      heading: { vi: 'Số hồ sơ nhận giải quyết', en: 'Received' },
      children: ['received.total', 'received.online', 'received.directOrPostal', 'received.carriedOver'],
    },
    {
      heading: { vi: 'Số hồ sơ đã giải quyết', en: 'Resolved' },
      children: ['resolved.total', 'resolved.early', 'resolved.onTime', 'resolved.late'],
    },
    {
      heading: { vi: 'Số lượng hồ sơ đang giải quyết', en: 'Pending' },
      children: ['pending.total', 'pending.within', 'pending.overdue'],
    },
    'extra.withdrawn',
    'extra.stopped',
    'extra.rejected',
    'extra.lateWithApology',
    'extra.postal',
    'extra.onlineFull',
    'extra.onlinePartial',
    'extra.sameDay',
    'averageWorkingDays.actual',
    'averageWorkingDays.statutory',
  ],
  identities: [
    { id: 'received = resolved + pending', left: ['received.total'], relation: '=', right: ['resolved.total', 'pending.total'] },
    { id: 'ended without result <= resolved', left: ['extra.withdrawn', 'extra.stopped', 'extra.rejected', 'extra.sameDay'], relation: '<=', right: ['resolved.total'] },
    { id: 'late with apology <= late', left: ['extra.lateWithApology'], relation: '<=', right: ['resolved.late'] },
    { id: 'postal <= direct or postal', left: ['extra.postal'], relation: '<=', right: ['received.directOrPostal'] },
    { id: 'full + partial online <= online', left: ['extra.onlineFull', 'extra.onlinePartial'], relation: '<=', right: ['received.online'] },
  ],
  notes: [
    {
      vi: 'Hồ sơ rút, dừng giải quyết, từ chối giải quyết là hồ sơ đã kết thúc: tính trong số đã giải quyết và ghi riêng ở các cột bổ sung.',
      en: 'Withdrawn, stopped and refused dossiers have ended: they count as resolved and are shown again in the extra columns.',
    },
  ],
  chart: {
    caption: { vi: 'Tỷ lệ giải quyết trước hạn và đúng hạn', en: 'On-time rate (early or on time) of resolved dossiers' },
    numerator: ['resolved.early', 'resolved.onTime'],
    denominator: ['resolved.total'],
  },
};
