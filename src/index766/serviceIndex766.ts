import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import { readInstant } from '../_lib/fastInstant';
import { formatInstantVN, vnInstant } from '../_lib/instant';
import type { Instant } from '../calendar/WorkCalendar';
import type { CountingConvention } from '../dossier/counting/CountingConvention';
import { countingConventions } from '../dossier/counting/presets';
import { createDossierFactsEvaluator } from '../dossier/createDossierEvaluator';
import type { DossierFactsEvaluator } from '../dossier/createDossierEvaluator';
import type { Issue } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import type { Dossier } from '../model/dossier';
import { parsePeriod } from '../report/parsePeriod';
import type { ReportingPeriod } from '../report/types/ReportingPeriod';
import { schemeAt } from './indicatorScore766';
import { buildUnit } from './_indicators';
import type { UnitSources } from './_indicators';
import { addOutcome, addReceived, emptyTally766 } from './_tally';
import type { Tally766 } from './_tally';
import type { RejectedDossier766, ServiceIndex766, ServiceIndex766Input, ServiceIndex766Options } from './types';

const KINDS = ['month', 'quarter', 'year'];

function readPeriod766(period: unknown): ReportingPeriod {
  const p = typeof period === 'string' ? parsePeriod(period, { convention: 'calendar' }) : (period as ReportingPeriod);
  if (typeof p !== 'object' || p === null || p.convention !== 'calendar' || !KINDS.includes(p.kind)) {
    raise('index_period_not_calendar', { field: 'period', received: typeof period === 'string' ? period : p?.code ?? period });
  }
  return p;
}

function readCounting766(counting: ServiceIndex766Options['counting']): CountingConvention {
  if (counting === undefined) return countingConventions.portal766;
  if (typeof counting === 'string') {
    if (Object.hasOwn(countingConventions, counting)) return countingConventions[counting];
    raise('invalid_enum', { field: 'counting', expected: Object.keys(countingConventions).join(', '), received: counting });
  }
  return counting;
}

/** @internal The period window, `asOf` and the prepared clock. */
interface Prepared {
  readonly period: ReportingPeriod;
  readonly fromMs: number;
  readonly asOf: Instant;
  readonly asOfMs: number;
  readonly counting: CountingConvention;
  readonly evaluate: DossierFactsEvaluator;
}

function prepare(options: ServiceIndex766Options, procedures: ServiceIndex766Input['procedures']): Prepared {
  if (typeof options !== 'object' || options === null) raise('invalid_type', { field: 'options', expected: 'an options object { period, calendar }', received: options });
  const period = readPeriod766(options.period);
  const fromDay = parseCivilDate(period.from) as number;
  const toDay = parseCivilDate(period.to) as number;
  const fromMs = vnInstant(fromDay, 0);
  const closeMs = vnInstant(toDay + 1, 0) - 1;
  let asOf: Instant = `${formatCivilDate(toDay)}T23:59:59.999+07:00`;
  let asOfMs = closeMs;
  if (options.asOf !== undefined) {
    const day = parseCivilDate(options.asOf);
    const ms = day === undefined ? readInstant(options.asOf) : vnInstant(day + 1, 0) - 1;
    if (typeof ms === 'string') raise(ms === 'not_string' ? 'invalid_instant' : ms, { field: 'asOf', received: options.asOf });
    if (ms < fromMs) raise('as_of_before_period', { field: 'asOf', received: options.asOf, from: period.from });
    // A civil date means the end of that day: the report's asOf is always an instant.
    if (ms < closeMs) [asOf, asOfMs] = [day === undefined ? (options.asOf as Instant) : formatInstantVN(ms), ms];
  }
  const counting = readCounting766(options.counting);
  const evaluate = createDossierFactsEvaluator({
    calendar: options.calendar,
    asOf,
    counting,
    ...(procedures === undefined ? {} : { procedures: new Map(procedures.map((x) => [x.id, x])) }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  return { period, fromMs, asOf, asOfMs, counting, evaluate };
}

function rejected(index: number, d: unknown, issues: readonly Issue[]): RejectedDossier766 {
  const id = typeof d === 'object' && d !== null && typeof (d as { id?: unknown }).id === 'string' ? (d as { id: string }).id : undefined;
  return id === undefined ? { index, issues } : { index, id, issues };
}

const notObject = (d: unknown): Issue => ({ code: 'invalid_type', path: [], message: 'expected a dossier object', received: typeof d });

/** @internal One pass over the dossiers into per-unit tallies. */
function tallyAll(input: ServiceIndex766Input, p: Prepared, byReceiving: boolean) {
  const units = new Map<string, Tally766>();
  const total = emptyTally766();
  const synced = input.syncedDossierIds === undefined ? undefined : new Set(input.syncedDossierIds);
  const complainedIds = new Set((input.feedback ?? []).filter((f) => f.dislike === true || f.petition === true).map((f) => f.dossierId));
  const rejects: RejectedDossier766[] = [];
  const excluded = { receivedAfter: 0, endedBefore: 0 };
  let inputs = 0;
  let counted = 0;
  let digitisationKnown = false;
  let feesKnown = false;
  for (const d of input.dossiers as Iterable<Dossier>) {
    const index = inputs++;
    if (typeof d !== 'object' || d === null) {
      rejects.push(rejected(index, d, [notObject(d)]));
      continue;
    }
    const receivedMs = readInstant(d.receivedAt);
    if (typeof receivedMs === 'number' && receivedMs > p.asOfMs) {
      excluded.receivedAfter += 1;
      continue;
    }
    const facts = typeof receivedMs === 'number' ? p.evaluate(d, receivedMs) : p.evaluate(d);
    if (Array.isArray(facts)) {
      rejects.push(rejected(index, d, facts));
      continue;
    }
    if (facts.endMs !== undefined && facts.endMs < p.fromMs) {
      excluded.endedBefore += 1;
      continue;
    }
    counted += 1;
    const key = byReceiving ? d.receivingUnitId ?? d.departmentId : d.departmentId;
    let t = units.get(key);
    if (t === undefined) units.set(key, (t = emptyTally766()));
    const complained = complainedIds.has(d.id);
    addOutcome(t, facts.outcome, complained);
    addOutcome(total, facts.outcome, complained);
    if (facts.receivedMs >= p.fromMs) {
      const isSynced = synced !== undefined && synced.has(d.id);
      addReceived(t, d, isSynced);
      addReceived(total, d, isSynced);
      if (d.digitisation !== undefined) digitisationKnown = true;
      if (d.fees !== undefined || d.paymentChannel !== undefined) feesKnown = true;
    }
  }
  return { units, total, rejects, excluded, inputs, counted, digitisationKnown, feesKnown, hasSync: synced !== undefined };
}

const inUnit = <T extends { readonly departmentId?: string | undefined }>(list: readonly T[] | undefined, unit: string | null): readonly T[] | undefined =>
  list === undefined || unit === null ? list : list.filter((x) => x.departmentId === unit);

/**
 * The national service index (Quyết định 766/QĐ-TTg) of a calendar period, computed from dossiers
 * and, when given, procedures, publications, petitions and feedback: per unit and in total, every
 * indicator of the scheme in force with its exact ratio and points, the group subtotals and the
 * total out of 100.
 *
 * @remarks Group 2 (2.1) counts every dossier received or handled in the period: received by
 * `asOf` and not ended before the period's first day; the numerator is early + on time + pending
 * within the deadline, so numerator + late + pending overdue = denominator. Outcomes come from the
 * library's dossier clock under `counting` (default `'portal766'`). Groups 1.4, 3.x and 4.x count
 * the dossiers received in the period. An indicator whose input is absent is `null` with
 * `missing` naming it; a group with such an indicator is `null`, and so is the total (the
 * shipped scheme's online-service group has no known score rule, so its total is `null` and
 * `partialTotal` sums the rest). See `docs/index766.md`.
 * @param input - The dossiers and the optional other sources.
 * @param options - Period (calendar month, quarter or year), calendar, asOf, counting, groupBy.
 * @returns The index, with the dossiers rejected and excluded (records in = counted + rejected + excluded).
 * @throws {@link ReformRulesError} (code `index_period_not_calendar`) When the period is not a calendar month, quarter or year.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the period text cannot be read.
 * @throws {@link ReformRulesError} (code `as_of_before_period`) When `asOf` is before the period.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `counting` or `groupBy` names nothing known.
 * @example
 * ```ts
 * import { createCalendar, serviceIndex766 } from 'reform-rules/index766';
 * const index = serviceIndex766({ dossiers }, { period: '2026-08', calendar: createCalendar() });
 * index.total.indicators.find((i) => i.code === '2.1')?.score; // => 13.33
 * ```
 * @category Index 766
 */
export function serviceIndex766(input: ServiceIndex766Input, options: ServiceIndex766Options): ServiceIndex766 {
  if (typeof input !== 'object' || input === null || input.dossiers === undefined) raise('invalid_type', { field: 'input.dossiers', expected: 'an iterable of dossiers', received: input });
  const groupBy = options?.groupBy ?? 'department';
  if (groupBy !== 'department' && groupBy !== 'receivingUnit') raise('invalid_enum', { field: 'groupBy', expected: "'department', 'receivingUnit'", received: groupBy });
  const p = prepare(options, input.procedures);
  const scheme = schemeAt(p.period.from, options.schemes);
  const all = tallyAll(input, p, groupBy === 'receivingUnit');
  const sources = (unit: string | null, tally: Tally766): UnitSources => ({
    unit,
    tally,
    procedures: inUnit(input.procedures, unit),
    publications: inUnit(input.publications, unit),
    petitions: inUnit(input.petitions, unit),
    certifiedCopies: inUnit(input.certifiedCopies, unit),
    hasSync: all.hasSync,
    hasFeedback: input.feedback !== undefined,
    digitisationKnown: all.digitisationKnown,
    feesKnown: all.feesKnown,
  });
  if (groupBy === 'department') {
    for (const list of [input.procedures, input.publications, input.petitions, input.certifiedCopies]) {
      for (const x of list ?? []) if (x.departmentId !== undefined && !all.units.has(x.departmentId)) all.units.set(x.departmentId, emptyTally766());
    }
  }
  const keys = [...all.units.keys()].sort();
  return {
    scheme: { id: scheme.value.id, from: scheme.from, basis: `${scheme.basis.document}; ${scheme.basis.article ?? ''}`.replace(/; $/, '') },
    period: p.period,
    asOf: p.asOf,
    counting: { id: p.counting.id, basis: p.counting.basis },
    groupBy,
    units: keys.map((k) => buildUnit(scheme.value, sources(k, all.units.get(k) as Tally766))),
    total: buildUnit(scheme.value, sources(null, all.total)),
    rejected: all.rejects,
    excluded: all.excluded,
    counted: all.counted,
    inputs: all.inputs,
  };
}
