import type { Issue } from '../../errors/Issue';
import type { Locale } from '../../errors/messages/index';
import {
  createDossierIngest,
  parseDepartment,
  parseDossier,
  parseFeedback,
  parseOfficial,
  parseOfficialDocument,
  parsePetition,
  parsePlanTask,
  parseProcedure,
} from '../../model/index';
import { CliError, EXIT } from '../CliError';
import { msg, say } from '../messages';
import type { Output } from '../output';
import type { InputFormat } from '../readRecords';
import { formatOf, isDvcqgPayload, isJsonArrayFile, isStreamInput, READER_CODES, readJsonFile, readMappingFile, readRecords } from '../readRecords';
import type { ReportCommandOptions } from './report';
import { buildReport } from './report';

/** @internal Options of `reform-rules validate`: the same inputs and options as `report`. */
export interface ValidateCommandOptions {
  readonly locale: Locale;
  readonly procedures?: string | undefined;
  readonly mapping?: string | undefined;
  readonly inputFormat?: InputFormat | undefined;
  /** With a period: list exactly the records `report` for that period leaves out, with the same reasons. */
  readonly period?: string | undefined;
  readonly convention?: ReportCommandOptions['convention'] | undefined;
}

/** `validate --period`: the records the report of that period leaves out, listed with the report's reasons. */
async function validateAsReport(file: string, o: ValidateCommandOptions, out: Output): Promise<number> {
  // validate lists every record the report leaves out: no bound on the list.
  const report = await buildReport(file, { period: o.period, convention: o.convention ?? 'decree09', by: 'department', format: 'json', locale: o.locale, procedures: o.procedures, inputFormat: o.inputFormat, mapping: o.mapping, maxRejected: Number.POSITIVE_INFINITY }, out);
  for (const r of report.rejected) for (const issue of r.issues) out.line(`${file}:${r.index}: ${issue.code}: ${issue.message}`);
  const left = report.rejectedCount;
  const kept = report.inputs - left;
  out.line(o.locale === 'vi' ? `${file}: ${kept} bản ghi được dùng, ${left} bản ghi bị loại khỏi báo cáo ${o.period}` : `${file}: ${kept} record(s) used, ${left} left out of the ${o.period} report`);
  return left === 0 ? EXIT.ok : EXIT.invalidRecords;
}

const BUNDLE_PARSERS: Record<string, (v: unknown, o: { locale: Locale }) => { ok: boolean; issues?: Issue[] } & ({ ok: true; value: { id: string } } | { ok: false; issues: Issue[] })> = {
  departments: parseDepartment,
  officials: parseOfficial,
  procedures: parseProcedure,
  dossiers: parseDossier,
  feedback: parseFeedback,
  documents: parseOfficialDocument,
  petitions: parsePetition,
  tasks: parsePlanTask,
};

/**
 * @internal `reform-rules validate <file>`: lists every bad record with its line, field and issue
 * (read as `report` reads them: formats, mapping, portal payloads); with `--period`, exactly the
 * records `report` would leave out, with the same reasons.
 */
export async function validateCommand(file: string, options: ValidateCommandOptions | Locale, out: Output): Promise<number> {
  const o: ValidateCommandOptions = typeof options === 'string' ? { locale: options } : options;
  if (o.period !== undefined) return validateAsReport(file, o, out);
  const locale = o.locale;
  const input = { format: o.inputFormat, mapping: readMappingFile(o.mapping, locale), locale };
  let good = 0;
  let bad = 0;
  const report = (where: string, issues: readonly Issue[]) => {
    bad += 1;
    for (const issue of issues) out.line(`${where}: ${issue.code}: ${issue.message}`);
  };
  const format = o.inputFormat ?? (isStreamInput(file) ? undefined : formatOf(file));
  const value = format === 'json' && !isJsonArrayFile(file) ? readJsonFile(file) : undefined;
  const isBundle = !isDvcqgPayload(value) && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).some((k) => k in BUNDLE_PARSERS);
  if (isBundle) {
    const bundle = value as Record<string, unknown>;
    for (const [key, list] of Object.entries(bundle)) {
      const parse = BUNDLE_PARSERS[key];
      if (parse === undefined || !Array.isArray(list)) continue;
      const seen = new Set<string>();
      list.forEach((item: unknown, i: number) => {
        const r = parse(item, { locale });
        if (!r.ok) return report(`${file}: ${key}[${i}]`, r.issues);
        if (seen.has(r.value.id)) return report(`${file}: ${key}[${i}]`, [{ code: 'duplicate_id', path: [i, 'id'], message: `id: id ${JSON.stringify(r.value.id)} is used by an earlier record`, received: r.value.id }]);
        seen.add(r.value.id);
        good += 1;
      });
    }
  } else {
    const ingest = createDossierIngest({ locale });
    const where = (line: number) => `${file}:${line}`;
    let unreadable: { line: number; message: string; count: number } | undefined;
    for await (const r of readRecords(file, format, input)) {
      if (!r.ok) {
        report(where(r.line), r.issues);
        if (READER_CODES.has(r.issues[0].code)) unreadable = unreadable === undefined ? { line: r.line, message: r.issues[0].message, count: 1 } : { ...unreadable, count: unreadable.count + 1 };
        out.progress(good + bad);
        continue;
      }
      const accepted = ingest.accept(r.value, { index: r.line, line: r.line });
      if (!accepted.ok) report(where(r.line), accepted.rejected.issues.map((i) => ({ ...i, path: i.path.slice(1) })));
      else good += 1;
      out.progress(good + bad);
    }
    if (unreadable !== undefined) {
      out.progress(-1);
      out.line(say(locale, 'validate_summary', { file, good, bad }));
      out.count?.({ in: good + bad, accepted: good, rejected: bad, excluded: 0 });
      const detail = msg('unreadable_records', { detail: unreadable.message.replace(/^(line|dòng) \d+: /, ''), count: unreadable.count });
      throw new CliError('malformed_input', { file, line: unreadable.line, detail }, EXIT.input);
    }
  }
  out.progress(-1);
  out.line(say(locale, 'validate_summary', { file, good, bad }));
  out.count?.({ in: good + bad, accepted: good, rejected: bad, excluded: 0 });
  if (good + bad === 0) throw new CliError('malformed_input', { file, line: 1, detail: msg('no_records') }, EXIT.input);
  return bad === 0 ? EXIT.ok : EXIT.invalidRecords;
}
