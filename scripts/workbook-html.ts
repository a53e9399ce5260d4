/**
 * Draws the first sheet of an .xlsx workbook as a plain HTML table, from what the file says: the
 * values and number formats read back with the project's own streaming reader (`readXlsxRows`), the
 * merged ranges, column widths and cell styles (bold, alignment, wrap, borders) from the sheet's and
 * the styles' XML. Used by scripts/screenshot-workbook.ts for the README's picture of the workbook:
 * a picture of the file's content, not of a spreadsheet application.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readXlsxRows } from '../src/xlsx/index';
import type { XlsxRow } from '../src/xlsx/index';

/** A cell style as far as the drawing needs it. */
interface CellLook {
  readonly bold: boolean;
  readonly horizontal: string | undefined;
  readonly wrap: boolean;
  readonly border: boolean;
  readonly fontSize: number | undefined;
}

/** 'A' → 0, 'AB' → 27. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → 'A', 27 → 'AB'. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1-style reference → 0-based row and column. */
function cellRef(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (m === null) throw new Error(`not a cell reference: ${ref}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1] ?? 'A') };
}

/** The cell looks of styles.xml, by style index (cellXfs order). */
function cellLooks(stylesXml: string): CellLook[] {
  const section = (tag: string): string => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(stylesXml)?.[1] ?? '';
  const fonts = [...section('fonts').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) => ({ bold: /<b\/>/.test(m[1] ?? ''), size: Number(/<sz val="([\d.]+)"/.exec(m[1] ?? '')?.[1] ?? Number.NaN) }));
  const borders = [...section('borders').matchAll(/<border>([\s\S]*?)<\/border>|<border\/>/g)].map((m) => /style="/.test(m[1] ?? ''));
  return [...section('cellXfs').matchAll(/<xf ([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => {
    const attr = (name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(m[1] ?? '')?.[1];
    const font = fonts[Number(attr('fontId') ?? 0)];
    const alignment = m[2] ?? '';
    return {
      bold: font?.bold ?? false,
      fontSize: font !== undefined && Number.isFinite(font.size) ? font.size : undefined,
      horizontal: /horizontal="(\w+)"/.exec(alignment)?.[1],
      wrap: /wrapText="1"/.test(alignment),
      border: borders[Number(attr('borderId') ?? 0)] ?? false,
    };
  });
}

/** A number as its cell format shows it, in Vietnamese notation (`.` thousands, `,` decimals). */
function shown(value: number, code: string | undefined): string {
  const places = code === undefined ? (Number.isInteger(value) ? 0 : 2) : (/\.(0+)/.exec(code)?.[1]?.length ?? 0);
  const percent = code?.includes('%') === true;
  const [whole = '0', fraction] = (percent ? value * 100 : value).toFixed(places).split('.');
  const grouped = code === undefined || code.includes('#,##') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${grouped}${fraction === undefined ? '' : `,${fraction}`}${percent ? '%' : ''}`;
}

/** HTML-escaped text. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first sheet of the workbook as a standalone HTML page. */
export async function workbookSheetHtml(bytes: Uint8Array, title: string): Promise<string> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(bytes, { sheet: 0 })) rows.push(row);
  const parts = unzipSync(bytes);
  const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  const looks = cellLooks(strFromU8(parts['xl/styles.xml'] ?? new Uint8Array()));
  const styleOf = new Map<string, number>([...sheetXml.matchAll(/<c r="([A-Z]+\d+)"(?: [^>]*?)? s="(\d+)"/g)].map((m) => [m[1] ?? '', Number(m[2])]));
  const widths = new Map<number, number>();
  for (const m of sheetXml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c - 1, Number(m[3]));
  const merges = [...sheetXml.matchAll(/<mergeCell ref="([A-Z]+\d+):([A-Z]+\d+)"\/>/g)].map((m) => ({ first: cellRef(m[1] ?? ''), last: cellRef(m[2] ?? '') }));
  const lastRow = Math.max(...rows.map((r) => r.line), ...merges.map((m) => m.last.row + 1));
  const columns = Math.max(...rows.map((r) => r.cells.length), ...merges.map((m) => m.last.column + 1), widths.size);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of merges) {
    spans.set(`${m.first.row}:${m.first.column}`, { rows: m.last.row - m.first.row + 1, columns: m.last.column - m.first.column + 1 });
    for (let r = m.first.row; r <= m.last.row; r++) for (let c = m.first.column; c <= m.last.column; c++) if (r !== m.first.row || c !== m.first.column) covered.add(`${r}:${c}`);
  }
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const body: string[] = [];
  for (let r = 0; r < lastRow; r++) {
    const row = byLine.get(r + 1);
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const value = row?.cells[c] ?? null;
      const ref = `${columnName(c)}${r + 1}`;
      const look = looks[styleOf.get(ref) ?? 0];
      const span = spans.get(`${r}:${c}`);
      const text = typeof value === 'number' ? shown(value, row?.formats[c]?.code) : value === null ? '' : String(value);
      const css = [
        look?.bold === true ? 'font-weight:bold' : '',
        look?.fontSize !== undefined ? `font-size:${look.fontSize}pt` : '',
        `text-align:${look?.horizontal ?? (typeof value === 'number' ? 'right' : 'left')}`,
        look?.wrap === true ? 'white-space:normal' : 'white-space:nowrap',
        look?.border === true ? 'border:1px solid #000' : '',
      ].filter((s) => s !== '').join(';');
      cells.push(`<td${span === undefined ? '' : `${span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span.columns > 1 ? ` colspan="${span.columns}"` : ''}`} style="${css}">${esc(text)}</td>`);
    }
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  const px = Array.from({ length: columns }, (_, c) => Math.round((widths.get(c) ?? 8.43) * 7 + 5));
  const cols = px.map((w) => `<col style="width:${w}px">`).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{margin:16px;font-family:'Times New Roman','Liberation Serif',serif;font-size:11pt;background:#fff}
table{border-collapse:collapse;table-layout:fixed}td{padding:2px 4px;vertical-align:middle;overflow:hidden}
</style></head><body><table style="width:${px.reduce((a, b) => a + b, 0)}px"><colgroup>${cols}</colgroup>${body.join('\n')}</table></body></html>`;
}
