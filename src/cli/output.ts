import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, EXIT } from './CliError';
import { DEFAULT_LOCALE } from '../errors/locale';
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

/** Why a path cannot be written, in both languages, or undefined when it can. */
function unwritable(path: string, directory: boolean): { reason: string; reasonVi: string } | undefined {
  const full = resolve(path);
  if (existsSync(full)) {
    const st = statSync(full);
    if (directory && !st.isDirectory()) return { reason: 'it is not a directory', reasonVi: 'đây không phải thư mục' };
    if (!directory && st.isDirectory()) return { reason: 'it is a directory', reasonVi: 'đây là một thư mục' };
    try {
      accessSync(full, constants.W_OK);
    } catch {
      return { reason: 'permission denied', reasonVi: 'không có quyền ghi' };
    }
    return undefined;
  }
  if (directory) {
    // The nearest existing ancestor must be a writable directory (mkdir -p creates the rest).
    let up = dirname(full);
    while (!existsSync(up) && dirname(up) !== up) up = dirname(up);
    return unwritable(up, true) === undefined ? undefined : { reason: `its folder ${up} cannot be written`, reasonVi: `thư mục ${up} không ghi được` };
  }
  const parent = dirname(full);
  if (!existsSync(parent)) return { reason: `the folder ${parent} does not exist`, reasonVi: `thư mục ${parent} không tồn tại` };
  const why = unwritable(parent, true);
  return why === undefined ? undefined : { reason: `the folder ${parent}: ${why.reason}`, reasonVi: `thư mục ${parent}: ${why.reasonVi}` };
}

/**
 * @internal Checks, before any work, that `--out` (a file) or `--out-dir` (a folder, created when
 * missing) can be written: a directory, a missing folder or a read-only place is one clear message
 * and exit code {@link EXIT}.output, not an unexpected error after the whole report was computed.
 */
export function checkOutputPath(path: string | undefined, kind: 'file' | 'directory'): void {
  if (path === undefined) return;
  const why = unwritable(path, kind === 'directory');
  if (why !== undefined) throw new CliError('output_unwritable', { received: path, ...why }, EXIT.output);
}

/** @internal The message of a failed write (ENOSPC, EACCES, EISDIR...), for {@link CliError}. */
export function writeFailure(target: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Readonly<Record<string, readonly [string, string]>> = {
    ENOSPC: ['no space left on the device (ENOSPC)', 'thiết bị hết chỗ trống (ENOSPC)'],
    EISDIR: ['it is a directory (EISDIR)', 'đây là một thư mục (EISDIR)'],
    EACCES: ['permission denied (EACCES)', 'không có quyền ghi (EACCES)'],
    ENOENT: ['the folder does not exist (ENOENT)', 'thư mục không tồn tại (ENOENT)'],
  };
  const known = code === undefined ? undefined : Object.hasOwn(reasons, code) ? reasons[code] : undefined;
  const [reason, reasonVi] = known ?? [code ?? 'write failed', code ?? 'ghi không được'];
  return new CliError('output_unwritable', { received: target, reason, reasonVi }, EXIT.output);
}

/**
 * @internal Makes stdout failures end the process cleanly: a closed pipe (`| head`, EPIPE) ends
 * quietly with the exit code so far (0); any other write error (a full disk, `> /dev/full`) prints
 * one line (in `locale`) and exits {@link EXIT}.output. Never a stack trace.
 */
export function guardStdout(exit: (code: number) => void = (code) => process.exit(code), locale: Locale = DEFAULT_LOCALE): void {
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') return exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
    try {
      process.stderr.write(`reform-rules: ${writeFailure('stdout', error).format(locale)}\n`);
    } catch {
      // stderr is gone too: nothing left to tell
    }
    exit(EXIT.output);
  };
  process.stdout.on('error', onError);
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
        stderr.write(`\r${say(streams.locale ?? DEFAULT_LOCALE, 'progress', { count: count.toLocaleString(streams.locale === 'en' ? 'en-US' : 'vi-VN') })}`);
        shown = true;
      }
    },
    flushTo(file) {
      if (!toFile || file === undefined) return;
      try {
        writeFileSync(file, binary ?? chunks.join(''));
      } catch (error) {
        throw writeFailure(file, error);
      }
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

/** @internal The output paths of a command, checked before its work: `--out` and, for `demo`, `--out-dir`. */
export function prepareOutputs(command: string, out: string | undefined, outDir: string | undefined): void {
  checkOutputPath(out, 'file');
  if (command === 'demo') checkOutputPath(outDir ?? 'out', 'directory');
}
