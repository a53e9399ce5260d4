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

/** @internal The `r`, `s` and `t` attributes of a cell, as {@link cellAttrs} fills them. */
export interface CellAttrs {
  r: string | undefined | null;
  s: string | undefined | null;
  t: string | undefined | null;
}

/**
 * @internal The `r`, `s` and `t` attributes of a cell in one pass over the raw attribute text (the
 * hot path of a sheet: three regular-expression searches per cell cost more than the rest), written
 * into `out` (reused from cell to cell, so nothing is allocated for a cell but the values).
 * Values are decoded; a malformed entity gives `null`.
 */
export function cellAttrs(raw: string, out: CellAttrs): CellAttrs {
  out.r = undefined;
  out.s = undefined;
  out.t = undefined;
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
    const colon = raw.lastIndexOf(':', end - 1);
    const nameStart = colon >= start ? colon + 1 : start;
    // r, s or t: one letter (compared in place, no name copied).
    const c = end - nameStart === 1 ? raw.charCodeAt(nameStart) : 0;
    if (c === 0x72 || c === 0x73 || c === 0x74) {
      const value = raw.slice(q + 1, close);
      const decoded = value.includes('&') ? (decodeXml(value) ?? null) : value;
      if (c === 0x72) out.r = decoded;
      else if (c === 0x73) out.s = decoded;
      else out.t = decoded;
    }
    i = close + 1;
  }
  return out;
}
