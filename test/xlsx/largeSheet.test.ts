/**
 * A large sheet read by the streaming reader (not timed: the memory numbers are bench/inputs.bench.ts's).
 * Given a function that opens the workbook, a sheet that precedes its shared strings and styles (as
 * Excel and this library write them) is skipped on a first pass and streamed on a second, instead of
 * being kept compressed: the rows must be exactly those of the one-pass read of the bytes.
 */
import { describe, expect, it } from 'vitest';
import { readDossierXlsx } from '../../src/io/index';
import type { XlsxCellInput, XlsxRow } from '../../src/xlsx/index';
import { readXlsxRows, writeWorkbook } from '../../src/xlsx/index';

const N = 30_000;
const p2 = (n: number) => String(n).padStart(2, '0');

function* rows(): Generator<readonly XlsxCellInput[]> {
  yield ['Mã hồ sơ', 'Mã TTHC', 'Phòng', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày có kết quả', 'Chủ hồ sơ'];
  for (let i = 0; i < N; i++) {
    const day = 1 + (i % 28);
    yield [`HS-${i}`, `XD-${i % 7}`, `P-${i % 5}`, ['Trực tiếp', 'Trực tuyến', 'Bưu chính'][i % 3] as string, { date: `2025-03-${p2(day)}T${p2(7 + (i % 10))}:${p2(i % 60)}` }, i % 4 === 0 ? null : `${p2(Math.min(28, day + 1))}/03/2025 10:00`, `Người ${i}`];
  }
}

const bytes = writeWorkbook({ sheets: [{ name: 'Hồ sơ', rows: rows() }] });
/** The bytes as a stream of 64 KiB chunks, counting how often it is opened. */
function opener(): { open: () => Iterable<Uint8Array>; opens: () => number } {
  let n = 0;
  return {
    open: () => {
      n += 1;
      return (function* () {
        for (let at = 0; at < bytes.length; at += 1 << 16) yield bytes.subarray(at, at + (1 << 16));
      })();
    },
    opens: () => n,
  };
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe(`a ${N.toLocaleString('en')}-row sheet`, () => {
  it('reads every row, the same with a reopenable source (two passes, nothing stored) as from the bytes (one pass)', async () => {
    const once = await all(readXlsxRows(bytes));
    const o = opener();
    const twice: XlsxRow[] = await all(readXlsxRows(o.open));
    expect(o.opens()).toBe(2); // the sheet precedes sharedStrings.xml and styles.xml in the archive
    expect(twice.length).toBe(N + 1);
    expect(twice).toEqual(once);
  });

  it('gives the same dossiers through readDossierXlsx, personal data dropped', async () => {
    const a = await all(readDossierXlsx(bytes, { locale: 'vi' }));
    const o = opener();
    const b = await all(readDossierXlsx(o.open, { locale: 'vi' }));
    expect(b).toEqual(a);
    expect(b.filter((r) => r.ok).length).toBe(N);
    expect(JSON.stringify(b.slice(0, 100))).not.toContain('Người');
  });

  it('a source function that returns something else is an error naming it', async () => {
    await expect(all(readXlsxRows(() => 42 as unknown as Uint8Array))).rejects.toThrow(/source\(\)/);
  });
});
