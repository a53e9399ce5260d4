import { strFromU8, unzipSync } from 'fflate';
import { readXlsxRows } from '../../src/xlsx/index';
import type { XlsxRow } from '../../src/xlsx/index';

/** Every row of a sheet, read back with the project's own streaming reader. */
export async function rowsOf(bytes: Uint8Array, sheet: string | number = 0): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const row of readXlsxRows(bytes, { sheet })) out.push(row);
  return out;
}

/** The XML of a part (e.g. `xl/worksheets/sheet1.xml`). */
export function part(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes);
  const f = files[name];
  if (f === undefined) throw new Error(`no part ${name}`);
  return strFromU8(f);
}

/** The merged ranges of a sheet (1-based), in the order written. */
export function mergesOf(bytes: Uint8Array, sheet = 1): string[] {
  return [...part(bytes, `xl/worksheets/sheet${sheet}.xml`).matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"\/>/g)].map((m) => m[1] as string);
}

/** All the text of a workbook's parts (for searching for what must not be there). */
export function allText(bytes: Uint8Array): string {
  return Object.values(unzipSync(bytes)).map((v) => strFromU8(v)).join('\n');
}
