/**
 * @internal A plain printed table (one heading row) with the unit line, title, notes and signature
 * blocks: the scorecard and the people-side results.
 * @module
 */
import type { XlsxCellInput, XlsxSheetSpec } from '../xlsx/index';
import type { Checked, Draft } from './_sheet';
import { STYLE, notes, push, sheetOf, signatures, title, unitLine, wide } from './_sheet';

/** @internal A cell of a table: text, a number (with its format), or empty. */
export type TableCell = string | null | { readonly number: number; readonly format: string };

/** @internal A table to print. */
export interface Table {
  readonly title: string;
  readonly right: string;
  readonly subtitle: string;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly notes: readonly string[];
}

function cell(v: TableCell): XlsxCellInput {
  if (v === null) return { value: null, style: STYLE.text };
  if (typeof v === 'string') return { value: v, style: STYLE.text };
  return { value: v.number, style: { ...STYLE.count, numberFormat: v.format } };
}

/** @internal The sheet of a table. */
export function tableSheet(name: string, table: Table, c: Checked): XlsxSheetSpec {
  const draft: Draft = { width: table.header.length, rows: [], merges: [] };
  unitLine(draft, c, table.right);
  title(draft, table.title);
  wide(draft, table.subtitle, { italic: true, horizontal: 'center' });
  push(draft, []);
  const first = push(draft, table.header.map((h) => ({ value: h, style: STYLE.head })), [], 32);
  push(draft, table.header.map((_, i) => ({ value: `(${i + 1})`, style: STYLE.number })));
  const last = draft.rows.length;
  for (const row of table.rows) push(draft, row.map(cell));
  push(draft, []);
  notes(draft, table.notes);
  signatures(draft, c);
  return sheetOf(name, draft, table.widths, { first, last, freezeColumns: 0 }, c);
}
