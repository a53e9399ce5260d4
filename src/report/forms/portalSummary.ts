import type { ReportForm } from './ReportForm';

const N = 'dossiers' as const;
const TOTAL = { vi: 'Tổng số', en: 'Total' };

/**
 * The national public service portal's per-unit summary ("Tổng hợp kết quả giải quyết TTHC theo
 * đơn vị", Cổng DVCQG export used by provinces in 2025–2026; reference/regulations.md §1.2,
 * confidence MEDIUM: the layout is read from provincial tools that parse the export, not from a
 * published specification; the agency should confirm it against its own export).
 *
 * @remarks Received: in person, full online, partial online, other online (online without a
 * recorded level), carried over, by public post, and «phi địa giới» (received regardless of the
 * administrative boundary). The dossier model has no receiving-unit field, so that column is
 * **not available** (`null`, shown "—"), never an invented zero. Resolved: on time or early, late
 * with an apology letter, late without; pending: within the deadline, overdue with and without an
 * apology; then withdrawn and stopped (both ended dossiers, so also among the resolved). Counting
 * follows the library's conventions (the dossier clock; ended = resolved), which the portal's
 * export may not share exactly (reference/formats.md §2). Last, «hồ sơ trực tuyến chờ tiếp nhận»:
 * online dossiers submitted on the portal by `asOf` (`submittedAt`) but received after the period,
 * so awaiting reception at `asOf`, within the reception limit (policy `receptionWorkingHours`, 8
 * working hours from 2025-07-01, MEDIUM: the agency must confirm) or overdue. They are not among
 * the received (the report excludes them as `excluded.receivedAfter`), so the identities hold; a
 * dossier the source never received (portal status 1) is not in the dossier data and cannot be counted.
 * @example
 * ```ts
 * import { portalSummaryForm } from 'reform-rules';
 * portalSummaryForm.id; // => 'portal-summary'
 * ```
 * @category Report
 */
export const portalSummaryForm: ReportForm<'portal-summary'> = {
  id: 'portal-summary',
  title: { vi: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO ĐƠN VỊ', en: 'SUMMARY OF ADMINISTRATIVE PROCEDURE RESULTS BY UNIT' },
  number: { vi: 'Mẫu tổng hợp của Cổng Dịch vụ công quốc gia', en: 'National public service portal summary layout' },
  unitLine: { vi: 'Đơn vị tính: Số hồ sơ TTHC.', en: 'Unit: dossiers.' },
  headerRows: 'grouped',
  columns: [
    {
      id: 'received.total',
      kind: 'sum',
      unit: N,
      of: ['received.direct', 'received.onlineFull', 'received.onlinePartial', 'received.onlineOther', 'received.carriedOver', 'received.postal'],
      heading: { vi: 'Số hồ sơ tiếp nhận', en: 'Received' },
      subheading: TOTAL,
    },
    { id: 'received.direct', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: 'direct' }, heading: { vi: 'Trực tiếp', en: 'In person' } },
    { id: 'received.onlineFull', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: 'online', onlineLevel: 'full' }, heading: { vi: 'Trực tuyến toàn trình', en: 'Full online' } },
    { id: 'received.onlinePartial', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: 'online', onlineLevel: 'partial' }, heading: { vi: 'Trực tuyến một phần', en: 'Partial online' } },
    { id: 'received.onlineOther', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: 'online', onlineLevel: 'none' }, heading: { vi: 'Trực tuyến hình thức khác', en: 'Other online' } },
    {
      id: 'received.nonBoundary',
      kind: 'unavailable',
      unit: N,
      heading: { vi: 'Phi địa giới', en: 'Regardless of boundary' },
      note: {
        vi: 'Phi địa giới: không có số liệu (hồ sơ không ghi đơn vị tiếp nhận khác đơn vị giải quyết).',
        en: 'Regardless of boundary (phi địa giới): not available (the dossiers do not record a receiving unit apart from the competent one).',
      },
    },
    { id: 'received.carriedOver', kind: 'count', unit: N, count: { receivedInPeriod: false }, heading: { vi: 'Kỳ trước chuyển qua', en: 'Carried over' } },
    { id: 'received.postal', kind: 'count', unit: N, count: { receivedInPeriod: true, channel: 'postal' }, heading: { vi: 'Bưu chính công ích', en: 'By public post' } },
    {
      id: 'resolved.total',
      kind: 'sum',
      unit: N,
      of: ['resolved.onTimeOrEarly', 'resolved.lateWithApology', 'resolved.lateWithoutApology'],
      heading: { vi: 'Số hồ sơ đã giải quyết', en: 'Resolved' },
      subheading: TOTAL,
    },
    { id: 'resolved.onTimeOrEarly', kind: 'count', unit: N, count: { outcome: ['early', 'onTime'] }, heading: { vi: 'Đúng và trước hạn', en: 'On time or early' } },
    { id: 'resolved.lateWithApology', kind: 'count', unit: N, count: { outcome: 'late', apology: true }, heading: { vi: 'Quá hạn (đã có thư xin lỗi)', en: 'Late, with apology' } },
    { id: 'resolved.lateWithoutApology', kind: 'count', unit: N, count: { outcome: 'late', apology: false }, heading: { vi: 'Quá hạn (chưa có thư xin lỗi)', en: 'Late, without apology' } },
    {
      id: 'pending.total',
      kind: 'sum',
      unit: N,
      of: ['pending.within', 'pending.overdueWithApology', 'pending.overdueWithoutApology'],
      heading: { vi: 'Số hồ sơ đang giải quyết', en: 'Pending' },
      subheading: TOTAL,
    },
    { id: 'pending.within', kind: 'count', unit: N, count: { outcome: 'pendingWithin' }, heading: { vi: 'Chưa đến hạn', en: 'Within deadline' } },
    { id: 'pending.overdueWithApology', kind: 'count', unit: N, count: { outcome: 'pendingOverdue', apology: true }, heading: { vi: 'Quá hạn (đã có thư xin lỗi)', en: 'Overdue, with apology' } },
    { id: 'pending.overdueWithoutApology', kind: 'count', unit: N, count: { outcome: 'pendingOverdue', apology: false }, heading: { vi: 'Quá hạn (chưa có thư xin lỗi)', en: 'Overdue, without apology' } },
    { id: 'withdrawn', kind: 'count', unit: N, heading: { vi: 'Hồ sơ rút', en: 'Withdrawn' }, count: { endKind: 'withdrawn' } },
    { id: 'stopped', kind: 'count', unit: N, heading: { vi: 'Hồ sơ dừng xử lý', en: 'Stopped' }, count: { endKind: 'stopped' } },
    {
      id: 'awaitingReception.total',
      kind: 'sum',
      unit: N,
      of: ['awaitingReception.inTime', 'awaitingReception.overdue'],
      heading: { vi: 'Hồ sơ trực tuyến chờ tiếp nhận', en: 'Online, awaiting reception' },
      subheading: TOTAL,
    },
    { id: 'awaitingReception.inTime', kind: 'count', unit: N, count: { channel: 'online', reception: 'awaitingInTime' }, heading: { vi: 'Đúng hạn', en: 'Within the limit' } },
    { id: 'awaitingReception.overdue', kind: 'count', unit: N, count: { channel: 'online', reception: 'awaitingOverdue' }, heading: { vi: 'Quá hạn', en: 'Overdue' } },
  ],
  layout: [
    {
      heading: { vi: 'Số hồ sơ tiếp nhận', en: 'Received' },
      children: [
        'received.total',
        'received.direct',
        'received.onlineFull',
        'received.onlinePartial',
        'received.onlineOther',
        'received.nonBoundary',
        'received.carriedOver',
        'received.postal',
      ],
    },
    {
      heading: { vi: 'Số hồ sơ đã giải quyết', en: 'Resolved' },
      children: ['resolved.total', 'resolved.onTimeOrEarly', 'resolved.lateWithApology', 'resolved.lateWithoutApology'],
    },
    {
      heading: { vi: 'Số hồ sơ đang giải quyết', en: 'Pending' },
      children: ['pending.total', 'pending.within', 'pending.overdueWithApology', 'pending.overdueWithoutApology'],
    },
    'withdrawn',
    'stopped',
    {
      heading: { vi: 'Hồ sơ trực tuyến chờ tiếp nhận', en: 'Online, awaiting reception' },
      children: ['awaitingReception.total', 'awaitingReception.inTime', 'awaitingReception.overdue'],
    },
  ],
  identities: [
    { id: 'received = resolved + pending', left: ['received.total'], relation: '=', right: ['resolved.total', 'pending.total'] },
    { id: 'withdrawn + stopped <= resolved', left: ['withdrawn', 'stopped'], relation: '<=', right: ['resolved.total'] },
  ],
  notes: [
    {
      vi: 'Hồ sơ rút, dừng xử lý là hồ sơ đã kết thúc: tính trong số đã giải quyết và ghi riêng ở các cột cuối.',
      en: 'Withdrawn and stopped dossiers have ended: they count as resolved and are shown again in the last columns.',
    },
    {
      vi: 'Hồ sơ trực tuyến chờ tiếp nhận: đã nộp trên Cổng đến thời điểm chốt số liệu nhưng tiếp nhận sau kỳ (không tính vào số tiếp nhận); quá hạn khi quá 08 giờ làm việc kể từ khi Cổng tiếp nhận (tham số chính sách, cơ quan cần xác nhận).',
      en: 'Online, awaiting reception: submitted on the portal by the cut-off but received after the period (not among the received); overdue past 8 working hours from the portal receipt (a policy parameter the agency must confirm).',
    },
  ],
  chart: {
    caption: { vi: 'Tỷ lệ giải quyết đúng và trước hạn', en: 'On-time rate (on time or early) of resolved dossiers' },
    numerator: ['resolved.onTimeOrEarly'],
    denominator: ['resolved.total'],
  },
};
