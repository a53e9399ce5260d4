/**
 * Example 11: read a one-stop system's Excel export (.xlsx) with Vietnamese headers, Excel date
 * cells and a personal-data column, streamed; then validate through the one ingest step.
 *
 * The workbook is written here with the library's own writer (a constructed export).
 */
import assert from 'node:assert/strict';
import { createDossierIngest } from 'reform-rules';
import { readDossierXlsx } from 'reform-rules/io';
import { writeWorkbook } from 'reform-rules/xlsx';

const bytes = writeWorkbook({
  sheets: [{
    name: 'Sổ theo dõi',
    rows: [
      ['STT', 'Số hồ sơ', 'Mã TTHC', 'Phòng ban', 'Hình thức nộp', 'Ngày tiếp nhận', 'Hẹn trả kết quả', 'Ngày có kết quả', 'Chủ hồ sơ'],
      [1, 'HS-0001', 'XD-01', 'QLDT', 'Trực tuyến', { date: '2024-12-17T10:53' }, { date: '2024-12-24T17:00' }, { date: '2024-12-20T09:00' }, 'Nguyễn Văn A'],
      [2, 'HS-0002', 'XD-01', 'QLDT', 'Trực tiếp', '17/12/2024 14:00', '24/12/2024 17:00', null, 'Trần Thị B'],
      [3, 'HS-0003', 'XD-01', 'QLDT', null, '18/12/2024', '25/12/2024', null, 'Lê Văn C'],
    ],
  }],
});

const ingest = createDossierIngest({ locale: 'vi' });
const channels: string[] = [];
for await (const r of readDossierXlsx(bytes, { locale: 'vi' })) {
  assert.ok(r.ok);
  const d = ingest.accept(r.value, { index: r.line - 2, line: r.line });
  assert.ok(d.ok);
  channels.push(d.value.channel);
  console.log(`${d.value.id}: ${d.value.channel}, tiếp nhận ${d.value.receivedAt}`);
}
// An empty channel cell is "not recorded": 'unknown', never a guess.
assert.deepEqual(channels, ['online', 'direct', 'unknown']);
