import { formatCivilDate } from '../../_lib/civilDate';
import { parseInstant, vnDay } from '../../_lib/instant';
import { match } from 'ts-pattern';
import { createCalendar } from '../../calendar/index';
import { evaluatePlan } from '../../coverage/index';
import type { PlanInput, PlanScorecard, ScorecardRow } from '../../coverage/index';
import { createDossierEvaluator } from '../../dossier/index';
import type { DossierEvaluation } from '../../dossier/index';
import type { Locale } from '../../errors/messages/index';
import { formatExplanation, formatPercent, formatShare } from '../../explain/index';
import { parseDossiers } from '../../model/index';
import { parsePeriod } from '../../report/index';
import type { PeriodConvention } from '../../report/index';
import { CliError, EXIT } from '../CliError';
import { errorText, Localized, msg } from '../messages';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { loadCatalog } from './report';
import { scorecardWorkbook } from '../../outputs/index';
import { indexTarget } from '../../outputs/scorecardWorkbook';
import type { WorkbookFlags } from './workbook';
import { workbookOptions } from './workbook';

const GRADE: Record<string, { vi: string; en: string }> = {
  excellent: { vi: 'Xuất sắc', en: 'Excellent' },
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  average: { vi: 'Trung bình', en: 'Average' },
  weak: { vi: 'Yếu', en: 'Weak' },
};

function measured(row: ScorecardRow, locale: Locale): string {
  const vi = locale === 'vi';
  if (row.measured === null) return vi ? '(chưa có số liệu)' : '(no input)';
  return match(row.measured)
    .with({ kind: 'share' }, (m) => formatShare(m.share, locale))
    .with({ kind: 'overCap' }, (m) => (vi ? `${m.over}/${m.of} vượt ngưỡng` : `${m.over} of ${m.of} over the cap`))
    .with({ kind: 'rank' }, (m) => (vi ? `hạng ${m.rank}` : `rank ${m.rank}`))
    .with({ kind: 'grade' }, (m) => GRADE[m.grade]?.[locale] ?? m.grade)
    .with({ kind: 'score' }, (m) => (vi ? `${m.score}/${m.max} điểm` : `${m.score} of ${m.max} points`))
    .exhaustive();
}

function target(row: ScorecardRow, locale: Locale): string {
  const vi = locale === 'vi';
  const op = (c: 'gt' | 'gte') => (c === 'gt' ? '>' : '≥');
  return match(row.target)
    .with({ kind: 'share' }, (t) => `${op(t.comparison)} ${formatPercent(t.value, locale)}`)
    .with({ kind: 'noneOverCap' }, (t) => `${vi ? 'không ai' : 'none'} ${op(t.comparison)} ${formatPercent(t.cap, locale)}`)
    .with({ kind: 'rank' }, (t) => (vi ? `trong nhóm ${t.atMost}` : `top ${t.atMost}`))
    .with({ kind: 'grade' }, (t) => (vi ? `từ ${GRADE[t.atLeast]?.vi ?? t.atLeast}` : `at least ${GRADE[t.atLeast]?.en ?? t.atLeast}`))
    .with({ kind: 'indexScore' }, (t) => indexTarget(t, locale))
    .exhaustive();
}

/** @internal Renders a scorecard as Markdown, one row per target, then each row's explanation. */
export function scorecardMarkdown(card: PlanScorecard, locale: Locale): string {
  const vi = locale === 'vi';
  const met = (m: boolean | null) => (m === null ? (vi ? '— chưa đánh giá' : '— not judged') : m ? (vi ? '✔ đạt' : '✔ met') : vi ? '✘ chưa đạt' : '✘ not met');
  const lines = [
    vi ? `## Kết quả thực hiện các chỉ tiêu của Kế hoạch (${card.period.from} – ${card.period.to})` : `## Plan scorecard (${card.period.from} – ${card.period.to})`,
    '',
    vi ? '| Mục | Chỉ tiêu | Kết quả | Mục tiêu | Đánh giá |' : '| Section | Target | Measured | Target value | Met |',
    '| --- | --- | --- | --- | --- |',
    ...card.rows.map((r) => `| ${r.section} | ${r.title[locale]} | ${measured(r, locale)} | ${target(r, locale)} | ${met(r.met)} |`),
    '',
    vi
      ? `Đạt ${card.summary.met}, chưa đạt ${card.summary.notMet}, chưa đánh giá (thiếu số liệu) ${card.summary.notJudged}.`
      : `Met ${card.summary.met}, not met ${card.summary.notMet}, not judged (input missing) ${card.summary.notJudged}.`,
    '',
    ...card.rows.map((r) => `- **${r.section}** ${formatExplanation(r.explanation, { locale })}`),
    '',
  ];
  if (card.issues.length > 0) {
    lines.push(vi ? `${card.issues.length} bản ghi đầu vào không hợp lệ đã bị loại:` : `${card.issues.length} input record(s) left out:`);
    for (const i of card.issues.slice(0, 20)) lines.push(`- [${i.path.join('.')}] ${i.code}: ${i.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** @internal Computes the plan scorecard of a bundle in the sample layout (plus `agencyParGrade`, `provincialIndexRanks` and `serviceIndex` — the index groups with the agency's targets — when known), read from `file` unless already parsed and given as `preloaded`. */
export function computeScorecard(
  file: string,
  options: { period: string | undefined; convention: PeriodConvention; locale: Locale },
  preloaded?: unknown,
): PlanScorecard {
  if (options.period === undefined) throw new CliError('cli_usage', { detail: msg('needs_period', { command: 'scorecard', example: '2025' }) }, EXIT.usage);
  let period;
  try {
    period = parsePeriod(options.period, { convention: options.convention });
  } catch (e) {
    throw new CliError('cli_usage', { detail: msg('in_option', { option: '--period', detail: errorText(e) }) }, EXIT.usage);
  }
  const bundle = preloaded ?? readJsonFile(file);
  if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) {
    throw new CliError('malformed_input', { file, line: 1, detail: msg('expected_shape', { what: new Localized('một đối tượng JSON chứa số liệu kế hoạch (dossiers, procedures, officials, feedback, documents, petitions, tasks, ...)', 'a JSON object with the plan inputs (dossiers, procedures, officials, feedback, documents, petitions, tasks, ...)') }) }, EXIT.input);
  }
  const input = bundle as Record<string, unknown>;
  const calendar = createCalendar();
  const { procedures } = loadCatalog(undefined, bundle);
  const planInput: Record<string, unknown> = {};
  for (const key of ['feedback', 'officials', 'procedures', 'documents', 'petitions', 'tasks', 'agencyParGrade', 'provincialIndexRanks', 'officialLateCounts', 'departmentLateCounts', 'serviceIndex'] as const) {
    if (input[key] !== undefined) planInput[key] = input[key];
  }
  if (input['dossiers'] !== undefined) {
    // The late shares count the dossiers resolved in the period, evaluated as of its close.
    const dossiers = parseDossiers(input['dossiers']).value;
    const evaluate = createDossierEvaluator({ calendar, asOf: `${period.to}T23:59:59.999+07:00`, ...(procedures === undefined ? {} : { procedures }) });
    const evaluations: DossierEvaluation[] = [];
    for (const d of dossiers) {
      const r = evaluate(d);
      if (!r.ok || r.value.endedAt === undefined) continue;
      const endDay = formatCivilDate(vnDay(parseInstant(r.value.endedAt) as number));
      if (endDay >= period.from && endDay <= period.to) evaluations.push(r.value);
    }
    planInput['evaluations'] = evaluations;
    planInput['dossiers'] = dossiers;
  }
  try {
    return evaluatePlan(planInput as PlanInput, { period, asOf: period.to, calendar, locale: options.locale });
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'scorecard') }, EXIT.usage);
  }
}

/** @internal `reform-rules scorecard <plan-input.json> --period 2025`. */
export function scorecardCommand(file: string, options: { period: string | undefined; convention: PeriodConvention; locale: Locale; format: 'md' | 'json' | 'xlsx' } & WorkbookFlags, out: Output): number {
  const xlsx = options.format === 'xlsx' ? workbookOptions('scorecard', options, options.locale) : undefined;
  const card = computeScorecard(file, options);
  if (xlsx !== undefined) {
    out.bytes(scorecardWorkbook(card, xlsx));
    return EXIT.ok;
  }
  out.write(options.format === 'json' ? `${JSON.stringify(card, null, 2)}\n` : scorecardMarkdown(card, options.locale));
  return EXIT.ok;
}
