import type { Issue } from '../../errors/Issue';
import type { Locale } from '../../errors/messages/index';
import {
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
import type { Output } from '../output';
import { formatOf, isJsonArrayFile, READER_CODES, readJsonFile, readRecords } from '../readRecords';

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

/** @internal `reform-rules validate <file>`: lists every bad record with its line, field and issue. */
export async function validateCommand(file: string, locale: Locale, out: Output): Promise<number> {
  let good = 0;
  let bad = 0;
  const report = (where: string, issues: readonly Issue[]) => {
    bad += 1;
    for (const issue of issues) out.line(`${where}: ${issue.code}: ${issue.message}`);
  };
  const format = file === '-' ? undefined : formatOf(file);
  const value = format === 'json' && !isJsonArrayFile(file) ? readJsonFile(file) : undefined;
  const isBundle = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).some((k) => k in BUNDLE_PARSERS);
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
    const seen = new Set<string>();
    const where = (line: number) => `${file}:${line}`;
    let unreadable: { line: number; message: string; count: number } | undefined;
    for await (const r of readRecords(file, format)) {
      if (!r.ok) {
        report(where(r.line), r.issues);
        if (READER_CODES.has(r.issues[0].code)) unreadable = unreadable === undefined ? { line: r.line, message: r.issues[0].message, count: 1 } : { ...unreadable, count: unreadable.count + 1 };
        out.progress(good + bad);
        continue;
      }
      const parsed = parseDossier(r.value, { locale });
      if (!parsed.ok) {
        report(where(r.line), parsed.issues);
      } else if (seen.has(parsed.value.id)) {
        report(where(r.line), [{ code: 'duplicate_id', path: ['id'], message: `id: id ${JSON.stringify(parsed.value.id)} is used by an earlier record`, received: parsed.value.id }]);
      } else {
        seen.add(parsed.value.id);
        good += 1;
      }
      out.progress(good + bad);
    }
    if (unreadable !== undefined) {
      out.progress(-1);
      out.line(`${file}: ${good} valid, ${bad} invalid record(s)`);
      const detail = `${unreadable.message.replace(/^(line|dòng) \d+: /, '')} (${unreadable.count} unreadable record(s), all listed above)`;
      throw new CliError('malformed_input', { file, line: unreadable.line, detail }, EXIT.input);
    }
  }
  out.progress(-1);
  out.line(`${file}: ${good} valid, ${bad} invalid record(s)`);
  if (good + bad === 0) throw new CliError('malformed_input', { file, line: 1, detail: 'no records found' }, EXIT.input);
  return bad === 0 ? EXIT.ok : EXIT.invalidRecords;
}
