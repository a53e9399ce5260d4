/**
 * The `reform-rules` command line. Node-only; the library core never imports it.
 * Every failure is one line on stderr and a documented exit code, never a stack trace.
 * @internal
 * @module
 */
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import type { Locale } from '../errors/messages/index';
import { CliError, EXIT } from './CliError';
import { calendarCommand, calendarExportCommand } from './commands/calendar';
import { compareCommand } from './commands/compare';
import { demoCommand } from './commands/demo';
import { index766Command } from './commands/index766';
import { reportCommand } from './commands/report';
import type { ReportCommandOptions } from './commands/report';
import { scorecardCommand } from './commands/scorecard';
import { sampleCommand } from './commands/sample';
import { validateCommand } from './commands/validate';
import { ratingCommand } from './commands/rating';
import { rotationCommand } from './commands/rotation';
import { scoringCommand } from './commands/scoring';
import { createOutput, prepareOutputs } from './output';
import type { WorkbookFlags } from './commands/workbook';
import { INPUT_FORMATS } from './readRecords';

const HELP = `reform-rules ${version}: Vietnamese administrative-reform rules as code

Usage:
  reform-rules report <file> --period 2025-Q1 [--convention decree09|calendar]
        [--by department|field|procedure|official] [--format md|csv|json|html]
        [--procedures procedures.json] [--form bieu06|portal-summary] [--dialect rfc4180|excel-vi]
        [--unit-name NAME] [--place PLACE] [--signed-on YYYY-MM-DD] [--preparer NAME] [--head NAME]
                                             the Biểu 06 report (or the portal's per-unit summary) of TTHC results for a period;
                                             on a terminal without --format, a summary per unit; CSV with --out starts with a BOM
  reform-rules scorecard <plan-input.json> --period 2025 [--convention decree09|calendar] [--format md|json]
                                             the plan's targets, met or not, each with its explanation
  reform-rules index766 <file> --period 2026-08 [--portal progress.json] [--counting portal766|dateLevel|workingDays]
        [--by department|receivingUnit] [--format md|csv|json]
                                             the national service index (QĐ 766) from dossiers; with --portal, reconciled with the portal
  reform-rules compare <file> --counting portal766 --against dateLevel (--as-of YYYY-MM-DD | --period 2026-08) [--format md|csv|json]
                                             the dossiers whose outcome differs between two counting conventions, and why
  reform-rules validate <file> [--period P --procedures procedures.json]
                                             list every bad record (line, field, issue); with --period, exactly
                                             the records report would leave out, with its reasons; exit 1 if any
  reform-rules calendar <year> [--profile civil-service|private] [--format md|json]
  reform-rules calendar export --from 2010 --to 2030 --format ics|csv|json|sql [--profile civil-service|private] [--schema name]
  reform-rules sample [--seed N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--per-day N] [--out file]
  reform-rules demo [--data sample.json] [--out-dir out]
                                             the 2025 Q1 report and 2025 scorecard of the sample data
  reform-rules rating <officials.json> --period 2026 [--format md|csv|json]
                                             officials' points, excellence quota and late cap: the level each may receive
  reform-rules rotation <assignments.json> --as-of 2026-12-01 [--format md|csv|json]
                                             when each official's move of position is due
  reform-rules scoring <scheme.json> <inputs.json> --period 2026 [--format md|csv|json]
                                             CCHC scoring of units on a criteria scheme: totals, ranks, grades

Periods: 2025-Q1, 2025-H1, 2025-9M, 2025 (year), 2025-03 (month). The default convention is decree09
(the 15th-to-14th cut-off windows of Nghị định 09/2019); --convention calendar uses calendar periods.

Inputs: .json (an array of dossiers, a sample bundle, or a portal DongBoHoSoMC sync payload),
.jsonl / .ndjson (one dossier per line), .csv (the dossier layouts of docs/cli.md, Vietnamese headers
too), .xlsx (one-stop Excel exports); - reads stdin. Inputs are streamed.
  --input-format json|jsonl|csv|xlsx|dvcqg   force the input format (report, validate)
  --mapping export-map.json                  header → field, value maps, date format for other exports
  --allow-rejected                           report: exit 0 even when records were left out

Common options:
  --locale vi|en     language of messages and tables (default vi)
  --out <file>       write the result to a file instead of stdout
  -h, --help         this help;  -v, --version   the version

Exit codes: 0 success, 1 invalid records found (validate), 2 usage error, 3 input file missing or unreadable,
4 report left records out (rejected or never received; --allow-rejected to accept).
`;

function usage(detail: string): never {
  throw new CliError('cli_usage', { detail: `${detail} (see reform-rules --help)` }, EXIT.usage);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return usage(`--${name} must be one of ${allowed.join(', ')}, received '${value}'`);
}

function calendarExport(values: Record<string, string | boolean | undefined>, out: ReturnType<typeof createOutput>): number {
  const text = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const format = oneOf('format', text('format'), ['ics', 'csv', 'json', 'sql'] as const, 'csv');
  const profile = oneOf('profile', text('profile'), ['civil-service', 'private'] as const, 'civil-service');
  return calendarExportCommand({ from: text('from'), to: text('to'), format, profile, schema: text('schema') }, out);
}

/** `index766` and `compare`: the commands that take a counting convention. */
function countingCommand(command: 'index766' | 'compare', file: string, values: Record<string, string | boolean | undefined>, locale: Locale, out: ReturnType<typeof createOutput>): Promise<number> {
  const text = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const countings = ['portal766', 'dateLevel', 'workingDays'] as const;
  const format = oneOf('format', text('format'), ['md', 'csv', 'json'] as const, 'md');
  const counting = oneOf('counting', text('counting'), countings, 'portal766');
  if (command === 'index766') {
    const by = oneOf('by', text('by'), ['department', 'receivingUnit'] as const, 'department');
    return index766Command(file, { period: text('period'), format, locale, portal: text('portal'), counting, by }, out);
  }
  const against = oneOf('against', text('against'), countings, 'dateLevel');
  return compareCommand(file, { counting, against, asOf: text('as-of'), period: text('period'), format, locale }, out);
}

/** @internal Every option of every command (parseArgs, strict). */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  locale: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  profile: { type: 'string' },
  seed: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'per-day': { type: 'string' },
  period: { type: 'string' },
  convention: { type: 'string' },
  by: { type: 'string' },
  form: { type: 'string' },
  procedures: { type: 'string' },
  data: { type: 'string' },
  'out-dir': { type: 'string' },
  'as-of': { type: 'string' },
  schema: { type: 'string' },
  dialect: { type: 'string' },
  'unit-name': { type: 'string' },
  place: { type: 'string' },
  'signed-on': { type: 'string' },
  preparer: { type: 'string' },
  head: { type: 'string' },
  'input-format': { type: 'string' },
  mapping: { type: 'string' },
  'allow-rejected': { type: 'boolean' },
} as const;

/** @internal The parsed flags. */
type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** @internal The HTML report's unit, place, date and signers from the flags (only those given). */
function signingOf(values: Record<string, string | boolean | undefined>) {
  const text = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const preparer = text('preparer');
  const head = text('head');
  const pick = <K extends string>(k: K, v: string | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, string>));
  return {
    ...pick('unitName', text('unit-name')),
    ...pick('place', text('place')),
    ...pick('signedOn', text('signed-on')),
    ...(preparer === undefined && head === undefined ? {} : { signers: { ...pick('preparer', preparer), ...pick('head', head) } }),
  };
}

/** @internal The options of `report` from the flags. */
function reportOptions(values: ParsedValues, locale: Locale, convention: 'decree09' | 'calendar'): ReportCommandOptions & WorkbookFlags {
  return {
    period: values.period,
    convention,
    by: oneOf('by', values.by, ['department', 'field', 'procedure', 'official'] as const, 'department'),
    format: values.format === undefined ? undefined : oneOf('format', values.format, ['md', 'csv', 'json', 'html', 'xlsx'] as const, 'md'),
    out: values.out,
    profile: values.profile,
    inputFormat: values['input-format'] === undefined ? undefined : oneOf('input-format', values['input-format'], INPUT_FORMATS, 'json'),
    mapping: values.mapping,
    allowRejected: values['allow-rejected'] === true,
    locale,
    procedures: values.procedures,
    form: oneOf('form', values.form, ['bieu06', 'portal-summary'] as const, 'bieu06'),
    dialect: oneOf('dialect', values.dialect, ['rfc4180', 'excel-vi'] as const, 'rfc4180'),
    bom: values.out !== undefined,
    signing: signingOf(values),
  };
}

/** `calendar <year>` and `calendar export`. */
function calendarDispatch(rest: readonly string[], values: ParsedValues, locale: Locale, out: ReturnType<typeof createOutput>): number {
  if (rest[0] === undefined) usage('calendar needs a year');
  if (rest[0] === 'export') {
    return calendarExport(values, out);
  }
  return calendarCommand(
    rest[0],
    {
      profile: oneOf('profile', values.profile, ['civil-service', 'private'] as const, 'civil-service'),
      locale,
      format: oneOf('format', values.format, ['md', 'json'] as const, 'md'),
    },
    out,
  );
}

/** The people-side commands: `rating`, `rotation`, `scoring`. */
function peopleCommand(command: 'rating' | 'rotation' | 'scoring', rest: readonly string[], values: ParsedValues, locale: Locale, out: ReturnType<typeof createOutput>): number {
  switch (command) {
    case 'rating':
      if (rest[0] === undefined) usage('rating needs an officials file');
      return ratingCommand(rest[0], { period: values.period, locale, format: oneOf('format', values.format, ['md', 'csv', 'json', 'xlsx'] as const, 'md'), out: values.out, profile: values.profile }, out);
    case 'rotation':
      if (rest[0] === undefined) usage('rotation needs an assignments file');
      return rotationCommand(rest[0], { asOf: values['as-of'], locale, format: oneOf('format', values.format, ['md', 'csv', 'json', 'xlsx'] as const, 'md'), out: values.out, profile: values.profile }, out);
    case 'scoring':
      if (rest[0] === undefined || rest[1] === undefined) usage('scoring needs a scheme file and an inputs file');
      return scoringCommand(rest[0], rest[1], { period: values.period, locale, format: oneOf('format', values.format, ['md', 'csv', 'json', 'xlsx'] as const, 'md'), out: values.out, profile: values.profile }, out);
  }
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version === true) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  const locale: Locale = oneOf('locale', values.locale, ['vi', 'en'] as const, 'vi');
  prepareOutputs(command, values.out, values['out-dir']); // hardening: streams and output paths, before any work
  const out = createOutput(values.out !== undefined && command !== 'sample');
  const convention = oneOf('convention', values.convention, ['decree09', 'calendar'] as const, 'decree09');
  const inputs = { inputFormat: values['input-format'] === undefined ? undefined : oneOf('input-format', values['input-format'], INPUT_FORMATS, 'json'), mapping: values.mapping };
  let code: number;
  switch (command) {
    case 'report':
      if (rest[0] === undefined) usage('report needs a file');
      code = await reportCommand(rest[0], reportOptions(values, locale, convention), out);
      break;
    case 'scorecard':
      if (rest[0] === undefined) usage('scorecard needs a plan-input file');
      code = scorecardCommand(rest[0], { period: values.period, convention, locale, format: oneOf('format', values.format, ['md', 'json', 'xlsx'] as const, 'md'), out: values.out, profile: values.profile }, out);
      break;
    case 'demo':
      code = demoCommand({ data: values.data, outDir: values['out-dir'] ?? 'out', locale }, out);
      break;
    case 'validate':
      if (rest[0] === undefined) usage('validate needs a file');
      code = await validateCommand(rest[0], { locale, procedures: values.procedures, period: values.period, convention, ...inputs }, out);
      break;
    case 'calendar':
      code = calendarDispatch(rest, values, locale, out);
      break;
    case 'sample':
      code = sampleCommand({ seed: values.seed, from: values.from, to: values.to, perDay: values['per-day'], out: values.out }, out);
      break;
    case 'rating':
    case 'rotation':
    case 'scoring':
      code = peopleCommand(command, rest, values, locale, out);
      break;
    case 'index766':
    case 'compare':
      if (rest[0] === undefined) usage(`${command} needs a dossier file`);
      code = await countingCommand(command, rest[0], values, locale, out);
      break;
    default:
      return usage(`unknown command '${command}'`);
  }
  out.flushTo(values.out);
  return code;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`reform-rules: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`reform-rules: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
