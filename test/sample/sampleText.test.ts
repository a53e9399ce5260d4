/**
 * The streaming sample (sampleText, sampleDossiers) against the in-memory reference
 * (generateSample and JSON.stringify): byte for byte the same text, for every seed, range and volume.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { daysFromCivil, formatCivilDate } from '../../src/_lib/civilDate';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { generateSample, sampleCatalog } from '../../src/sample/generateSample';
import type { SampleOptions } from '../../src/sample/generateSample';
import { sampleDossiers, sampleText } from '../../src/sample/sampleText';

const calendar = createCalendar();
// Small ranges anywhere in 2023–2026 (Tết included), small volumes, every layout parameter.
const options = fc
  .record({
    seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    start: fc.integer({ min: 0, max: 4 * 365 }),
    days: fc.integer({ min: 0, max: 20 }),
    perDay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 25 })),
  })
  .map(({ seed, start, days, perDay }): SampleOptions => {
    const first = daysFromCivil(2023, 1, 1) + start;
    return { seed, from: formatCivilDate(first), to: formatCivilDate(first + days), dossiersPerDay: perDay, calendar };
  });
const layout = fc.record({ chunkSize: fc.integer({ min: 1, max: 5000 }), feedbackInMemory: fc.integer({ min: 0, max: 8 }) });

/** The reference: what `sample` wrote before it streamed. */
const referenceBundle = (o: SampleOptions) => `${JSON.stringify(generateSample(o), null, 1)}\n`;
const referenceLines = (o: SampleOptions) => `${generateSample(o).dossiers.map((d) => JSON.stringify(d)).join('\n')}\n`;
const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe('sampleText', () => {
  it('writes the bundle exactly as JSON.stringify(generateSample(options), null, 1), whatever the chunk size and feedback buffer', () => {
    fc.assert(
      fc.property(options, layout, (o, l) => {
        expect(joined(sampleText(o, { format: 'json', ...l }).chunks)).toBe(referenceBundle(o));
      }),
      { numRuns: 25 },
    );
  });

  it('writes the dossiers as JSON Lines exactly as before, and counts them', () => {
    fc.assert(
      fc.property(options, layout, (o, l) => {
        const text = sampleText(o, { format: 'jsonl', chunkSize: l.chunkSize });
        expect(joined(text.chunks)).toBe(referenceLines(o));
        expect(text.dossiers()).toBe(generateSample(o).dossiers.length);
      }),
      { numRuns: 25 },
    );
  });

  it('gives chunks of about the size asked, none empty', () => {
    fc.assert(
      fc.property(options, fc.integer({ min: 100, max: 3000 }), (o, size) => {
        const chunks = [...sampleText(o, { format: 'json', chunkSize: size }).chunks];
        for (const c of chunks) expect(c.length).toBeGreaterThan(0);
        for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(size);
      }),
      { numRuns: 10 },
    );
  });

  it('keeps a busy default-size month identical, feedback kept in memory or generated again', () => {
    const o: SampleOptions = { seed: 5, from: '2025-01-15', to: '2025-02-20', dossiersPerDay: 40, calendar };
    const reference = referenceBundle(o);
    expect(joined(sampleText(o, { format: 'json' }).chunks)).toBe(reference);
    expect(joined(sampleText(o, { format: 'json', feedbackInMemory: 10 }).chunks)).toBe(reference);
    expect(JSON.parse(reference).feedback.length).toBeGreaterThan(10);
  });

  it('checks its options at once, as generateSample does', () => {
    expect(() => sampleText({ from: '2025-02-30', calendar }, { format: 'jsonl' })).toThrow(ReformRulesError);
    expect(() => sampleDossiers({ seed: 1.5, calendar })).toThrow(ReformRulesError);
    expect(() => sampleText({ dossiersPerDay: 1330, calendar }, { format: 'json' })).toThrow(ReformRulesError);
  });
});

describe('sampleDossiers', () => {
  it('yields the dossiers of generateSample, in order', () => {
    fc.assert(
      fc.property(options, (o) => {
        expect([...sampleDossiers(o)]).toEqual(generateSample(o).dossiers);
      }),
      { numRuns: 15 },
    );
  });
});

describe('sampleCatalog', () => {
  it('is the departments and procedures of every sample', () => {
    fc.assert(
      fc.property(options, (o) => {
        const data = generateSample(o);
        expect(sampleCatalog()).toEqual({ departments: data.departments, procedures: data.procedures });
      }),
      { numRuns: 5 },
    );
  });
});
