/**
 * The law of every text reader's line splitting: what a reader gives does not depend on where its
 * input was cut into chunks. A too-large line's preview in particular is its first `previewChars`
 * characters however the line arrived (whole in one chunk, or a few bytes at a time), so that
 * `report --jobs N`, whose ranges are read in chunks cut elsewhere than the one pass's, gives the
 * one pass's rejected records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../src/io/index';
import { collect, cut, utf8 } from './helpers';

const lineArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'ơ', '😀', '"', '{', '}', ':', ','), maxLength: 90 }),
  fc.constantFrom('{"id":"HS-1"}', '', '\r', `{"x":"${'y'.repeat(150)}"}`),
);

describe('reading in chunks', () => {
  it('property: a JSON Lines text cut into chunks anywhere reads as the text whole, for any record limit and preview', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 160 }),
        async (lines, end, points, maxRecordBytes, previewChars) => {
          const bytes = utf8(lines.join(end) + end);
          const options = { maxRecordBytes, previewChars };
          expect(await collect(readJsonLines(cut(bytes, points), options))).toEqual(await collect(readJsonLines([bytes], options)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
