import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import type { IndexGroupScore, IndexGroupTarget, PlanScorecard, ScorecardRow, ServiceIndexTracking } from '../../src/coverage/index';
import { evaluatePlan } from '../../src/coverage/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { formatExplanation } from '../../src/explain/index';
import { serviceIndex766 } from '../../src/index766/index';
import { scorecardWorkbook } from '../../src/outputs/index';
import { computeScorecard, scorecardMarkdown } from '../../src/cli/commands/scorecard';
import { sixDossiers } from '../index766/_fixtures';

const calendar = createCalendar();
const options = { period: { from: '2026-08-01', to: '2026-08-31' }, asOf: '2026-09-05', calendar } as const;
const DECISION = { document: 'Kế hoạch CCHC năm 2026 của Ban quản lý', article: 'mục II.3' };
const nine10 = { numerator: 9, denominator: 10 };

const card = (serviceIndex: ServiceIndexTracking): PlanScorecard => evaluatePlan({ serviceIndex }, options);
const indexRows = (c: PlanScorecard): ScorecardRow[] => c.rows.filter((r) => r.id.startsWith('indexGroup:'));
const only = (c: PlanScorecard): ScorecardRow => {
  const rows = indexRows(c);
  expect(rows).toHaveLength(1);
  return rows[0] as ScorecardRow;
};

describe('evaluatePlan: service-index group rows (issue 13)', () => {
  it('adds no row without serviceIndex', () => {
    expect(indexRows(evaluatePlan({}, options))).toEqual([]);
  });

  it("one row per tracked group, in the targets' order, just after the five provincial ranks", () => {
    const c = card({
      groups: [
        { group: 'progress', score: 18, max: 20 },
        { group: 'payment', score: 7.5, max: 10 },
        { group: 'digitisation', score: 20, max: 22 },
      ],
      targets: [
        { group: 'payment', share: { numerator: 4, denominator: 5 }, basis: DECISION },
        { group: 'progress', share: nine10, basis: DECISION },
      ],
    });
    expect(c.rows.map((r) => r.id).slice(4, 8)).toEqual(['dtiRank', 'indexGroup:payment', 'indexGroup:progress', 'officialLateShare']);
    const [payment, progress] = indexRows(c) as [ScorecardRow, ScorecardRow];
    expect(payment).toMatchObject({ section: 'I.1', measured: { kind: 'score', score: 7.5, max: 10 }, met: false });
    expect(payment.target).toMatchObject({ kind: 'indexScore', group: 'payment', max: 10, share: { numerator: 4, denominator: 5 } });
    expect(progress).toMatchObject({ measured: { kind: 'score', score: 18, max: 20 }, met: true });
    expect(progress.explanation.summary.en).toContain('18 of 20 points; target at least 90% of the maximum (20)');
    expect(progress.explanation.summary.vi).toContain('Kế hoạch CCHC năm 2026 của Ban quản lý');
    expect(progress.explanation.basis).toEqual(DECISION);
    expect(formatExplanation(progress.explanation, { locale: 'en' })).toContain('Kế hoạch CCHC năm 2026');
    expect(progress.explanation.children[0]?.basis?.article).toBe('mục I.1'); // the plan's own words
    expect(c.summary).toEqual({ met: 1, notMet: 1, notJudged: 15 });
  });

  it('is exact at the threshold: 18/20 meets 90%, 17.99 does not; a points target compares hundredths', () => {
    expect(only(card({ groups: [{ group: 'progress', score: 18, max: 20 }], targets: [{ group: 'progress', share: nine10 }] })).met).toBe(true);
    expect(only(card({ groups: [{ group: 'progress', score: 17.99, max: 20 }], targets: [{ group: 'progress', share: nine10 }] })).met).toBe(false);
    expect(only(card({ groups: [{ group: 'satisfaction', score: 15.3, max: 18 }], targets: [{ group: 'satisfaction', score: 15.3 }] })).met).toBe(true);
    expect(only(card({ groups: [{ group: 'satisfaction', score: 15.29, max: 18 }], targets: [{ group: 'satisfaction', score: 15.3 }] })).met).toBe(false);
  });

  it('a null group score is not judged and names the missing input; without a basis the target is called the agency\'s', () => {
    const r = only(card({ groups: [{ group: 'online', score: null, max: 12, missing: ['score rule NOT FOUND'] }], targets: [{ group: 'online', share: nine10 }] }));
    expect(r.measured).toBeNull();
    expect(r.met).toBeNull();
    expect(r.explanation.inputs['missing']).toEqual(['serviceIndex.groups[online].score', 'score rule NOT FOUND']);
    expect(r.explanation.summary.en).toContain('score rule NOT FOUND');
    expect(r.target.parameters[0]?.basis.note).toContain('agency must confirm');
  });

  it('a tracked group absent from groups is not judged, naming it', () => {
    const r = only(card({ groups: [], targets: [{ group: 'publication', score: 15 }] }));
    expect(r.met).toBeNull();
    expect(r.explanation.inputs['missing']).toEqual(['serviceIndex.groups[publication]']);
    expect(r.target).toMatchObject({ kind: 'indexScore', max: null, score: 15 });
  });

  it('takes serviceIndex766(...).total.groups as they are', () => {
    const index = serviceIndex766({ dossiers: sixDossiers() }, { period: '2026-08', calendar });
    const c = card({
      groups: index.total.groups,
      targets: [
        { group: 'progress', share: { numerator: 2, denominator: 3 }, basis: DECISION },
        { group: 'online', share: nine10, basis: DECISION },
      ],
      source: index.scheme.id,
    });
    const [progress, online] = indexRows(c) as [ScorecardRow, ScorecardRow];
    expect(progress).toMatchObject({ measured: { kind: 'score', score: 13.33, max: 20 }, met: false }); // 13.33 < 2/3 of 20 (13.333…)
    expect(progress.explanation.inputs['source']).toBe('qd766-portal-2026');
    expect(online.met).toBeNull();
    expect(c.issues).toEqual([]);
  });

  it('reports bad groups and targets with their paths and leaves them out', () => {
    const c = card({
      groups: [
        { group: 'progress', score: 21, max: 20 },
        { group: 'payment', score: 7.555, max: 10 },
        { group: '', score: 1, max: 2 },
        { group: 'digitisation', score: 5, max: 22 },
        { group: 'digitisation', score: 6, max: 22 },
        { group: 'publication', score: 10, max: 18 },
      ] as unknown as IndexGroupScore[],
      targets: [
        { group: 'digitisation', share: { numerator: 11, denominator: 10 } },
        { group: 'digitisation', share: nine10, score: 20 },
        { group: 'x' },
        { group: 'digitisation', share: { numerator: 1, denominator: 2 } },
        { group: 'digitisation', score: 1 },
        { group: 'publication', score: 30 },
      ] as unknown as IndexGroupTarget[],
    });
    expect(c.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['index_score_exceeds_max', 'serviceIndex.groups.0.score'],
      ['index_points_precision', 'serviceIndex.groups.1.score'],
      ['empty_string', 'serviceIndex.groups.2.group'],
      ['duplicate_id', 'serviceIndex.groups.4.group'],
      ['out_of_range', 'serviceIndex.targets.0.share'],
      ['invalid_type', 'serviceIndex.targets.1.share'],
      ['invalid_type', 'serviceIndex.targets.2.share'],
      ['duplicate_id', 'serviceIndex.targets.4.group'],
      ['index_score_exceeds_max', 'serviceIndex.targets.5.score'],
    ]);
    expect(c.issues[0]?.message).toContain('serviceIndex.groups[0].score');
    expect(indexRows(c).map((r) => [r.id, r.met])).toEqual([['indexGroup:digitisation', false]]); // 5/22 < 1/2
  });

  it('checks the basis, and reads group names as own keys only', () => {
    const c = card({
      groups: [{ group: '__proto__', score: 1, max: 2 }, { group: 'constructor', score: 2, max: 2 }],
      targets: [
        { group: '__proto__', score: 1 },
        { group: 'constructor', score: 2, basis: { document: 'QĐ 1', article: 7 } as unknown as IndexGroupTarget['basis'] },
      ],
    });
    expect(c.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', 'serviceIndex.targets.1.basis']]);
    const r = only(c);
    expect([r.id, r.met, r.title.en]).toEqual(['indexGroup:__proto__', true, 'Service index (Decision 766), group __proto__: at the agency\'s target']);
  });

  it('a malformed serviceIndex is one error; missing lists are issues', () => {
    expect(() => evaluatePlan({ serviceIndex: 'x' as unknown as ServiceIndexTracking }, options)).toThrow(ReformRulesError);
    const c = card({} as unknown as ServiceIndexTracking);
    expect(c.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['required', 'serviceIndex.groups'],
      ['required', 'serviceIndex.targets'],
    ]);
  });

  it('the markdown and the workbook print the score and the target', () => {
    const c = card({ groups: [{ group: 'progress', score: 18, max: 20 }], targets: [{ group: 'progress', share: nine10, basis: DECISION }] });
    const md = scorecardMarkdown(c, 'vi');
    expect(md).toContain('18/20 điểm');
    expect(md).toContain('≥ 90% của 20 điểm');
    expect(scorecardMarkdown(c, 'en')).toContain('| 18 of 20 points | ≥ 90% of 20 points | ✔ met |');
    expect(scorecardWorkbook(c, { date: '2026-09-05' }).byteLength).toBeGreaterThan(0);
  });

  it('the CLI plan-input JSON takes serviceIndex, and reports its bad records with their paths', () => {
    const bundle = {
      serviceIndex: {
        groups: [{ group: 'progress', score: 18, max: 20 }, { group: 'payment', score: 'x', max: 10 }],
        targets: [{ group: 'progress', share: nine10, basis: DECISION }, { group: 'payment', score: 8 }],
      },
    };
    const c = computeScorecard('plan.json', { period: '2026-08', convention: 'calendar', locale: 'en' }, bundle);
    expect(indexRows(c).map((r) => [r.id, r.met])).toEqual([['indexGroup:progress', true], ['indexGroup:payment', null]]);
    const md = scorecardMarkdown(c, 'en');
    expect(md).toContain('[serviceIndex.groups.1.score] invalid_type');
    expect(md).toContain('Not judged: missing `serviceIndex.groups[payment]`');
  });
});

const maxArb = fc.integer({ min: 1, max: 3000 }).map((h) => h / 100);
const groupArb = maxArb.chain((max) =>
  fc.record({ max: fc.constant(max), score: fc.integer({ min: 0, max: Math.round(max * 100) }).map((h) => h / 100) }),
);
const targetArb: fc.Arbitrary<Omit<IndexGroupTarget, 'group'>> = fc.oneof(
  fc.integer({ min: 1, max: 100 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ share: { numerator: n, denominator: d } }))),
  fc.integer({ min: 0, max: 3000 }).map((h) => ({ score: h / 100 })),
);

describe('evaluatePlan: service-index group rows, laws', () => {
  it('a higher group score never turns a met row into not met', () => {
    fc.assert(
      fc.property(groupArb, fc.integer({ min: 0, max: 3000 }), targetArb, ({ max, score }, bump, t) => {
        const higher = Math.min(Math.round(max * 100), Math.round(score * 100) + bump) / 100;
        if (t.score !== undefined && t.score > max) return;
        const at = (s: number) => only(card({ groups: [{ group: 'g', score: s, max }], targets: [{ group: 'g', ...t }] })).met;
        const low = at(score);
        const high = at(higher);
        expect(typeof low).toBe('boolean');
        if (low === true) expect(high).toBe(true);
      }),
    );
  });

  it('a null score is never met, and is judged exactly when the score is given', () => {
    fc.assert(
      fc.property(groupArb, fc.boolean(), targetArb, ({ max, score }, isNull, t) => {
        if (t.score !== undefined && t.score > max) return;
        const r = only(card({ groups: [{ group: 'g', score: isNull ? null : score, max, missing: ['x'] }], targets: [{ group: 'g', ...t }] }));
        if (isNull) {
          expect(r.met).toBeNull();
          expect(r.measured).toBeNull();
        } else {
          expect(typeof r.met).toBe('boolean');
          expect(r.measured).toEqual({ kind: 'score', score, max });
        }
      }),
    );
  });
});
