/**
 * `--format xlsx` of the commands, run in-process on the example data: `--out` required, the
 * agency profile of `--profile` validated, the workbooks readable with the project's own reader.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/commands/demo';
import { ratingCommand } from '../../src/cli/commands/rating';
import { reportCommand } from '../../src/cli/commands/report';
import { rotationCommand } from '../../src/cli/commands/rotation';
import { scorecardCommand } from '../../src/cli/commands/scorecard';
import { scoringCommand } from '../../src/cli/commands/scoring';
import type { Output } from '../../src/cli/output';
import { mergesOf, rowsOf } from './_helpers';

const data = join(import.meta.dirname, '..', '..', 'examples', 'data');
const tmp = mkdtempSync(join(tmpdir(), 'rr-outxlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const profileFile = join(tmp, 'agency.json');
writeFileSync(profileFile, JSON.stringify({ unitName: 'UBND xã Minh Tân', place: 'Minh Tân', signers: { head: 'Nguyễn Văn A' } }));

function capture(): Output & { data: () => Uint8Array | undefined; text: () => string } {
  let bin: Uint8Array | undefined;
  const chunks: string[] = [];
  return { line: (t) => chunks.push(`${t}\n`), write: (t) => chunks.push(t), bytes: (b) => { bin = b; }, progress: () => undefined, flushTo: () => undefined, data: () => bin, text: () => chunks.join('') };
}

const texts = async (bytes: Uint8Array | undefined) => (await rowsOf(bytes as Uint8Array)).map((r) => r.cells.filter((c) => c !== null).join(' | '));
const flags = { out: join(tmp, 'x.xlsx'), profile: profileFile };

describe('--format xlsx', () => {
  it('report writes the Biểu 06 workbook with the agency profile', async () => {
    const out = capture();
    const code = await reportCommand(join(data, 'sample.json'), { period: '2025-Q1', convention: 'decree09', by: 'department', format: 'xlsx', locale: 'vi', procedures: undefined, ...flags }, out);
    expect(code).toBe(0);
    const t = await texts(out.data());
    expect(t[0]).toBe('Đơn vị báo cáo: UBND xã Minh Tân | Biểu số 06/VPCP/KSTT');
    expect(t).toContain('Minh Tân, ngày …… tháng …… năm ……');
    expect(mergesOf(out.data() as Uint8Array)).toContain('C5:F5');
  });

  it('refuses xlsx without --out, before reading anything', async () => {
    const base = { period: '2025-Q1', convention: 'decree09' as const, by: 'department' as const, format: 'xlsx' as const, locale: 'en' as const, procedures: undefined };
    await expect(reportCommand('does-not-exist.json', base, capture())).rejects.toThrow(/--out file\.xlsx/);
    expect(() => scorecardCommand(join(data, 'sample.json'), { period: '2025', convention: 'decree09', locale: 'en', format: 'xlsx' }, capture())).toThrow(/never written to the terminal or stdout/);
    expect(() => ratingCommand(join(data, 'officials-2026.json'), { period: '2026', locale: 'en', format: 'xlsx', out: '-' }, capture())).toThrow(/--out/);
  });

  it('refuses an invalid agency profile, naming the field', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ place: 'Minh Tân', signer: 'x' }));
    expect(() => rotationCommand(join(data, 'rotation-assignments.json'), { asOf: '2026-12-01', locale: 'en', format: 'xlsx', out: flags.out, profile: bad }, capture())).toThrow(/agency profile: .*signer.*unitName|agency profile: .*unitName/);
  });

  it('scorecard, rating, rotation and scoring write workbooks', async () => {
    const card = capture();
    scorecardCommand(join(data, 'sample.json'), { period: '2025', convention: 'decree09', locale: 'vi', format: 'xlsx', ...flags }, card);
    expect((await texts(card.data()))[1]).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH');
    const rating = capture();
    ratingCommand(join(data, 'officials-2026.json'), { period: '2026', locale: 'vi', format: 'xlsx', ...flags }, rating);
    const ratingRows = await rowsOf(rating.data() as Uint8Array);
    expect(ratingRows[4]?.cells).toEqual(['STT', 'Mã CCVC', 'Đơn vị', 'Văn bản', 'Tổng điểm', 'Mức theo điểm', 'Mức được xếp', 'Lý do']);
    expect(ratingRows.some((r) => r.cells[1] === 'cv-qldt-04' && r.cells[4] === 100)).toBe(true);
    const rotation = capture();
    rotationCommand(join(data, 'rotation-assignments.json'), { asOf: '2026-12-01', locale: 'vi', format: 'xlsx', ...flags }, rotation);
    expect((await texts(rotation.data()))[1]).toBe('LỊCH CHUYỂN ĐỔI VỊ TRÍ CÔNG TÁC');
    const scoring = capture();
    scoringCommand(join(data, 'scoring-scheme-example.json'), join(data, 'scoring-inputs-2026.json'), { period: '2026', locale: 'vi', format: 'xlsx', ...flags }, scoring);
    const scoringRows = await rowsOf(scoring.data() as Uint8Array);
    expect(scoringRows[4]?.cells[0]).toBe('Hạng');
    expect(typeof scoringRows[6]?.cells[0]).toBe('number');
    for (const w of [card, rating, rotation, scoring]) expect((await texts(w.data())).filter((x) => x !== '').at(-1)).toBe('Nguyễn Văn A');
  });

  it('the demo also writes out/report-2025-Q1.xlsx and out/scorecard-2025.xlsx', async () => {
    const dir = join(tmp, 'out');
    expect(demoCommand({ data: join(data, 'sample.json'), outDir: dir, locale: 'vi' }, capture())).toBe(0);
    const report = await rowsOf(new Uint8Array(readFileSync(join(dir, 'report-2025-Q1.xlsx'))));
    expect(report[0]?.cells.at(-1)).toBe('Biểu số 06/VPCP/KSTT');
    const card = await rowsOf(new Uint8Array(readFileSync(join(dir, 'scorecard-2025.xlsx'))));
    expect(card[4]?.cells[0]).toBe('STT');
  });
});
