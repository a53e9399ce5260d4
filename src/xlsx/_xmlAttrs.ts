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
