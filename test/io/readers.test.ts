import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReformRulesError } from '../../src/index';
import { readCsv, readJsonArray, readJsonLines, readRecords } from '../../src/io/index';
import { collect, cut, utf16, utf8 } from './helpers';

describe('readJsonLines', () => {
  it('yields each line with its number, rejects a bad line and goes on', async () => {
    const r = await collect(readJsonLines('\uFEFF{"a":1}\r\n\n{"b": oops}\r{"c":3}\n{"d":'));
    expect(r.map((x) => [x.line, x.ok])).toEqual([[1, true], [3, false], [4, true], [5, false]]);
    expect(r[0]).toEqual({ ok: true, line: 1, value: { a: 1 } });
    const bad = r[1];
    expect(bad?.ok === false && bad.issues[0].code).toBe('invalid_json');
    expect(bad?.ok === false && bad.input).toBe('{"b": oops}');
  });

  it('makes invalid UTF-8 an issue on that line, not a silent U+FFFD', async () => {
    const bytes = new Uint8Array([...utf8('{"a":"ok"}\n{"b":"'), 0xff, ...utf8('"}\n{"c":"Hồ sơ"}\n')]);
    const r = await collect(readJsonLines(bytes));
    expect(r.map((x) => (x.ok ? 'ok' : x.issues[0].code))).toEqual(['ok', 'invalid_encoding', 'ok']);
    expect(r[1]?.line).toBe(2);
    expect(r[2]?.ok === true && r[2].value).toEqual({ c: 'Hồ sơ' });
  });

  it('reads UTF-16 LE and BE, with and without a byte order mark (Excel "Unicode text")', async () => {
    const text = '{"id":"Mã hồ sơ"}\r\n{"id":"b"}\r\n';
    for (const [le, bom] of [[true, true], [false, true], [true, false], [false, false]] as const) {
      const r = await collect(readJsonLines(utf16(text, le, bom)));
      expect(r).toEqual([{ ok: true, line: 1, value: { id: 'Mã hồ sơ' } }, { ok: true, line: 2, value: { id: 'b' } }]);
    }
  });

  it('rejects a line over maxRecordBytes without building it, and reads the next one', async () => {
    const huge = 'x'.repeat(200_000);
    const chunks = [`{"a":1}\n${huge.slice(0, 50_000)}`, huge.slice(50_000), `${huge}\n{"b":2}\n`];
    const r = await collect(readJsonLines(chunks, { maxRecordBytes: 1000, previewChars: 10 }));
    expect(r.map((x) => (x.ok ? x.line : `${x.line}:${x.issues[0].code}`))).toEqual([1, '2:record_too_large', 3]);
    expect(r[1]?.ok === false && r[1].input).toBe('xxxxxxxxxx…');
  });

  it('checks its arguments at the boundary', () => {
    expect(() => readJsonLines(42 as never)).toThrow(ReformRulesError);
    expect(() => readJsonLines('', { maxRecordBytes: 0 })).toThrow(/maxRecordBytes/);
  });

  const line = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string().filter((s) => !/[\r\n]/.test(s)),
    fc.constantFrom('', '  ', '{"id": oops}', '{"a":"Hồ sơ ầ 😀"}'),
  );
  const eol = fc.constantFrom('\n', '\r\n', '\r');

  it('property: chunking never changes the result, and non-blank lines = accepted + rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, eol), { maxLength: 20 }), fc.boolean(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), async (rows, lastEol, points) => {
        const text = rows.map(([l, e], i) => (i === rows.length - 1 && !lastEol ? l : l + e)).join('');
        const whole = await collect(readJsonLines(text));
        const chunked = await collect(readJsonLines(cut(utf8(text), points)));
        expect(chunked).toEqual(whole);
        const lines = text.split(/\r\n|\r|\n/);
        if (text.endsWith('\n') || text.endsWith('\r')) lines.pop();
        expect(whole.length).toBe(lines.filter((l) => l.trim() !== '').length);
        for (const r of whole) if (r.ok) expect(JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(lines[r.line - 1] as string)));
      }),
    );
  });
});

describe('readJsonArray', () => {
  it('yields elements with their starting line, streaming through strings, escapes and depth', async () => {
    const r = await collect(readJsonArray('[\n{"id":"a,]\\"}"},\n [1,[2]] ,\n 3 4, ] x'));
    expect(r.map((x) => (x.ok ? [x.line, x.value] : [x.line, x.issues[0].code]))).toEqual([
      [2, { id: 'a,]"}' }],
      [3, [1, [2]]],
      [4, 'invalid_json'],
      [4, 'invalid_json'],
      [4, 'trailing_content'],
    ]);
  });

  it('rejects a non-array top-level value as one record, and a truncated end', async () => {
    const one = await collect(readJsonArray(' {"a":1}'));
    expect(one.map((x) => (x.ok ? 'ok' : x.issues[0].code))).toEqual(['not_json_array']);
    const cutShort = await collect(readJsonArray('[{"a":1},{"b":'));
    expect(cutShort.map((x) => (x.ok ? 'ok' : x.issues[0].code))).toEqual(['ok', 'truncated_input']);
    expect(await collect(readJsonArray(' [ ] '))).toEqual([]);
  });

  it('property: chunking never changes the result, and elements = accepted + rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 15 }), fc.constantFrom('', ' ', '\n', '\r\n  '), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), async (values, ws, points) => {
        const text = `${ws}[${ws}${values.map((v) => JSON.stringify(v)).join(`,${ws}`)}${ws}]${ws}`;
        const whole = await collect(readJsonArray(text));
        expect(await collect(readJsonArray(cut(utf8(text), points)))).toEqual(whole);
        expect(whole.length).toBe(values.length);
        expect(whole.map((r) => (r.ok ? JSON.stringify(r.value) : 'rejected'))).toEqual(values.map((v) => JSON.stringify(v)));
      }),
    );
  });
});

describe('readCsv', () => {
  it('reads RFC 4180 quoting, detects ";", skips blank lines and rejects bad rows by line', async () => {
    const text = '\uFEFFid;note;x\r\nHS-1;"a; ""b""\r\nc";1\r\n\r\nHS-2;2\nHS-3;"bad"z;1\nHS-4;"open;1\nHS-5;ok;2\n';
    const r = await collect(readCsv(text));
    expect(r.map((x) => (x.ok ? [x.line, { ...x.value }] : [x.line, x.issues[0].code]))).toEqual([
      [2, { id: 'HS-1', note: 'a; "b"\nc', x: '1' }],
      [5, 'csv_field_count'],
      [6, 'csv_invalid_quote'],
      [7, 'csv_unterminated_quote'],
      [8, { id: 'HS-5', note: 'ok', x: '2' }],
    ]);
  });

  it('detects a tab delimiter and keeps a "__proto__" column as a plain column', async () => {
    const r = await collect(readCsv('__proto__\tb\nx\ty\n'));
    expect(r[0]?.ok === true && r[0].value['__proto__']).toBe('x');
    expect(Object.hasOwn(r[0]?.ok === true ? r[0].value : {}, '__proto__')).toBe(true);
  });

  it('throws invalid_csv_header for a column named twice', async () => {
    await expect(collect(readCsv('a,a\n1,2\n'))).rejects.toMatchObject({ code: 'invalid_csv_header' });
  });

  const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'Hồ sơ', ' pad ', ';'));
  const quote = (s: string) => (/[",;\t\r\n]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s);

  it('property: chunking never changes the result, and rows = accepted + rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 10 }), fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), async (n, rows, delim, eol, points) => {
        const header = Array.from({ length: n }, (_, i) => `h${i}`);
        const body = rows.map((r) => r.slice(0, n)).filter((r) => r.some((c) => c.trim() !== '') || n > 1);
        const text = [header, ...body].map((r) => r.map(quote).join(delim)).join(eol) + eol;
        const whole = await collect(readCsv(text, { delimiter: delim, trim: false }));
        expect(await collect(readCsv(cut(utf8(text), points), { delimiter: delim, trim: false }))).toEqual(whole);
        expect(whole.length).toBe(body.length);
        expect(whole.map((r) => (r.ok ? header.map((h) => r.value[h]) : 'rejected'))).toEqual(body);
      }),
    );
  });
});

describe('readRecords', () => {
  it('sniffs the format from the name, else from the first non-space character', async () => {
    expect((await collect(readRecords(' [1,2]'))).length).toBe(2);
    expect((await collect(readRecords('{"a":1}\n{"a":2}\n'))).length).toBe(2);
    expect(await collect(readRecords('a,b\n1,2\n'))).toMatchObject([{ ok: true, line: 2, value: { a: '1', b: '2' } }]);
    expect(await collect(readRecords('{"a":1}\n', { name: 'x.json' }))).toMatchObject([{ ok: false, issues: [{ code: 'not_json_array' }] }]);
    expect(await collect(readRecords('a\n1\n', { format: 'csv', name: 'x.json' }))).toMatchObject([{ ok: true }]);
  });
});
