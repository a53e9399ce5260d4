/**
 * The fuzz harness: the exported functions of every entry, the documented codes, hostile values,
 * a mutator of valid arguments, and the one law every call must obey: it returns a valid value or a
 * result with issues, or throws a ReformRulesError whose code is documented (docs/errors.md).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import * as root from '../../src/index';
import * as io from '../../src/io/index';
import * as outputs from '../../src/entry/outputs';
import * as index766 from '../../src/entry/index766';
import { messages } from '../../src/errors/messages/index';
import { ReformRulesError } from '../../src/errors/ReformRulesError';

/** Runs per property: RR_FUZZ_RUNS (deep runs: `npm run fuzz`), else a CI size. */
export const FUZZ_RUNS = Number(process.env['RR_FUZZ_RUNS'] ?? '12');

/** Every exported function of the four entries, by name (an entry re-exporting another's is counted once). */
export function exportedFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const out = new Map<string, (...args: unknown[]) => unknown>();
  for (const entry of [root, io, outputs, index766] as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(entry)) if (typeof value === 'function' && !out.has(name)) out.set(name, value as (...args: unknown[]) => unknown);
  }
  return out;
}

/** The documented codes (the keys of the message tables, rendered into docs/errors.md). */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set(Object.keys(messages));

/** Ids that name members of Object.prototype. */
export const PROTO_IDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

const extremeNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 1e308, -1e308, 2 ** 53, 2 ** 31, -(2 ** 31), Number.MIN_VALUE, 1e21);
const oddDate = fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', '0000-01-01', '9999-12-31', '+275760-09-13', '2025-1-1', '2025-03-03 ', '', '1969-12-31', '2100-01-01');
const oddInstant = fc.constantFrom('2025-03-03T09:00:00+07:00', '2025-03-03T09:00:00+14:01', '2025-03-03T09:00:00-12:00', '2025-03-03T24:00:00+07:00', '2025-03-03T09:00:00', '2025-03-03T09:00:00.9999999Z', '2025-03-03T09:60:00Z', '2025-03-03T09:00:00+07', '2025-03-03T09:00:00+0700');

/** Hostile values: anything (null prototypes, holes, bigint, Map, typed arrays), JSON values, extreme numbers, odd dates and offsets, prototype member names. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  extremeNumber,
  oddDate,
  oddInstant,
  fc.constantFrom<unknown>(...PROTO_IDS, null, undefined, [], {}, [undefined], Object.create(null), 'vi', 'en', 'fr'),
);

function clone(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array || value instanceof Int32Array || value instanceof Map || value instanceof Set) return value;
  if (Array.isArray(value)) return value.map((v) => clone(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value; // calendars, policies: by reference
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v, depth + 1)]));
}

/** Paths to every value inside plain objects and arrays of `value` (depth-bounded). */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  out.push(prefix);
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) value.slice(0, 8).forEach((v, i) => paths(v, [...prefix, i], out, depth + 1));
  else if (Object.getPrototypeOf(value) === Object.prototype) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out, depth + 1);
  return out;
}

/** Valid arguments with one value somewhere inside replaced by a hostile one (or removed: from an array, a hole; or arguments dropped). */
export function mutated(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(valid, fc.nat(), hostile, fc.constantFrom('replace', 'delete', 'truncate')).map(([args, pick, value, how]) => {
    const copy = clone(args) as unknown[];
    if (how === 'truncate') return copy.slice(0, pick % (copy.length + 1));
    const all = paths(copy).filter((p) => p.length > 0);
    const path = all[pick % all.length];
    if (path === undefined) return copy;
    let parent: unknown = copy;
    for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[k];
    const last = path[path.length - 1] as string | number;
    // Deleting from an array leaves a hole (a sparse array: forEach, every and some skip it).
    if (how === 'delete') delete (parent as Record<string | number, unknown>)[last];
    else (parent as Record<string | number, unknown>)[last] = value;
    return copy;
  });
}

function textOf(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'function' ? '[function]' : v)) ?? '';
  } catch {
    return '';
  }
}

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return '';
  }
}

const NONSENSE = /NaN|undefined|\[object Object\]|\[native code\]/;

/** Drains what a call returned (awaiting a promise, reading an async or sync iterable up to 2,000 items). */
async function drain(value: unknown): Promise<unknown> {
  let v = value;
  if (v instanceof Promise) v = await v;
  if (v !== null && typeof v === 'object' && Symbol.asyncIterator in v) {
    const items: unknown[] = [];
    for await (const item of v as AsyncIterable<unknown>) if (items.push(item) >= 2000) break;
    return items;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set) && Symbol.iterator in v && typeof (v as { next?: unknown }).next === 'function') {
    const items: unknown[] = [];
    for (const item of v as Iterable<unknown>) if (items.push(item) >= 2000) break;
    return items;
  }
  return v;
}

function isIssueResult(v: unknown): boolean {
  return v !== null && typeof v === 'object' && ((v as { ok?: unknown }).ok === false || 'issues' in v || 'rejected' in v);
}

/** Issue codes found in a returned value (issues arrays, rejected records), all of which must be documented. */
function issueCodes(v: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6 || v === null || typeof v !== 'object') return out;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 50)) issueCodes(x, out, depth + 1);
    return out;
  }
  const o = v as Record<string, unknown>;
  if (typeof o['code'] === 'string' && typeof o['message'] === 'string') out.push(o['code']);
  for (const k of ['issues', 'rejected', 'items', 'value']) if (k in o) issueCodes(o[k], out, depth + 1);
  return out;
}

/**
 * Calls `fn(...args)` and checks the law: a ReformRulesError with a documented code, or a value
 * (drained when async) whose issue codes are documented and which, unless it reports issues, holds
 * no NaN and prints no `NaN`, `undefined`, `[object Object]` or native code the input did not hold.
 */
export async function obeysTheLaw(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<void> {
  let value: unknown;
  try {
    const isClass = /^class[\s{]/.test(Function.prototype.toString.call(fn));
    if (isClass) {
      // The error class constructs whatever code it is given: constructing must simply not throw.
      new (fn as unknown as new (...a: unknown[]) => unknown)(...args);
      return;
    }
    value = await drain(fn(...args));
  } catch (error) {
    if (!(error instanceof ReformRulesError)) {
      expect.fail(`${name}(${textOf(args).slice(0, 300)}) threw ${(error as Error)?.constructor?.name}: ${String((error as Error)?.message ?? error).slice(0, 300)}`);
    }
    expect(DOCUMENTED_CODES.has(error.code), `${name}: undocumented code ${error.code}`).toBe(true);
    return;
  }
  for (const code of issueCodes(value)) expect(DOCUMENTED_CODES.has(code), `${name}: undocumented issue code ${code}`).toBe(true);
  if (isIssueResult(value)) return;
  const out = textOf(value);
  if (NONSENSE.test(out) && !NONSENSE.test(textOf(args)) && !NONSENSE.test(args.map(safeString).join(''))) {
    expect.fail(`${name}(${textOf(args).slice(0, 300)}) returned nonsense: ${out.slice(0, 300)}`);
  }
}
