/**
 * Runs a zod schema and turns its issues into the library's {@link Issue} values; builds the
 * single-record and batch parsers of every record kind.
 * @internal
 * @module
 */
import type { z } from 'zod';
import type { Issue, IssuePath, Result } from '../errors/Issue';
import { createIssue, pathToString } from '../errors/Issue';
import type { IssueCode, Locale } from '../errors/messages/index';
import { messages } from '../errors/messages/index';

/** Options of every `parse*` function. @category Model */
export interface ParseOptions {
  /** The locale of issue messages. @defaultValue `'en'` */
  readonly locale?: Locale | undefined;
}

/** A record that failed validation in a batch, with where it was and why. @category Model */
export interface RejectedRecord {
  /** The record's index in the input array. */
  readonly index: number;
  /** The record as it was received. */
  readonly input: unknown;
  /** Every problem found in it (paths start with the index). */
  readonly issues: [Issue, ...Issue[]];
}

/**
 * The outcome of a batch parse: every valid record kept (in input order), every bad one reported;
 * `value.length + rejected.length` always equals the number of records given.
 * @typeParam T - The record type.
 * @category Model
 */
export interface BatchResult<T> {
  /** True when no record was rejected. */
  readonly ok: boolean;
  /** The valid records, in input order. */
  readonly value: T[];
  /** The rejected records, in input order. */
  readonly rejected: RejectedRecord[];
  /** All issues of all rejected records, flattened (paths start with the record index). */
  readonly issues: Issue[];
}

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

/** @internal Builds the single and batch parsers of a record kind. */
export function recordParsers<T extends { readonly id: string }>(
  schema: z.ZodType<T>,
): {
  one: (input: unknown, options?: ParseOptions) => Result<T>;
  many: (inputs: unknown, options?: ParseOptions) => BatchResult<T>;
} {
  const one = (input: unknown, options?: ParseOptions): Result<T> =>
    parseWith(schema, input, [], options?.locale ?? 'en');
  const many = (inputs: unknown, options?: ParseOptions): BatchResult<T> => {
    const locale = options?.locale ?? 'en';
    const value: T[] = [];
    const rejected: RejectedRecord[] = [];
    if (!Array.isArray(inputs)) {
      const issue = createIssue('not_array', [], { received: inputs }, locale);
      rejected.push({ index: 0, input: inputs, issues: [issue] });
      return { ok: false, value, rejected, issues: [issue] };
    }
    const seen = new Map<string, number>();
    inputs.forEach((input: unknown, index: number) => {
      const r = parseWith(schema, input, [index], locale);
      if (!r.ok) {
        rejected.push({ index, input, issues: r.issues });
        return;
      }
      const first = seen.get(r.value.id);
      if (first !== undefined) {
        const issue = createIssue('duplicate_id', [index, 'id'], { field: 'id', received: r.value.id, firstIndex: first }, locale);
        rejected.push({ index, input, issues: [issue] });
        return;
      }
      seen.set(r.value.id, index);
      value.push(r.value);
    });
    return { ok: rejected.length === 0, value, rejected, issues: rejected.flatMap((r) => r.issues) };
  };
  return { one, many };
}
