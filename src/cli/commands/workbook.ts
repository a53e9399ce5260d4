/**
 * The `--format xlsx` side of the commands: `--out` required (a workbook is binary, never written to
 * a terminal or stdout) and the agency profile of `--profile agency.json`.
 * @internal
 * @module
 */
import type { Locale } from '../../errors/messages/index';
import { parseAgencyProfile } from '../../outputs/index';
import type { AgencyProfile, WorkbookOptions } from '../../outputs/index';
import { CliError, EXIT } from '../CliError';
import { msg } from '../messages';
import { readJsonFile } from '../readRecords';

/** @internal What a command needs to write a workbook. */
export interface WorkbookFlags {
  /** `--out`. */
  readonly out?: string | undefined;
  /** `--profile agency.json`. */
  readonly profile?: string | undefined;
}

/** @internal Refuses `--format xlsx` without `--out file.xlsx` (binary is never written to stdout). */
export function requireOut(command: string, flags: WorkbookFlags): void {
  if (flags.out === undefined || flags.out === '' || flags.out === '-') {
    throw new CliError('cli_usage', { detail: msg('xlsx_needs_out', { command }) }, EXIT.usage);
  }
}

/** @internal The agency profile of `--profile`, validated (every issue named), or none. */
export function loadProfile(file: string | undefined, locale: Locale): AgencyProfile | undefined {
  if (file === undefined) return undefined;
  const r = parseAgencyProfile(readJsonFile(file), { locale });
  if (!r.ok) throw new CliError('malformed_input', { file, line: 1, detail: msg('agency_profile', { detail: r.issues.map((i) => i.message).join('; ') }) }, EXIT.input);
  return r.value;
}

/** @internal The workbook options of a command's flags (checked before any computation). */
export function workbookOptions(command: string, flags: WorkbookFlags, locale: Locale): WorkbookOptions {
  requireOut(command, flags);
  const profile = loadProfile(flags.profile, locale);
  return { locale, ...(profile === undefined ? {} : { profile }) };
}
