/**
 * The agency profile of the printed outputs: the reporting unit's name, the place written on the
 * date line and the signers' names. Given by the agency, never invented.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { optionalObjectArg } from '../errors/args';
import type { Issue, Result } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';

/**
 * Who reports: the unit's name, the place of the date line ("Hà Giang, ngày … tháng … năm …") and
 * the names printed under the signature blocks "Người lập biểu" and "Thủ trưởng đơn vị". What is
 * not given is left blank on the workbook for hand filling.
 * @example
 * ```ts
 * import type { AgencyProfile } from 'reform-rules/xlsx';
 * const profile: AgencyProfile = { unitName: 'UBND xã Minh Tân', place: 'Minh Tân', signers: { head: 'Nguyễn Văn A' } };
 * ```
 * @category Outputs
 */
export interface AgencyProfile {
  /** The reporting unit's name (1–200 characters). */
  readonly unitName: string;
  /** The place written before the date ("…, ngày dd tháng mm năm yyyy"), 1–100 characters. */
  readonly place?: string | undefined;
  /** The signers' names (1–100 characters each). */
  readonly signers?:
    | {
        /** "Người lập biểu": who prepared the form. */
        readonly preparer?: string | undefined;
        /** "Thủ trưởng đơn vị": the head of the unit. */
        readonly head?: string | undefined;
      }
    | undefined;
}

const KEYS = ['unitName', 'place', 'signers'] as const;
const SIGNER_KEYS = ['preparer', 'head'] as const;

function issue(path: (string | number)[], detail: string, detailVi: string, received: unknown, locale: Locale): Issue {
  return createIssue('invalid_agency_profile', path, { field: path.join('.') || '(root)', detail, detailVi, received }, locale);
}

function text(value: unknown, path: string[], max: number, required: boolean, locale: Locale, issues: Issue[]): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    issues.push(issue(path, `expected a text of 1 to ${max} characters`, `cần một chuỗi dài 1 đến ${max} ký tự`, value, locale));
    return undefined;
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) {
    issues.push(issue(path, 'control characters are not allowed', 'không được chứa ký tự điều khiển', value, locale));
    return undefined;
  }
  return value.trim();
}

function unknownKeys(obj: object, allowed: readonly string[], path: string[], locale: Locale, issues: Issue[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) issues.push(issue([...path, k], `unknown field (allowed: ${allowed.join(', ')})`, `trường không có trong hồ sơ đơn vị (được dùng: ${allowed.join(', ')})`, k, locale));
  }
}

function signersOf(value: unknown, locale: Locale, issues: Issue[]): AgencyProfile['signers'] {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push(issue(['signers'], 'expected an object { preparer?, head? }', 'cần một đối tượng { preparer?, head? }', value, locale));
    return undefined;
  }
  unknownKeys(value, SIGNER_KEYS, ['signers'], locale, issues);
  const v = value as Record<string, unknown>;
  const preparer = text(v['preparer'], ['signers', 'preparer'], 100, false, locale, issues);
  const head = text(v['head'], ['signers', 'head'], 100, false, locale, issues);
  return { ...(preparer === undefined ? {} : { preparer }), ...(head === undefined ? {} : { head }) };
}

/**
 * Validates an agency profile (a value read from a JSON file, say): `unitName` required, `place`
 * and the signers optional, texts trimmed, unknown fields refused, every problem an issue
 * (`invalid_agency_profile`) naming the field and the value.
 * @param value - The profile to check.
 * @param options - The locale of the issue messages (default `'en'`).
 * @returns The profile, or every issue found.
 * @example
 * ```ts
 * import { parseAgencyProfile } from 'reform-rules/xlsx';
 * parseAgencyProfile({ unitName: 'UBND xã Minh Tân', place: 'Minh Tân' }).ok; // => true
 * parseAgencyProfile({ place: 'Minh Tân' }).ok; // => false
 * ```
 * @category Outputs
 */
export function parseAgencyProfile(value: unknown, options: { readonly locale?: Locale | undefined } = {}): Result<AgencyProfile> {
  optionalObjectArg(options, 'options');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const issues: Issue[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issues: [issue([], 'expected an object { unitName, place?, signers? }', 'cần một đối tượng { unitName, place?, signers? }', value, locale)] };
  }
  unknownKeys(value, KEYS, [], locale, issues);
  const v = value as Record<string, unknown>;
  const unitName = text(v['unitName'], ['unitName'], 200, true, locale, issues);
  const place = text(v['place'], ['place'], 100, false, locale, issues);
  const signers = signersOf(v['signers'], locale, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  return { ok: true, value: { unitName: unitName as string, ...(place === undefined ? {} : { place }), ...(signers === undefined ? {} : { signers }) } };
}
