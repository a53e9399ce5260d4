import { strFromU8, unzipSync } from 'fflate';
import { readXlsxRows } from '../../src/xlsx/index';
import type { ReadXlsxOptions, XlsxRow } from '../../src/xlsx/index';

/** The text of each part of a workbook. */
export function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

/** Every row of a sheet. */
export async function readAll(source: Parameters<typeof readXlsxRows>[0], options?: ReadXlsxOptions): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(source, options)) rows.push(row);
  return rows;
}

/** The bytes in chunks of `size`, as an async stream would give them. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** Calls `fn` and returns what it threw (or rejects with). */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
