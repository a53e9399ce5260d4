import { raiseCore } from '../errors/raiseCore';

/**
 * Neutralises spreadsheet formula injection in a text value (OWASP "CSV Injection"): text that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating it. Other text is returned unchanged.
 *
 * @remarks Meant for text written where a spreadsheet may evaluate it: CSV output, and cells copied
 * out of a workbook. {@link writeWorkbook} never writes a text cell as a formula (text cells are
 * `t="s"` or `t="inlineStr"`, which Excel and LibreOffice do not evaluate), so it does not apply this
 * by default and keeps text exactly; `neutraliseFormulas: true` applies it there too. Numbers are
 * numeric cells and are never touched: `-5` as a number stays `-5`. It imports only the core raise, so
 * the CSV formatter can share it without pulling in the workbook code.
 * @param text - The text of a cell.
 * @returns The text, with an apostrophe in front when it could start a formula.
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://x")'); // => '\'=HYPERLINK("http://x")'
 * neutraliseFormula('-12'); // => "'-12"
 * neutraliseFormula('Hồ sơ 12'); // => 'Hồ sơ 12'
 * ```
 * @category Excel
 */
export function neutraliseFormula(text: string): string {
  if (typeof text !== 'string') raiseCore('invalid_type', { field: 'text', expected: 'a string', received: text });
  const first = text.charCodeAt(0);
  // = + - @ TAB CR
  return first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d ? `'${text}` : text;
}
