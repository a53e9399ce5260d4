/**
 * The compact duplicate-id table behind every duplicate-id check: the same answers as a plain Map
 * of first positions, for any sequence of ids (repeats, ids that differ in one character, ids beyond
 * Latin-1, the empty id, growth far past the first table), and under `'allow'` no memory at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordPosition } from '../../src/model/duplicateIds';
import { CompactIdTable, createDuplicateIdTracker } from '../../src/model/duplicateIds';

/** Ids from a small alphabet (many repeats and near misses), with characters past Latin-1 and surrogates. */
const id = fc.oneof(
  fc.string({ unit: fc.constantFrom('H', 'S', '-', '0', '1', '.', 'ă', 'Đ', '\u0100', '\ud83d', '\ude00'), maxLength: 6 }),
  fc.nat({ max: 3000 }).map((n) => `H01.2025.${String(n).padStart(7, '0')}`),
);

describe('CompactIdTable', () => {
  it('answers as a Map of first positions does, for any sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.option(fc.integer({ min: 1, max: 2 ** 40 }), { nil: undefined })), { maxLength: 3000 }), (seq) => {
        const table = new CompactIdTable();
        const ref = new Map<string, RecordPosition>();
        seq.forEach(([s, line], index) => {
          const first = ref.get(s);
          const got = table.addOrGet(s, index, line);
          if (first === undefined) {
            expect(got).toBeUndefined();
            ref.set(s, line === undefined ? { index } : { index, line });
          } else expect(got).toEqual(first);
        });
        expect(table.size).toBe(ref.size);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps ids exact past many table growths (100,000 distinct ids, then each again)', () => {
    const table = new CompactIdTable();
    for (let i = 0; i < 100_000; i++) expect(table.addOrGet(`HS-${i}`, i, i + 1)).toBeUndefined();
    for (let i = 0; i < 100_000; i += 997) expect(table.addOrGet(`HS-${i}`, 5, 6)).toEqual({ index: i, line: i + 1 });
    expect(table.addOrGet('HS-100000', 0, undefined)).toBeUndefined();
    expect(table.size).toBe(100_001);
  });

  it('stops at its limit with one duplicate_check_limit error, never a silent wrap', () => {
    const table = new CompactIdTable(2);
    table.addOrGet('a', 0, 1);
    table.addOrGet('b', 1, 2);
    expect(table.addOrGet('a', 2, 3)).toEqual({ index: 0, line: 1 });
    expect(() => table.addOrGet('c', 3, 4)).toThrow(expect.objectContaining({ code: 'duplicate_check_limit', message: expect.stringContaining('over 2 ids') }));
  });

  it('keeps positions past 2^32 exact', () => {
    const table = new CompactIdTable();
    expect(table.addOrGet('a', 2 ** 40, undefined)).toBeUndefined();
    expect(table.addOrGet('b', 3, 2 ** 32 - 1)).toBeUndefined();
    expect(table.addOrGet('a', 0, 1)).toEqual({ index: 2 ** 40 });
    expect(table.addOrGet('b', 0, 1)).toEqual({ index: 3, line: 2 ** 32 - 1 });
  });
});

describe('createDuplicateIdTracker', () => {
  it("rejects the later record naming the first one's index and line; 'allow' records nothing", () => {
    const t = createDuplicateIdTracker();
    expect(t.check('Hồ sơ 1', { index: 0, line: 2 }, 'en')).toBeUndefined();
    const issue = t.check('Hồ sơ 1', { index: 7, line: 9 }, 'en');
    expect(issue).toMatchObject({ code: 'duplicate_id', path: [7, 'id'], received: 'Hồ sơ 1' });
    expect(issue?.message).toContain('(line 2)');
    expect(t.size).toBe(1);
    const allow = createDuplicateIdTracker('allow');
    expect(allow.check('a', { index: 0 }, 'en')).toBeUndefined();
    expect(allow.check('a', { index: 1 }, 'en')).toBeUndefined();
    expect(allow.size).toBe(0);
  });
});
