/**
 * How to add a reader as one file: this test defines a reader for a small fixed-width register
 * export (one dossier per line: id, procedure, department, reception date and time) on top of
 * readCsv-free line reading, yields the library's ReadRecord values, and feeds them through the one
 * road (the ingest inside a report accumulator). A reader of your own is this one function in a
 * file of its own (see docs/architecture.md, "Add a reader").
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { readJsonLines } from '../../src/io/index';
import type { ReadRecord, ReaderSource } from '../../src/io/index';
import { createReportAccumulator, parsePeriod } from '../../src/report/index';

/**
 * The reader: each line `ID(10) PROC(8) DEPT(6) dd/MM/yyyy HH:mm` becomes a candidate dossier record
 * (the counter's own book: every entry was received in person); a line of the wrong length is a rejected record with its line.
 * It reuses the library's line splitting and decoding by reading each line as a JSON string.
 */
async function* readFixedWidthRegister(source: string): AsyncGenerator<ReadRecord<unknown>> {
  const asJson = source
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.stringify(l))
    .join('\n');
  for await (const r of readJsonLines(asJson as ReaderSource)) {
    if (!r.ok) {
      yield r;
      continue;
    }
    const text = r.value as string;
    const m = /^(.{10}) (.{8}) (.{6}) (\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(text);
    if (m === null) {
      yield { ok: false, line: r.line, input: text, issues: [{ code: 'csv_field_count', path: [r.line], message: `line ${r.line}: not a register line`, received: text }] };
      continue;
    }
    const [, id, proc, dept, dd, mm, yyyy, hh, mi] = m as unknown as string[];
    yield {
      ok: true,
      line: r.line,
      value: { id: id?.trim(), procedureId: proc?.trim(), departmentId: dept?.trim(), channel: 'direct', receivedAt: `${yyyy}-${mm}-${dd}T${hh}:${mi}:00+07:00`, processingDays: 5 },
    };
  }
}

describe('a reader added as one file', () => {
  it('feeds the one road: read, ingest (validation, duplicates), report', async () => {
    const text = [
      'HS-0000001 DT-01    QLDT   03/03/2025 09:00',
      'HS-0000002 DT-01    QLDT   04/03/2025 14:30',
      'garbage',
      'HS-0000001 DT-01    QLDT   05/03/2025 08:00',
      'HS-0000003 DT-02    QLDT   31/02/2025 08:00',
    ].join('\n');
    const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar: createCalendar() });
    let n = 0;
    for await (const r of readFixedWidthRegister(text)) {
      if (r.ok) acc.add(r.value, n, r.line);
      else acc.addRejected({ index: n, line: r.line, input: r.input, issues: r.issues });
      n += 1;
    }
    const report = acc.result();
    expect(report.inputs).toBe(5);
    expect(report.total.received.total).toBe(2);
    expect(report.rejected.map((x) => [x.line, x.issues[0]?.code])).toEqual([
      [3, 'csv_field_count'],
      [4, 'duplicate_id'],
      [5, 'invalid_instant'],
    ]);
  });

  it("lists a dossier whose source did not record the channel as rejected, never counted under a guessed channel", () => {
    const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar: createCalendar() });
    acc.add({ id: 'HS-9', procedureId: 'P1', departmentId: 'QLDT', channel: 'unknown', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 5 });
    const report = acc.result();
    expect(report.total.received.total).toBe(0);
    expect(report.rejected.map((x) => x.issues[0]?.code)).toEqual(['channel_not_recorded']);
  });
});
