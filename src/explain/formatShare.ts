import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';
import { assertRatio, compareRatio } from '../_lib/ratio';
import type { Ratio } from '../_lib/ratio';

const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function separators(locale: Locale): { readonly group: string; readonly decimal: string } {
  if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'locale', expected: "'vi' or 'en'", received: locale });
  return SEPARATORS[locale];
}

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Formats a whole count with the locale's digit grouping: `1.000.000` in Vietnamese, `1,000,000`
 * in English.
 *
 * @param count - A whole number at least 0.
 * @param locale - `'vi'` or `'en'`.
 * @returns The grouped digits.
 * @throws {@link ReformRulesError} (code `not_integer`) When `count` is not a safe whole number.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When the locale is not supported.
 * @example
 * ```ts
 * import { formatCount } from 'reform-rules';
 * formatCount(1_000_000_000_000, 'vi'); // => '1.000.000.000.000'
 * formatCount(1234, 'en'); // => '1,234'
 * ```
 * @category Explain
 */
export function formatCount(count: number, locale: Locale): string {
  const sep = separators(locale);
  if (!Number.isSafeInteger(count)) raise('not_integer', { field: 'count', received: count });
  return (count < 0 ? '-' : '') + group(String(Math.abs(count)), sep.group);
}

/** @internal The percentage of a ratio, rounded half-up to `decimals` places, as digits with '.'. */
function percentDigits(r: Ratio, decimals: number): { readonly digits: string; readonly exact: boolean } {
  const scale = 10n ** BigInt(decimals);
  const n = BigInt(r.numerator) * 100n * scale;
  const d = BigInt(r.denominator);
  let q = n / d;
  const rem = n % d;
  if (2n * rem >= d && rem !== 0n) q += 1n;
  const int = (q / scale).toString();
  const frac = decimals === 0 ? '' : (q % scale).toString().padStart(decimals, '0').replace(/0+$/, '');
  return { digits: frac === '' ? int : `${int}.${frac}`, exact: rem === 0n };
}

/** Options of {@link formatPercent} and {@link formatShare}. @category Explain */
export interface FormatPercentOptions {
  /**
   * A ratio the printed percentage must visibly differ from whenever the two are not equal (e.g.
   * the threshold): more decimals are printed until the two differ at the same precision, so
   * 100000000001/1000000000000 prints as 10.0000000001%, not 10%. Format the other ratio with this
   * one as its `distinctFrom` too, and the two printed percentages always differ when the ratios do.
   */
  readonly distinctFrom?: Ratio;
}

/**
 * Formats a ratio as a percentage for people: exact when it terminates within two decimals
 * (`11%`, `12,5%`), otherwise rounded half-up to two decimals and marked `≈` (`≈33,33%`). The
 * decision itself is never taken on this text: it is display only.
 *
 * @param r - The ratio; `0/0` prints as `—`.
 * @param locale - `'vi'` (decimal comma) or `'en'` (decimal point).
 * @param options - A ratio to stay visibly distinct from.
 * @returns The percentage with its `%` sign.
 * @throws {@link ReformRulesError} (code `invalid_ratio`) When `r` is malformed.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When the locale is not supported.
 * @example
 * ```ts
 * import { formatPercent } from 'reform-rules';
 * formatPercent({ numerator: 1, denominator: 8 }, 'vi'); // => '12,5%'
 * formatPercent({ numerator: 1, denominator: 3 }, 'en'); // => '≈33.33%'
 * formatPercent({ numerator: 100_000_000_001, denominator: 1_000_000_000_000 }, 'en',
 *   { distinctFrom: { numerator: 1, denominator: 10 } }); // => '10.0000000001%'
 * ```
 * @category Explain
 */
export function formatPercent(r: Ratio, locale: Locale, options: FormatPercentOptions = {}): string {
  const sep = separators(locale);
  assertRatio(r, 'ratio');
  if (r.denominator === 0) return '—';
  let decimals = 2;
  let shown = percentDigits(r, decimals);
  const other = options.distinctFrom;
  if (other !== undefined && other.denominator !== 0 && compareRatio(r, other) !== 0) {
    while (decimals < 40 && shown.digits === percentDigits(other, decimals).digits) {
      decimals += 1;
      shown = percentDigits(r, decimals);
    }
  }
  const [int = '0', frac] = shown.digits.split('.');
  const text = group(int, sep.group) + (frac === undefined ? '' : sep.decimal + frac);
  return `${shown.exact ? '' : '≈'}${text}%`;
}

/**
 * Formats a ratio of counts with its percentage, e.g. `11/100 (11%)`, with the locale's digit
 * grouping (`100.000.000.001/1.000.000.000.000 (10,0000000001%)` in Vietnamese, with the threshold
 * `1/10` as `distinctFrom`; without it, `(≈10%)`).
 *
 * @param r - The ratio of counts; `0/0` prints as `0/0`.
 * @param locale - `'vi'` or `'en'`.
 * @param options - A ratio the percentage must stay visibly distinct from (the threshold).
 * @returns The counts and the percentage.
 * @throws {@link ReformRulesError} (code `invalid_ratio`) When `r` is malformed.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When the locale is not supported.
 * @example
 * ```ts
 * import { formatShare } from 'reform-rules';
 * formatShare({ numerator: 11, denominator: 100 }, 'vi'); // => '11/100 (11%)'
 * ```
 * @category Explain
 */
export function formatShare(r: Ratio, locale: Locale, options: FormatPercentOptions = {}): string {
  assertRatio(r, 'ratio');
  const counts = `${formatCount(r.numerator, locale)}/${formatCount(r.denominator, locale)}`;
  return r.denominator === 0 ? counts : `${counts} (${formatPercent(r, locale, options)})`;
}
