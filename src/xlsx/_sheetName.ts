import { raise } from '../errors/ReformRulesError';

const FORBIDDEN = /[[\]:*?/\\]/;

/** @internal Checks the sheet names of a workbook: 1–31 characters, no []:*?/\, no edge apostrophe, unique without case. */
export function checkSheetNames(names: readonly unknown[]): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const field = `sheets[${i}].name`;
    const bad = (reason: string) => raise('invalid_sheet_name', { field, reason, received: name });
    if (typeof name !== 'string' || name.length === 0) bad('empty or not text');
    const text = name as string;
    if (text.length > 31) bad(`${text.length} characters`);
    if (FORBIDDEN.test(text)) bad('a forbidden character');
    if (text.startsWith("'") || text.endsWith("'")) bad('an apostrophe at an end');
    if (/[\u0000-\u001f]/.test(text)) bad('a control character');
    if (text.toLowerCase() === 'history') bad("'History' is reserved by Excel");
    const key = text.toLocaleLowerCase('en');
    const other = seen.get(key);
    if (other !== undefined) raise('duplicate_sheet_name', { field, other, received: name });
    seen.set(key, i);
  });
}
