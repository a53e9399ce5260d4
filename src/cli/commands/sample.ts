import { writeFileSync } from 'node:fs';
import { createCalendar } from '../../calendar/index';
import { generateSample } from '../../sample/index';
import { CliError, EXIT } from '../CliError';
import { DEFAULT_LOCALE } from '../../errors/locale';
import type { Locale } from '../../errors/messages/index';
import { errorText, Localized, say, msg } from '../messages';
import type { Output } from '../output';

/** @internal `reform-rules sample`: writes the deterministic sample (a JSON bundle, or dossiers as JSONL). */
export function sampleCommand(options: { seed: string | undefined; from: string | undefined; to: string | undefined; perDay: string | undefined; out: string | undefined }, out: Output, locale: Locale = DEFAULT_LOCALE): number {
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  const perDay = options.perDay === undefined ? undefined : Number(options.perDay);
  if (!Number.isSafeInteger(seed)) throw new CliError('cli_usage', { detail: msg('whole_number', { option: '--seed', received: options.seed ?? '' }) }, EXIT.usage);
  if (perDay !== undefined && !(perDay >= 0 && perDay <= 1000)) throw new CliError('cli_usage', { detail: new Localized(`sample: --per-day phải là một số từ 0 đến 1000, nhận được '${options.perDay ?? ''}'`, `sample: --per-day must be a number from 0 to 1000, received '${options.perDay ?? ''}'`) }, EXIT.usage);
  let data;
  try {
    data = generateSample({ seed, from: options.from, to: options.to, dossiersPerDay: perDay, calendar: createCalendar() });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'sample') }, EXIT.usage);
  }
  const text = options.out?.endsWith('.jsonl') ? data.dossiers.map((d) => JSON.stringify(d)).join('\n') + '\n' : `${JSON.stringify(data, null, 1)}\n`;
  if (options.out === undefined) out.write(text);
  else {
    writeFileSync(options.out, text);
    out.notice?.(say(locale, 'sample_wrote', { count: data.dossiers.length, file: options.out }));
  }
  return EXIT.ok;
}
