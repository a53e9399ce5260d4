/**
 * A1-style cell references: column letters, cell and range parsing, sheet limits.
 * @internal
 * @module
 */

/** @internal Rows in a worksheet (Excel 2007 and later). */
export const MAX_ROWS = 1_048_576;
/** @internal Columns in a worksheet (A..XFD). */
export const MAX_COLUMNS = 16_384;

/** @internal The letters of a 0-based column index (0 → 'A', 26 → 'AA'). */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** @internal The 0-based column of the letters at the start of `ref` and where they end, or `undefined`. */
export function parseColumn(ref: string): { column: number; end: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i += 1) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return i === 0 || column > MAX_COLUMNS ? undefined : { column: column - 1, end: i };
}

/** @internal A cell reference ('B5', optionally with '$') as 0-based column and 1-based row, or `undefined`. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref);
  if (m === null) return undefined;
  const col = parseColumn(m[1] as string);
  const row = Number(m[2]);
  return col === undefined || row > MAX_ROWS ? undefined : { column: col.column, row };
}

/** @internal A cell range 'A1:D2' (or one cell 'A1'), normalised so first ≤ last, or `undefined`. */
export function parseRange(range: string): { first: { column: number; row: number }; last: { column: number; row: number } } | undefined {
  const [a, b, extra] = range.split(':');
  if (a === undefined || extra !== undefined) return undefined;
  const p = parseCellRef(a);
  const q = b === undefined ? p : parseCellRef(b);
  if (p === undefined || q === undefined) return undefined;
  return {
    first: { column: Math.min(p.column, q.column), row: Math.min(p.row, q.row) },
    last: { column: Math.max(p.column, q.column), row: Math.max(p.row, q.row) },
  };
}
