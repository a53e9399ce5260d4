/**
 * The plan-scorecard row "rotation carried out as due" (plan II.5), from a rotation schedule.
 * @internal
 * @module
 */
import type { CivilDate } from '../calendar/WorkCalendar';
import type { Ratio } from '../metrics/ratio';
import type { RotationSchedule } from '../rotation/rotationSchedule';
import type { ScorecardRow } from './PlanScorecard';
import { fixedParameter, planBasis, shareTargetExplanation } from './_explain';
import { meetsShare, share } from './_share';

const ROTATION_BASIS = planBasis('mục II.5', '«Thực hiện luân chuyển, chuyển đổi vị trí công tác đối với CCVC theo quy định»; read as every move that fell due made by its due date (exempt officials left out); the plan gives no share.');

/**
 * @internal The row: of the moves that fell due by the schedule's day (moved, or past the due date),
 * the share made by the due date. Exempt officials are left out, with their count.
 */
export function rotationRow(schedule: RotationSchedule, at: CivilDate): ScorecardRow {
  const targetUse = fixedParameter<Ratio>('rotationAsDueTarget', { numerator: 1, denominator: 1 }, at, ROTATION_BASIS);
  const judged = schedule.entries.filter((e) => e.status === 'moved' || e.status === 'overdue');
  const onTime = judged.filter((e) => e.movedOnTime === true).length;
  const s = share(onTime, judged.length);
  const met = meetsShare(s, targetUse.value, 'gte');
  return {
    id: 'rotationAsDue',
    section: 'II.5',
    title: { vi: 'Luân chuyển, chuyển đổi vị trí công tác đúng hạn theo quy định', en: 'Rotation of officials carried out as due' },
    measured: { kind: 'share', share: s },
    target: { kind: 'share', value: targetUse.value, comparison: 'gte', parameters: [targetUse] },
    met,
    explanation: shareTargetExplanation({
      rule: 'coverage.plan.rotationAsDue',
      what: { vi: 'Chuyển đổi vị trí công tác đã đến hạn được thực hiện đúng hạn', en: 'Moves that fell due made by their due date' },
      share: s,
      target: targetUse,
      comparison: 'gte',
      met,
      inputs: { asOf: schedule.asOf, assignments: schedule.entries.length },
      outcome: { overdue: schedule.entries.filter((e) => e.status === 'overdue').map((e) => e.officialId), exempt: schedule.summary.exempt, dueSoon: schedule.summary.dueSoon },
    }),
  };
}
