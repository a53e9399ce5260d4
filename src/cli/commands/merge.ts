/**
 * `reform-rules merge state1.json state2.json ...`: the report of shards computed anywhere (one
 * process per file, per month, per unit, a batch engine), from the exact accumulator states that
 * `report --state-out` (or `toJSON()` of an accumulator) wrote. Merging is exact: the merge of the
 * states of any split of the records is the report of all of them.
 * @internal
 * @module
 */
import { Localized } from '../messages';
import { createCalendar } from '../../calendar/index';
import type { WorkCalendar } from '../../calendar/index';
import type { Locale } from '../../errors/messages/index';
import { reportAccumulatorFromJSON } from '../../report/index';
import type { CsvDialect, ReportAccumulator, ReportAccumulatorState, ReportFormId, ReportRowBase } from '../../report/index';
import { CliError, EXIT } from '../CliError';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { formatReportText, loadCatalog, rejectedSummary, writeState } from './report';

/** @internal Options of `reform-rules merge`. */
export interface MergeCommandOptions {
  /** The form the states must be of; absent: the first state's. */
  readonly form?: ReportFormId | undefined;
  readonly format: 'md' | 'csv' | 'json' | 'html';
  readonly locale: Locale;
  /** The procedures file (needed for states grouped by field; gives the rows their names). */
  readonly procedures?: string | undefined;
  readonly dialect?: CsvDialect | undefined;
  readonly bom?: boolean | undefined;
  /** Also write the merged state there (to merge again later). */
  readonly stateOut?: string | undefined;
  readonly allowRejected?: boolean | undefined;
  /** The calendar (default: `createCalendar()`, the one `report` uses). */
  readonly calendar?: WorkCalendar | undefined;
}

/** A state file, as a `malformed_input` error naming the file when it is not a coherent state. */
function withFile<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('malformed_input', { file, line: 1, detail: new Localized(`không phải trạng thái báo cáo gộp được: ${(e as Error).message}`, `not a mergeable report state: ${(e as Error).message}`) }, EXIT.input);
  }
}

/** @internal Merges the states of `files` (in order) into one accumulator. */
export function mergeStates(files: readonly string[], options: Pick<MergeCommandOptions, 'form' | 'locale' | 'procedures' | 'calendar'>): ReportAccumulator<ReportRowBase> {
  const [first, ...rest] = files;
  if (first === undefined) throw new CliError('cli_usage', { detail: new Localized('lệnh merge cần ít nhất một tệp trạng thái (ghi bằng report --state-out)', 'merge needs at least one state file (written by report --state-out)') }, EXIT.usage);
  const catalog = loadCatalog(options.procedures);
  const calendar = options.calendar ?? createCalendar();
  const acc = withFile(first, () =>
    reportAccumulatorFromJSON(readJsonFile(first) as ReportAccumulatorState, {
      calendar,
      locale: options.locale,
      names: catalog.names,
      ...(options.form === undefined ? {} : { form: options.form }),
      ...(catalog.procedures === undefined ? {} : { procedures: catalog.procedures }),
    }) as unknown as ReportAccumulator<ReportRowBase>,
  );
  for (const file of rest) withFile(file, () => acc.merge(readJsonFile(file) as ReportAccumulatorState));
  return acc;
}

/** @internal `reform-rules merge state1.json state2.json ... [--form] [--format] [--out]`. */
export function mergeCommand(files: readonly string[], options: MergeCommandOptions, out: Output): number {
  const acc = mergeStates(files, options);
  if (options.stateOut !== undefined) writeState(options.stateOut, acc);
  const report = withFile(files.join(' + '), () => acc.result());
  out.write(formatReportText(report, { ...options, period: undefined, convention: 'decree09', by: 'department', procedures: options.procedures }));
  if (report.rejectedCount === 0) return EXIT.ok;
  process.stderr.write(rejectedSummary(report, files.join(' '), options.locale, options.allowRejected === true));
  return options.allowRejected === true ? EXIT.ok : EXIT.rejected;
}

