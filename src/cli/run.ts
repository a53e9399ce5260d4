/**
 * The command line as a function: `main(argv, streams)` parses the arguments against the command
 * registry, runs the command and returns the exit code. It never throws and never prints a stack
 * trace: every failure is one line on stderr in the chosen locale (or the `--summary-json` summary).
 * @internal
 * @module
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { version } from '../../package.json';
import type { Locale } from '../errors/messages/index';
import { CliError, EXIT } from './CliError';
import { commandHelp, globalHelp, optionSyntax } from './help';
import { closest, errorText, Localized, same, say, msg } from './messages';
import type { OptionName } from './messagesHelp';
import type { RecordCounts, TextSink } from './output';
import { createOutput, prepareOutputs } from './output';
import type { CommandContext, CommandSpec, OptionUse } from './spec';
import { COMMANDS } from './registry';
import { COMMON_OPTIONS, OPTIONS } from './spec';

/** @internal The streams of a run. */
export interface CliStreams {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;
type Values = Map<OptionName, string | true>;

const usageError = (detail: ReturnType<typeof msg>) => new CliError('cli_usage', { detail }, EXIT.usage);

function tokensOf(argv: readonly string[]): Token[] {
  const options: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(Object.entries(OPTIONS).map(([name, o]) => [name, { type: o.kind === 'string' ? 'string' : 'boolean', ...(o.short === undefined ? {} : { short: o.short }) }]));
  // Not strict: every option token is checked below against the command, for a message in the locale.
  return parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** The command of the positionals (two words for `calendar export`) and its operands. */
function findCommand(positionals: readonly string[]): { spec: CommandSpec; args: string[] } {
  const [first = '', second] = positionals;
  const two = COMMANDS.find((c) => c.name === `${first} ${second}`);
  if (two !== undefined) return { spec: two, args: positionals.slice(2) };
  const one = COMMANDS.find((c) => c.name === first);
  if (one !== undefined) return { spec: one, args: positionals.slice(1) };
  const names = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0] as string)), 'help'];
  const guess = closest(first, names);
  throw usageError(msg('unknown_command', { command: first, hint: guess === undefined ? '' : msg('did_you_mean', { name: guess }) }));
}

/** Checks every option token against the command's options: known, allowed here, valued as it should be. */
function checkOptions(tokens: readonly Token[], spec: CommandSpec | undefined): Values {
  const uses = [...(spec?.options ?? []), ...COMMON_OPTIONS, { name: 'version' } as OptionUse];
  const values: Values = new Map();
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const use = uses.find((u) => u.name === t.name);
    if (use === undefined) {
      const guess = closest(t.rawName.replace(/^-+/, ''), uses.map((u) => u.name));
      throw usageError(msg('unknown_option', { command: spec?.name ?? 'reform-rules', option: t.rawName, hint: guess === undefined ? '' : msg('did_you_mean', { name: `--${guess}` }) }));
    }
    const kind = OPTIONS[use.name].kind;
    const option = `--${use.name}`;
    if (values.has(use.name)) throw usageError(msg('option_repeated', { option }));
    if (kind === 'string' && (t.value === undefined || (t.inlineValue !== true && t.value.startsWith('--')))) {
      throw usageError(msg('option_needs_value', { option, arg: new Localized(optionSyntax(use, 'vi').split(' ')[1] ?? '', optionSyntax(use, 'en').split(' ')[1] ?? '') }));
    }
    if (kind === 'boolean' && t.value !== undefined) throw usageError(msg('option_takes_no_value', { option }));
    const value = t.value ?? true;
    if (typeof value === 'string' && use.values !== undefined && !use.values.includes(value)) {
      const guess = closest(value, use.values);
      throw usageError(msg('bad_choice', { option, allowed: use.values.join(', '), received: value, hint: guess === undefined ? '' : msg('did_you_mean', { name: guess }) }));
    }
    values.set(use.name, value);
  }
  return values;
}

function contextOf(spec: CommandSpec, args: readonly string[], values: Values, locale: Locale, out: CommandContext['out']): CommandContext {
  const uses = [...spec.options, ...COMMON_OPTIONS];
  return {
    args,
    locale,
    out,
    text: (name) => {
      const v = values.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    flag: (name) => values.get(name) !== undefined,
    choice: <T extends string>(name: OptionName) => {
      const v = values.get(name);
      return (typeof v === 'string' ? v : uses.find((u) => u.name === name)?.default) as T;
    },
  };
}

interface Outcome {
  readonly code: number;
  readonly command?: string;
  readonly counts?: RecordCounts | undefined;
  readonly error?: CliError;
}

/** Parses, prints help or runs the command. */
async function dispatch(argv: readonly string[], streams: CliStreams, state: { locale: Locale; values: Values; command?: string }): Promise<Outcome> {
  const tokens = tokensOf(argv);
  // The locale and the summary's destination first, so that even an error in the arguments speaks the locale.
  state.values = checkOptions(tokens.filter((t) => t.kind === 'option' && (t.name === 'locale' || t.name === 'summary-json')), undefined);
  const localeValue = state.values.get('locale');
  if (typeof localeValue === 'string') state.locale = localeValue as Locale;
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const helpOnly = positionals[0] === 'help';
  if (positionals.length === 0 || (helpOnly && positionals.length === 1)) {
    const values = checkOptions(tokens, undefined);
    streams.stdout.write(values.has('version') && !values.has('help') ? `${version}\n` : globalHelp(COMMANDS, version, state.locale));
    return { code: EXIT.ok };
  }
  const { spec, args } = findCommand(helpOnly ? positionals.slice(1) : positionals);
  state.command = spec.name;
  const values = checkOptions(tokens, spec);
  state.values = values;
  if (helpOnly || values.has('help')) {
    streams.stdout.write(commandHelp(spec, state.locale));
    return { code: EXIT.ok, command: spec.name };
  }
  if (args.length < spec.operands.min) throw usageError(msg('missing_operand', { command: spec.name, what: spec.operands.what ?? same('') }));
  if (args.length > spec.operands.max) throw usageError(msg('extra_operand', { command: spec.name, received: args[spec.operands.max] as string }));
  const summaryToStderr = values.get('summary-json') === true;
  const outFile = values.get('out');
  const outDir = values.get('out-dir');
  prepareOutputs(spec.name, typeof outFile === 'string' ? outFile : undefined, typeof outDir === 'string' ? outDir : undefined);
  const out = createOutput(spec.outFile !== false && typeof outFile === 'string', { ...streams, locale: state.locale, quiet: values.has('quiet') || summaryToStderr });
  const code = await spec.run(contextOf(spec, args, values, state.locale, out));
  out.flushTo(typeof outFile === 'string' ? outFile : undefined);
  return { code, command: spec.name, counts: out.counts() };
}

/** The `--summary-json` summary: one JSON object. */
function summaryOf(outcome: Outcome, locale: Locale, values: Values): string {
  const out = values.get('out');
  return `${JSON.stringify({
    command: outcome.command ?? null,
    exitCode: outcome.code,
    records: outcome.counts ?? null,
    out: typeof out === 'string' ? out : null,
    error: outcome.error === undefined ? null : { code: outcome.error.code, message: outcome.error.format(locale) },
  })}\n`;
}

/**
 * @internal Runs the command line on `argv` (without `node` and the script), writing to `streams`;
 * resolves to the exit code.
 */
export async function main(argv: readonly string[], streams: CliStreams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const state: { locale: Locale; values: Values; command?: string } = { locale: 'vi', values: new Map() };
  let outcome: Outcome;
  try {
    outcome = await dispatch(argv, streams, state);
  } catch (e) {
    const error = e instanceof CliError ? e : new CliError('cli_usage', { detail: msg('unexpected', { detail: errorText(e) }) }, EXIT.unexpected);
    outcome = { code: error.exitCode, error, ...(state.command === undefined ? {} : { command: state.command }) };
  }
  const summary = state.values.get('summary-json');
  if (outcome.error !== undefined && summary !== true) {
    const hint = outcome.error.exitCode === EXIT.usage ? say(state.locale, 'see_help', { detail: '', command: state.command === undefined ? '' : `${state.command} ` }) : '';
    streams.stderr.write(`reform-rules: ${outcome.error.format(state.locale)}${hint}\n`);
  }
  if (summary === true) streams.stderr.write(summaryOf(outcome, state.locale, state.values));
  else if (typeof summary === 'string') writeFileSync(summary, summaryOf(outcome, state.locale, state.values));
  return outcome.code;
}
