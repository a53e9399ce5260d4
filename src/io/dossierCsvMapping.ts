/**
 * The mapping option of the dossier CSV reader: for any other export, which header is which field,
 * how its values read, and how its dates are written. Validated, with a JSON Schema.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { optionalObjectArg } from '../errors/args';
import type { Issue, Result } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { DossierCsvRole } from './dossierCsvHeaders';
import { DOSSIER_CSV_COLUMNS } from './dossierCsvHeaders';
import type { ExportDateFormat } from './exportDates';

/**
 * What a status value means for counting: still open (`pending`), ended in one of the model's end
 * kinds, or never received (`not_received`: such a row is rejected with `not_received`, not counted).
 * @category Input
 */
export type DossierCsvStatus = 'pending' | 'processed' | 'returned' | 'stopped' | 'withdrawn' | 'rejected' | 'not_received';

/**
 * Cell value → model value tables of a {@link DossierCsvMapping} (values matched in any case, with
 * or without diacritics).
 * @example
 * ```ts
 * import type { DossierCsvValueMaps } from 'reform-rules/io';
 * const values: DossierCsvValueMaps = { channel: { 'Qua mạng': 'online' }, status: { 'Chờ thanh toán': 'pending' } };
 * ```
 * @category Input
 */
export interface DossierCsvValueMaps {
  /** Channel cells: `direct`, `online` or `postal`. */
  readonly channel?: Readonly<Record<string, 'direct' | 'online' | 'postal'>>;
  /** Online-level cells: `full` or `partial`. */
  readonly onlineLevel?: Readonly<Record<string, 'full' | 'partial'>>;
  /** Status cells: what each status means for counting. */
  readonly status?: Readonly<Record<string, DossierCsvStatus>>;
}

/**
 * How to read an export whose headers or values the alias table does not know.
 * @example
 * ```ts
 * import type { DossierCsvMapping } from 'reform-rules/io';
 * const mapping: DossierCsvMapping = {
 *   columns: { 'Số biên nhận': 'id', 'Ngày nộp': 'receivedAt', 'Người đứng tên': 'personal' },
 *   values: { channel: { 'Qua mạng': 'online' } },
 *   dateFormat: 'dd/MM/yyyy',
 * };
 * ```
 * @category Input
 */
export interface DossierCsvMapping {
  /** Header (as written, or in any case/diacritics) → role; wins over the alias table. */
  readonly columns?: Readonly<Record<string, DossierCsvRole>>;
  /** Cell value → model value, per field; extends the built-in value tables. */
  readonly values?: DossierCsvValueMaps;
  /** How date cells of aliased or mapped columns are written. Default `'auto'` (every accepted form). */
  readonly dateFormat?: ExportDateFormat;
}

const ROLES: readonly DossierCsvRole[] = [...DOSSIER_CSV_COLUMNS, 'procedureName', 'status', 'personal', 'ignore'];
const STATUSES: readonly DossierCsvStatus[] = ['pending', 'processed', 'returned', 'stopped', 'withdrawn', 'rejected', 'not_received'];
const VALUE_SETS: Readonly<Record<string, readonly string[]>> = {
  channel: ['direct', 'online', 'postal'],
  onlineLevel: ['full', 'partial'],
  status: STATUSES,
};
const DATE_FORMATS: readonly ExportDateFormat[] = ['auto', 'dd/MM/yyyy', 'yyyy-MM-dd', 'iso'];

const enumSchema = (values: readonly string[]) => ({ type: 'object', additionalProperties: { enum: [...values] } });

/**
 * The JSON Schema (draft 2020-12) of a {@link DossierCsvMapping} file
 * (also `docs/schemas/DossierCsvMapping.schema.json`).
 * @example
 * ```ts
 * import { DOSSIER_CSV_MAPPING_SCHEMA } from 'reform-rules/io';
 * DOSSIER_CSV_MAPPING_SCHEMA['title']; // => 'DossierCsvMapping'
 * ```
 * @category Input
 */
export const DOSSIER_CSV_MAPPING_SCHEMA: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'DossierCsvMapping',
  type: 'object',
  additionalProperties: false,
  properties: {
    columns: enumSchema(ROLES),
    values: {
      type: 'object',
      additionalProperties: false,
      properties: { channel: enumSchema(VALUE_SETS['channel'] as string[]), onlineLevel: enumSchema(VALUE_SETS['onlineLevel'] as string[]), status: enumSchema(STATUSES) },
    },
    dateFormat: { enum: [...DATE_FORMATS] },
  },
};

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function checkTable(v: unknown, path: (string | number)[], allowed: readonly string[], issues: Issue[], locale: Locale): void {
  if (!isPlain(v)) return void issues.push(createIssue('invalid_mapping', path, { field: path.join('.'), detail: 'expected an object', detailVi: 'cần một đối tượng', received: v }, locale));
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string' || !allowed.includes(x)) {
      issues.push(createIssue('invalid_mapping', [...path, k], { field: [...path, k].join('.'), detail: `expected one of ${allowed.join(', ')}`, detailVi: `cần một trong ${allowed.join(', ')}`, received: x }, locale));
    }
  }
}

/**
 * Validates a mapping (e.g. `JSON.parse` of a mapping file) against {@link DOSSIER_CSV_MAPPING_SCHEMA}.
 * @param value - The candidate mapping.
 * @param options - The message locale.
 * @returns The mapping, or the issues naming each bad entry (code `invalid_mapping`).
 * @example
 * ```ts
 * import { parseDossierCsvMapping } from 'reform-rules/io';
 * parseDossierCsvMapping({ columns: { 'Số biên nhận': 'id' } }).ok; // => true
 * parseDossierCsvMapping({ columns: { 'Số biên nhận': 'number' } }).ok; // => false
 * ```
 * @category Input
 */
export function parseDossierCsvMapping(value: unknown, options: { locale?: Locale } = {}): Result<DossierCsvMapping> {
  optionalObjectArg(options, 'options');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const issues: Issue[] = [];
  if (!isPlain(value)) issues.push(createIssue('invalid_mapping', [], { field: 'mapping', detail: 'expected an object', detailVi: 'cần một đối tượng', received: value }, locale));
  else {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'columns') checkTable(v, ['columns'], ROLES, issues, locale);
      else if (k === 'dateFormat') {
        if (!DATE_FORMATS.includes(v as ExportDateFormat)) issues.push(createIssue('invalid_mapping', [k], { field: k, detail: `expected one of ${DATE_FORMATS.join(', ')}`, detailVi: `cần một trong ${DATE_FORMATS.join(', ')}`, received: v }, locale));
      } else if (k === 'values' && isPlain(v)) {
        for (const [f, t] of Object.entries(v)) {
          const allowed = Object.hasOwn(VALUE_SETS, f) ? VALUE_SETS[f] : undefined;
          if (allowed === undefined) issues.push(createIssue('invalid_mapping', [k, f], { field: `${k}.${f}`, detail: 'expected channel, onlineLevel or status', detailVi: 'cần channel, onlineLevel hoặc status', received: f }, locale));
          else checkTable(t, [k, f], allowed, issues, locale);
        }
      } else issues.push(createIssue('invalid_mapping', [k], { field: k, detail: 'expected columns, values or dateFormat (values: an object)', detailVi: 'cần columns, values hoặc dateFormat (values là một đối tượng)', received: k === 'values' ? v : k }, locale));
    }
  }
  const [first, ...rest] = issues;
  return first === undefined ? { ok: true, value: value as DossierCsvMapping } : { ok: false, issues: [first, ...rest] };
}
