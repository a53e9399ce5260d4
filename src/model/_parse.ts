/**
 * Runs a zod schema and turns its issues into the library's {@link Issue} values; builds the
 * single-record and batch parsers of every record kind.
 * @internal
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import type { z } from 'zod';
import type { Issue, IssuePath, Result } from '../errors/Issue';
import { createIssue, pathToString } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { messages } from '../errors/messages/index';
import type { BatchResult, ParseOptions, RejectedRecord } from './BatchResult';
import { recordId } from './BatchResult';
import type { DuplicateIdRule } from './duplicateIds';
import { createDuplicateIdTracker } from './duplicateIds';

export type { BatchResult, ParseOptions, RejectedRecord } from './BatchResult';

function get(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function isKnownCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(messages, code);
}

/** @internal Maps one zod issue to ours (or several, for unknown keys). */
export function mapZodIssue(zi: z.core.$ZodIssue, root: unknown, prefix: IssuePath, locale: Locale): Issue[] {
  const path: IssuePath = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const field = pathToString(zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
  const received = 'input' in zi ? zi.input : get(root, zi.path);
  switch (zi.code) {
    case 'invalid_type': {
      if (received === undefined && zi.path.length > 0) return [createIssue('required', path, { field }, locale)];
      if (zi.expected === 'int') return [createIssue('not_integer', path, { field, received }, locale)];
      return [createIssue('invalid_type', path, { field, received, expected: zi.expected }, locale)];
    }
    case 'invalid_value':
      if (received === undefined && zi.path.length > 0) return [createIssue('required', path, { field }, locale)];
      return [
        createIssue('invalid_enum', path, { field, received, expected: zi.values.map((v) => JSON.stringify(v)).join(', ') }, locale),
      ];
    case 'too_small': {
      if (zi.origin === 'string' && Number(zi.minimum) === 1) return [createIssue('empty_string', path, { field, received }, locale)];
      if (zi.origin === 'number' && Number(zi.minimum) === 0) return [createIssue('negative', path, { field, received }, locale)];
      return [createIssue('too_small', path, { field, received, minimum: String(zi.minimum) }, locale)];
    }
    case 'unrecognized_keys':
      return zi.keys.map((key) => {
        const keyPath = [...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), key];
        return createIssue('unknown_key', [...prefix, ...keyPath], { field: pathToString(keyPath), received: get(root, keyPath) }, locale);
      });
    case 'custom': {
      const code = (zi.params as { code?: unknown } | undefined)?.code;
      if (isKnownCode(code)) {
        return [createIssue(code, path, { field, received, ...(zi.params as Record<string, unknown>) }, locale)];
      }
      return [createIssue('invalid_record', path, { field, received, detail: zi.message }, locale)];
    }
    default:
      return [createIssue('invalid_record', path, { field, received, detail: zi.message }, locale)];
  }
}

/** @internal Validates one record against a schema. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, prefix: IssuePath, locale: Locale): Result<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.flatMap((zi) => mapZodIssue(zi, input, prefix, locale));
  return { ok: false, issues: issues as [Issue, ...Issue[]] };
}

/** @internal A batch that is not an array: one rejected record. */
export function notArrayBatch<T>(inputs: unknown, locale: Locale): BatchResult<T> {
  const issue = createIssue('not_array', [], { received: inputs }, locale);
  return { ok: false, value: [], rejected: [{ index: 0, input: inputs, issues: [issue] }], issues: [issue] };
}

/**
 * @internal Validates a batch one record at a time with `validate`, applying the one duplicate-id
 * rule; holes of a sparse array are records too (rejected as `required`), never skipped.
 */
export function parseBatch<T extends { readonly id: string }>(
  inputs: unknown,
  validate: (input: unknown, index: number) => Result<T>,
  locale: Locale,
  duplicates: DuplicateIdRule = 'reject',
): BatchResult<T> {
  if (!Array.isArray(inputs)) return notArrayBatch(inputs, locale);
  const value: T[] = [];
  const rejected: RejectedRecord[] = [];
  const ids = createDuplicateIdTracker(duplicates);
  for (let index = 0; index < inputs.length; index++) {
    const input: unknown = inputs[index];
    if (!(index in inputs)) {
      rejected.push({ index, input, issues: [createIssue('required', [index], { field: `[${index}]` }, locale)] });
      continue;
    }
    const r = validate(input, index);
    if (!r.ok) {
      const id = recordId(input);
      rejected.push(id === undefined ? { index, input, issues: r.issues } : { index, id, input, issues: r.issues });
      continue;
    }
    const duplicate = ids.check(r.value.id, { index }, locale);
    if (duplicate !== undefined) {
      rejected.push({ index, id: r.value.id, input, issues: [duplicate] });
      continue;
    }
    value.push(r.value);
  }
  return { ok: rejected.length === 0, value, rejected, issues: rejected.flatMap((r) => r.issues) };
}

/** @internal Builds the single and batch parsers of a record kind. */
export function recordParsers<T extends { readonly id: string }>(
  schema: z.ZodType<T>,
): {
  one: (input: unknown, options?: ParseOptions) => Result<T>;
  many: (inputs: unknown, options?: ParseOptions) => BatchResult<T>;
} {
  const one = (input: unknown, options?: ParseOptions): Result<T> =>
    parseWith(schema, input, [], options?.locale ?? DEFAULT_LOCALE);
  const many = (inputs: unknown, options?: ParseOptions): BatchResult<T> => {
    const locale = options?.locale ?? DEFAULT_LOCALE;
    return parseBatch(inputs, (input, index) => parseWith(schema, input, [index], locale), locale);
  };
  return { one, many };
}
