/**
 * Where the records of `report --jobs N` are in the whole file, found after the reading instead of
 * before it. A reader numbers the records of the byte range `[start, end)` from index `start` and
 * line `start + 1` (provisional positions: a range holds fewer records and lines than bytes, so the
 * provisional positions of different ranges never meet and keep the file's order, and the
 * rejected records each reader keeps are the first ones by true position). Each reader returns how
 * many lines and records each of its ranges held; once every range is read, the pool knows where
 * each range truly starts and moves every position in the readers' states there: the rejected
 * records' index and line, the index that starts their issue paths, and the line numbers in their
 * messages (a reader's `line N: ...`, the first occurrence a `duplicate_id` names). Any message
 * that does not have the expected form makes the move fail, and the pool reads the file in one
 * pass instead: a position is never guessed.
 * @internal
 * @module
 */
import type { Issue } from '../errors/Issue';
import type { IssueCode } from '../errors/messages/index';
import type { ReportAccumulatorState, RejectedDossier } from '../report/index';

/** @internal The lines and the records (non-blank lines, or lines with a problem) of a range, as its reader counted them. */
export interface RangeCount {
  readonly lines: number;
  readonly records: number;
}

/** @internal The provisional numbering of a range starting at byte `start`: its first record's index and its first line. */
export function provisionalStart(start: number): { readonly index: number; readonly line: number } {
  return { index: start, line: start + 1 };
}

/** @internal A provisional position (index or line) moved to the whole file's, or `undefined` when it is in no range. */
export interface PositionMap {
  readonly index: (provisional: number) => number | undefined;
  readonly line: (provisional: number) => number | undefined;
}

/**
 * @internal The map of the provisional positions of `ranges` (ascending, adjacent byte ranges
 * from 0) to the whole file's, given what each range held: range k's records are indexes
 * `start_k .. start_k + records_k - 1` and lines `start_k + 1 .. start_k + lines_k`.
 */
export function positionMap(ranges: readonly (readonly [number, number])[], counts: readonly RangeCount[]): PositionMap {
  const starts = ranges.map(([s]) => s);
  const firstIndex: number[] = [];
  const firstLine: number[] = [];
  let index = 0;
  let line = 1;
  for (const c of counts) {
    firstIndex.push(index);
    firstLine.push(line);
    index += c.records;
    line += c.lines;
  }
  /** The last range starting at or before `at` (-1: none). */
  const rangeAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || at < (starts[0] as number)) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    index: (p) => {
      const k = rangeAt(p);
      const c = counts[k];
      if (c === undefined || p - (starts[k] as number) >= c.records) return undefined;
      return (firstIndex[k] as number) + p - (starts[k] as number);
    },
    line: (p) => {
      const k = rangeAt(p - 1);
      const c = counts[k];
      if (c === undefined || p - (starts[k] as number) > c.lines) return undefined;
      return (firstLine[k] as number) + p - 1 - (starts[k] as number);
    },
  };
}

/**
 * @internal The codes of the JSON Lines reader's rejected records, whose message starts with the
 * record's line (`line N: ` / `dòng N: `). A test renders every code of the library with a
 * recognisable line and checks that these, and `duplicate_id`, are the only messages a position
 * shows in.
 */
export const LINE_LED_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'invalid_encoding', 'record_too_large', 'invalid_json', 'not_json_array', 'truncated_input', 'trailing_content',
  'csv_field_count', 'csv_unterminated_quote', 'csv_invalid_quote', 'invalid_csv_header',
]);

/**
 * @internal Codes whose message shows a line that is not the record's own as a reader's is (the
 * CLI's `file:line`, a handover slip's line): not moved; a state holding one is read in one pass.
 */
export const UNMOVED_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(['malformed_input', 'slip_unmatched']);

const LINE_WORDS = ['line ', 'dòng '] as const;

/** `message` with its leading `line L: ` moved to `to` (`undefined`: it does not start so). */
function movedLead(message: string, from: number, to: number): string | undefined {
  for (const w of LINE_WORDS) {
    const lead = `${w}${from}: `;
    if (message.startsWith(lead)) return `${w}${to}: ${message.slice(lead.length)}`;
  }
  return undefined;
}

/** The end of a `duplicate_id` message: the first occurrence's line or index. */
const FIRST_AT = /\((line|dòng|index|vị trí) (\d+)\)$/;

/** A `duplicate_id` message with the first occurrence it names moved (`undefined`: not of that form, or a position in no range). */
function movedFirst(message: string, map: PositionMap): string | undefined {
  const m = FIRST_AT.exec(message);
  if (m === null) return undefined;
  const word = m[1] as string;
  const at = Number(m[2]);
  const moved = word === 'line' || word === 'dòng' ? map.line(at) : map.index(at);
  return moved === undefined ? undefined : `${message.slice(0, m.index)}(${word} ${moved})`;
}

/** An issue of a rejected record moved from index `from` (line `fromLine`) to `to` (`toLine`); `undefined` when it cannot be. */
function movedIssue(issue: Issue, at: { from: number; to: number; fromLine: number | undefined; toLine: number | undefined }, map: PositionMap): Issue | undefined {
  let { path, message } = issue;
  if (UNMOVED_CODES.has(issue.code)) return undefined;
  const head = path[0];
  if (typeof head === 'number') {
    if (head !== at.from) return undefined;
    path = [at.to, ...path.slice(1)];
  }
  if (issue.code === 'duplicate_id') {
    const m = movedFirst(message, map);
    if (m === undefined) return undefined;
    message = m;
  } else if (LINE_LED_CODES.has(issue.code)) {
    if (at.fromLine === undefined || at.toLine === undefined) return undefined;
    const m = movedLead(message, at.fromLine, at.toLine);
    if (m === undefined) return undefined;
    message = m;
  }
  return path === issue.path && message === issue.message ? issue : { ...issue, path, message };
}

/** A rejected record moved to its true position (`undefined` when it cannot be). */
function movedRejected(r: RejectedDossier, map: PositionMap): RejectedDossier | undefined {
  const to = map.index(r.index);
  const toLine = r.line === undefined ? undefined : map.line(r.line);
  if (to === undefined || (r.line !== undefined && toLine === undefined)) return undefined;
  const issues: Issue[] = [];
  for (const issue of r.issues) {
    const moved = movedIssue(issue, { from: r.index, to, fromLine: r.line, toLine }, map);
    if (moved === undefined) return undefined;
    issues.push(moved);
  }
  return { ...r, index: to, ...(toLine === undefined ? {} : { line: toLine }), issues: issues as unknown as RejectedDossier['issues'] };
}

/**
 * @internal A reader's state with every position moved from the provisional numbering to the
 * whole file's (only the rejected records hold positions); `undefined` when one cannot be moved,
 * and the pool then reads the file in one pass.
 */
export function placedState(state: ReportAccumulatorState, map: PositionMap): ReportAccumulatorState | undefined {
  const rejected: RejectedDossier[] = [];
  for (const r of state.rejected) {
    const moved = movedRejected(r, map);
    if (moved === undefined) return undefined;
    rejected.push(moved);
  }
  return { ...state, rejected };
}
