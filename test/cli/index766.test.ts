/**
 * `reform-rules index766` and `reform-rules compare`, run in-process on the example data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/commands/compare';
import { index766Command } from '../../src/cli/commands/index766';
import type { Output } from '../../src/cli/output';

const dir = join(import.meta.dirname, '..', '..', 'examples', '10-index766');
const file = join(dir, 'dossiers-2026-08.json');

function capture(): Output & { text: () => string } {
  const chunks: string[] = [];
  return { line: (t) => chunks.push(`${t}\n`), write: (t) => chunks.push(t), progress: () => undefined, flushTo: () => undefined, bytes: () => undefined, text: () => chunks.join('') };
}

const base = { period: '2026-08', locale: 'en' as const, portal: undefined, counting: 'portal766' as const, by: 'department' as const };

describe('reform-rules index766', () => {
  it('prints the index of a month in md, csv and json', async () => {
    const md = capture();
    expect(await index766Command(file, { ...base, format: 'md' }, md)).toBe(0);
    expect(md.text()).toContain('| 2.1 | Dossiers handled early, on time or pending within the deadline | 34 | 50 | 68.00% | 13.6 | 20 |');
    const csv = capture();
    await index766Command(file, { ...base, format: 'csv', locale: 'vi' }, csv);
    expect(csv.text().split('\n')[0]).toBe('Đơn vị,Mã,Chỉ số,Tử số,Mẫu số,Điểm,Tối đa,thiếu');
    const json = capture();
    await index766Command(file, { ...base, format: 'json' }, json);
    expect((JSON.parse(json.text()) as { counted: number }).counted).toBe(50);
  });

  it('reconciles with a portal response given with --portal', async () => {
    const md = capture();
    await index766Command(file, { ...base, format: 'md', portal: join(dir, 'portal-progress-2026-08.json') }, md);
    expect(md.text()).toContain('| STP | 2.1 | 12 | 13 | 18.46 | 12 | 14 | 17.14 | 0 | -1 | 1.32 |');
    const json = capture();
    await index766Command(file, { ...base, format: 'json', portal: join(dir, 'portal-satisfaction-2026-08.json') }, json);
    expect((JSON.parse(json.text()) as { reconciliation: { differences: number } }).reconciliation.differences).toBe(0);
  });

  it('fails with a usage error without --period, and names the field of a malformed portal file', async () => {
    await expect(index766Command(file, { ...base, period: undefined, format: 'md' }, capture())).rejects.toThrow(/--period/);
    await expect(index766Command(file, { ...base, format: 'md', portal: file }, capture())).rejects.toThrow(/:1: data: expected "an object"/);
  });
});

describe('reform-rules compare', () => {
  it('lists the dossiers whose outcome differs between two conventions, with the rule', async () => {
    const md = capture();
    expect(await compareCommand(file, { counting: 'portal766', against: 'dateLevel', asOf: undefined, period: '2026-08', format: 'md', locale: 'en' }, md)).toBe(0);
    expect(md.text()).toContain('## Counting conventions compared: portal766 and dateLevel');
    const json = capture();
    await compareCommand(file, { counting: 'portal766', against: 'workingDays', asOf: '2026-08-31', period: undefined, format: 'json', locale: 'en' }, json);
    const c = JSON.parse(json.text()) as { compared: number; a: { id: string } };
    expect([c.compared, c.a.id]).toEqual([51, 'portal766']);
    await expect(compareCommand(file, { counting: 'portal766', against: 'dateLevel', asOf: undefined, period: undefined, format: 'md', locale: 'en' }, capture())).rejects.toThrow(/--as-of/);
  });
});
