import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar } from '../../calendar/index';
import type { Locale } from '../../errors/messages/index';
import { formatReport, parsePeriod, resolutionReport, submissionDeadline } from '../../report/index';
import { generateSample } from '../../sample/index';
import { EXIT } from '../CliError';
import type { Output } from '../output';
import { readJsonFile } from '../readRecords';
import { loadCatalog } from './report';
import { computeScorecard, scorecardMarkdown } from './scorecard';
import { reportWorkbook, scorecardWorkbook } from '../../outputs/index';

/** @internal The sample generator's seed for the bundled sample (not a test seed). */
const DEMO_SEED = 2025;

/** @internal The sample the demo uses when none is bundled: 2024-2025, about 3 dossiers a working day. */
export const DEMO_SAMPLE = { seed: DEMO_SEED, from: '2024-01-01', to: '2025-12-31', dossiersPerDay: 3 } as const;

/**
 * @internal `reform-rules demo`: the main job on the sample data. Prints the 2025 Q1 Biểu 06 report
 * and the 2025 plan scorecard, and writes the HTML report, the CSV for Excel (UTF-8 with BOM,
 * the `excel-vi` dialect) and the scorecard to `out/`.
 */
export function demoCommand(options: { data: string | undefined; outDir: string; locale: Locale }, out: Output): number {
  const vi = options.locale === 'vi';
  const calendar = createCalendar();
  let file = options.data ?? join('examples', 'data', 'sample.json');
  let bundle: unknown;
  if (existsSync(file)) {
    bundle = readJsonFile(file);
  } else {
    bundle = generateSample({ ...DEMO_SAMPLE, calendar });
    mkdirSync(options.outDir, { recursive: true });
    file = join(options.outDir, 'sample.json');
    writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  }
  const data = bundle as { dossiers?: unknown[] };
  const period = parsePeriod('2025-Q1');
  const { procedures, names } = loadCatalog(undefined, bundle);
  const report = resolutionReport(data.dossiers ?? [], { period, calendar, names, locale: options.locale, ...(procedures === undefined ? {} : { procedures }) });

  out.line(vi ? `# reform-rules: dữ liệu mẫu (${file}, ${data.dossiers?.length ?? 0} hồ sơ)` : `# reform-rules demo (${file}, ${data.dossiers?.length ?? 0} dossiers)`);
  out.line('');
  out.line(
    vi
      ? `Kỳ báo cáo ${period.label.vi}: ${period.from} – ${period.to} (chốt số liệu theo Nghị định 09/2019/NĐ-CP); hạn gửi báo cáo: ${submissionDeadline(period, calendar)}.`
      : `Period ${period.label.en}: ${period.from} – ${period.to} (Decree 09/2019 cut-off); report due ${submissionDeadline(period, calendar)}.`,
  );
  out.line('');
  out.write(formatReport(report, { format: 'markdown', locale: options.locale }));
  out.line('');
  const card = computeScorecard(file, { period: '2025', convention: 'decree09', locale: options.locale }, bundle);
  const cardText = scorecardMarkdown(card, options.locale);
  out.write(cardText);

  mkdirSync(options.outDir, { recursive: true });
  const html = join(options.outDir, 'report-2025-Q1.html');
  writeFileSync(html, formatReport(report, { format: 'html', locale: options.locale }));
  const csv = join(options.outDir, 'report-2025-Q1.csv');
  writeFileSync(csv, formatReport(report, { format: 'csv', locale: options.locale, bom: true, dialect: 'excel-vi' }));
  const md = join(options.outDir, 'scorecard-2025.md');
  writeFileSync(md, cardText);
  // The workbooks carry no agency profile: the unit, place, date and signers are left blank to fill in.
  const xlsx = join(options.outDir, 'report-2025-Q1.xlsx');
  writeFileSync(xlsx, reportWorkbook(report, { locale: options.locale }));
  const cardXlsx = join(options.outDir, 'scorecard-2025.xlsx');
  writeFileSync(cardXlsx, scorecardWorkbook(card, { locale: options.locale }));
  out.line(vi ? `Đã ghi ${html}, ${xlsx}, ${csv} (mở bằng Excel), ${md} và ${cardXlsx}.` : `Wrote ${html}, ${xlsx}, ${csv} (for Excel), ${md} and ${cardXlsx}.`);
  return EXIT.ok;
}
