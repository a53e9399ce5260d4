import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { renderTable } from '../../src/cli/commands/peopleTable';
import { reportCommand } from '../../src/cli/commands/report';
import type { ReportCommandOptions } from '../../src/cli/commands/report';
import { reportSummary, SUMMARY_WIDTH } from '../../src/cli/commands/reportSummary';
import type { Output } from '../../src/cli/output';
import { parsePeriod, resolutionReport } from '../../src/report/index';

const sample = join(import.meta.dirname, '..', '..', 'examples', 'data', 'sample.json');

/** An in-process Output: a fake terminal (or a pipe) that keeps what is written. */
function capture(terminal: boolean): Output & { text: () => string } {
  const chunks: string[] = [];
  return { terminal, line: (t) => chunks.push(`${t}\n`), write: (t) => chunks.push(t), progress: () => undefined, flushTo: () => undefined, bytes: () => undefined, text: () => chunks.join('') };
}

const base: ReportCommandOptions = { period: '2025-Q1', convention: 'decree09', by: 'department', format: undefined, locale: 'vi', procedures: undefined };

describe('report on a terminal', () => {
  it('prints a per-unit summary within 100 columns and says how to get the full form', async () => {
    const out = capture(true);
    expect(await reportCommand(sample, base, out)).toBe(0);
    const text = out.text();
    const lines = text.split('\n');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(SUMMARY_WIDTH);
    expect(text).toContain('Tóm tắt kết quả giải quyết TTHC: Quý I năm 2025');
    expect(text).toContain('Thời gian chốt số liệu: 15/12/2024 – 14/03/2025; số liệu tính đến 14/03/2025');
    for (const h of ['Nhận', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trong hạn', 'Tỷ lệ', 'đúng hạn', 'Đã giải quyết', 'Đang giải quyết']) expect(text).toContain(h);
    // The demo's total: 190 received; 146 early, 7 on time, 8 late; 29 within, 0 overdue; 153/161 = 95,0%.
    expect(lines.find((l) => l.includes('Tổng cộng'))?.split(/\s+/).filter(Boolean)).toEqual(['Tổng', 'cộng', '190', '146', '7', '8', '29', '0', '95,0%']);
    expect(lines.filter((l) => /^\s+\d+ Phòng/.test(l))).toHaveLength(4);
    expect(text).toContain('--format md|csv|json|html');
    expect(text).not.toContain('|---');
  });

  it('keeps the full form when piped, or when a format is asked for on a terminal', async () => {
    const piped = capture(false);
    await reportCommand(sample, base, piped);
    expect(piped.text()).toContain('| STT | Đơn vị | Số hồ sơ nhận giải quyết |');
    const asked = capture(true);
    await reportCommand(sample, { ...base, format: 'md' }, asked);
    expect(asked.text()).toBe(piped.text());
    const csv = capture(true);
    await reportCommand(sample, { ...base, format: 'csv', bom: true, dialect: 'excel-vi' }, csv);
    expect(csv.text().startsWith('\uFEFFSTT;Đơn vị;')).toBe(true);
  });

  it('prints the summary in English, the portal form too (its late counts summed, early/on time not separated)', async () => {
    const en = capture(true);
    await reportCommand(sample, { ...base, locale: 'en', form: 'portal-summary' }, en);
    expect(en.text()).toContain('Summary of TTHC results');
    expect(en.text()).toContain('On-time');
    for (const l of en.text().split('\n')) expect([...l].length).toBeLessThanOrEqual(SUMMARY_WIDTH);
    const total = en.text().split('\n').find((l) => l.includes('Total'))?.split(/\s+/).filter(Boolean);
    expect(total).toEqual(['Total', '190', '—', '—', '8', '29', '0', '95.0%']);
  });

  it('fits 100 columns whatever the unit names (property)', () => {
    const records = ['A', 'B', 'C'].map((d, i) => ({ id: `HS-${i}`, procedureId: 'P', departmentId: d, channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 2 }));
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 3, maxLength: 3 }), fc.constantFrom('vi' as const, 'en' as const), (names, locale) => {
        const r = resolutionReport(records, { period: parsePeriod('2025-Q1'), calendar: createCalendar(), names: { A: names[0] as string, B: names[1] as string, C: names[2] as string } });
        const text = reportSummary(r, locale, ['md', 'csv', 'json', 'html']);
        for (const l of text.split('\n')) expect([...l].length).toBeLessThanOrEqual(SUMMARY_WIDTH);
        expect(text.split('\n').filter((l) => /^\s+\d /.test(l))).toHaveLength(3);
      }),
    );
  });
});

describe('CSV tables of the people-side commands', () => {
  it('neutralise text that could start a formula and keep numbers, negative ones included', () => {
    const csv = renderTable('csv', 't', ['Official', 'Points'], [['=cmd|calc', '-5'], ['@SUM(A1)', '12.5'], ['-x', '+3']], []);
    expect(csv).toBe("Official,Points\n'=cmd|calc,-5\n'@SUM(A1),12.5\n'-x,'+3\n");
  });
});
