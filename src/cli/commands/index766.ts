import { createCalendar } from '../../calendar/index';
import type { Locale } from '../../errors/messages/index';
import { formatIndex766, formatReconciliation766, readPortal766, reconcile766, serviceIndex766 } from '../../index766/index';
import type { PortalReport766, Procedure766, ServiceIndex766Input } from '../../index766/index';
import { CliError, EXIT } from '../CliError';
import { errorText, msg } from '../messages';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { readDossierList, warnInvalid } from './_dossierList';

/** @internal Options of `reform-rules index766`. */
export interface Index766CommandOptions {
  readonly period: string | undefined;
  readonly format: 'md' | 'csv' | 'json' | 'html';
  readonly locale: Locale;
  readonly portal: string | undefined;
  readonly counting: 'portal766' | 'dateLevel' | 'workingDays';
  readonly by: 'department' | 'receivingUnit';
}

function readPortalFile(file: string): PortalReport766[] {
  const json = readJsonFile(file);
  const list = Array.isArray(json) ? json : [json];
  return list.map((r, i) => {
    try {
      return readPortal766(r);
    } catch (e) {
      throw new CliError('malformed_input', { file, line: i + 1, detail: errorText(e) }, EXIT.input);
    }
  });
}

const optional = (bundle: Readonly<Record<string, unknown>> | undefined, key: string): Record<string, unknown> =>
  bundle !== undefined && Array.isArray(bundle[key]) ? { [key]: bundle[key] } : {};

/** @internal `reform-rules index766 <dossiers> --period 2026-08 [--portal progress.json]`. */
export async function index766Command(file: string, options: Index766CommandOptions, out: Output): Promise<number> {
  if (options.period === undefined) throw new CliError('cli_usage', { detail: msg('needs_period', { command: 'index766', example: '2026-08 (2026-Q3, 2026)' }) }, EXIT.usage);
  const portal = options.portal === undefined ? undefined : readPortalFile(options.portal);
  const list = await readDossierList(file, options.locale, out);
  const b = list.bundle;
  const input = { dossiers: list.dossiers, ...optional(b, 'procedures'), ...optional(b, 'publications'), ...optional(b, 'petitions'), ...optional(b, 'feedback'), ...optional(b, 'certifiedCopies'), ...optional(b, 'syncedDossierIds') } as ServiceIndex766Input & { procedures?: Procedure766[] };
  let index;
  try {
    index = serviceIndex766(input, { period: options.period, calendar: createCalendar(), counting: options.counting, groupBy: options.by, locale: options.locale });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'index766') }, EXIT.usage);
  }
  if (portal === undefined) out.write(formatIndex766(index, { format: options.format, locale: options.locale }));
  else if (options.format === 'html') throw new CliError('cli_usage', { detail: 'index766 --portal: the reconciliation is written as md, csv or json, not html' }, EXIT.usage);
  else if (options.format === 'json') out.write(`${JSON.stringify({ index, reconciliation: reconcile766(index, portal) }, null, 2)}\n`);
  else {
    out.write(formatIndex766(index, { format: options.format, locale: options.locale }));
    out.write('\n');
    out.write(formatReconciliation766(reconcile766(index, portal), { format: options.format, locale: options.locale }));
  }
  warnInvalid(list.invalid.length + index.rejected.length, file, options.locale, out);
  return EXIT.ok;
}
