import type { Locale } from '../../errors/messages/index';
import { applyRatingLimits, evaluateOfficials } from '../../evaluation/index';
import type { ApplyRatingLimitsOptions, OfficialEvaluationInput } from '../../evaluation/index';
import { ratingLabels } from '../../rating/index';
import { CliError, EXIT } from '../CliError';
import { errorText, Localized, msg } from '../messages';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { objectOrArray, rejectedNotes, renderTable } from './peopleTable';
import type { PeopleFormat } from './peopleTable';
import { ratingWorkbook } from '../../outputs/index';
import type { WorkbookFlags } from './workbook';
import { workbookOptions } from './workbook';

/**
 * @internal `reform-rules rating <officials.json> --period 2026`: evaluates every official, applies
 * the excellence quota and the plan's late cap, and prints the level each may receive with the reasons.
 * The file is an array of official inputs, or `{ officials, unitLevel?, groups?, dossierTimeliness? }`.
 */
export function ratingCommand(file: string, options: { period: string | undefined; locale: Locale; format: PeopleFormat } & WorkbookFlags, out: Output, preloaded?: unknown): number {
  const xlsx = options.format === 'xlsx' ? workbookOptions('rating', options, options.locale) : undefined;
  if (options.period === undefined) throw new CliError('cli_usage', { detail: msg('needs_period', { command: 'rating', example: '2026 (2026-Q1)' }) }, EXIT.usage);
  const data = objectOrArray(preloaded ?? readJsonFile(file), file, new Localized('một mảng công chức hoặc { officials, unitLevel?, groups? }', 'an array of officials or { officials, unitLevel?, groups? }'));
  const bundle = Array.isArray(data) ? { officials: data } : data;
  if (!Array.isArray(bundle['officials'])) throw new CliError('malformed_input', { file, line: 1, detail: msg('expected_shape', { what: new Localized('một mảng "officials"', 'an "officials" array') }) }, EXIT.input);
  const dossier = bundle['dossierTimeliness'] as { weight: number } | undefined;
  let evaluated;
  let limits;
  try {
    evaluated = evaluateOfficials(bundle['officials'] as OfficialEvaluationInput[], { period: options.period, locale: options.locale, ...(dossier === undefined ? {} : { dossierTimeliness: dossier }) });
    limits = applyRatingLimits(evaluated.evaluations, { unitLevel: bundle['unitLevel'] as ApplyRatingLimitsOptions['unitLevel'], groups: bundle['groups'] as ApplyRatingLimitsOptions['groups'] });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'rating') }, EXIT.usage);
  }
  if (xlsx !== undefined) {
    out.bytes(ratingWorkbook(evaluated, limits, xlsx));
    return EXIT.ok;
  }
  if (options.format === 'json') {
    out.write(`${JSON.stringify({ evaluations: evaluated.evaluations, limits, rejected: evaluated.rejected }, null, 2)}\n`);
    return EXIT.ok;
  }
  const vi = options.locale === 'vi';
  const header = vi ? ['Mã CCVC', 'Đơn vị', 'Văn bản', 'Tổng điểm', 'Mức theo điểm', 'Mức được xếp', 'Lý do'] : ['Official', 'Unit', 'Regime', 'Points', 'Level by points', 'Level allowed', 'Reasons'];
  const rows = limits.decisions.map((d, i) => {
    const e = evaluated.evaluations[i];
    const level = d.level === null ? (vi ? 'Chờ đơn vị quyết định (bằng điểm)' : 'Undecided (tie: the unit decides)') : ratingLabels[d.level][options.locale];
    return [d.officialId, e?.unitId ?? '', e?.regime ?? '', e?.points === null || e?.points === undefined ? '' : String(e.points), ratingLabels[d.pointsLevel][options.locale], level, d.reasons.map((r) => r[options.locale]).join(' ')];
  });
  const notes = [...limits.groups.map((g) => g.explanation.summary[options.locale]), ...rejectedNotes(evaluated.rejected, options.locale)];
  out.write(renderTable(options.format, vi ? `Xếp loại chất lượng CCVC, kỳ ${options.period}` : `Officials' ratings, period ${options.period}`, header, rows, options.format === 'md' ? notes : []));
  return EXIT.ok;
}
