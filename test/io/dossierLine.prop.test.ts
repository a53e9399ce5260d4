import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/model/dossier';
import { isAcceptedDossier } from '../../src/model/_fastDossier';
import { readCanonicalDossierLine } from '../../src/io/_dossierLine';
import { denseDossiersArb } from '../report/_arbitraries';
import { mutatedArb } from '../arbitraries/mutatedDossier';
import { jsonLineArb, writeJson, writerArb } from '../arbitraries/jsonLines';

const ascii = (s: string): Uint8Array | undefined => {
  const b = new TextEncoder().encode(s);
  return b.length === s.length ? b : undefined;
};

/** The fast reader on `line` placed inside other bytes (it must read only its own). */
function readIn(line: string, before: string, after: string): { value: unknown; instants: number[] } | undefined {
  const text = before + line + after;
  const bytes = ascii(text);
  if (bytes === undefined) return undefined;
  const instants: number[] = [];
  const value = readCanonicalDossierLine(bytes, text, before.length, before.length + line.length, instants);
  return value === undefined ? undefined : { value, instants };
}

describe('readCanonicalDossierLine', () => {
  it('gives only what JSON.parse and the schema give: the same object, keys in the same order, the same instants', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(jsonLineArb, fc.constantFrom('', '"', '{', ' 1', 'x'), fc.constantFrom('', '"', '}', '0', ',"id":"X"}'), (line, before, after) => {
        runs++;
        const fast = readIn(line, before, after);
        if (fast === undefined) return;
        taken++;
        const parsed: unknown = JSON.parse(line);
        expect(JSON.stringify(fast.value)).toBe(JSON.stringify(parsed));
        expect(fast.value).toStrictEqual(parsed);
        const instants: number[] = [];
        expect(isAcceptedDossier(parsed, instants)).toBe(true);
        const events = (parsed as { events?: unknown[] }).events?.length ?? 0;
        expect(fast.instants.slice(0, events + 1)).toEqual(instants.slice(0, events + 1));
        expect(parseDossier(parsed).ok).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The law is not empty: a good share of the lines take the fast road.
    expect(taken).toBeGreaterThan(runs / 20);
  });

  it('takes the canonical shape: any key order, spaces between tokens, every field the fast check knows', () => {
    fc.assert(
      fc.property(denseDossiersArb(4), writerArb, (list, writer) => {
        for (const d of list) {
          const line = writeJson(d, { ...writer, spell: 'plain', escape: false });
          const fast = readIn(line, '', '');
          expect(fast?.value).toStrictEqual(JSON.parse(line));
        }
      }),
    );
  });

  it('is never sure when Object.prototype carries one of the keys (zod would read it through the prototype)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    fc.assert(
      fc.property(mutatedArb, fc.constantFrom('officialId', 'onlineLevel', 'endedAt', 'newDueAt', 'fees'), (x, key) => {
        Object.defineProperty(proto, key, { value: 'x', enumerable: false, writable: true, configurable: true });
        try {
          expect(readIn(JSON.stringify(x) ?? '', '', '')).toBeUndefined();
        } finally {
          delete proto[key];
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reads numbers exactly as JSON.parse does, and leaves other spellings to it', () => {
    const base = '{"id":"HS-1","procedureId":"P1","departmentId":"DT","channel":"direct","receivedAt":"2025-03-03T09:00:00+07:00","steps":[{"officialId":"C","departmentId":"DT","startedAt":"2025-03-03T09:00:00+07:00","allottedHours":NUM}]}';
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }).map(String), fc.stringMatching(/^-?\d{1,18}(\.\d{0,18})?([eE][+-]?\d{1,3})?$/)), (num) => {
        const line = base.replace('NUM', num);
        const fast = readIn(line, '', '');
        if (fast === undefined) return;
        expect(fast.value).toStrictEqual(JSON.parse(line));
      }),
      { numRuns: 2000 },
    );
    expect(readIn(base.replace('NUM', '5.2'), '', '')).toBeDefined();
    for (const other of ['-0', '1e2', '05', '5.', '.5', '1234567890123456']) expect(readIn(base.replace('NUM', other), '', '')).toBeUndefined();
  });
});
