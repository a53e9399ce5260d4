/**
 * Where a JSON text stops being JSON, said without quoting it: the readers' `invalid_json` issue
 * names a column and what was wrong there, in the chosen language, instead of passing on the
 * engine's message (English, and it quotes the input, which may hold personal data).
 * @module
 */

/** What is wrong at the first bad position of a JSON text. */
type JsonFault = 'unexpected_character' | 'unexpected_end' | 'control_character' | 'bad_escape' | 'trailing_content' | 'empty';

/** A fault: its offset (UTF-16 code units) and kind. */
type Fault = { offset: number; fault: JsonFault };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const HEX = /^[0-9a-fA-F]$/;
/** The one-letter escapes of JSON after a backslash: " \ / b f n r t. */
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);

/** A forward scanner over one text; each method reads one part of the grammar and returns a fault or undefined. */
class Scanner {
  i = 0;
  readonly n: number;
  constructor(readonly text: string) {
    this.n = text.length;
  }
  at(k = this.i): number {
    return this.text.charCodeAt(k);
  }
  fail(fault: JsonFault, at = this.i): Fault {
    return { offset: at, fault };
  }
  end(): Fault {
    return { offset: this.n, fault: 'unexpected_end' };
  }
  ws(): void {
    while (this.i < this.n) {
      const c = this.at();
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.i++;
    }
  }
  digits(): boolean {
    const from = this.i;
    while (this.i < this.n && isDigit(this.at())) this.i++;
    return this.i > from;
  }
  /** One escape from its backslash. */
  escape(): Fault | undefined {
    if (this.i + 1 >= this.n) return this.end();
    const e = this.at(this.i + 1);
    if (ESCAPES.has(e)) {
      this.i += 2;
      return undefined;
    }
    if (e !== 117) return this.fail('bad_escape', this.i + 1);
    for (let k = 2; k < 6; k++) {
      if (this.i + k >= this.n) return this.end();
      if (!HEX.test(this.text[this.i + k] as string)) return this.fail('bad_escape', this.i + k);
    }
    this.i += 6;
    return undefined;
  }
  /** One string from its opening quote. */
  string(): Fault | undefined {
    this.i++;
    for (;;) {
      if (this.i >= this.n) return this.end();
      const c = this.at();
      if (c === 34) {
        this.i++;
        return undefined;
      }
      if (c < 32) return this.fail('control_character');
      if (c !== 92) this.i++;
      else {
        const f = this.escape();
        if (f) return f;
      }
    }
  }
  /** Digits that must be there (after '.', 'e' or at the start). */
  required(): Fault | undefined {
    if (this.i >= this.n) return this.end();
    return this.digits() ? undefined : this.fail('unexpected_character');
  }
  /** One number from its first character ('-' or a digit). */
  number(): Fault | undefined {
    if (this.at() === 45) this.i++;
    if (this.i >= this.n) return this.end();
    if (this.at() === 48) this.i++;
    else if (!this.digits()) return this.fail('unexpected_character');
    if (this.at() === 46) {
      this.i++;
      const f = this.required();
      if (f) return f;
    }
    const e = this.at();
    if (e !== 101 && e !== 69) return undefined;
    this.i++;
    if (this.at() === 43 || this.at() === 45) this.i++;
    return this.required();
  }
  literal(word: string): Fault | undefined {
    for (let k = 0; k < word.length; k++) {
      if (this.i + k >= this.n) return this.end();
      if (this.text[this.i + k] !== word[k]) return this.fail('unexpected_character', this.i + k);
    }
    this.i += word.length;
    return undefined;
  }
  /** An object key and its colon. */
  key(): Fault | undefined {
    this.ws();
    if (this.i >= this.n) return this.end();
    if (this.at() !== 34) return this.fail('unexpected_character');
    const f = this.string();
    if (f) return f;
    this.ws();
    if (this.i >= this.n) return this.end();
    if (this.at() !== 58) return this.fail('unexpected_character');
    this.i++;
    return undefined;
  }
  /** A scalar value at i (a string, number or literal). */
  scalar(c: number): Fault | undefined {
    if (c === 34) return this.string();
    if (c === 45 || isDigit(c)) return this.number();
    if (c === 116) return this.literal('true');
    if (c === 102) return this.literal('false');
    if (c === 110) return this.literal('null');
    return this.fail('unexpected_character');
  }
}

/** After a value: commas and closing brackets up to the next value (false) or the end of the text. */
function afterValue(s: Scanner, open: number[]): Fault | undefined | false {
  for (;;) {
    s.ws();
    const top = open[open.length - 1];
    if (top === undefined) return s.i < s.n ? s.fail('trailing_content') : undefined;
    if (s.i >= s.n) return s.end();
    const d = s.at();
    if (d === 44) {
      s.i++;
      return top === 123 ? (s.key() ?? false) : false;
    }
    if (d !== (top === 123 ? 125 : 93)) return s.fail('unexpected_character');
    open.pop();
    s.i++;
  }
}

/** The first syntax fault of a JSON text, or undefined when the text is valid JSON (by ECMA-404, as `JSON.parse` reads it). */
export function findJsonFault(text: string): Fault | undefined {
  const s = new Scanner(text);
  // An explicit stack of open containers: hostile nesting cannot overflow the call stack.
  const open: number[] = [];
  s.ws();
  if (s.i >= s.n) return s.fail('empty', 0);
  for (;;) {
    // A value is expected at i.
    s.ws();
    if (s.i >= s.n) return s.end();
    const c = s.at();
    if (c === 123 || c === 91) {
      s.i++;
      s.ws();
      if (s.i >= s.n) return s.end();
      if (s.at() === (c === 123 ? 125 : 93)) s.i++;
      else {
        open.push(c);
        const f = c === 123 ? s.key() : undefined;
        if (f) return f;
        continue;
      }
    } else {
      const f = s.scalar(c);
      if (f) return f;
    }
    const next = afterValue(s, open);
    if (next !== false) return next;
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
