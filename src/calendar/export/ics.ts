/**
 * The calendar as iCalendar (RFC 5545): one all-day event per weekday off and per weekend day worked.
 * @module
 */
import { parseInstant } from '../../_lib/instant';
import { optionalObjectArg } from '../../errors/args';
import { raiseCore as raise } from '../../errors/raiseCore';
import { dayNumber, formatDay } from '../dayNumber';
import type { Instant, WorkCalendar } from '../WorkCalendar';
import { calendarDays, type CalendarExportRange } from './days';

/** Options of {@link exportCalendarIcs}. @category Calendar */
export interface IcsExportOptions {
  /** The DTSTAMP of every event, an instant with offset (default: 00:00 UTC of the range's first day, so the output is deterministic). */
  readonly stamp?: Instant;
  /** Summary language: `'vi'`, `'en'` or `'vi-en'` (both, `vi / en`; default). */
  readonly language?: 'vi' | 'en' | 'vi-en';
}

const KIND_TEXT: Record<string, { vi: string; en: string }> = {
  holiday: { vi: 'Nghỉ lễ, tết', en: 'Holiday' },
  compensatory: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
  swap: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' },
  makeUpWorkday: { vi: 'Làm bù', en: 'Make-up working day' },
};

/** Escapes a TEXT value (RFC 5545 § 3.3.11). */
const escapeText = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (date: string): string => date.replace(/-/g, '');

function stampOf(value: Instant | undefined, first: string): string {
  if (value === undefined) return `${compact(first)}T000000Z`;
  const ms = parseInstant(value);
  if (typeof ms !== 'number') return raise('invalid_instant', { field: 'stamp', received: value });
  const day = Math.floor(ms / 86_400_000);
  const rest = ms - day * 86_400_000;
  const hh = String(Math.floor(rest / 3_600_000)).padStart(2, '0');
  const mm = String(Math.floor((rest % 3_600_000) / 60_000)).padStart(2, '0');
  const ss = String(Math.floor((rest % 60_000) / 1000)).padStart(2, '0');
  return `${compact(formatDay(day))}T${hh}${mm}${ss}Z`;
}

/**
 * The calendar as an iCalendar file: an all-day VEVENT per weekday off (holiday, compensatory,
 * swapped day) and per weekend day worked ("Làm bù"), SUMMARY in Vietnamese and/or English, the
 * basis and kind in DESCRIPTION, a stable UID (`YYYYMMDD-kind-profile@reform-rules`), CRLF line ends
 * and lines folded at 75 octets.
 * @param calendar - The calendar.
 * @param range - Years or days.
 * @param options - DTSTAMP and summary language.
 * @returns The `.ics` text.
 * @throws {@link ReformRulesError} (code `invalid_date`, `not_integer`, `calendar_out_of_range`, `invalid_instant`, `invalid_enum`) When the range or an option is malformed.
 * @example
 * ```ts
 * import { createCalendar, exportCalendarIcs } from 'reform-rules';
 * exportCalendarIcs(createCalendar(), { from: 2025, to: 2025 }).startsWith('BEGIN:VCALENDAR\r\n'); // => true
 * ```
 * @category Calendar
 */
export function exportCalendarIcs(calendar: WorkCalendar, range: CalendarExportRange, options: IcsExportOptions = {}): string {
  optionalObjectArg(options, 'options');
  const language = options.language ?? 'vi-en';
  if (language !== 'vi' && language !== 'en' && language !== 'vi-en') raise('invalid_enum', { field: 'language', expected: "'vi', 'en', 'vi-en'", received: language });
  const rows = calendarDays(calendar, range);
  const first = rows[0]?.day ?? '1970-01-01';
  const stamp = stampOf(options.stamp, first);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//reform-rules//Vietnamese working calendar//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:reform-rules ${calendar.profile}`);
  for (const r of rows) {
    if (r.kind === 'working' || r.kind === 'weekend') continue;
    const kind = KIND_TEXT[r.kind] as { vi: string; en: string };
    const vi = r.kind === 'makeUpWorkday' && !r.nameVi.startsWith('Làm bù') ? `Làm bù: ${r.nameVi}` : r.nameVi;
    const summary = language === 'vi' ? vi : language === 'en' ? r.nameEn : `${vi} / ${r.nameEn}`;
    const description = `${kind.vi} / ${kind.en}. Căn cứ / Basis: ${r.basis}${r.provisional ? '. Tạm tính / Provisional.' : ''}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(r.day)}-${r.kind}-${calendar.profile}@reform-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(r.day)}`,
      `DTEND;VALUE=DATE:${compact(formatDay(dayNumber(r.day) + 1))}`,
      `SUMMARY${language === 'en' ? ';LANGUAGE=en' : ';LANGUAGE=vi'}:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${r.kind}`,
      `TRANSP:${r.isWorking ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
