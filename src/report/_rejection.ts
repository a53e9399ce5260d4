/**
 * @internal The JSON-safe rejected-record entry of a report.
 * @module
 */
import { describeValue } from '../errors/describe';
import type { Issue } from '../errors/Issue';
import type { RejectedDossier } from './types/ResolutionReport';

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** A value as JSON would carry it (so the report and the state round-trip through JSON). */
function jsonSafe(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return JSON.parse(text) as unknown;
  } catch {
    // BigInt or a cycle: fall through to the description.
  }
  return describeValue(value);
}

/** Issues whose `received` values survive JSON (an `undefined` one is left out). */
function jsonIssues(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    if (!('received' in issue)) return issue;
    const { received, ...rest } = issue;
    return received === undefined ? rest : { ...rest, received: jsonSafe(received) };
  });
}

/** @internal The rejected entry of a record at `index` with its issues. */
export function rejection(index: number, record: unknown, issues: readonly Issue[]): RejectedDossier {
  const id = idOf(record);
  const safe = jsonIssues(issues);
  return id === undefined ? { index, issues: safe } : { index, id, issues: safe };
}
