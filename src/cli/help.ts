/**
 * The help of the command line, rendered from the command registry and the help texts, in one locale.
 * @internal
 * @module
 */
import type { Locale } from '../errors/messages/index';
import { COMMAND_HELP, HELP_TEXT, OPTION_HELP } from './messagesHelp';
import type { CommandSpec, OptionUse } from './spec';
import { COMMON_OPTIONS, OPTIONS } from './spec';

/** @internal How an option is written in the help and the errors: `--format md|csv`, `--out TỆP`, `--quiet`. */
export function optionSyntax(use: OptionUse, locale: Locale): string {
  const spec = OPTIONS[use.name];
  const name = `--${use.name}`;
  if (spec.kind === 'boolean') return spec.short === undefined ? name : `-${spec.short}, ${name}`;
  const arg = use.values !== undefined ? use.values.join('|') : spec.file === true ? HELP_TEXT.file[locale] : HELP_TEXT.values[locale];
  return spec.kind === 'optional' ? `${name}[=${arg}]` : `${name} ${arg}`;
}

function optionLines(uses: readonly OptionUse[], locale: Locale): string[] {
  const rows = uses.map((u) => {
    const help = (u.help ?? OPTION_HELP[u.name])[locale];
    const def = u.default === undefined ? '' : locale === 'vi' ? ` (mặc định ${u.default})` : ` (default ${u.default})`;
    return [optionSyntax(u, locale), help.includes('mặc định') || help.includes('default') ? help : `${help}${def}`] as const;
  });
  const width = Math.min(34, Math.max(...rows.map(([s]) => s.length)) + 2);
  return rows.map(([s, h]) => (s.length + 2 > width ? `  ${s}\n  ${' '.repeat(width)}${h}` : `  ${s.padEnd(width)}${h}`));
}

/** @internal `reform-rules --help`: the commands, the common options, the exit codes. */
export function globalHelp(commands: readonly CommandSpec[], version: string, locale: Locale): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `reform-rules ${version}: ${HELP_TEXT.title[locale]}`,
    '',
    `${HELP_TEXT.usage[locale]}: ${HELP_TEXT.usageLine[locale]}`,
    '',
    `${HELP_TEXT.commands[locale]}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${COMMAND_HELP[c.name].summary[locale]}`),
    '',
    `${HELP_TEXT.common[locale]}:`,
    ...optionLines([...COMMON_OPTIONS, { name: 'version' }], locale),
    '',
    HELP_TEXT.more[locale],
    HELP_TEXT.exit[locale],
    '',
  ].join('\n');
}

/** @internal `reform-rules <command> --help`: its usage, what it does, its options, examples. */
export function commandHelp(command: CommandSpec, locale: Locale): string {
  const help = COMMAND_HELP[command.name];
  const args = help.args[locale];
  return [
    `${HELP_TEXT.usage[locale]}: reform-rules ${command.name}${args === '' ? '' : ` ${args}`} [${HELP_TEXT.options[locale].toLowerCase()}]`,
    '',
    `${help.summary[locale].charAt(0).toUpperCase()}${help.summary[locale].slice(1)}.`,
    ...('details' in help ? [help.details[locale]] : []),
    '',
    ...(command.options.length === 0 ? [] : [`${HELP_TEXT.options[locale]}:`, ...optionLines(command.options, locale), '']),
    `${HELP_TEXT.common[locale]}:`,
    ...optionLines(COMMON_OPTIONS, locale),
    '',
    `${HELP_TEXT.examples[locale]}:`,
    ...help.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}
