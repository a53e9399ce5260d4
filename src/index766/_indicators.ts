/**
 * @internal Builds the indicators, group subtotals and total of one unit from its tally and the
 * other sources, with exact scores rounded once.
 * @module
 */
import { add, int, sum, toPoints } from '../_lib/rational';
import type { Ratio } from '../metrics/ratio';
import type { PaymentRatios766 } from './indicatorScore766';
import { exactScore } from './indicatorScore766';
import type { Group766, Index766Scheme, Indicator766Code, Indicator766Definition } from './scheme';
import type { Tally766 } from './_tally';
import type { CertifiedCopies766, Group766Score, Index766Unit, Indicator766, Petition766, Procedure766, Publication766 } from './types';

/** @internal The sources of one unit (side inputs already filtered to it). */
export interface UnitSources {
  readonly unit: string | null;
  readonly tally: Tally766;
  readonly procedures: readonly Procedure766[] | undefined;
  readonly publications: readonly Publication766[] | undefined;
  readonly petitions: readonly Petition766[] | undefined;
  readonly certifiedCopies: readonly CertifiedCopies766[] | undefined;
  readonly hasSync: boolean;
  readonly hasFeedback: boolean;
  readonly digitisationKnown: boolean;
  readonly feesKnown: boolean;
}

/** @internal An indicator with its exact score. */
interface Scored {
  readonly indicator: Indicator766;
  readonly exact: Ratio | null;
}

type Value = { readonly num: number; readonly den: number; readonly notRecorded?: number } | { readonly missing: readonly string[] };

function scored(d: Indicator766Definition, v: Value, payment?: PaymentRatios766): Scored {
  const head = { code: d.code, group: d.group, label: d.label };
  if ('missing' in v) {
    return { indicator: { ...head, numerator: null, denominator: null, ratio: null, score: null, max: d.max, basis: d.basis, missing: v.missing }, exact: null };
  }
  const r = { numerator: v.num, denominator: v.den };
  const exact = exactScore(d, payment ?? r);
  const indicator: Indicator766 = { ...head, numerator: v.num, denominator: v.den, ratio: r, score: exact === null ? null : toPoints(exact), max: d.max, basis: d.basis };
  return { indicator: v.notRecorded !== undefined && v.notRecorded > 0 ? { ...indicator, notRecorded: v.notRecorded } : indicator, exact };
}

const count = <T>(list: readonly T[], test: (x: T) => boolean): number => list.reduce((n, x) => (test(x) ? n + 1 : n), 0);
const need = (name: string): Value => ({ missing: [name] });

function publicationValues(s: UnitSources): Partial<Record<Indicator766Code, Value>> {
  const t = s.tally;
  const p = s.publications;
  const out: Partial<Record<Indicator766Code, Value>> = {
    '1.4': s.hasSync ? { num: t.synced, den: t.received } : need('syncedDossierIds'),
  };
  if (p === undefined) return { ...out, '1.1': need('publications'), '1.2': need('publications'), '1.3': need('publications') };
  const withDb = p.filter((x) => x.nationalDbOnTime !== undefined);
  const withContent = p.filter((x) => x.contentComplete !== undefined);
  out['1.1'] = { num: count(p, (x) => x.publishedOnTime), den: p.length };
  out['1.2'] = p.length > 0 && withDb.length === 0 ? need('publications[].nationalDbOnTime') : { num: count(p, (x) => x.nationalDbOnTime === true), den: p.length, notRecorded: p.length - withDb.length };
  out['1.3'] = p.length > 0 && withContent.length === 0 ? need('publications[].contentComplete') : { num: count(p, (x) => x.contentComplete === true), den: p.length, notRecorded: p.length - withContent.length };
  return out;
}

function onlineAndPaymentValues(s: UnitSources): { values: Partial<Record<Indicator766Code, Value>>; payment?: PaymentRatios766 } {
  const t = s.tally;
  const p = s.procedures;
  const values: Partial<Record<Indicator766Code, Value>> = {
    '3.3': { num: t.online, den: t.received, notRecorded: t.channelUnknown },
    '3.6': s.feesKnown ? { num: t.paidOnline, den: t.feeDossiers } : need('dossiers[].fees or dossiers[].paymentChannel'),
  };
  if (p === undefined) {
    for (const c of ['3.1', '3.2', '3.5', '3.pay', '4.5b'] as const) values[c] = need('procedures');
    return { values };
  }
  const online = p.filter((x) => x.onlineLevel !== 'none');
  const fee = p.filter((x) => x.hasFees);
  values['3.1'] = { num: online.length, den: p.length };
  values['3.2'] = { num: count(online, (x) => t.onlineProcedures.has(x.id)), den: online.length };
  values['3.5'] = { num: count(fee, (x) => x.onlinePayment), den: fee.length };
  const known = p.filter((x) => x.citizenDataConnected !== undefined);
  values['4.5b'] = known.length === 0 && p.length > 0 ? need('procedures[].citizenDataConnected') : { num: count(p, (x) => x.citizenDataConnected === true), den: p.length, notRecorded: p.length - known.length };
  if (!s.feesKnown) {
    values['3.pay'] = need('dossiers[].fees or dossiers[].paymentChannel');
    return { values };
  }
  const payment: PaymentRatios766 = {
    a: { numerator: t.paidOnline, denominator: t.feeDossiers },
    b: { numerator: count(fee, (x) => t.paidProcedures.has(x.id)), denominator: fee.length },
    c: { numerator: count(fee, (x) => t.feeProcedures.has(x.id)), denominator: fee.length },
  };
  values['3.pay'] = { num: payment.a.numerator, den: payment.a.denominator };
  return { values, payment };
}

function digitisationValues(s: UnitSources): Partial<Record<Indicator766Code, Value>> {
  const t = s.tally;
  const c = s.certifiedCopies;
  const ecc: Value = c === undefined ? need('certifiedCopies') : { num: c.reduce((n, x) => n + x.offering, 0), den: c.reduce((n, x) => n + x.communes, 0) };
  if (!s.digitisationKnown) {
    const m = need('dossiers[].digitisation');
    return { '4.1': m, '4.2': m, '4.3': m, '4.4': m, '4.5a': m, '4.ecc': ecc };
  }
  const nr = t.received - t.digitisationRecorded;
  return {
    '4.1': { num: t.electronicResult, den: t.received, notRecorded: nr },
    '4.2': { num: t.digitisedWithResult, den: t.received, notRecorded: nr },
    '4.3': { num: t.digitised, den: t.received, notRecorded: nr },
    '4.4': { num: t.reused, den: t.received, notRecorded: nr },
    '4.5a': { num: t.vneid, den: t.received, notRecorded: nr },
    '4.ecc': ecc,
  };
}

function satisfactionValues(s: UnitSources, den2: number, late2: number): Partial<Record<Indicator766Code, Value>> {
  const p = s.petitions;
  const out: Partial<Record<Indicator766Code, Value>> = {
    '5.4': s.hasFeedback ? { num: Math.max(0, den2 - late2 - s.tally.complained), den: den2 } : need('feedback'),
  };
  if (p === undefined) return { ...out, '5.1': need('petitions'), '5.2': need('petitions'), '5.3': need('petitions') };
  out['5.1'] = { num: count(p, (x) => x.about === 'procedure'), den: count(p, (x) => x.about !== undefined) };
  out['5.2'] = { num: count(p, (x) => x.outcome === 'early' || x.outcome === 'onTime' || x.outcome === 'pendingWithin'), den: p.length };
  out['5.3'] = { num: count(p, (x) => !(x.disliked === true || x.repeated === true || x.outcome === 'late' || x.outcome === 'pendingOverdue')), den: p.length };
  return out;
}

const GROUPS: readonly Group766[] = ['publication', 'progress', 'online', 'payment', 'digitisation', 'satisfaction'];

function groupScores(scheme: Index766Scheme, list: readonly Scored[]): { groups: Group766Score[]; exact: (Ratio | null)[] } {
  const groups: Group766Score[] = [];
  const exact: (Ratio | null)[] = [];
  for (const g of GROUPS) {
    const members = list.filter((x) => x.indicator.group === g);
    const scoredMembers = members.filter((x) => x.indicator.max > 0 || x.indicator.missing !== undefined);
    const missing = scoredMembers.filter((x) => x.exact === null && x.indicator.max > 0).map((x) => x.indicator.code);
    const unscoredGroup = members.every((x) => x.indicator.max === 0);
    const max = scheme.groups[g];
    if (missing.length > 0 || unscoredGroup) {
      groups.push({ group: g, score: null, max, missing: unscoredGroup ? ['score rule NOT FOUND'] : missing });
      exact.push(null);
    } else {
      const e = sum(members.map((x) => x.exact ?? int(0)));
      groups.push({ group: g, score: toPoints(e), max });
      exact.push(e);
    }
  }
  return { groups, exact };
}

/** @internal The index of one unit. */
export function buildUnit(scheme: Index766Scheme, s: UnitSources): Index766Unit {
  const t = s.tally;
  const den2 = t.early + t.onTime + t.late + t.pendingWithin + t.pendingOverdue;
  const late2 = t.late + t.pendingOverdue;
  const online = onlineAndPaymentValues(s);
  const values: Partial<Record<Indicator766Code, Value>> = {
    ...publicationValues(s),
    '2.1': { num: den2 - late2, den: den2 },
    ...online.values,
    ...digitisationValues(s),
    ...satisfactionValues(s, den2, late2),
  };
  const list = scheme.indicators.map((d) => scored(d, values[d.code] ?? need(d.code), d.code === '3.pay' ? online.payment : undefined));
  const { groups, exact } = groupScores(scheme, list);
  const known = exact.filter((e): e is Ratio => e !== null);
  const partial = known.reduce(add, int(0));
  const partialMax = groups.reduce((n, g) => (g.score === null ? n : n + g.max), 0);
  return {
    unit: s.unit,
    progress: { early: t.early, onTime: t.onTime, late: t.late, pendingWithin: t.pendingWithin, pendingOverdue: t.pendingOverdue },
    indicators: list.map((x) => x.indicator),
    groups,
    total: known.length === exact.length ? toPoints(partial) : null,
    partialTotal: { score: toPoints(partial), max: partialMax },
  };
}
