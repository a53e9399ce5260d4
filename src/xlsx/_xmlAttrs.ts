/**
 * Attribute look-up in the raw attribute text the tokenizer reports, for the few attribute names
 * SpreadsheetML parts need (a prefix such as `r:` is accepted on any of them).
 * @internal
 * @module
 */
import { decodeXml } from './_xmlText';

const NAMES = ['r', 't', 's', 'name', 'id', 'Id', 'Type', 'Target', 'numFmtId', 'formatCode', 'date1904', 'state'] as const;
/** @internal An attribute name the readers look up. */
export type AttrName = (typeof NAMES)[number];

const PATTERNS: Readonly<Record<AttrName, RegExp>> = Object.fromEntries(
  NAMES.map((n) => [n, new RegExp(`(?:^|\\s)(?:[A-Za-z_][-\\w.]*:)?${n}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)]),
) as Record<AttrName, RegExp>;

/**
 * @internal The decoded value of an attribute, `undefined` when absent; `null` when its entities
 * are malformed.
 */
export function attr(raw: string, name: AttrName): string | undefined | null {
  if (raw === '') return undefined;
  const m = PATTERNS[name].exec(raw);
  if (m === null) return undefined;
  const value = m[1] ?? m[2] ?? '';
  if (!value.includes('&')) return value;
  return decodeXml(value) ?? null;
}

/**
 * @internal The `r`, `s` and `t` attributes of a cell in one pass over the raw attribute text (the
 * hot path of a sheet: three regular-expression searches per cell cost more than the rest).
 * Values are decoded; a malformed entity gives `null`.
 */
export function cellAttrs(raw: string): { r: string | undefined | null; s: string | undefined | null; t: string | undefined | null } {
  const out: { r: string | undefined | null; s: string | undefined | null; t: string | undefined | null } = { r: undefined, s: undefined, t: undefined };
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const eq = raw.indexOf('=', i);
    if (eq < 0) break;
    let start = i;
    while (start < eq && raw.charCodeAt(start) <= 0x20) start += 1;
    let end = eq;
    while (end > start && raw.charCodeAt(end - 1) <= 0x20) end -= 1;
    let q = eq + 1;
    while (raw.charCodeAt(q) <= 0x20) q += 1;
    const quote = raw[q] as string;
    const close = raw.indexOf(quote, q + 1);
    const name = raw.slice(raw.lastIndexOf(':', end - 1) >= start ? raw.lastIndexOf(':', end - 1) + 1 : start, end);
    if (name === 'r' || name === 's' || name === 't') {
      const value = raw.slice(q + 1, close);
      out[name] = value.includes('&') ? (decodeXml(value) ?? null) : value;
    }
    i = close + 1;
  }
  return out;
}
