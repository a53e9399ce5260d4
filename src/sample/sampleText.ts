/**
 * The sample written as text, piece by piece, with flat memory: the streaming form behind
 * `reform-rules sample`. The pieces join to exactly what the in-memory form gives
 * (`JSON.stringify(generateSample(options), null, 1)` for a bundle, one dossier a line for JSON Lines).
 * @module
 */
import type { Dossier } from '../model/dossier';
import type { Feedback } from '../model/feedback';
import { sampleHead, sampleRecords, sampleRest, startSample } from './generateSample';
import type { SampleData, SampleOptions, SampleRun } from './generateSample';

/**
 * @internal The sample's dossiers one by one, in the order (and with the values) of
 * `generateSample(options).dossiers`, generated day by day without keeping any of them.
 * The options are checked at once, as {@link generateSample} checks them.
 * @example
 * ```ts
 * for (const dossier of sampleDossiers({ seed: 7, from: '2025-01-01', to: '2025-01-31', calendar })) write(dossier);
 * ```
 * @category Sample
 */
export function sampleDossiers(options: SampleOptions): Generator<Dossier, void, undefined> {
  return dossiersOf(startSample(options));
}

function* dossiersOf(run: SampleRun): Generator<Dossier, void, undefined> {
  for (const r of sampleRecords(run)) yield r.dossier;
}

/** @internal How {@link sampleText} lays the sample out. */
export interface SampleTextOptions {
  /** `json`: the whole bundle (as `JSON.stringify(data, null, 1)` and a newline); `jsonl`: the dossiers, one a line. */
  readonly format: 'json' | 'jsonl';
  /** About how many characters a piece holds. @defaultValue `65536` */
  readonly chunkSize?: number | undefined;
  /**
   * At most this many feedback records are kept in memory while the dossiers are written; a bundle
   * with more generates the data a second time for its feedback (same result, flat memory).
   * @defaultValue `50000`
   */
  readonly feedbackInMemory?: number | undefined;
}

/** @internal The sample as text: `chunks` joined is the output; `dossiers()` counts those written so far. */
export interface SampleText {
  readonly chunks: Iterable<string>;
  dossiers(): number;
}

/**
 * @internal The sample as pieces of text, for writing to a file or a stream as they come. Memory
 * stays flat whatever the range and volume (the documents and petitions, a few a day, are the only
 * lists kept). The options are checked at once, as {@link generateSample} checks them.
 * @example
 * ```ts
 * const text = sampleText({ seed: 7, calendar }, { format: 'jsonl' });
 * for (const piece of text.chunks) writeSync(fd, piece);
 * text.dossiers(); // => how many were written
 * ```
 * @category Sample
 */
export function sampleText(options: SampleOptions, layout: SampleTextOptions): SampleText {
  const run = startSample(options);
  const counter = { dossiers: 0 };
  const size = layout.chunkSize ?? 65536;
  const pieces = layout.format === 'jsonl' ? jsonLines(run, counter) : bundle(run, options, counter, layout.feedbackInMemory ?? 50000);
  return { chunks: chunked(pieces, size), dossiers: () => counter.dossiers };
}

/** Joins small pieces into chunks of about `size` characters. */
function* chunked(pieces: Iterable<string>, size: number): Generator<string, void, undefined> {
  let parts: string[] = [];
  let length = 0;
  for (const p of pieces) {
    parts.push(p);
    length += p.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

function* jsonLines(run: SampleRun, counter: { dossiers: number }): Generator<string, void, undefined> {
  for (const r of sampleRecords(run)) {
    counter.dossiers += 1;
    yield `${JSON.stringify(r.dossier)}\n`;
  }
  // The in-memory form wrote `[].join('\n') + '\n'` for an empty range: one empty line, kept as it was.
  if (counter.dossiers === 0) yield '\n';
}

/** `JSON.stringify(value, null, 1)` as it appears `depth` levels down in the bundle. */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`);

/** A top-level member of the bundle, written whole. */
const member = (key: keyof SampleData, value: unknown, last = false): string => ` ${JSON.stringify(key)}: ${nested(value, 1)}${last ? '\n' : ',\n'}`;

/** A top-level array member of the bundle, written item by item (`[]` when empty, as JSON.stringify writes it). */
function* arrayMember(key: keyof SampleData, items: Iterable<unknown>): Generator<string, void, undefined> {
  yield ` ${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '\n' : ',\n'}  ${nested(item, 2)}`;
    first = false;
  }
  yield first ? '],\n' : '\n ],\n';
}

function* bundle(run: SampleRun, options: SampleOptions, counter: { dossiers: number }, keep: number): Generator<string, void, undefined> {
  const head = sampleHead(run);
  yield '{\n';
  yield member('seed', head.seed) + member('asOf', head.asOf) + member('departments', head.departments) + member('officials', head.officials) + member('procedures', head.procedures);
  // The dossiers as they come; their feedback is kept while it is small, else generated again after.
  let kept: Feedback[] | undefined = [];
  function* dossiers(): Generator<Dossier, void, undefined> {
    for (const r of sampleRecords(run)) {
      counter.dossiers += 1;
      if (r.feedback !== undefined && kept !== undefined) {
        if (kept.length < keep) kept.push(r.feedback);
        else kept = undefined;
      }
      yield r.dossier;
    }
  }
  yield* arrayMember('dossiers', dossiers());
  yield* arrayMember('feedback', kept ?? feedbackAgain(options));
  const rest = sampleRest(run);
  yield member('documents', rest.documents) + member('petitions', rest.petitions) + member('tasks', rest.tasks, true);
  yield '}\n';
}

/** The feedback of a second, identical run (the dossiers are generated again and dropped). */
function* feedbackAgain(options: SampleOptions): Generator<Feedback, void, undefined> {
  for (const r of sampleRecords(startSample(options))) if (r.feedback !== undefined) yield r.feedback;
}
