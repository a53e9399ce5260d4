/**
 * The JSON fault locator behind the readers' `invalid_json` issue: it accepts exactly what
 * `JSON.parse` accepts, points where the engine points when the engine names a position, and the
 * issue it feeds never quotes the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonArray } from '../../src/io/readJsonArray';
import { readJsonLines } from '../../src/io/readJsonLines';
import { describeJsonFault, findJsonFault } from '../../src/io/jsonSyntax';

const parses = (t: string): boolean => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

/** JSON texts and near-JSON texts: valid ones with one character inserted, removed or replaced. */
const alphabet = fc.constantFrom(...'{}[]":,.-+eE0123456789 \t\n\\/ubfnrtalsxỐ\u0001\u007f\ud800'.split(''));
const mutated = fc.tuple(fc.json({ maxDepth: 4 }), fc.nat(), alphabet, fc.constantFrom('insert', 'delete', 'replace')).map(([t, at, c, op]) => {
  const i = t.length === 0 ? 0 : at % t.length;
  return op === 'insert' ? t.slice(0, i) + c + t.slice(i) : op === 'delete' ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + c + t.slice(i + 1);
});
const texts = fc.oneof(fc.json({ maxDepth: 4 }), mutated, fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), fc.json().map((t) => t.slice(0, Math.floor(t.length / 2))));

describe('findJsonFault', () => {
  it('finds no fault exactly when JSON.parse accepts the text', () => {
    fc.assert(fc.property(texts, (t) => (findJsonFault(t) === undefined) === parses(t)));
  });

  it('points where V8 points whenever its message names a position, and at the end for a cut text', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const f = findJsonFault(t);
        if (f === undefined) return;
        expect(f.offset).toBeGreaterThanOrEqual(0);
        expect(f.offset).toBeLessThanOrEqual(t.length);
        if (f.fault === 'unexpected_end') expect(f.offset).toBe(t.length);
        let message = '';
        try {
          JSON.parse(t);
        } catch (e) {
          message = (e as Error).message;
        }
        const m = /at position (\d+)/.exec(message);
        if (m !== null && f.fault !== 'empty') expect(f.offset, message).toBe(Number(m[1]));
      }),
    );
  });

  it('walks nesting far deeper than any call stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(findJsonFault(deep)).toBeUndefined();
    expect(findJsonFault(`${deep.slice(0, -1)}}`)).toEqual({ offset: 399_999, fault: 'unexpected_character' });
  });

  it('names line and column in both languages', () => {
    expect(describeJsonFault('{"id": oops}')).toEqual({ detail: 'unexpected character at column 8', detailVi: 'ký tự không đúng cú pháp ở cột 8', line: 1, column: 8 });
    expect(describeJsonFault('{\n  "a": 1,\n  "b": \n')).toMatchObject({ detail: 'the text ends inside a value at line 4, column 1', line: 4, column: 1 });
    expect(describeJsonFault('"a\tb"')).toMatchObject({ detailVi: 'ký tự điều khiển trong một chuỗi ở cột 3' });
  });
});

describe('the invalid_json issue of the readers', () => {
  const secret = 'Nguyễn Văn An 0905123456';
  it('says where and what in the chosen language without quoting the line (JSON Lines and JSON arrays)', async () => {
    const line = `{"id":"HS-1","applicant":"${secret}" "phone":1}`;
    for (const [read, src] of [
      [readJsonLines, `\n\n${line}\n`],
      [readJsonArray, `[\n\n${line}]`],
    ] as const) {
      const out = [];
      for await (const r of read(src, { locale: 'vi' })) out.push(r);
      expect(out).toHaveLength(1);
      const r = out[0];
      if (r === undefined || r.ok) throw new Error('expected a rejected record');
      const issue = r.issues[0];
      expect(issue?.code).toBe('invalid_json');
      expect(r.line).toBe(3);
      expect(issue?.message).toMatch(/^dòng 3: không phải JSON hợp lệ \(ký tự không đúng cú pháp ở cột \d+\)$/);
      expect(issue?.message).not.toContain('Nguy');
      expect(JSON.stringify(issue)).not.toContain(secret);
    }
  });
});
