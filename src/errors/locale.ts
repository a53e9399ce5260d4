/**
 * The message locales and the one default every function, formatter and the CLI share.
 * @module
 */

/** A message locale: English or Vietnamese. @category Errors */
export type Locale = 'en' | 'vi';

/**
 * The one default locale of the library, its formatters and the CLI: Vietnamese (`'vi'`), the
 * language of the agencies, the forms (Biểu 06) and the law the library serves. Pass
 * `locale: 'en'` (CLI `--locale en`) for English. Issue codes are the same in both languages:
 * branch on `issue.code`, never on the message. Thrown `ReformRulesError` messages (misuse by the
 * calling program, for its developer) are always English.
 * @example
 * ```ts
 * import { DEFAULT_LOCALE, parseDossier } from 'reform-rules';
 * DEFAULT_LOCALE; // => 'vi'
 * const r = parseDossier({});
 * r.ok ? '' : r.issues[0].message; // Vietnamese; parseDossier({}, { locale: 'en' }) for English
 * ```
 * @category Errors
 */
export const DEFAULT_LOCALE: Locale = 'vi';
