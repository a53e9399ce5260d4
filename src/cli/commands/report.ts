import { writeFileSync } from 'node:fs';
import { createCalendar } from '../../calendar/index';
import type { Locale } from '../../errors/messages/index';
import type { Procedure } from '../../model/index';
import { parseProcedures } from '../../model/index';
import { createReportAccumulator, formatReport, parsePeriod } from '../../report/index';
import type { CsvDialect, FormatReportOptions, ReportAccumulator, PeriodConvention, ReportFormat, ReportFormId, ReportGroupBy, ReportRowBase, ResolutionReport } from '../../report/index';
import { CliError, EXIT } from '../CliError';
import { errorText, Localized, msg, say } from '../messages';
import type { Output, RecordCounts } from '../output';
import type { InputFormat } from '../readRecords';
import { addJsonLinesFile, formatOf, isDvcqgPayload, isJsonArrayFile, readJsonFile, readMappingFile, readRecords, recordsOf } from '../readRecords';
import { reportWorkbook } from '../../outputs/index';
import type { WorkbookFlags } from './workbook';
import { workbookOptions } from './workbook';
import { reportSummary } from './reportSummary';
import { accumulateInWorkers, isJsonLinesFile } from '../reportPool';
import type { AccumulatorSpec } from '../reportPoolProtocol';

/** @internal Options of `reform-rules report`. */
export interface ReportCommandOptions {
  readonly period: string | undefined;
  readonly convention: PeriodConvention;
  readonly by: ReportGroupBy;
  /** The output format; absent: the full Markdown form, or the compact summary on a terminal. */
  readonly format: 'md' | 'csv' | 'json' | 'html' | 'xlsx' | undefined;
  readonly locale: Locale;
  readonly procedures: string | undefined;
  /** The report form. @defaultValue `'bieu06'` */
  readonly form?: ReportFormId | undefined;
  /** CSV: the dialect. @defaultValue `'rfc4180'` */
  readonly dialect?: CsvDialect | undefined;
  /** CSV: whether the text starts with a UTF-8 BOM (set for CSV written to a file with --out). */
  readonly bom?: boolean | undefined;
  /** HTML: the reporting unit, place, signing date and signers (never invented). */
  readonly signing?: Pick<FormatReportOptions, 'unitName' | 'place' | 'signedOn' | 'signers'> | undefined;
  /** `--input-format`: forces the input format. */
  readonly inputFormat?: InputFormat | undefined;
  /** `--mapping`: a mapping file for CSV/xlsx exports. */
  readonly mapping?: string | undefined;
  /** `--allow-rejected`: exit 0 even when records were rejected or excluded. */
  readonly allowRejected?: boolean | undefined;
  /** `--state-out`: also write the accumulator's exact state (JSON) there, for `reform-rules merge`. */
  readonly stateOut?: string | undefined;
  /** `--jobs`: worker threads for a JSON Lines file (1: one pass in this thread). */
  readonly jobs?: number | undefined;
  /** With `jobs`: files smaller than this are read in one pass (tests lower it). */
  readonly parallelMinBytes?: number | undefined;
  /** `--max-rejected`: how many rejected records the report lists (the totals count all). @defaultValue `1000` */
  readonly maxRejected?: number | undefined;
}

/** @internal `--max-rejected`: a whole number from 0, or `all`; absent: 1000 (the library's default). */
export function parseMaxRejected(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === 'all' || value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (!/^\d{1,15}$/.test(value)) throw new CliError('cli_usage', { detail: new Localized(`--max-rejected phải là số nguyên từ 0 hoặc all, nhận được '${value}' (xem reform-rules report --help)`, `--max-rejected must be a whole number from 0 or all, received '${value}' (see reform-rules report --help)`) }, EXIT.usage);
  return Number(value);
}

const FORMAT: Record<Exclude<NonNullable<ReportCommandOptions['format']>, 'xlsx'>, ReportFormat> = { md: 'markdown', csv: 'csv', json: 'json', html: 'html' };

/** @internal Loads procedures and display names from a bundle or a procedures file. */
export function loadCatalog(file: string | undefined, bundle?: unknown): { procedures: Procedure[] | undefined; names: Record<string, string> } {
  const names = Object.create(null) as Record<string, string>; // ids such as '__proto__' stay own keys
  const source = bundle ?? (file === undefined ? undefined : readJsonFile(file));
  if (source === undefined) return { procedures: undefined, names };
  const obj = source as { procedures?: unknown; departments?: unknown; officials?: unknown };
  const list = Array.isArray(source) ? source : obj.procedures;
  let procedures: Procedure[] | undefined;
  if (list !== undefined) {
    const r = parseProcedures(list);
    if (!r.ok) {
      const first = r.issues[0];
      throw new CliError('malformed_input', { file: file ?? 'procedures', line: first?.path[0] ?? 1, detail: msg('procedure_invalid', { detail: first?.message ?? '?' }) }, EXIT.input);
    }
    procedures = r.value;
    for (const p of procedures) names[p.id] = p.name;
  }
  for (const key of ['departments', 'officials'] as const) {
    const items = obj[key];
    if (Array.isArray(items)) {
      for (const item of items) {
        const x = item as { id?: unknown; name?: unknown };
        if (typeof x.id === 'string' && typeof x.name === 'string') names[x.id] = x.name;
      }
    }
  }
  return { procedures, names };
}

/** @internal Builds the Biểu 06 report of a file (streamed for JSON Lines and CSV). */
export async function buildReport(file: string, options: ReportCommandOptions, out: Output): Promise<ResolutionReport<ReportRowBase>> {
  return (await buildAccumulator(file, options, out)).result();
}

/** @internal The filled accumulator of a file (streamed; JSON Lines files split across `--jobs` workers). */
export async function buildAccumulator(file: string, options: ReportCommandOptions, out: Output): Promise<ReportAccumulator<ReportRowBase>> {
  if (options.period === undefined) throw new CliError('cli_usage', { detail: msg('needs_period', { command: 'report', example: '2025-Q1 (2025-H1, 2025-9M, 2025, 2025-03)' }) }, EXIT.usage);
  let period;
  try {
    period = parsePeriod(options.period, { convention: options.convention });
  } catch (e) {
    throw new CliError('cli_usage', { detail: msg('in_option', { option: '--period', detail: errorText(e) }) }, EXIT.usage);
  }
  const isBundle = options.inputFormat === undefined && file !== '-' && formatOf(file) === 'json' && !isJsonArrayFile(file);
  const parsed = isBundle ? readJsonFile(file) : undefined;
  const bundle = parsed !== undefined && !isDvcqgPayload(parsed) ? parsed : undefined;
  const input = { format: options.inputFormat, mapping: readMappingFile(options.mapping, options.locale), locale: options.locale };
  const catalog = loadCatalog(options.procedures, bundle !== undefined && !Array.isArray(bundle) && options.procedures === undefined ? bundle : undefined);
  let acc;
  const calendar = createCalendar();
  const spec: AccumulatorSpec = {
    form: options.form ?? 'bieu06',
    period,
    groupBy: options.by,
    locale: options.locale,
    names: catalog.names,
    ...(catalog.procedures === undefined ? {} : { procedures: catalog.procedures }),
    ...(options.maxRejected === undefined ? {} : { maxRejected: options.maxRejected }),
  };
  try {
    acc = createReportAccumulator({ ...spec, calendar });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'report') }, EXIT.usage);
  }
  // A JSON Lines file across `--jobs` worker threads (the same report: see reportPool.ts).
  if (bundle === undefined && (options.jobs ?? 1) > 1 && isJsonLinesFile(file, options.inputFormat)) {
    if (await accumulateInWorkers({ file, jobs: options.jobs ?? 1, spec, calendar, ...(options.parallelMinBytes === undefined ? {} : { minBytes: options.parallelMinBytes }) }, acc)) return acc;
  }
  let n = 0;
  // A JSON Lines file goes straight into the accumulator (canonical lines read in place: the same report).
  if (bundle === undefined && isJsonLinesFile(file, options.inputFormat)) {
    await addJsonLinesFile(acc, file, options.locale, () => out.progress(++n));
    out.progress(-1);
    return acc;
  }
  // A JSON bundle is parsed once (above); arrays, JSON Lines and CSV are streamed. A record the
  // reader could not read is a rejected record of the report, with its line.
  for await (const r of bundle === undefined ? readRecords(file, undefined, input) : recordsOf(bundle)) {
    if (r.ok) acc.add(r.value, n, r.line);
    else acc.addRejected({ index: n, line: r.line, ...(r.id === undefined ? {} : { id: r.id }), input: r.input, issues: r.issues });
    n += 1;
    out.progress(n);
  }
  out.progress(-1);
  return acc;
}

/** @internal The full form in the chosen format (Markdown by default). */
export function formatReportText(report: ResolutionReport<ReportRowBase>, options: ReportCommandOptions): string {
  const format = FORMAT[options.format === undefined || options.format === 'xlsx' ? 'md' : options.format];
  try {
    return formatReport(report, {
      format,
      locale: options.locale,
      ...(format === 'csv' ? { bom: options.bom === true, dialect: options.dialect } : {}),
      ...(format === 'html' ? options.signing : {}),
    });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'report') }, EXIT.usage);
  }
}

/** @internal Writes an accumulator's exact state as JSON (the input of `reform-rules merge`). */
export function writeState(file: string, acc: ReportAccumulator<ReportRowBase>): void {
  try {
    writeFileSync(file, `${JSON.stringify(acc.toJSON())}\n`);
  } catch (e) {
    throw new CliError('cli_usage', { detail: `cannot write the state to '${file}': ${String((e as NodeJS.ErrnoException).code ?? e)}` }, EXIT.input);
  }
}

/** @internal `reform-rules report <file> --period ...`. */
export async function reportCommand(file: string, options: ReportCommandOptions & WorkbookFlags, out: Output): Promise<number> {
  const xlsx = options.format === 'xlsx' ? workbookOptions('report', options, options.locale) : undefined;
  const acc = await buildAccumulator(file, options, out);
  if (options.stateOut !== undefined) writeState(options.stateOut, acc);
  const report = acc.result();
  if (options.format === 'xlsx') out.bytes(reportWorkbook(report, xlsx));
  else if (options.format === undefined && out.terminal === true) out.write(reportSummary(report, options.locale, [...Object.keys(FORMAT), 'xlsx']));
  else out.write(formatReportText(report, options));
  out.count?.(countsOf(report));
  if (report.rejectedCount === 0) return EXIT.ok;
  out.notice?.(rejectedSummary(report, file, options.locale, options.allowRejected === true));
  return options.allowRejected === true ? EXIT.ok : EXIT.rejected;
}
/**
 * @internal The stderr summary of records a report left out: the exact counts (never received,
 * invalid; "the first K listed" when the list was cut) and the first reasons, in the chosen language.
 */
export function rejectedSummary(report: Pick<ResolutionReport<ReportRowBase>, 'rejected' | 'rejectedCount' | 'rejectedByCode'>, file: string, locale: Locale, allowed: boolean): string {
  const { rejected, rejectedCount: count } = report;
  const excluded = report.rejectedByCode.not_received ?? 0;
  const head = say(locale, 'left_out_head', { count, excluded, invalid: count - excluded, listed: rejected.length, file, allowed: allowed ? 1 : 0 });
  const first = rejected.slice(0, 3).map((r) => {
    // A reader's issue already starts with its line ("dòng 2: ..."): said once, at the start.
    const message = r.issues[0]?.message ?? '';
    const own = r.line === undefined ? '' : `${locale === 'vi' ? 'dòng' : 'line'} ${r.line}: `;
    return say(locale, 'left_out_record', { index: r.index, line: r.line ?? '', id: r.id === undefined ? '' : ` (${r.id})`, code: r.issues[0]?.code ?? '', message: own !== '' && message.startsWith(own) ? message.slice(own.length) : message });
  });
  return `${[head, ...first].join('\n')}\n`;
}

/** @internal Records in = accepted + rejected + excluded: never received, or outside the period. */
export function countsOf(report: ResolutionReport<ReportRowBase>): RecordCounts {
  const notReceived = report.rejectedByCode.not_received ?? 0;
  const excluded = notReceived + report.excluded.receivedAfter + report.excluded.endedBefore;
  const rejected = report.rejectedCount - notReceived;
  return { in: report.inputs, accepted: report.inputs - rejected - excluded, rejected, excluded };
}
