/**
 * The shapes of the command registry (src/cli/registry.ts): every option of the command line, and
 * what a command declares and receives.
 * @internal
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import type { Locale } from '../errors/messages/index';
import type { Localized } from './messages';
import type { COMMAND_HELP, OptionName } from './messagesHelp';
import type { Output } from './output';

/** @internal How an option is written: a value (string), a switch (boolean) or a switch with an optional `=VALUE`. */
export type OptionKind = 'string' | 'boolean' | 'optional';

/** @internal Every option of the command line: its kind, short name and value placeholder (`FILE`, or the values). */
export const OPTIONS: Readonly<Record<OptionName, { readonly kind: OptionKind; readonly short?: string; readonly file?: boolean }>> = {
  help: { kind: 'boolean', short: 'h' },
  version: { kind: 'boolean', short: 'v' },
  locale: { kind: 'string' },
  out: { kind: 'string', file: true },
  quiet: { kind: 'boolean', short: 'q' },
  'summary-json': { kind: 'optional', file: true },
  period: { kind: 'string' },
  convention: { kind: 'string' },
  by: { kind: 'string' },
  format: { kind: 'string' },
  procedures: { kind: 'string', file: true },
  form: { kind: 'string' },
  dialect: { kind: 'string' },
  'unit-name': { kind: 'string' },
  place: { kind: 'string' },
  'signed-on': { kind: 'string' },
  preparer: { kind: 'string' },
  head: { kind: 'string' },
  'input-format': { kind: 'string' },
  mapping: { kind: 'string', file: true },
  'allow-rejected': { kind: 'boolean' },
  profile: { kind: 'string', file: true },
  seed: { kind: 'string' },
  from: { kind: 'string' },
  to: { kind: 'string' },
  'per-day': { kind: 'string' },
  data: { kind: 'string', file: true },
  'out-dir': { kind: 'string', file: true },
  'as-of': { kind: 'string' },
  schema: { kind: 'string' },
  portal: { kind: 'string', file: true },
  counting: { kind: 'string' },
  against: { kind: 'string' },
  'state-out': { kind: 'string', file: true },
  jobs: { kind: 'string' },
  'max-rejected': { kind: 'string' },
};

/** @internal One option of a command: its allowed values and default (checked by the parser), or its own help. */
export interface OptionUse {
  readonly name: OptionName;
  readonly values?: readonly string[];
  readonly default?: string;
  /** A description of its own, in place of the option's usual one. */
  readonly help?: { readonly vi: string; readonly en: string };
}

/** @internal What a command's run receives: operands, checked options, locale, output. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly locale: Locale;
  readonly out: Output;
  /** A string option as given (undefined when absent). */
  text(name: OptionName): string | undefined;
  /** A boolean option. */
  flag(name: OptionName): boolean;
  /** An option with allowed values: the value given (already checked), else its default. */
  choice<T extends string>(name: OptionName): T;
}

/** @internal A command: name (one or two words), operands, options, run. */
export interface CommandSpec {
  readonly name: keyof typeof COMMAND_HELP;
  /** Operands: how many at least and at most, and what is missing when too few. */
  readonly operands: { readonly min: number; readonly max: number; readonly what?: Localized };
  readonly options: readonly OptionUse[];
  /** The results go to `--out` (default true); false: the command writes its own files. */
  readonly outFile?: boolean;
  run(ctx: CommandContext): number | Promise<number>;
}

/** The options every command takes. */
export const COMMON_OPTIONS: readonly OptionUse[] = [{ name: 'locale', values: ['vi', 'en'], default: DEFAULT_LOCALE }, { name: 'out' }, { name: 'quiet' }, { name: 'summary-json' }, { name: 'help' }];

