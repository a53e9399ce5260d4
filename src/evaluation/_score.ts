/**
 * The arithmetic of Nghị định 335/2025 Điều 14–17 and 20, exact, with the explanation of each part.
 * @internal
 * @module
 */
import { add, cmp, div, int, minR, mul, subFloor, sum, toPoints } from '../_lib/rational';
import type { Locale } from '../errors/messages/index';
import { createExplanation } from '../explain/Explanation';
import type { Explanation, LocalizedText } from '../explain/Explanation';
import { formatBasis } from '../explain/formatBasis';
import { formatPercent } from '../explain/formatShare';
import type { Ratio } from '../metrics/ratio';
import type { ParameterUse } from '../policy/Policy';
import { ratingLabels } from '../rating/RatingLevel';
import type { RatingLevel } from '../rating/RatingLevel';
import type { PeriodPoints, TaskComponents } from './OfficialEvaluation';
import type { DeriveParams } from './_derive';
import type { Period, Task } from './_read';

/** @internal The parameters one evaluation reads. */
export interface ScoreParams {
  readonly generalMax: ParameterUse<number>;
  readonly taskMax: ParameterUse<number>;
  readonly deduction: ParameterUse<Ratio>;
  readonly excellentFrom: ParameterUse<number>;
  readonly goodFrom: ParameterUse<number>;
  readonly completedFrom: ParameterUse<number>;
  readonly dossierWeight: Ratio | null;
  /** The parameters of the units computed from the library's results. */
  readonly derive: DeriveParams;
}

/** @internal Points as text: 92,5 (vi) or 92.5 (en), rounded half up to two decimals. */
export function pointsText(r: Ratio, locale: Locale): string {
  const s = String(toPoints(r));
  return locale === 'vi' ? s.replace('.', ',') : s;
}

function weighted(tasks: readonly Task[], credit: (t: Task) => Ratio): { num: Ratio; den: Ratio } {
  return { num: sum(tasks.map((t) => mul(credit(t), t.weight))), den: sum(tasks.map((t) => t.weight)) };
}

/** @internal a, b, c (and d, đ, e) of one period. */
export function components(p: Period, s: ScoreParams): TaskComponents {
  const ded = s.deduction.value;
  const one = int(1);
  const a = weighted(p.tasks, (t) => t.quantity);
  const b = weighted(p.tasks, (t) => subFloor(t.quality, mul(ded, int(t.rework))));
  const c = weighted(p.tasks, (t) => subFloor(t.onTime, mul(ded, int(t.delay))));
  let cNum = c.num;
  let cDen = c.den;
  if (s.dossierWeight !== null && p.dossiers !== null && p.dossiers.handled > 0) {
    cNum = add(cNum, mul(int(p.dossiers.handled - p.dossiers.late), s.dossierWeight));
    cDen = add(cDen, mul(int(p.dossiers.handled), s.dossierWeight));
  }
  const base = { quantity: minR(one, div(a.num, a.den)), quality: minR(one, div(b.num, b.den)), timeliness: minR(one, div(cNum, cDen)) };
  return p.leader === null ? base : { ...base, unitResult: p.leader.d, organising: p.leader.dd, unity: p.leader.e };
}

/** @internal The points of one period. */
export function periodPoints(p: Period, s: ScoreParams): PeriodPoints {
  const c = components(p, s);
  const parts = [c.quantity, c.quality, c.timeliness, ...(c.unitResult === undefined ? [] : [c.unitResult, c.organising as Ratio, c.unity as Ratio])];
  const taskResults = mul(div(sum(parts), int(parts.length)), int(s.taskMax.value));
  return { general: p.general, taskResults, total: add(p.general, taskResults), components: c };
}

/** @internal The band of a total, compared exactly (89.995 is below 90). */
export function bandOf(total: Ratio, s: ScoreParams): RatingLevel {
  if (cmp(total, int(s.excellentFrom.value)) >= 0) return 'excellent';
  if (cmp(total, int(s.goodFrom.value)) >= 0) return 'good';
  if (cmp(total, int(s.completedFrom.value)) >= 0) return 'completed';
  return 'notCompleted';
}

const COMPONENT_TEXT: Readonly<Record<keyof TaskComponents, { label: LocalizedText; article: string }>> = {
  quantity: { label: { vi: 'a – số lượng', en: 'a, quantity' }, article: 'Điều 14' },
  quality: { label: { vi: 'b – chất lượng', en: 'b, quality' }, article: 'Điều 14' },
  timeliness: { label: { vi: 'c – tiến độ', en: 'c, timeliness (tiến độ)' }, article: 'Điều 14' },
  unitResult: { label: { vi: 'd – kết quả của đơn vị', en: "d, the unit's result" }, article: 'Điều 15' },
  organising: { label: { vi: 'đ – năng lực tổ chức, điều hành', en: 'đ, organising ability' }, article: 'Điều 15' },
  unity: { label: { vi: 'e – xây dựng đoàn kết', en: 'e, unity' }, article: 'Điều 15' },
};

function componentNode(key: keyof TaskComponents, value: Ratio, p: Period, s: ScoreParams, prefix: string): Explanation {
  const t = COMPONENT_TEXT[key];
  const faults = key === 'quality' ? p.tasks.reduce((n, x) => n + x.rework, 0) : key === 'timeliness' ? p.tasks.reduce((n, x) => n + x.delay, 0) : 0;
  const dossiers = key === 'timeliness' && s.dossierWeight !== null && p.dossiers !== null && p.dossiers.handled > 0 ? p.dossiers : null;
  const f = (locale: Locale): string => {
    const vi = locale === 'vi';
    const fault = faults === 0 ? '' : vi ? `, đã trừ ${formatPercent(s.deduction.value, locale)} cho mỗi lỗi (${faults}) do công chức gây ra` : `, after −${formatPercent(s.deduction.value, locale)} for each of the ${faults} fault(s) the official caused`;
    const dos = dossiers === null ? '' : vi ? `, tính cả ${dossiers.handled - dossiers.late}/${dossiers.handled} hồ sơ TTHC đúng hạn (lựa chọn của cơ quan)` : `, counting ${dossiers.handled - dossiers.late}/${dossiers.handled} dossiers on time (the agency's choice)`;
    return `${prefix}${t.label[locale]}: ${formatPercent(value, locale)}${fault}${dos} (${formatBasis({ document: s.taskMax.basis.document, article: t.article })}).`;
  };
  return createExplanation({ rule: `evaluation.component.${key}`, summary: { vi: f('vi'), en: f('en') }, basis: { document: s.taskMax.basis.document, article: t.article }, parameters: faults > 0 ? [s.deduction] : [], inputs: { faultsCaused: faults, tasks: p.tasks.length }, outcome: { value } });
}

/** @internal The explanation of one period's points. */
export function periodExplanation(p: Period, pts: PeriodPoints, s: ScoreParams, label: string): Explanation {
  const keys = (Object.keys(pts.components) as (keyof TaskComponents)[]).filter((k) => pts.components[k] !== undefined);
  const n = keys.length;
  const f = (locale: Locale): string => {
    const vi = locale === 'vi';
    const formula = n === 3 ? '(a+b+c)/3' : '(a+b+c+d+đ+e)/6';
    return vi
      ? `${label}: ${pointsText(pts.total, locale)} điểm = tiêu chí chung ${pointsText(pts.general, locale)}/${s.generalMax.value} (${formatBasis(s.generalMax.basis)}) + kết quả nhiệm vụ ${pointsText(pts.taskResults, locale)} = ${formula} × ${s.taskMax.value} (${formatBasis(s.taskMax.basis)}).`
      : `${label}: ${pointsText(pts.total, locale)} points = general criteria ${pointsText(pts.general, locale)}/${s.generalMax.value} (${formatBasis(s.generalMax.basis)}) + task results ${pointsText(pts.taskResults, locale)} = ${formula} × ${s.taskMax.value} (${formatBasis(s.taskMax.basis)}).`;
  };
  return createExplanation({
    rule: 'evaluation.periodPoints',
    summary: { vi: f('vi'), en: f('en') },
    basis: s.taskMax.basis,
    parameters: [s.generalMax, s.taskMax],
    inputs: { label },
    outcome: { general: pts.general, taskResults: pts.taskResults, total: pts.total },
    children: [...p.notes, ...keys.map((k) => componentNode(k, pts.components[k] as Ratio, p, s, ''))],
  });
}

/** @internal The explanation of the band. */
export function bandExplanation(total: Ratio, level: RatingLevel, s: ScoreParams): Explanation {
  const f = (locale: Locale): string => {
    const vi = locale === 'vi';
    const bands = `≥ ${s.excellentFrom.value} / ${s.goodFrom.value}–< ${s.excellentFrom.value} / ${s.completedFrom.value}–< ${s.goodFrom.value} / < ${s.completedFrom.value}`;
    return vi
      ? `Tổng ${pointsText(total, locale)} điểm, khung ${bands} (${formatBasis(s.excellentFrom.basis)}): ${ratingLabels[level].vi}.`
      : `Total ${pointsText(total, locale)} points, bands ${bands} (${formatBasis(s.excellentFrom.basis)}): ${ratingLabels[level].en} (${ratingLabels[level].vi}).`;
  };
  return createExplanation({ rule: 'evaluation.band', summary: { vi: f('vi'), en: f('en') }, basis: s.excellentFrom.basis, parameters: [s.excellentFrom, s.goodFrom, s.completedFrom], inputs: { total }, outcome: { level } });
}
