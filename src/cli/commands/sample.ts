import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { createCalendar } from '../../calendar/index';
import { sampleCatalog, sampleText } from '../../sample/index';
import type { SampleOptions, SampleText } from '../../sample/index';
import { CliError, EXIT } from '../CliError';
import { DEFAULT_LOCALE } from '../../errors/locale';
import type { Locale } from '../../errors/messages/index';
import { errorText, Localized, say, msg } from '../messages';
import { checkOutputPath, writeFailure } from '../output';
import type { Output } from '../output';

/**
 * @internal The procedures catalogue written beside `--out x.jsonl`: `x.procedures.json` (the
 * departments and procedures of the sample, the layout `report --procedures` reads).
 */
export function catalogPath(out: string): string {
  return `${out.slice(0, -'.jsonl'.length)}.procedures.json`;
}

/**
 * @internal `reform-rules sample`: writes the deterministic sample (a JSON bundle, or dossiers as JSON
 * Lines with a procedures catalogue beside them), day by day with flat memory.
 */
export function sampleCommand(options: { seed: string | undefined; from: string | undefined; to: string | undefined; perDay: string | undefined; out: string | undefined }, out: Output, locale: Locale = DEFAULT_LOCALE): number {
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  const perDay = options.perDay === undefined ? undefined : Number(options.perDay);
  if (!Number.isSafeInteger(seed)) throw new CliError('cli_usage', { detail: msg('whole_number', { option: '--seed', received: options.seed ?? '' }) }, EXIT.usage);
  if (perDay !== undefined && !(perDay >= 0 && perDay <= 1000)) throw new CliError('cli_usage', { detail: new Localized(`sample: --per-day phải là một số từ 0 đến 1000, nhận được '${options.perDay ?? ''}'`, `sample: --per-day must be a number from 0 to 1000, received '${options.perDay ?? ''}'`) }, EXIT.usage);
  const jsonl = options.out?.endsWith('.jsonl') === true;
  const catalog = jsonl && options.out !== undefined ? catalogPath(options.out) : undefined;
  checkOutputPath(catalog, 'file');
  const generation: SampleOptions = { seed, from: options.from, to: options.to, dossiersPerDay: perDay, calendar: createCalendar() };
  let text: SampleText;
  try {
    text = sampleText(generation, { format: jsonl ? 'jsonl' : 'json' });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'sample') }, EXIT.usage);
  }
  if (options.out === undefined) {
    for (const chunk of text.chunks) out.write(chunk);
    return EXIT.ok;
  }
  writeChunks(options.out, text.chunks);
  out.notice?.(say(locale, 'sample_wrote', { count: text.dossiers(), file: options.out }));
  if (catalog !== undefined) {
    const { departments, procedures } = sampleCatalog();
    try {
      writeFileSync(catalog, `${JSON.stringify({ departments, procedures }, null, 1)}\n`);
    } catch (error) {
      throw writeFailure(catalog, error);
    }
    out.notice?.(new Localized(`sample: đã ghi danh mục ${procedures.length} thủ tục vào ${catalog} (dùng với report --procedures)`, `sample: wrote the catalogue of ${procedures.length} procedures to ${catalog} (for report --procedures)`).in(locale));
  }
  return EXIT.ok;
}

/** Writes the pieces to a file as they come (a write error is one clear message and exit code EXIT.output). */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = attempt(file, () => openSync(file, 'w'));
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < bytes.length) done += attempt(file, () => writeSync(fd, bytes, done, bytes.length - done));
    }
  } finally {
    closeSync(fd);
  }
}

/** Runs one file operation; its failure becomes the CLI's write-failure message. */
function attempt<T>(file: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    throw writeFailure(file, error);
  }
}
