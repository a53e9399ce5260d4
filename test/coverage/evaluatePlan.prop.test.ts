import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import type { PlanInput, ScorecardRowId } from '../../src/coverage/index';
import { evaluatePlan, parGrades } from '../../src/coverage/index';
import { feedbackListArb } from '../arbitraries/feedback';
import { officialDocumentListArb } from '../arbitraries/officialDocument';
import { petitionListArb } from '../arbitraries/petition';
import { vnInstantArb } from '../arbitraries/petitionDates';
import { planTaskListArb } from '../arbitraries/planTask';
import { procedureArb } from '../arbitraries/procedure';
import { expectShare } from './_ratio';

const calendar = createCalendar();
const officialIds = ['cv01', 'cv02', 'cv03'];
const options = { period: { from: '2025-01-01', to: '2025-12-31' }, asOf: '2026-01-15', calendar } as const;

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const lateCountsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { maxLength: 5 })
  .map((pairs) => pairs.map(([a, b], i) => ({ id: `k${i}`, handled: Math.max(a, b), late: Math.min(a, b) })));
const rankArb = opt(fc.integer({ min: 1, max: 63 }));

const inputArb: fc.Arbitrary<PlanInput> = fc.record({
  officialLateCounts: opt(lateCountsArb),
  departmentLateCounts: opt(lateCountsArb),
  evaluations: opt(fc.constant([])),
  dossiers: opt(
    fc.array(
      fc.record({ channel: fc.constantFrom('direct' as const, 'online' as const, 'postal' as const), receivedAt: vnInstantArb('2025-01-01', '2025-12-31') }),
      { maxLength: 10 },
    ),
  ),
  feedback: opt(feedbackListArb(officialIds, 10)),
  officials: opt(fc.constant(officialIds.map((id) => ({ id, name: id, departmentId: 'VP' })))),
  procedures: opt(fc.array(procedureArb(fc.constantFrom('P1', 'P2', 'P3')), { maxLength: 5 })),
  documents: opt(officialDocumentListArb(10)),
  petitions: opt(petitionListArb(8)),
  tasks: opt(planTaskListArb(4)),
  agencyParGrade: opt(fc.constantFrom(...parGrades)),
  provincialIndexRanks: opt(fc.record({ parIndex: rankArb, pci: rankArb, papi: rankArb, ictIndex: rankArb, dti: rankArb })),
});

/** Whether the input a row needs was given. */
function given(input: PlanInput, id: ScorecardRowId): boolean {
  const ranks = input.provincialIndexRanks;
  switch (id) {
    case 'parIndexRank':
      return ranks?.parIndex !== undefined;
    case 'pciRank':
      return ranks?.pci !== undefined;
    case 'papiRank':
      return ranks?.papi !== undefined;
    case 'ictIndexRank':
      return ranks?.ictIndex !== undefined;
    case 'dtiRank':
      return ranks?.dti !== undefined;
    case 'officialLateShare':
      return input.officialLateCounts !== undefined || input.evaluations !== undefined;
    case 'departmentLateShare':
      return input.departmentLateCounts !== undefined || input.evaluations !== undefined;
    case 'satisfaction':
      return input.feedback !== undefined && input.officials !== undefined;
    case 'agencyParGrade':
      return input.agencyParGrade !== undefined;
    case 'petitionsOnTime':
      return input.petitions !== undefined;
    case 'onlineServiceCoverage':
      return input.procedures !== undefined;
    case 'onlineMainChannel':
      return input.dossiers !== undefined || input.evaluations !== undefined;
    case 'tasksSingleLead':
    case 'tasksOnTime':
      return input.tasks !== undefined;
    case 'rotationAsDue':
      return input.rotation !== undefined;
    case 'electronicDocuments':
      return input.documents !== undefined;
    default:
      // `indexGroup:<group>`: judged when the group is given with a score.
      return input.serviceIndex?.groups.some((g) => `indexGroup:${g.group}` === id && g.score !== null) ?? false;
  }
}

describe('evaluatePlan', () => {
  it('a scorecard row is null exactly when its input is missing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const card = evaluatePlan(input, options);
        expect(card.rows).toHaveLength(15);
        for (const row of card.rows) {
          expect({ id: row.id, judged: row.met !== null }).toEqual({ id: row.id, judged: given(input, row.id) });
          expect(row.measured === null).toBe(row.met === null);
        }
      }),
    );
  });

  it('keeps every measured share within [0, 1] as an exact ratio', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const card = evaluatePlan(input, options);
        for (const row of card.rows) {
          if (row.measured?.kind === 'share') expectShare(row.measured.share);
          if (row.measured?.kind === 'overCap') {
            expect(row.measured.over).toBeGreaterThanOrEqual(0);
            expect(row.measured.over).toBeLessThanOrEqual(row.measured.of);
          }
        }
        expect(card.summary.met + card.summary.notMet + card.summary.notJudged).toBe(15);
      }),
    );
  });
});
