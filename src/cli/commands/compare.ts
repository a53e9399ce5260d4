import type { CivilDate, Instant } from '../../calendar/WorkCalendar';
import { createCalendar } from '../../calendar/index';
import { compareCountings } from '../../dossier/index';
import type { CountingComparison } from '../../dossier/index';
import type { Locale } from '../../errors/messages/index';
import { parsePeriod } from '../../report/index';
import { CliError, EXIT } from '../CliError';
import { errorText, msg } from '../messages';
import type { Output } from '../output';
import { readDossierList, warnInvalid } from './_dossierList';

type CountingId = 'portal766' | 'dateLevel' | 'workingDays';

/** @internal Options of `reform-rules compare`. */
export interface CompareCommandOptions {
  readonly counting: CountingId;
  readonly against: CountingId;
  readonly asOf: string | undefined;
  readonly period: string | undefined;
  readonly format: 'md' | 'csv' | 'json';
  readonly locale: Locale;
}

function asOfOf(options: CompareCommandOptions): Instant | CivilDate {
  if (options.asOf !== undefined) return options.asOf as Instant | CivilDate;
  if (options.period !== undefined) {
    try {
      return parsePeriod(options.period, { convention: 'calendar' }).to;
    } catch (e) {
      throw new CliError('cli_usage', { detail: msg('in_option', { option: '--period', detail: errorText(e) }) }, EXIT.usage);
    }
  }
  throw new CliError('cli_usage', { detail: msg('compare_needs_date') }, EXIT.usage);
}

function markdown(c: CountingComparison, locale: Locale): string {
  const vi = locale === 'vi';
  const lines = [
    vi ? `## So sánh cách đếm: ${c.a.id} và ${c.b.id}` : `## Counting conventions compared: ${c.a.id} and ${c.b.id}`,
    '',
    vi ? `Hồ sơ so sánh: ${c.compared}; kết quả khác nhau: ${c.differences.length}; không đánh giá được: ${c.unevaluated.length}.` : `Dossiers compared: ${c.compared}; outcomes that differ: ${c.differences.length}; not evaluated: ${c.unevaluated.length}.`,
    '',
    vi ? '| Hồ sơ | ' + c.a.id + ' | ' + c.b.id + ' | Quy tắc tạo khác biệt |' : '| Dossier | ' + c.a.id + ' | ' + c.b.id + ' | Rule that made the difference |',
    '|---|---|---|---|',
    ...c.differences.map((d) => `| ${d.dossierId} | ${d.a} | ${d.b} | ${d.madeBy.map((l) => `${l.choice}: ${l.a} → ${l.b}`).join('; ') || '—'} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** @internal `reform-rules compare <file> --counting portal766 --against dateLevel`. */
export async function compareCommand(file: string, options: CompareCommandOptions, out: Output): Promise<number> {
  const asOf = asOfOf(options);
  const list = await readDossierList(file, options.locale, out);
  let c: CountingComparison;
  try {
    c = compareCountings(list.dossiers, options.counting, options.against, { calendar: createCalendar(), asOf, locale: options.locale });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'compare') }, EXIT.usage);
  }
  if (options.format === 'json') out.write(`${JSON.stringify(c, null, 2)}\n`);
  else if (options.format === 'csv') {
    const rows = [['dossierId', c.a.id, c.b.id, 'madeBy'], ...c.differences.map((d) => [d.dossierId, d.a, d.b, d.madeBy.map((l) => l.choice).join(';')])];
    out.write(`${rows.map((r) => r.join(',')).join('\n')}\n`);
  } else out.write(markdown(c, options.locale));
  warnInvalid(list.invalid.length + c.unevaluated.length, file, options.locale, out);
  return EXIT.ok;
}
