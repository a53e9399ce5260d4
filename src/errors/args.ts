/**
 * Argument checks at the boundary of exported functions: a value of the wrong shape (a number where
 * an options object belongs, `null` where a list belongs) is one {@link ReformRulesError}
 * `invalid_type` naming the argument, never a `TypeError` from deep inside.
 * @internal
 * @module
 */
import { raiseCore } from './raiseCore';

/** @internal True for a non-null object that is not an array. */
export function isObjectArg(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal Throws `invalid_type` unless `value` is a non-null, non-array object. */
export function requireObjectArg(value: unknown, field: string, expected = 'an object'): asserts value is Record<string, unknown> {
  if (!isObjectArg(value)) raiseCore('invalid_type', { field, expected, received: value });
}

/** @internal Throws `invalid_type` unless `value` is `undefined` or a non-null, non-array object. */
export function optionalObjectArg(value: unknown, field: string, expected = 'an options object or nothing'): void {
  if (value !== undefined && !isObjectArg(value)) raiseCore('invalid_type', { field, expected, received: value });
}

/** @internal Throws `invalid_type` unless `value` is an array. */
export function requireArrayArg(value: unknown, field: string, expected = 'an array'): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) raiseCore('invalid_type', { field, expected, received: value });
}

/** @internal Throws `invalid_type` unless `value` is a string. */
export function requireStringArg(value: unknown, field: string, expected = 'a string'): asserts value is string {
  if (typeof value !== 'string') raiseCore('invalid_type', { field, expected, received: value });
}

/** @internal Throws `invalid_type` unless every item of an array is a non-null object. */
export function requireObjectItems(value: readonly unknown[], field: string, expected = 'an object'): void {
  for (let i = 0; i < value.length; i++) {
    if (!isObjectArg(value[i])) raiseCore('invalid_type', { field: `${field}[${i}]`, expected, received: value[i] });
  }
}

/** @internal An own property of a plain object, never an inherited one (`constructor`, `__proto__`). */
export function ownValue<T>(object: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return object !== undefined && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * @internal Throws `invalid_type` unless `value` is an object whose listed fields have the listed
 * kinds (`'array'`, `'object'`, `'string'`), naming the first field that does not (`report.rows`).
 */
export function requireShape(value: unknown, field: string, expected: string, fields: Readonly<Record<string, 'array' | 'object' | 'string'>>): void {
  requireObjectArg(value, field, expected);
  for (const [name, kind] of Object.entries(fields)) {
    const v = value[name];
    const ok = kind === 'array' ? Array.isArray(v) : kind === 'object' ? isObjectArg(v) : typeof v === 'string';
    if (!ok) raiseCore('invalid_type', { field: `${field}.${name}`, expected: kind === 'array' ? 'an array' : kind === 'object' ? 'an object' : 'a string', received: v });
    if (kind === 'array') requireObjectItems(v as unknown[], `${field}.${name}`);
  }
}

/**
 * @internal Runs `body`, turning a `TypeError` or `RangeError` raised while it reads a structure the
 * caller built by hand (or a `SyntaxError` of a text where a count belongs) (not a library output) into one `invalid_type` naming the argument, the
 * original error as `cause`. For functions that print or lay out library outputs, after their shallow
 * shape checks: a malformed nested value is refused, never a crash from deep inside.
 */
export function guardShape<T>(field: string, expected: string, received: unknown, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) return raiseCore('invalid_type', { field, expected, received }, { cause: error });
    throw error;
  }
}
