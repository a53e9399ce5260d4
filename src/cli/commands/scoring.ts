import type { Locale } from '../../errors/messages/index';
import { defineScoringScheme, scoreUnits } from '../../scoring/index';
import type { UnitScoresInput } from '../../scoring/index';
import { CliError, EXIT } from '../CliError';
import { errorText, Localized, msg, same } from '../messages';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { objectOrArray, rejectedNotes, renderTable } from './peopleTable';
import type { PeopleFormat } from './peopleTable';
import { scoringWorkbook } from '../../outputs/index';
import type { WorkbookFlags } from './workbook';
import { workbookOptions } from './workbook';

/**
 * @internal `reform-rules scoring <scheme.json> <inputs.json> --period 2026`: validates the scheme,
 * scores, ranks and grades the units. The inputs file is an array of units or `{ units }`.
 */
export function scoringCommand(schemeFile: string, inputsFile: string, options: { period: string | undefined; locale: Locale; format: PeopleFormat } & WorkbookFlags, out: Output): number {
  const xlsx = options.format === 'xlsx' ? workbookOptions('scoring', options, options.locale) : undefined;
  if (options.period === undefined) throw new CliError('cli_usage', { detail: msg('needs_period', { command: 'scoring', example: '2026' }) }, EXIT.usage);
  const scheme = defineScoringScheme(readJsonFile(schemeFile), { locale: options.locale });
  if (!scheme.ok) {
    throw new CliError('malformed_input', { file: schemeFile, line: 1, detail: same(scheme.issues.map((i) => i.message).join('; ')) }, EXIT.input);
  }
  const data = objectOrArray(readJsonFile(inputsFile), inputsFile, new Localized('một mảng đơn vị hoặc { units }', 'an array of units or { units }'));
  const units = Array.isArray(data) ? data : data['units'];
  if (!Array.isArray(units)) throw new CliError('malformed_input', { file: inputsFile, line: 1, detail: msg('expected_shape', { what: new Localized('một mảng "units"', 'a "units" array') }) }, EXIT.input);
  let result;
  try {
    result = scoreUnits(scheme.value, units as UnitScoresInput[], { period: options.period, locale: options.locale });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'scoring') }, EXIT.usage);
  }
  if (xlsx !== undefined) {
    out.bytes(scoringWorkbook(scheme.value, result, xlsx));
    return EXIT.ok;
  }
  if (options.format === 'json') {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  const l = options.locale;
  const vi = l === 'vi';
  const areas = scheme.value.criteria.map((c) => `${c.id} (${c.maxPoints})`);
  const header = [vi ? 'Hạng' : 'Rank', vi ? 'Đơn vị' : 'Unit', ...areas, vi ? 'Tự chấm' : 'Self-score', vi ? 'Tổng điểm' : 'Total', vi ? 'Xếp loại' : 'Grade'];
  const rows = result.units.map((u) => [String(u.rank), u.unitId, ...u.criteria.map((c) => String(Math.round((c.appraisal.numerator / c.appraisal.denominator) * 100) / 100)), String(Math.round((u.self.numerator / u.self.denominator) * 100) / 100), String(u.points), u.grade.label[l]]);
  const notes = [result.explanation.summary[l], ...result.units.flatMap((u) => u.issues.map((i) => `[${i.path.join('.')}] ${i.code}: ${i.message}`)), ...rejectedNotes(result.rejected, l)];
  out.write(renderTable(options.format, `${scheme.value.title[l]} (${scheme.value.version}), ${vi ? 'kỳ' : 'period'} ${options.period}`, header, rows, options.format === 'md' ? notes : []));
  return EXIT.ok;
}
