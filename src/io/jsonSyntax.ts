/**
 * Where a JSON text stops being JSON, said without quoting it: the readers' `invalid_json` issue
 * names a column and what was wrong there, in the chosen language, instead of passing on the
 * engine's message (English, and it quotes the input, which may hold personal data).
 * @module
 */

/** What is wrong at the first bad position of a JSON text. */
type JsonFault = 'unexpected_character' | 'unexpected_end' | 'control_character' | 'bad_escape' | 'trailing_content' | 'empty';

/** The first syntax fault of a JSON text, or undefined when the text is valid JSON (by ECMA-404, as `JSON.parse` reads it). */
export function findJsonFault(text: string): { offset: number; fault: JsonFault } | undefined {
  const n = text.length;
  let i = 0;
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i++;
    }
  };
  const digits = (): boolean => {
    const from = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i > from;
  };
  const fail = (fault: JsonFault, at = i) => ({ offset: at, fault });
  const end = () => fail('unexpected_end', n);
  /** Reads one string from its opening quote; returns a fault or undefined. */
  const string = (): { offset: number; fault: JsonFault } | undefined => {
    i++;
    for (;;) {
      if (i >= n) return end();
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 32) return fail('control_character');
      if (c === 92) {
        if (i + 1 >= n) return end();
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) return end();
            if (!/[0-9a-fA-F]/.test(text[i + k] as string)) return fail('bad_escape', i + k);
          }
          i += 6;
        } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i += 2;
        else return fail('bad_escape', i + 1);
      } else i++;
    }
  };
  /** Reads one number; returns a fault or undefined. */
  const number = (): { offset: number; fault: JsonFault } | undefined => {
    if (text.charCodeAt(i) === 45) i++;
    if (i >= n) return end();
    if (text.charCodeAt(i) === 48) i++;
    else if (!digits()) return fail('unexpected_character');
    if (text.charCodeAt(i) === 46) {
      i++;
      if (i >= n) return end();
      if (!digits()) return fail('unexpected_character');
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
      if (i >= n) return end();
      if (!digits()) return fail('unexpected_character');
    }
    return undefined;
  };
  const literal = (word: string): { offset: number; fault: JsonFault } | undefined => {
    for (let k = 0; k < word.length; k++) {
      if (i + k >= n) return end();
      if (text[i + k] !== word[k]) return fail('unexpected_character', i + k);
    }
    i += word.length;
    return undefined;
  };
  // An explicit stack of open containers: hostile nesting cannot overflow the call stack.
  const open: number[] = [];
  ws();
  if (i >= n) return fail('empty', 0);
  for (;;) {
    // A value is expected at i.
    ws();
    if (i >= n) return end();
    const c = text.charCodeAt(i);
    let f: { offset: number; fault: JsonFault } | undefined;
    if (c === 123 || c === 91) {
      open.push(c);
      i++;
      ws();
      if (i >= n) return end();
      const close = c === 123 ? 125 : 93;
      if (text.charCodeAt(i) === close) {
        open.pop();
        i++;
      } else if (c === 123) {
        if (text.charCodeAt(i) !== 34) return fail('unexpected_character');
        if ((f = string())) return f;
        ws();
        if (i >= n) return end();
        if (text.charCodeAt(i) !== 58) return fail('unexpected_character');
        i++;
        continue;
      } else continue;
    } else if (c === 34) f = string();
    else if (c === 45 || (c >= 48 && c <= 57)) f = number();
    else if (c === 116) f = literal('true');
    else if (c === 102) f = literal('false');
    else if (c === 110) f = literal('null');
    else return fail('unexpected_character');
    if (f) return f;
    // After a value: a comma, a closing bracket, or the end of the text.
    for (;;) {
      ws();
      const top = open[open.length - 1];
      if (top === undefined) return i < n ? fail('trailing_content') : undefined;
      if (i >= n) return end();
      const d = text.charCodeAt(i);
      if (d === 44) {
        i++;
        if (top === 123) {
          ws();
          if (i >= n) return end();
          if (text.charCodeAt(i) !== 34) return fail('unexpected_character');
          if ((f = string())) return f;
          ws();
          if (i >= n) return end();
          if (text.charCodeAt(i) !== 58) return fail('unexpected_character');
          i++;
        }
        break;
      }
      if (d === (top === 123 ? 125 : 93)) {
        open.pop();
        i++;
        continue;
      }
      return fail('unexpected_character');
    }
  }
}

const FAULTS: Record<JsonFault, [en: string, vi: string]> = {
  unexpected_character: ['unexpected character', 'ký tự không đúng cú pháp'],
  unexpected_end: ['the text ends inside a value', 'dữ liệu kết thúc giữa chừng một giá trị'],
  control_character: ['a control character inside a string', 'ký tự điều khiển trong một chuỗi'],
  bad_escape: ['an invalid escape in a string', 'chuỗi thoát (\\) không hợp lệ'],
  trailing_content: ['more content after the value', 'còn dữ liệu sau giá trị'],
  empty: ['no value', 'không có giá trị'],
};

/**
 * @internal The `detail`/`detailVi` params of an `invalid_json` issue for a text `JSON.parse` refused:
 * where (line and column, 1-based; the column in UTF-16 code units as editors count; the line only
 * when the text has several) and what is wrong there, never the text itself.
 */
export function describeJsonFault(text: string): { detail: string; detailVi: string; line: number; column?: number } {
  const f = findJsonFault(text);
  // JSON.parse refused a text the grammar accepts: only an engine limit (nesting depth) can do that.
  if (f === undefined) return { detail: 'the value is nested too deeply for the JSON parser', detailVi: 'giá trị lồng nhau quá sâu đối với bộ đọc JSON', line: 1 };
  const [en, vi] = FAULTS[f.fault];
  if (f.fault === 'empty') return { detail: en, detailVi: vi, line: 1 };
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < f.offset; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  const column = f.offset - start + 1;
  const at = line === 1 ? [`column ${column}`, `cột ${column}`] : [`line ${line}, column ${column}`, `dòng ${line}, cột ${column}`];
  return { detail: `${en} at ${at[0]}`, detailVi: `${vi} ở ${at[1]}`, line, column };
}

/** @internal {@link describeJsonFault} as the `detail`/`detailVi` params of an issue (its line is the record's). */
export function jsonFaultParams(text: string): { detail: string; detailVi: string } {
  const { detail, detailVi } = describeJsonFault(text);
  return { detail, detailVi };
}
