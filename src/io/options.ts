/**
 * Options shared by every reader, with their documented defaults and boundary checks.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import type { Locale } from '../errors/messages/index';
import { raise } from '../errors/ReformRulesError';

/**
 * The default {@link ReaderOptions.maxRecordBytes}: 16 MiB.
 * @example
 * ```ts
 * import { DEFAULT_MAX_RECORD_BYTES } from 'reform-rules/io';
 * DEFAULT_MAX_RECORD_BYTES; // => 16777216
 * ```
 * @category Input
 */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

/**
 * The default {@link ReaderOptions.previewChars}: how much of a rejected line is kept as its `input`.
 * @example
 * ```ts
 * import { DEFAULT_PREVIEW_CHARS } from 'reform-rules/io';
 * DEFAULT_PREVIEW_CHARS; // => 200
 * ```
 * @category Input
 */
export const DEFAULT_PREVIEW_CHARS = 200;

/**
 * Options every reader takes.
 * @example
 * ```ts
 * import type { ReaderOptions } from 'reform-rules/io';
 * const options: ReaderOptions = { maxRecordBytes: 1 << 20, locale: 'vi' };
 * ```
 * @category Input
 */
export interface ReaderOptions {
  /**
   * The largest record accepted, counted in characters of the decoded text (UTF-16 code units; one
   * per byte for ASCII). A longer record is a rejected record (`record_too_large`); the reader stops
   * keeping its text past the limit and skips to the next line, so memory stays bounded. Default
   * {@link DEFAULT_MAX_RECORD_BYTES} (16 MiB).
   */
  readonly maxRecordBytes?: number;
  /** How many characters of a rejected record's text are kept in its `input`. Default 200. */
  readonly previewChars?: number;
  /** The language of the issues' messages. Default `'en'`. */
  readonly locale?: Locale;
}

/** @internal Options with defaults applied. */
export interface ResolvedReaderOptions {
  readonly max: number;
  readonly preview: number;
  readonly locale: Locale;
}

function count(field: string, value: unknown, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    raise('invalid_reader_option', { field, expected: `a whole number of at least ${minimum}`, expectedVi: `số nguyên từ ${minimum} trở lên`, received: value });
  }
  return value;
}

/** @internal Checks and completes the common options. */
export function resolveReaderOptions(options: unknown): ResolvedReaderOptions {
  if (options === undefined) return { max: DEFAULT_MAX_RECORD_BYTES, preview: DEFAULT_PREVIEW_CHARS, locale: 'en' };
  if (options === null || typeof options !== 'object') raise('invalid_reader_option', { field: 'options', expected: 'an options object', expectedVi: 'một đối tượng tùy chọn', received: options });
  const o = options as Record<string, unknown>;
  const locale = o['locale'] ?? DEFAULT_LOCALE;
  if (locale !== 'en' && locale !== 'vi') raise('invalid_reader_option', { field: 'locale', expected: "'en' or 'vi'", expectedVi: "'en' hoặc 'vi'", received: locale });
  return {
    max: count('maxRecordBytes', o['maxRecordBytes'], DEFAULT_MAX_RECORD_BYTES, 1),
    preview: count('previewChars', o['previewChars'], DEFAULT_PREVIEW_CHARS, 0),
    locale,
  };
}
