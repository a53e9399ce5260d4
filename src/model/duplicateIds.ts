/**
 * The one duplicate-id rule of the library: within one batch or stream, the first record with an
 * id is kept and every later record with the same id is rejected (`duplicate_id`), naming where
 * the first one was. Every parser, reader, report and the CLI apply it through this module.
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { CompactIdTable } from './_idTable';

export { CompactIdTable } from './_idTable';

/** Where a record was: its 0-based index and, for text inputs, its 1-based line. @category Model */
export interface RecordPosition {
  /** The 0-based position in the input. */
  readonly index: number;
  /** The 1-based line in a text input, when read from one. */
  readonly line?: number | undefined;
}

/**
 * What to do with a repeated id: `'reject'` (the default everywhere: the later record is a rejected
 * record with `duplicate_id`) or `'allow'` (count every record; for streams deduplicated upstream,
 * where keeping every id in memory is not wanted).
 * @category Model
 */
export type DuplicateIdRule = 'reject' | 'allow';

/**
 * Remembers the ids seen so far in one batch or stream.
 * @remarks Memory: each distinct id once, compactly: front-coded against the id before it (national
 * dossier codes share most of their characters with the previous one) with its first position as
 * small deltas, in pages that are never copied, and one 32-bit slot per entry at a load of 3/8 to
 * 3/4. About 12-17 bytes per distinct id for sequential dossier codes (some 16 MB for a million
 * dossiers, 75 MB for five million), more for ids that share little with their neighbours (random
 * ids cost about their length plus 10 bytes). Ids are compared exactly, character for character
 * (a hash only finds the candidates). Past 2^28 distinct ids the check stops with `duplicate_check_limit`. Choose
 * `'allow'` to keep memory flat for streams deduplicated upstream.
 * @category Model
 */
export interface DuplicateIdTracker {
  /** The rule applied. */
  readonly rule: DuplicateIdRule;
  /**
   * Records `id` at `position`; returns the `duplicate_id` issue when the id was seen before under
   * `'reject'` (and then does not record it again), else `undefined`.
   */
  check(id: string, position: RecordPosition, locale: Locale): Issue | undefined;
  /** The number of distinct ids recorded. */
  readonly size: number;
}

/**
 * Creates the tracker of {@link DuplicateIdRule}.
 * @param rule - `'reject'` (default) or `'allow'`.
 * @returns A tracker for one batch or stream.
 * @example
 * ```ts
 * import { createDuplicateIdTracker } from 'reform-rules';
 * const t = createDuplicateIdTracker();
 * t.check('HS-1', { index: 0 }, 'en'); // => undefined
 * t.check('HS-1', { index: 1 }, 'en')?.code; // => 'duplicate_id'
 * ```
 * @category Model
 */
export function createDuplicateIdTracker(rule: DuplicateIdRule = 'reject'): DuplicateIdTracker {
  const seen = new CompactIdTable();
  return {
    rule,
    get size() {
      return seen.size;
    },
    check(id, position, locale) {
      if (rule === 'allow') return undefined;
      const first = seen.addOrGet(id, position.index, position.line);
      if (first === undefined) return undefined;
      const params = { field: 'id', received: id, firstIndex: first.index, firstLine: first.line };
      return createIssue('duplicate_id', [position.index, 'id'], params, locale);
    },
  };
}
