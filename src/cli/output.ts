import { writeFileSync } from 'node:fs';

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
}

/** @internal */
export function createOutput(toFile: boolean): Output {
  const chunks: string[] = [];
  let binary: Uint8Array | undefined;
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return {
    terminal: !toFile && process.stdout.isTTY === true,
    line(text) {
      if (toFile) chunks.push(`${text}\n`);
      else process.stdout.write(`${text}\n`);
    },
    write(text) {
      if (toFile) chunks.push(text);
      else process.stdout.write(text);
    },
    bytes(data) {
      if (!toFile) throw new Error('binary output needs --out');
      binary = data;
    },
    progress(count) {
      if (!tty) return;
      if (count < 0) {
        if (shown) process.stderr.write('\r\x1b[K');
        shown = false;
        return;
      }
      if (count % 5000 === 0 && count > 0) {
        process.stderr.write(`\r  ${count.toLocaleString('en-US')} records read`);
        shown = true;
      }
    },
    flushTo(file) {
      if (toFile && file !== undefined) writeFileSync(file, binary ?? chunks.join(''));
    },
  };
}
