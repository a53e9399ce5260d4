/**
 * RFC 4180 fields of one CSV record (its physical lines already joined): quoted fields with doubled
 * quotes and line breaks, a chosen delimiter, and delimiter detection from a header line.
 * @internal
 * @module
 */

/** The CSV delimiters the readers detect. @category Input */
export type CsvDelimiter = ',' | ';' | '\t';

/** @internal Whether a line holds an odd number of `"` (it opens or closes a quoted field). */
export function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return (n & 1) === 1;
}

/** @internal The delimiter of a header line: the most frequent of `,` `;` tab outside quotes (`,` on a tie). */
export function detectDelimiter(header: string): CsvDelimiter {
  let quoted = false;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (let i = 0; i < header.length; i++) {
    const c = header[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

const isPad = (c: number, delim: number): boolean => (c === 32 || c === 9) && c !== delim;

/** The end of a quoted field starting at `open` (the opening quote), and its value. */
function quoted(text: string, open: number): { value: string; end: number } | undefined {
  let value = '';
  let k = open + 1;
  for (;;) {
    const q = text.indexOf('"', k);
    if (q < 0) return undefined;
    value += text.slice(k, q);
    if (text.charCodeAt(q + 1) === 34) {
      value += '"';
      k = q + 2;
    } else return { value, end: q + 1 };
  }
}

/**
 * @internal The fields of a record, or the 1-based number of the field where a quote is misplaced
 * (text after a closing quote, or a quote never closed).
 */
export function parseFields(text: string, delimiter: CsvDelimiter, trim: boolean): string[] | number {
  if (!text.includes('"')) {
    const f = text.split(delimiter);
    if (trim) for (let i = 0; i < f.length; i++) f[i] = (f[i] as string).trim();
    return f;
  }
  const d = delimiter.charCodeAt(0);
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let j = i;
    while (trim && j < text.length && isPad(text.charCodeAt(j), d)) j++;
    if (text.charCodeAt(j) === 34) {
      const q = quoted(text, j);
      if (q === undefined) return out.length + 1;
      let m = q.end;
      while (trim && m < text.length && isPad(text.charCodeAt(m), d)) m++;
      out.push(q.value);
      if (m >= text.length) return out;
      if (text.charCodeAt(m) !== d) return out.length;
      i = m + 1;
      continue;
    }
    const at = text.indexOf(delimiter, i);
    const seg = at < 0 ? text.slice(i) : text.slice(i, at);
    out.push(trim ? seg.trim() : seg);
    if (at < 0) return out;
    i = at + 1;
  }
}
