import { writeFileSync } from 'node:fs';
import type { Locale } from '../errors/messages/index';
import { say } from './messages';

/** @internal Records in = accepted + rejected + excluded (with reason): the counts of `--summary-json`. */
export interface RecordCounts {
  readonly in: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly excluded: number;
}

/** @internal A stream the CLI writes to (process.stdout/stderr, or a test's capture). */
export interface TextSink {
  readonly isTTY?: boolean | undefined;
  write(chunk: string): unknown;
}

/** @internal Where a run writes and how: the streams, the locale of notices, `--quiet`. */
export interface OutputStreams {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly locale?: Locale | undefined;
  /** `--quiet`: no notices (summaries, progress) on stderr. */
  readonly quiet?: boolean | undefined;
}

/** @internal Where a command writes: stdout (or a file) and a progress line on a terminal's stderr. */
export interface Output {
  /** Whether the text goes to a terminal (stdout is a TTY and no --out): the report command then prints its summary. */
  readonly terminal?: boolean;
  line(text: string): void;
  write(text: string): void;
  /** Binary content (a workbook): only to a file, given with `--out`. */
  bytes(data: Uint8Array): void;
  progress(count: number): void;
  flushTo(file: string | undefined): void;
  /** A notice for people on stderr (a summary of records left out, a file written); silenced by `--quiet`. */
  notice?(text: string): void;
  /** The record counts of the run, for `--summary-json`. */
  count?(counts: RecordCounts): void;
}

/** @internal */
export function createOutput(toFile: boolean, streams: OutputStreams = { stdout: process.stdout, stderr: process.stderr }): Output & { counts(): RecordCounts | undefined } {
  const { stdout, stderr } = streams;
  const chunks: string[] = [];
  let binary: Uint8Array | undefined;
  let counted: RecordCounts | undefined;
  const tty = stderr.isTTY === true && streams.quiet !== true;
  let shown = false;
  return {
    terminal: !toFile && stdout.isTTY === true,
    line(text) {
      if (toFile) chunks.push(`${text}\n`);
      else stdout.write(`${text}\n`);
    },
    write(text) {
      if (toFile) chunks.push(text);
      else stdout.write(text);
    },
    bytes(data) {
      if (!toFile) throw new Error('binary output needs --out');
      binary = data;
    },
    progress(count) {
      if (!tty) return;
      if (count < 0) {
        if (shown) stderr.write('\r\x1b[K');
        shown = false;
        return;
      }
      if (count % 5000 === 0 && count > 0) {
        stderr.write(`\r${say(streams.locale ?? 'vi', 'progress', { count: count.toLocaleString(streams.locale === 'en' ? 'en-US' : 'vi-VN') })}`);
        shown = true;
      }
    },
    flushTo(file) {
      if (toFile && file !== undefined) writeFileSync(file, binary ?? chunks.join(''));
    },
    notice(text) {
      if (streams.quiet !== true) stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    count(c) {
      counted = c;
    },
    counts: () => counted,
  };
}
