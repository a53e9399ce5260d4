/**
 * @internal Reads and checks the options of a report once (period, calendar, asOf, grouping, form).
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { formatCivilDate } from '../_lib/civilDate';
import { vnInstant } from '../_lib/instant';
import type { CalendarIndex } from '../calendar/CalendarIndexShape';
import type { Instant } from '../calendar/WorkCalendar';
import { createDossierFactsEvaluator } from '../dossier/createDossierEvaluator';
import type { DossierFactsEvaluator } from '../dossier/createDossierEvaluator';
import { readAsOfMs } from '../_lib/asOf';
import type { CivilDate } from '../_lib/dateTypes';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import type { Procedure } from '../model/procedure';
import { procedureList } from '../model/procedure';
import { compileForm } from './forms/_compileForm';
import type { CompiledForm } from './forms/_compileForm';
import type { ReportFormSelector } from './forms/reportForms';
import { resolveReportForm } from './forms/reportForms';
import type { ReportingPeriod } from './types/ReportingPeriod';
import type { ReportGroupBy, ResolutionReportOptions } from './types/ResolutionReport';
import { GROUP_BYS } from './_accumulatorState';
import { checkCovered, readPeriod } from './_readPeriod';
import type { PeriodDays } from './_readPeriod';
import { readCalendar } from './submissionDeadline';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';

/** @internal Everything prepared once from the options. */
export interface ReportContext {
  readonly period: ReportingPeriod;
  readonly days: PeriodDays;
  readonly asOf: Instant;
  readonly asOfMs: number;
  readonly groupBy: ReportGroupBy;
  readonly index: CalendarIndex;
  readonly evaluate: DossierFactsEvaluator;
  readonly procedures: ReadonlyMap<string, Procedure> | undefined;
  readonly names: Readonly<Record<string, string>> | undefined;
  readonly locale: Locale;
  readonly compiled: CompiledForm;
  /** The policy (the reception clock of dossiers awaiting reception reads it). */
  readonly policy: Policy<PolicyParameters>;
}

function toProcedureMap(p: ResolutionReportOptions['procedures']): ReadonlyMap<string, Procedure> | undefined {
  if (p === undefined) return undefined;
  const list = procedureList(p, 'procedures');
  return p instanceof Map ? (p as ReadonlyMap<string, Procedure>) : new Map(list.map((x) => [x.id, x]));
}

/**
 * The `asOf` of the report: the close of the period's last day, or the earlier moment given (an
 * instant with offset, or a civil date meaning the end of that day in Vietnam, as everywhere).
 */
function reportAsOf(given: Instant | CivilDate | undefined, days: PeriodDays): { asOf: Instant; asOfMs: number } {
  const closeMs = vnInstant(days.toDay + 1, 0) - 1;
  const close: { asOf: Instant; asOfMs: number } = { asOf: `${formatCivilDate(days.toDay)}T23:59:59.999+07:00`, asOfMs: closeMs };
  if (given === undefined) return close;
  const { ms, civil } = readAsOfMs(given);
  if (ms < vnInstant(days.fromDay, 0)) raise('as_of_before_period', { field: 'asOf', received: given, from: formatCivilDate(days.fromDay) });
  if (ms >= closeMs) return close;
  return { asOf: civil === undefined ? (given as Instant) : `${civil}T23:59:59.999+07:00`, asOfMs: ms };
}

/** @internal Reads and checks the options. */
export function prepareReport(options: ResolutionReportOptions<ReportFormSelector>): ReportContext {
  if (typeof options !== 'object' || options === null) {
    return raise('invalid_type', { field: 'options', expected: 'an options object { period, calendar }', received: options });
  }
  const compiled = compileForm(resolveReportForm(options.form));
  const period = options.period;
  const days = readPeriod(period);
  const index = readCalendar(options.calendar);
  checkCovered(days, index);
  const groupBy = options.groupBy ?? 'department';
  if (!GROUP_BYS.includes(groupBy)) raise('invalid_enum', { field: 'groupBy', expected: GROUP_BYS.map((g) => `'${g}'`).join(', '), received: groupBy });
  const procedures = toProcedureMap(options.procedures);
  if (groupBy === 'field' && procedures === undefined) raise('group_needs_procedures', { field: 'groupBy', received: groupBy });
  const { asOf, asOfMs } = reportAsOf(options.asOf, days);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const evaluate = createDossierFactsEvaluator({
    calendar: options.calendar,
    asOf,
    ...(procedures === undefined ? {} : { procedures }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.counting === undefined ? {} : { counting: options.counting }),
    locale,
  }, false); // The report reads no attribution: the clock leaves that rule out (same counts).
  return { period, days, asOf, asOfMs, groupBy, index, evaluate, procedures, names: options.names, locale, compiled, policy: options.policy ?? defaultPolicy };
}
