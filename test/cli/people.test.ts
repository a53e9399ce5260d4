/**
 * The people-side commands (rating, rotation, scoring), run in-process on the example data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratingCommand } from '../../src/cli/commands/rating';
import { rotationCommand } from '../../src/cli/commands/rotation';
import { scoringCommand } from '../../src/cli/commands/scoring';
import type { Output } from '../../src/cli/output';
import { scoringSchemeJSONSchema } from '../../src/scoring/index';

const data = join(import.meta.dirname, '..', '..', 'examples', 'data');

function capture(): Output & { text: () => string } {
  const chunks: string[] = [];
  return { line: (t) => chunks.push(`${t}\n`), write: (t) => chunks.push(t), bytes: () => undefined, progress: () => undefined, flushTo: () => undefined, text: () => chunks.join('') };
}

describe('reform-rules rating', () => {
  it('prints the level each official may receive with the reasons, in md, csv and json', () => {
    const md = capture();
    expect(ratingCommand(join(data, 'officials-2026.json'), { period: '2026', locale: 'vi', format: 'md' }, md)).toBe(0);
    expect(md.text()).toContain('## Xếp loại chất lượng CCVC, kỳ 2026');
    expect(md.text()).toMatch(/\| cv-qldt-04 \| P-QLDT \| nd335-2025 \| 100 \| Hoàn thành xuất sắc nhiệm vụ \| Hoàn thành nhiệm vụ \|/);
    const csv = capture();
    ratingCommand(join(data, 'officials-2026.json'), { period: '2026', locale: 'en', format: 'csv' }, csv);
    expect(csv.text().split('\n')[0]).toBe('Official,Unit,Regime,Points,Level by points,Level allowed,Reasons');
    const json = capture();
    ratingCommand(join(data, 'officials-2026.json'), { period: '2026', locale: 'en', format: 'json' }, json);
    const parsed = JSON.parse(json.text()) as { evaluations: unknown[]; rejected: unknown[]; limits: { decisions: { level: string | null }[] } };
    expect(parsed.evaluations.length + parsed.rejected.length).toBe(9);
    expect(parsed.limits.decisions).toHaveLength(parsed.evaluations.length);
  });

  it('needs --period', () => {
    expect(() => ratingCommand(join(data, 'officials-2026.json'), { period: undefined, locale: 'en', format: 'md' }, capture())).toThrow(/--period/);
  });
});

describe('reform-rules rotation', () => {
  it('prints the rotation schedule with each status and basis', () => {
    const md = capture();
    expect(rotationCommand(join(data, 'rotation-assignments.json'), { asOf: '2026-12-01', locale: 'vi', format: 'md' }, md)).toBe(0);
    expect(md.text()).toContain('| cv-qldt-01 | cap-phep | 2021-03-15 | 2024-03-15 | 2026-03-15 | Quá hạn | Thông tư 41/2024/TT-BCT |');
    expect(md.text()).toContain('Không thực hiện: Còn dưới 18 tháng đến tuổi nghỉ hưu');
    const csv = capture();
    rotationCommand(join(data, 'rotation-assignments.json'), { asOf: '2026-12-01', locale: 'en', format: 'csv' }, csv);
    expect(csv.text().split('\n')).toHaveLength(7);
    expect(() => rotationCommand(join(data, 'rotation-assignments.json'), { asOf: undefined, locale: 'en', format: 'md' }, capture())).toThrow(/--as-of/);
  });
});

describe('reform-rules scoring', () => {
  it('scores, ranks and grades the units on the example scheme', () => {
    const md = capture();
    expect(scoringCommand(join(data, 'scoring-scheme-example.json'), join(data, 'scoring-inputs-2026.json'), { period: '2026', locale: 'vi', format: 'md' }, md)).toBe(0);
    expect(md.text()).toContain('VÍ DỤ quy chế chấm điểm CCHC');
    expect(md.text()).toMatch(/\| 1 \| P-QLDT \|/);
    const json = capture();
    scoringCommand(join(data, 'scoring-scheme-example.json'), join(data, 'scoring-inputs-2026.json'), { period: '2026', locale: 'en', format: 'json' }, json);
    const parsed = JSON.parse(json.text()) as { units: { rank: number }[] };
    expect(parsed.units.map((u) => u.rank)).toEqual([1, 2, 3]);
  });

  it('keeps the committed JSON Schema of schemes in step with the code', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schemas', 'ScoringScheme.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(scoringSchemeJSONSchema());
  });
});
