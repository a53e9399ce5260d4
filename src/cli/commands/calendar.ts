import { createCalendar } from '../../calendar/index';
import type { CalendarProfile } from '../../calendar/index';
import { exportCalendarCsv, exportCalendarIcs, exportCalendarJson, exportCalendarSql } from '../../calendar/export/index';
import type { Locale } from '../../errors/messages/index';
import { CliError, EXIT } from '../CliError';
import { errorText, msg } from '../messages';
import type { Output } from '../output';

const KIND_LABEL: Record<string, { vi: string; en: string }> = {
  holiday: { vi: 'Nghỉ lễ, tết', en: 'Holiday' },
  compensatory: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
  swap: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' },
  makeUpWorkday: { vi: 'Làm bù', en: 'Make-up working day' },
};

/** @internal `reform-rules calendar <year>`: every day off and every make-up day, with its basis. */
export function calendarCommand(yearText: string, options: { profile: CalendarProfile; locale: Locale; format: 'md' | 'json' }, out: Output): number {
  const year = Number(yearText);
  if (!Number.isInteger(year)) throw new CliError('cli_usage', { detail: msg('year_expected', { option: 'calendar', example: '2025', received: yearText }) }, EXIT.usage);
  const calendar = createCalendar({ profile: options.profile });
  let entries;
  let workingDays = 0;
  try {
    entries = calendar.holidays(year);
    workingDays = calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'calendar') }, EXIT.usage);
  }
  const coverage = calendar.coverage(year);
  if (options.format === 'json') {
    out.line(JSON.stringify({ year, profile: options.profile, coverage, workingDays, days: entries }, null, 2));
    return EXIT.ok;
  }
  const vi = options.locale === 'vi';
  out.line(vi ? `# Lịch làm việc năm ${year} (${options.profile === 'civil-service' ? 'cán bộ, công chức, viên chức' : 'người lao động'})` : `# Working calendar ${year} (${options.profile})`);
  out.line('');
  out.line(
    coverage === 'decided'
      ? vi ? 'Theo thông báo nghỉ lễ, tết của năm.' : "Per the year's holiday decision."
      : vi ? 'TẠM TÍNH: chưa có thông báo nghỉ lễ, tết của năm; áp dụng quy định của Bộ luật Lao động.' : "PROVISIONAL: no yearly decision recorded; statutory rules only.",
  );
  out.line(vi ? `Số ngày làm việc: ${workingDays}` : `Working days: ${workingDays}`);
  out.line('');
  out.line(vi ? '| Ngày | Loại | Tên | Căn cứ |' : '| Date | Kind | Name | Basis |');
  out.line('| --- | --- | --- | --- |');
  for (const e of entries) {
    out.line(`| ${e.date} | ${KIND_LABEL[e.kind]?.[options.locale] ?? e.kind} | ${e.name[options.locale]} | ${e.basis} |`);
  }
  return EXIT.ok;
}

/** @internal `reform-rules calendar export --from Y --to Y --format ics|csv|json|sql [--profile] [--schema]`. */
export function calendarExportCommand(
  options: { from: string | undefined; to: string | undefined; format: 'ics' | 'csv' | 'json' | 'sql'; profile: CalendarProfile; schema: string | undefined },
  out: Output,
): number {
  const year = (text: string | undefined, name: string): number => {
    const y = Number(text);
    if (text === undefined || !Number.isInteger(y)) throw new CliError('cli_usage', { detail: msg('year_expected', { option: `calendar export --${name}`, example: '2010', received: text ?? '' }) }, EXIT.usage);
    return y;
  };
  const range = { from: year(options.from, 'from'), to: year(options.to, 'to') };
  const calendar = createCalendar({ profile: options.profile });
  try {
    if (options.format === 'ics') out.write(exportCalendarIcs(calendar, range));
    else if (options.format === 'csv') out.write(exportCalendarCsv(calendar, range));
    else if (options.format === 'json') out.write(exportCalendarJson(calendar, range));
    else out.write(exportCalendarSql(calendar, range, options.schema === undefined ? {} : { schema: options.schema }));
  } catch (e) {
    throw new CliError('cli_usage', { detail: errorText(e, 'calendar export') }, EXIT.usage);
  }
  return EXIT.ok;
}
