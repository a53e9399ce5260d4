/**
 * The commands of `reform-rules`, as data: each names its operands, its options (with their allowed
 * values, which the parser checks, the help prints and the bash completion offers) and how it runs.
 * Adding a command is one entry here and its help in src/cli/messagesHelp.ts.
 * @internal
 * @module
 */
import { calendarCommand, calendarExportCommand } from './commands/calendar';
import { compareCommand } from './commands/compare';
import { demoCommand } from './commands/demo';
import { index766Command } from './commands/index766';
import { ratingCommand } from './commands/rating';
import { parseMaxRejected, reportCommand } from './commands/report';
import type { ReportCommandOptions } from './commands/report';
import { rotationCommand } from './commands/rotation';
import { sampleCommand } from './commands/sample';
import { scorecardCommand } from './commands/scorecard';
import { scoringCommand } from './commands/scoring';
import { validateCommand } from './commands/validate';
import { mergeCommand } from './commands/merge';
import { completionCommand } from './completion';
import { parseJobs } from './reportPool';
import { Localized } from './messages';
import { INPUT_FORMATS } from './readRecords';
import type { InputFormat } from './readRecords';
import type { CommandContext, CommandSpec, OptionUse } from './spec';

export { COMMON_OPTIONS, OPTIONS } from './spec';
export type { CommandContext, CommandSpec, OptionUse } from './spec';


const file = (vi: string, en: string) => ({ min: 1, max: 1, what: new Localized(vi, en) });
const period: OptionUse = { name: 'period' };
const convention: OptionUse = { name: 'convention', values: ['decree09', 'calendar'], default: 'decree09' };
const format = (...values: string[]): OptionUse => ({ name: 'format', values, default: values[0] as string });
const inputFormat: OptionUse = { name: 'input-format', values: INPUT_FORMATS };
const counting: OptionUse = { name: 'counting', values: ['portal766', 'dateLevel', 'workingDays'], default: 'portal766' };
const calendarProfile: OptionUse = {
  name: 'profile',
  values: ['civil-service', 'private'],
  default: 'civil-service',
  help: { vi: 'chế độ làm việc: civil-service (cán bộ, công chức, viên chức; mặc định) hoặc private (người lao động)', en: 'working regime: civil-service (default) or private (employees)' },
};
const signing: readonly OptionUse[] = (['unit-name', 'place', 'signed-on', 'preparer', 'head'] as const).map((name) => ({ name }));

/** @internal The HTML report's unit, place, date and signers from the flags (only those given). */
function signingOf(ctx: CommandContext) {
  const pick = <K extends string>(k: K, v: string | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, string>));
  const preparer = ctx.text('preparer');
  const head = ctx.text('head');
  return {
    ...pick('unitName', ctx.text('unit-name')),
    ...pick('place', ctx.text('place')),
    ...pick('signedOn', ctx.text('signed-on')),
    ...(preparer === undefined && head === undefined ? {} : { signers: { ...pick('preparer', preparer), ...pick('head', head) } }),
  };
}

function reportRun(ctx: CommandContext): Promise<number> {
  const fmt = ctx.text('format');
  return reportCommand(
    ctx.args[0] as string,
    {
      period: ctx.text('period'),
      convention: ctx.choice('convention'),
      by: ctx.choice('by'),
      format: fmt === undefined ? undefined : ctx.choice<NonNullable<ReportCommandOptions['format']>>('format'),
      out: ctx.text('out'),
      profile: ctx.text('profile'),
      inputFormat: ctx.text('input-format') === undefined ? undefined : ctx.choice<InputFormat>('input-format'),
      mapping: ctx.text('mapping'),
      allowRejected: ctx.flag('allow-rejected'),
      locale: ctx.locale,
      procedures: ctx.text('procedures'),
      form: ctx.choice<'bieu06' | 'portal-summary'>('form'),
      dialect: ctx.choice<'rfc4180' | 'excel-vi'>('dialect'),
      bom: ctx.text('out') !== undefined,
      signing: signingOf(ctx),
      stateOut: ctx.text('state-out'),
      jobs: parseJobs(ctx.text('jobs')),
      maxRejected: parseMaxRejected(ctx.text('max-rejected')),
    },
    ctx.out,
  );
}

const people = (ctx: CommandContext) => ({ locale: ctx.locale, format: ctx.choice<'md' | 'csv' | 'json' | 'xlsx'>('format'), out: ctx.text('out'), profile: ctx.text('profile') });

/** @internal Every command, in the order of the help. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'report',
    operands: file('một tệp hồ sơ', 'a dossier file'),
    options: [period, convention, { name: 'by', values: ['department', 'field', 'procedure', 'official'], default: 'department' }, format('md', 'csv', 'json', 'html', 'xlsx'), { name: 'procedures' }, { name: 'form', values: ['bieu06', 'portal-summary'], default: 'bieu06' }, { name: 'dialect', values: ['rfc4180', 'excel-vi'], default: 'rfc4180' }, ...signing, { name: 'profile' }, inputFormat, { name: 'mapping' }, { name: 'allow-rejected' }, { name: 'state-out' }, { name: 'jobs' }, { name: 'max-rejected' }],
    run: reportRun,
  },
  {
    name: 'merge',
    operands: { min: 1, max: Number.POSITIVE_INFINITY, what: new Localized('một hay nhiều tệp trạng thái (report --state-out)', 'one or more state files (report --state-out)') },
    options: [{ name: 'form', values: ['bieu06', 'portal-summary'] }, format('md', 'csv', 'json', 'html'), { name: 'procedures' }, { name: 'dialect', values: ['rfc4180', 'excel-vi'], default: 'rfc4180' }, { name: 'state-out' }, { name: 'allow-rejected' }],
    run: (ctx) =>
      mergeCommand(
        ctx.args,
        {
          form: ctx.text('form') === undefined ? undefined : ctx.choice<'bieu06' | 'portal-summary'>('form'),
          format: ctx.choice('format'),
          locale: ctx.locale,
          procedures: ctx.text('procedures'),
          dialect: ctx.choice<'rfc4180' | 'excel-vi'>('dialect'),
          bom: ctx.text('out') !== undefined,
          stateOut: ctx.text('state-out'),
          allowRejected: ctx.flag('allow-rejected'),
        },
        ctx.out,
      ),
  },
  {
    name: 'scorecard',
    operands: file('một tệp số liệu kế hoạch', 'a plan-input file'),
    options: [period, convention, format('md', 'json', 'xlsx'), { name: 'profile' }],
    run: (ctx) => scorecardCommand(ctx.args[0] as string, { period: ctx.text('period'), convention: ctx.choice('convention'), locale: ctx.locale, format: ctx.choice('format'), out: ctx.text('out'), profile: ctx.text('profile') }, ctx.out),
  },
  {
    name: 'index766',
    operands: file('một tệp hồ sơ', 'a dossier file'),
    options: [period, { name: 'portal' }, counting, { name: 'by', values: ['department', 'receivingUnit'], default: 'department' }, format('md', 'csv', 'json', 'html')],
    run: (ctx) => index766Command(ctx.args[0] as string, { period: ctx.text('period'), format: ctx.choice('format'), locale: ctx.locale, portal: ctx.text('portal'), counting: ctx.choice('counting'), by: ctx.choice('by') }, ctx.out),
  },
  {
    name: 'compare',
    operands: file('một tệp hồ sơ', 'a dossier file'),
    options: [counting, { ...counting, name: 'against', default: 'dateLevel' }, { name: 'as-of' }, period, format('md', 'csv', 'json')],
    run: (ctx) => compareCommand(ctx.args[0] as string, { counting: ctx.choice('counting'), against: ctx.choice('against'), asOf: ctx.text('as-of'), period: ctx.text('period'), format: ctx.choice('format'), locale: ctx.locale }, ctx.out),
  },
  {
    name: 'validate',
    operands: file('một tệp', 'a file'),
    options: [period, convention, { name: 'procedures' }, inputFormat, { name: 'mapping' }],
    run: (ctx) =>
      validateCommand(ctx.args[0] as string, { locale: ctx.locale, procedures: ctx.text('procedures'), period: ctx.text('period'), convention: ctx.choice<'decree09' | 'calendar'>('convention'), inputFormat: ctx.text('input-format') === undefined ? undefined : ctx.choice<InputFormat>('input-format'), mapping: ctx.text('mapping') }, ctx.out),
  },
  {
    name: 'calendar',
    operands: file('một năm, ví dụ 2025 (hoặc: calendar export)', 'a year such as 2025 (or: calendar export)'),
    options: [calendarProfile, format('md', 'json')],
    run: (ctx) => calendarCommand(ctx.args[0] as string, { profile: ctx.choice('profile'), locale: ctx.locale, format: ctx.choice('format') }, ctx.out),
  },
  {
    name: 'calendar export',
    operands: { min: 0, max: 0 },
    options: [{ name: 'from' }, { name: 'to' }, format('csv', 'ics', 'json', 'sql'), calendarProfile, { name: 'schema' }],
    run: (ctx) => calendarExportCommand({ from: ctx.text('from'), to: ctx.text('to'), format: ctx.choice('format'), profile: ctx.choice('profile'), schema: ctx.text('schema') }, ctx.out),
  },
  {
    name: 'sample',
    operands: { min: 0, max: 0 },
    options: [{ name: 'seed' }, { name: 'from' }, { name: 'to' }, { name: 'per-day' }],
    outFile: false,
    run: (ctx) => sampleCommand({ seed: ctx.text('seed'), from: ctx.text('from'), to: ctx.text('to'), perDay: ctx.text('per-day'), out: ctx.text('out') }, ctx.out, ctx.locale),
  },
  {
    name: 'demo',
    operands: { min: 0, max: 0 },
    options: [{ name: 'data' }, { name: 'out-dir' }],
    run: (ctx) => demoCommand({ data: ctx.text('data'), outDir: ctx.text('out-dir') ?? 'out', locale: ctx.locale }, ctx.out),
  },
  {
    name: 'rating',
    operands: file('một tệp công chức', 'an officials file'),
    options: [period, format('md', 'csv', 'json', 'xlsx'), { name: 'profile' }],
    run: (ctx) => ratingCommand(ctx.args[0] as string, { period: ctx.text('period'), ...people(ctx) }, ctx.out),
  },
  {
    name: 'rotation',
    operands: file('một tệp phân công', 'an assignments file'),
    options: [{ name: 'as-of' }, format('md', 'csv', 'json', 'xlsx'), { name: 'profile' }],
    run: (ctx) => rotationCommand(ctx.args[0] as string, { asOf: ctx.text('as-of'), ...people(ctx) }, ctx.out),
  },
  {
    name: 'scoring',
    operands: { min: 2, max: 2, what: new Localized('một tệp bộ tiêu chí và một tệp số liệu', 'a scheme file and an inputs file') },
    options: [period, format('md', 'csv', 'json', 'xlsx'), { name: 'profile' }],
    run: (ctx) => scoringCommand(ctx.args[0] as string, ctx.args[1] as string, { period: ctx.text('period'), ...people(ctx) }, ctx.out),
  },
  {
    name: 'completion',
    operands: { min: 1, max: 1, what: new Localized('tên shell (bash)', 'a shell name (bash)') },
    options: [],
    run: (ctx) => completionCommand(ctx.args[0] as string, ctx.out, COMMANDS),
  },
];
