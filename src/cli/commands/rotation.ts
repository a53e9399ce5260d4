import type { CivilDate } from '../../calendar/WorkCalendar';
import type { Locale } from '../../errors/messages/index';
import { exampleRotationRule, rotationSchedule } from '../../rotation/index';
import type { RotationAssignment, RotationRule } from '../../rotation/index';
import { CliError, EXIT } from '../CliError';
import { errorText, Localized, msg, same } from '../messages';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { objectOrArray, rejectedNotes, renderTable } from './peopleTable';
import type { PeopleFormat } from './peopleTable';
import { rotationWorkbook } from '../../outputs/index';
import type { WorkbookFlags } from './workbook';
import { workbookOptions } from './workbook';

const STATUS: Record<string, { vi: string; en: string }> = {
  notYet: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  exempt: { vi: 'Không thực hiện', en: 'Exempt' },
  moved: { vi: 'Đã chuyển đổi', en: 'Moved' },
};

function readRules(value: unknown, file: string): RotationRule[] {
  if (!Array.isArray(value)) throw new CliError('malformed_input', { file, line: 1, detail: msg('expected_shape', { what: same('"rules": [{ positionId, minYears, maxYears, basis } | { positionId, example: "tt41-2024-bct" | "general-frame" }]') }) }, EXIT.input);
  return value.map((r: { positionId?: unknown; example?: unknown }) =>
    r !== null && typeof r === 'object' && (r.example === 'tt41-2024-bct' || r.example === 'general-frame') ? exampleRotationRule(r.example, String(r.positionId)) : (r as RotationRule),
  );
}

/**
 * @internal `reform-rules rotation <assignments.json> --as-of 2026-12-01`: the rotation schedule. The
 * file is `{ rules, assignments, dueWithinMonths? }`.
 */
export function rotationCommand(file: string, options: { asOf: string | undefined; locale: Locale; format: PeopleFormat } & WorkbookFlags, out: Output, preloaded?: unknown): number {
  const xlsx = options.format === 'xlsx' ? workbookOptions('rotation', options, options.locale) : undefined;
  if (options.asOf === undefined) throw new CliError('cli_usage', { detail: msg('needs_as_of', { command: 'rotation', example: '2026-12-01' }) }, EXIT.usage);
  const data = objectOrArray(preloaded ?? readJsonFile(file), file, new Localized('một đối tượng { rules, assignments }', 'an object { rules, assignments }'));
  if (Array.isArray(data) || !Array.isArray(data['assignments'])) throw new CliError('malformed_input', { file, line: 1, detail: msg('expected_shape', { what: new Localized('một đối tượng { rules, assignments }', 'an object { rules, assignments }') }) }, EXIT.input);
  const rules = readRules(data['rules'], file);
  let schedule;
  try {
    const months = data['dueWithinMonths'] as number | undefined;
    schedule = rotationSchedule(data['assignments'] as RotationAssignment[], { asOf: options.asOf as CivilDate, rules, locale: options.locale, ...(months === undefined ? {} : { dueWithinMonths: months }) });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'rotation') }, EXIT.usage);
  }
  if (xlsx !== undefined) {
    out.bytes(rotationWorkbook(schedule, xlsx));
    return EXIT.ok;
  }
  if (options.format === 'json') {
    out.write(`${JSON.stringify(schedule, null, 2)}\n`);
    return EXIT.ok;
  }
  const l = options.locale;
  const vi = l === 'vi';
  const header = vi ? ['Mã CCVC', 'Vị trí', 'Quyết định bố trí', 'Chuyển đổi từ', 'Hạn chuyển đổi', 'Tình trạng', 'Căn cứ'] : ['Official', 'Position', 'Assigned', 'Move from', 'Move due', 'Status', 'Basis'];
  const rows = schedule.entries.map((e) => [e.officialId, e.positionId, e.decisionDate, e.earliest, e.due, `${STATUS[e.status]?.[l] ?? e.status}${e.exemptReason === null ? '' : `: ${e.exemptReason}`}`, e.rule.basis.document]);
  const notes = [schedule.explanation.summary[l], ...rejectedNotes(schedule.rejected, l)];
  out.write(renderTable(options.format, vi ? `Lịch chuyển đổi vị trí công tác, ngày ${options.asOf}` : `Rotation schedule on ${options.asOf}`, header, rows, options.format === 'md' ? notes : []));
  return EXIT.ok;
}
