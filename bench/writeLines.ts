/** Writes a generated text file of `n` lines (and an optional header) in 1 MiB pieces: the benches' inputs. */
import { createWriteStream } from 'node:fs';

export async function writeLines(file: string, n: number, line: (i: number) => string, header?: string): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let buffer = header === undefined ? '' : `${header}\n`;
  for (let i = 0; i < n; i++) {
    buffer += `${line(i)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
