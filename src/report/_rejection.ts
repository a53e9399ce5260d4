/**
 * @internal The JSON-safe rejected-record entry of a report.
 * @module
 */
import { describeValue } from '../errors/describe';
import type { Issue } from '../errors/Issue';
import type { RejectedRecord } from '../model/BatchResult';
import { rejectedRecord } from '../model/ingestDossier';
import type { RejectedDossier } from './types/ResolutionReport';

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

/** @internal A rejected record made JSON-safe (its input and issues), so reports and states round-trip. */
export function jsonSafeRejected(r: RejectedRecord): RejectedDossier {
  return { ...r, input: jsonSafe(r.input), issues: jsonIssues(r.issues) as RejectedRecord['issues'] };
}

/** @internal The rejected entry of a record at `index` with its issues (paths start with the index). */
export function rejection(index: number, record: unknown, issues: readonly Issue[], line?: number): RejectedDossier {
  const position = line === undefined ? { index } : { index, line };
  const prefixed = issues.map((i) => (i.path[0] === index ? i : { ...i, path: [index, ...i.path] }));
  return jsonSafeRejected(rejectedRecord(record, position, prefixed as unknown as RejectedRecord['issues']));
}
