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
  fc.constantFrom('HS-1', `H${'9'.repeat(40)}`, 'ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ1'),
  fc.string({ unit: fc.constantFrom('H', 'S', '-', '0', '1', '.', 'ă', 'Đ', '\u0100', '\ud83d', '\ude00'), maxLength: 6 }),
  fc.nat({ max: 3000 }).map((n) => `H01.2025.${String(n).padStart(7, '0')}`),
);

describe('CompactIdTable', () => {
  /** Positions as callers pass them, and as no caller should: far, negative, fractional, not a number. */
  const position = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    fc.integer({ min: -5, max: 2 ** 40 }),
    fc.constantFrom(2 ** 50, 2 ** 53 - 1, 2 ** 60, -(2 ** 52), 0.5, Number.NaN, Number.POSITIVE_INFINITY),
  );
  const line = fc.option(fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.constantFrom(2 ** 51, 1.5, 2 ** 32 - 1)), { nil: undefined });
  /** Pages of 8 bytes hold no entry (each gets a page of its own), of 64 a few, of 1 MiB (the default) thousands. */
  const pageBytes = fc.constantFrom(8, 64, undefined);

  it('answers as a Map of first positions does, for any sequence, any page size and any positions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, position, line), { maxLength: 3000 }), pageBytes, fc.boolean(), (seq, maxPage, sequential) => {
        const table = new CompactIdTable(undefined, maxPage);
        const ref = new Map<string, RecordPosition>();
        seq.forEach(([s, at, l], i) => {
          // Mostly the index the caller counts (i, then line i + 2 as a CSV body row), sometimes anything.
          const index = sequential || at === undefined ? i : at;
          const lineAt = sequential && l !== undefined ? i + 2 : l;
          const first = ref.get(s);
          const got = table.addOrGet(s, index, lineAt);
          if (first === undefined) {
            expect(got).toBeUndefined();
            ref.set(s, lineAt === undefined ? { index } : { index, line: lineAt });
          } else expect(got).toEqual(first);
        });
        expect(table.size).toBe(ref.size);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps an id longer than a page, and ids past a page boundary, exact', () => {
    const table = new CompactIdTable(undefined, 64);
    const long = `H${'0'.repeat(5000)}Đ`;
    expect(table.addOrGet('HS-1', 0, 1)).toBeUndefined();
    expect(table.addOrGet(long, 1, 2)).toBeUndefined();
    expect(table.addOrGet(long.slice(0, -1), 2, 3)).toBeUndefined();
    for (let i = 3; i < 200; i++) expect(table.addOrGet(`HS-${i}`, i, i + 1)).toBeUndefined();
    expect(table.addOrGet(long, 9, 9)).toEqual({ index: 1, line: 2 });
    expect(table.addOrGet(long.slice(0, -1), 9, 9)).toEqual({ index: 2, line: 3 });
    expect(table.addOrGet(`${long}x`, 9, 9)).toBeUndefined();
    for (let i = 3; i < 200; i++) expect(table.addOrGet(`HS-${i}`, 0, 0)).toEqual({ index: i, line: i + 1 });
  });

  it('keeps entries that probed far from home exact through growth', () => {
    // Ids sharing one home slot of the first table (1,024 slots): the 300 of them probe up to 299
    // slots, and growing must place each by its own hash again.
    const fnv = (s: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const crowd: string[] = [];
    for (let i = 0; crowd.length < 300; i++) if ((fnv(`C-${i}`) & 1023) === 7) crowd.push(`C-${i}`);
    const table = new CompactIdTable();
    crowd.forEach((s, i) => expect(table.addOrGet(s, i, undefined)).toBeUndefined());
    for (let i = 0; i < 5000; i++) expect(table.addOrGet(`HS-${i}`, 300 + i, undefined)).toBeUndefined();
    crowd.forEach((s, i) => expect(table.addOrGet(s, 0, 1)).toEqual({ index: i }));
    for (let i = 0; i < 5000; i += 7) expect(table.addOrGet(`HS-${i}`, 0, 1)).toEqual({ index: 300 + i });
    expect(table.size).toBe(5300);
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
