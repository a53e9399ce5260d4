/** The example of docs/reports.md: a few dossiers of two departments in Q1 2025 (Decree 09 window). */
export const DOC_RECORDS: unknown[] = [
  { id: 'HS-001', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'online', onlineLevel: 'full', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3, events: [{ type: 'processed', at: '2025-01-08T10:00:00+07:00' }] },
  { id: 'HS-002', procedureId: 'CT-01', departmentId: 'VP', channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 0, events: [{ type: 'processed', at: '2025-01-06T15:00:00+07:00' }] },
  { id: 'HS-003', procedureId: 'DT-02', departmentId: 'QLDT', channel: 'postal', receivedAt: '2025-02-03T09:00:00+07:00', processingDays: 1, events: [{ type: 'apology', at: '2025-02-03T15:00:00+07:00' }, { type: 'processed', at: '2025-02-10T09:00:00+07:00' }] },
  { id: 'HS-004', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'direct', receivedAt: '2024-12-10T09:00:00+07:00', processingDays: 2 },
  { id: 'HS-005', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'online', onlineLevel: 'partial', receivedAt: '2025-03-10T09:00:00+07:00', processingDays: 10 },
  { id: 'HS-006', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'direct', receivedAt: '2025-02-10T09:00:00+07:00', processingDays: 5, events: [{ type: 'withdrawn', at: '2025-02-11T09:00:00+07:00' }] },
  { id: 'HS-007', procedureId: 'CT-01', departmentId: 'VP', channel: 'direct', receivedAt: '2024-12-12T09:00:00+07:00', processingDays: 3, events: [{ type: 'processed', at: '2024-12-16T10:00:00+07:00' }] },
  { id: 'HS-008', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'direct', receivedAt: '2025-03-15T09:00:00+07:00', processingDays: 5 },
  { id: 'HS-009', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'fax', receivedAt: '2025-03-03T09:00:00+07:00' },
];

/** Display names of the departments. */
export const DOC_NAMES = { QLDT: 'Phòng Quản lý đầu tư', VP: 'Văn phòng (Bộ phận một cửa)' };
