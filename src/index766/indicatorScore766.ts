import { optionalObjectArg } from '../errors/args';
import { add, cmp, div, int, minR, mul, toPoints } from '../_lib/rational';
import { parseCivilDate } from '../_lib/civilDate';
import type { CivilDate } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';
import type { Ratio } from '../metrics/ratio';
import { assertRatio } from '../_lib/ratio';
import type { ParameterValue } from '../policy/Policy';
import type { Index766Scheme, Indicator766Code, Indicator766Definition } from './scheme';
import { index766Schemes } from './scheme';

/**
 * The three ratios of the payment group score (3.pay): A = dossiers paid online / dossiers with a
 * financial obligation, B = fee-bearing procedures with a dossier paid online / fee-bearing
 * procedures, C = fee-bearing procedures with fee dossiers / fee-bearing procedures.
 * @example
 * ```ts
 * import type { PaymentRatios766 } from 'reform-rules/index766';
 * const p: PaymentRatios766 = { a: { numerator: 9, denominator: 10 }, b: { numerator: 1, denominator: 2 }, c: { numerator: 1, denominator: 1 } };
 * ```
 * @category Index 766
 */
export interface PaymentRatios766 {
  /** Dossiers paid online / dossiers with a financial obligation. */
  readonly a: Ratio;
  /** Fee-bearing procedures with a dossier paid online / fee-bearing procedures. */
  readonly b: Ratio;
  /** Fee-bearing procedures with dossiers / fee-bearing procedures. */
  readonly c: Ratio;
}

/**
 * Options of {@link indicatorScore766}.
 * @example
 * ```ts
 * import type { IndicatorScore766Options } from 'reform-rules/index766';
 * const o: IndicatorScore766Options = { date: '2026-08-01' };
 * ```
 * @category Index 766
 */
export interface IndicatorScore766Options {
  /** The day whose scheme applies (the period's first day); default: the latest scheme. */
  readonly date?: CivilDate | undefined;
  /** The dated schemes; default {@link index766Schemes}. */
  readonly schemes?: readonly ParameterValue<Index766Scheme>[] | undefined;
}

/** @internal The scheme in force on `date` (the latest when absent). */
export function schemeAt(date: CivilDate | undefined, schemes: readonly ParameterValue<Index766Scheme>[] = index766Schemes): ParameterValue<Index766Scheme> {
  const first = schemes[0];
  if (first === undefined) return raise('invalid_type', { field: 'schemes', expected: 'a non-empty list of dated schemes', received: schemes });
  if (date === undefined) return schemes[schemes.length - 1] as ParameterValue<Index766Scheme>;
  if (parseCivilDate(date) === undefined) raise('invalid_date', { field: 'date', received: date });
  let found: ParameterValue<Index766Scheme> | undefined;
  for (const s of schemes) if (s.from <= date) found = s;
  if (found === undefined) raise('no_index_scheme', { field: 'date', received: date, first: first.from });
  return found;
}

/** @internal The definition of `code` in a scheme. */
export function definitionOf(scheme: Index766Scheme, code: string): Indicator766Definition {
  const found = scheme.indicators.find((d) => d.code === code);
  if (found === undefined) raise('unknown_index_indicator', { field: 'code', received: code, expected: scheme.indicators.map((d) => d.code).join(', ') });
  return found;
}

const orZero = (r: Ratio): Ratio => (r.denominator === 0 ? int(0) : r);

/** @internal The payment group score, exact: min(max, 6·A + min(2, 2.5·B) + 2.5·C). */
function paymentScore(p: PaymentRatios766, max: number): Ratio {
  const fiveHalves = { numerator: 5, denominator: 2 };
  const a = mul(int(6), orZero(p.a));
  const b = minR(int(2), mul(fiveHalves, orZero(p.b)));
  const c = mul(fiveHalves, orZero(p.c));
  return minR(int(max), add(add(a, b), c));
}

/**
 * @internal The exact score of one indicator from its exact ratio, or `null` when the rule gives
 * none (monitored, rule not found, N/A for a 0 denominator).
 */
export function exactScore(d: Indicator766Definition, r: Ratio | PaymentRatios766): Ratio | null {
  const rule = d.rule;
  if (rule.kind === 'monitored' || rule.kind === 'notFound') return null;
  if (rule.kind === 'payment') {
    if (!('a' in r)) raise('invalid_index_indicator_input', { field: 'ratio', code: d.code, expected: 'the payment ratios { a, b, c }', received: r });
    for (const k of ['a', 'b', 'c'] as const) assertRatio(r[k], `ratio.${k}`);
    return paymentScore(r, d.max);
  }
  if (!('numerator' in r)) raise('invalid_index_indicator_input', { field: 'ratio', code: d.code, expected: 'a ratio { numerator, denominator }', received: r });
  assertRatio(r, 'ratio');
  if (r.denominator === 0) return d.whenEmpty === 'na' ? null : d.whenEmpty === 'full' ? int(d.max) : int(0);
  const max = int(d.max);
  if (rule.kind === 'proportional') return minR(max, mul(max, r));
  return cmp(r, rule.threshold) >= 0 ? max : div(mul(max, r), rule.threshold);
}

/**
 * The score of one indicator of the national service index from its exact ratio, rounded once,
 * half up, to 2 decimals as the portal shows it.
 *
 * @remarks The rules per indicator (full points at or above a threshold, proportional below, the
 * payment formula for `'3.pay'`, 6 points for 5.2 and 5.3 when there are no petitions, 0 for 5.4
 * with a 0 denominator) come from the dated scheme in force; see `docs/index766.md`. For 5.4 the
 * ratio is `r = 1 − (late share + complained share)`.
 * @param code - The indicator's code (e.g. `'2.1'`, `'4.3'`, `'3.pay'`).
 * @param ratio - Its exact ratio, or for `'3.pay'` the three {@link PaymentRatios766}.
 * @param options - The day whose scheme applies, and the schemes.
 * @returns The points (e.g. 13.33), or `null` when the indicator is not scored (monitored, rule NOT
 * FOUND, or N/A for a 0 denominator).
 * @throws {@link ReformRulesError} (code `unknown_index_indicator`) When the code is not in the scheme.
 * @throws {@link ReformRulesError} (code `invalid_ratio`) When a ratio is not an exact ratio of counts.
 * @throws {@link ReformRulesError} (code `invalid_index_indicator_input`) When the ratio's shape does not fit the code.
 * @example
 * ```ts
 * import { indicatorScore766 } from 'reform-rules/index766';
 * indicatorScore766('2.1', { numerator: 4, denominator: 6 }); // => 13.33
 * indicatorScore766('4.3', { numerator: 9, denominator: 10 }); // => 2
 * indicatorScore766('5.2', { numerator: 0, denominator: 0 }); // => 6
 * ```
 * @category Index 766
 */
export function indicatorScore766(code: Indicator766Code, ratio: Ratio | PaymentRatios766, options: IndicatorScore766Options = {}): number | null {
  optionalObjectArg(options, 'options');
  if (typeof ratio !== 'object' || ratio === null) raise('invalid_ratio', { field: 'ratio', received: ratio, allowEmpty: true });
  const scheme = schemeAt(options.date, options.schemes).value;
  const exact = exactScore(definitionOf(scheme, code), ratio);
  return exact === null ? null : toPoints(exact);
}
