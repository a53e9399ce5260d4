import type { Locale } from '../../errors/messages/index';
import type { Dossier } from '../../model/index';
import { parseDossier } from '../../model/index';
import { say } from '../messages';
import type { Output } from '../output';
import { formatOf, isJsonArrayFile, readJsonFile, readRecords, recordsOf } from '../readRecords';

/** @internal The valid dossiers of a file, the invalid records by line, and a bundle's other content. */
export interface DossierList {
  readonly dossiers: Dossier[];
  readonly invalid: { readonly line: number; readonly codes: readonly string[] }[];
  readonly bundle: Readonly<Record<string, unknown>> | undefined;
}

/** @internal Reads and validates every record of a dossier file (JSON array or bundle, JSON Lines, CSV). */
export async function readDossierList(file: string, locale: Locale, out: Output): Promise<DossierList> {
  const isBundle = file !== '-' && formatOf(file) === 'json' && !isJsonArrayFile(file);
  const bundle = isBundle ? readJsonFile(file) : undefined;
  const dossiers: Dossier[] = [];
  const invalid: { line: number; codes: string[] }[] = [];
  let n = 0;
  for await (const r of bundle === undefined ? readRecords(file) : recordsOf(bundle)) {
    const parsed = r.ok ? parseDossier(r.value, { locale }) : r;
    if (parsed.ok) dossiers.push(parsed.value);
    else invalid.push({ line: r.line, codes: parsed.issues.map((i) => i.code) });
    out.progress(++n);
  }
  out.progress(-1);
  out.count?.({ in: n, accepted: dossiers.length, rejected: invalid.length, excluded: 0 });
  const obj = bundle !== null && typeof bundle === 'object' && !Array.isArray(bundle) ? (bundle as Record<string, unknown>) : undefined;
  return { dossiers, invalid, bundle: obj };
}

/** @internal Tells stderr how many records were left out. */
export function warnInvalid(count: number, file: string, locale: Locale, out: Output): void {
  if (count === 0) return;
  out.notice?.(say(locale, 'invalid_left_out', { count, file }));
}
