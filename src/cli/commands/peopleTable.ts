/**
 * Tables of the people-side commands (rating, rotation, scoring) as Markdown, CSV or JSON.
 * @internal
 * @module
 */
import type { Issue } from '../../errors/Issue';
import type { Locale } from '../../errors/messages/index';
import { neutraliseFormula } from '../../xlsx/neutraliseFormula';
import { CliError, EXIT } from '../CliError';
import { Localized, msg } from '../messages';

/** @internal The output formats of the people-side commands (xlsx needs `--out`, see ./workbook). */
export type PeopleFormat = 'md' | 'csv' | 'json' | 'xlsx';

/** @internal A plain decimal number (e.g. `-5`, `12.5`): a number cell, never neutralised. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/** @internal One CSV cell: text that could start a formula is neutralised (OWASP), numbers kept; then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = NUMBER.test(value) ? value : neutraliseFormula(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** @internal Renders a header and rows as Markdown (with a title and notes) or CSV. */
export function renderTable(format: PeopleFormat, title: string, header: readonly string[], rows: readonly (readonly string[])[], notes: readonly string[]): string {
  if (format === 'csv') return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`## ${title}`, '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`), ''];
  if (notes.length > 0) lines.push(...notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

/** @internal The lines listing rejected records. */
export function rejectedNotes(rejected: readonly { readonly issues: readonly Issue[] }[], locale: Locale): string[] {
  if (rejected.length === 0) return [];
  const head = locale === 'vi' ? `${rejected.length} bản ghi không hợp lệ đã bị loại:` : `${rejected.length} record(s) rejected:`;
  return [head, ...rejected.flatMap((r) => r.issues.map((i) => `[${i.path.join('.')}] ${i.code}: ${i.message}`))];
}

/** @internal A JSON object read from a file, or a usage-level input error naming the file. */
export function objectOrArray(value: unknown, file: string, what: Localized): Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') throw new CliError('malformed_input', { file, line: 1, detail: msg('expected_shape', { what }) }, EXIT.input);
  return value as Record<string, unknown> | unknown[];
}
