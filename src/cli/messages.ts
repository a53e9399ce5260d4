/**
 * Every text the command line writes besides its results (help, errors, notices, summaries), in
 * Vietnamese and English: one table, one locale per run, never a line mixing both. Results (tables,
 * forms) are written by the library's formatters in the same locale.
 * @internal
 * @module
 */
import type { Locale } from '../errors/messages/index';
import { localizedMessage } from '../errors/ReformRulesError';

/** @internal A text in both locales, resolved when printed (a parameter of a {@link CliError}). */
export class Localized {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {}
  /** The text in a locale. */
  in(locale: Locale): string {
    return this[locale];
  }
  /** English: a Localized concatenated by mistake still reads. */
  toString(): string {
    return this.en;
  }
}

type P = Readonly<Record<string, string | number>>;
type Texts = { readonly vi: (p: P) => string; readonly en: (p: P) => string };
const s = (vi: string, en: string): Texts => ({ vi: () => vi, en: () => en });

/** @internal The command line's messages, keyed. */
export const CLI_MESSAGES = {
  // Usage errors
  unknown_command: { vi: (p) => `không có lệnh '${p['command']}'${p['hint']}`, en: (p) => `unknown command '${p['command']}'${p['hint']}` },
  unknown_option: { vi: (p) => `lệnh ${p['command']} không có tùy chọn '${p['option']}'${p['hint']}`, en: (p) => `${p['command']} has no option '${p['option']}'${p['hint']}` },
  did_you_mean: { vi: (p) => `; có phải ý bạn là ${p['name']}?`, en: (p) => `; did you mean ${p['name']}?` },
  option_needs_value: { vi: (p) => `tùy chọn ${p['option']} cần một giá trị (${p['option']} ${p['arg']})`, en: (p) => `option ${p['option']} needs a value (${p['option']} ${p['arg']})` },
  option_takes_no_value: { vi: (p) => `tùy chọn ${p['option']} không nhận giá trị`, en: (p) => `option ${p['option']} takes no value` },
  option_repeated: { vi: (p) => `tùy chọn ${p['option']} được cho nhiều lần`, en: (p) => `option ${p['option']} is given more than once` },
  bad_choice: { vi: (p) => `${p['option']} phải là một trong ${p['allowed']}, nhận được '${p['received']}'${p['hint']}`, en: (p) => `${p['option']} must be one of ${p['allowed']}, received '${p['received']}'${p['hint']}` },
  missing_operand: { vi: (p) => `lệnh ${p['command']} cần ${p['what']}`, en: (p) => `${p['command']} needs ${p['what']}` },
  extra_operand: { vi: (p) => `lệnh ${p['command']} không nhận thêm '${p['received']}'`, en: (p) => `${p['command']} takes no '${p['received']}'` },
  see_help: { vi: (p) => `${p['detail']} (xem reform-rules ${p['command']}--help)`, en: (p) => `${p['detail']} (see reform-rules ${p['command']}--help)` },
  needs_period: { vi: (p) => `lệnh ${p['command']} cần --period, ví dụ --period ${p['example']}`, en: (p) => `${p['command']} needs --period, e.g. --period ${p['example']}` },
  needs_as_of: { vi: (p) => `lệnh ${p['command']} cần --as-of, ví dụ --as-of ${p['example']}`, en: (p) => `${p['command']} needs --as-of, e.g. --as-of ${p['example']}` },
  compare_needs_date: { vi: () => 'lệnh compare cần --as-of YYYY-MM-DD (hoặc --period 2026-08: ngày cuối kỳ)', en: () => 'compare needs --as-of YYYY-MM-DD (or --period 2026-08: its last day)' },
  in_option: { vi: (p) => `${p['option']}: ${p['detail']}`, en: (p) => `${p['option']}: ${p['detail']}` },
  xlsx_needs_out: { vi: (p) => `${p['command']} --format xlsx ghi một tệp Excel (nhị phân): hãy cho --out tep.xlsx (không bao giờ ghi ra màn hình hay stdout)`, en: (p) => `${p['command']} --format xlsx writes a binary workbook: give --out file.xlsx (it is never written to the terminal or stdout)` },
  whole_number: { vi: (p) => `${p['option']} phải là số nguyên, nhận được '${p['received']}'`, en: (p) => `${p['option']} must be a whole number, received '${p['received']}'` },
  non_negative: { vi: (p) => `${p['option']} phải là một số >= 0, nhận được '${p['received']}'`, en: (p) => `${p['option']} must be a number >= 0, received '${p['received']}'` },
  year_expected: { vi: (p) => `${p['option']} cần một năm như ${p['example']}, nhận được '${p['received']}'`, en: (p) => `${p['option']} needs a year such as ${p['example']}, received '${p['received']}'` },
  completion_shell: { vi: (p) => `chỉ hỗ trợ bash, nhận được '${p['received']}'`, en: (p) => `only bash is supported, received '${p['received']}'` },
  // Input errors (details of malformed_input / file_not_found)
  not_json: { vi: (p) => `không phải JSON hợp lệ (${p['detailVi'] ?? p['detail']})`, en: (p) => `not valid JSON (${p['detail']})` },
  not_dvcqg: { vi: () => 'không phải thông điệp DongBoHoSoMC (service, data) hay { sync, progress }', en: () => 'not a DongBoHoSoMC message (service, data) nor { sync, progress }' },
  is_directory: s('là một thư mục', 'it is a directory'),
  no_such_file: s('không có tệp này', 'no such file'),
  no_records: s('không có bản ghi nào', 'no records found'),
  unreadable_records: { vi: (p) => `${p['detail']} (${p['count']} bản ghi không đọc được, đã liệt kê ở trên)`, en: (p) => `${p['detail']} (${p['count']} unreadable record(s), all listed above)` },
  expected_shape: { vi: (p) => `cần ${p['what']}`, en: (p) => `expected ${p['what']}` },
  agency_profile: { vi: (p) => `hồ sơ cơ quan: ${p['detail']}`, en: (p) => `agency profile: ${p['detail']}` },
  procedure_invalid: { vi: (p) => `thủ tục: ${p['detail']}`, en: (p) => `procedure: ${p['detail']}` },
  unexpected: { vi: (p) => `lỗi không lường trước: ${p['detail']}`, en: (p) => `unexpected error: ${p['detail']}` },
  // Notices and summaries (stderr; --quiet silences them)
  left_out_head: {
    vi: (p) => `reform-rules: ${p['count']} bản ghi bị loại khỏi báo cáo (${p['excluded']} chưa được tiếp nhận, ${p['invalid']} không hợp lệ), ${p['listed'] === p['count'] ? '' : `${p['listed']} bản ghi đầu tiên được `}liệt kê trong mục "rejected"; xem: reform-rules validate ${p['file']}${p['allowed'] === 1 ? '' : ' (dùng --allow-rejected để chấp nhận)'}`,
    en: (p) => `reform-rules: ${p['count']} record(s) left out of the report (${p['excluded']} never received, ${p['invalid']} invalid), ${p['listed'] === p['count'] ? '' : `the first ${p['listed']} `}listed as rejected; see: reform-rules validate ${p['file']}${p['allowed'] === 1 ? '' : ' (use --allow-rejected to accept)'}`,
  },
  // The file's line when the reader knows it (JSON Lines, CSV, xlsx rows), else the record's position.
  left_out_record: {
    vi: (p) => `  ${p['line'] === '' ? `bản ghi ${p['index']}` : `dòng ${p['line']}`}${p['id']}: ${p['code']}: ${p['message']}`,
    en: (p) => `  ${p['line'] === '' ? `record ${p['index']}` : `line ${p['line']}`}${p['id']}: ${p['code']}: ${p['message']}`,
  },
  invalid_left_out: { vi: (p) => `reform-rules: ${p['count']} bản ghi không hợp lệ đã được loại ra (xem: reform-rules validate ${p['file']})`, en: (p) => `reform-rules: ${p['count']} invalid record(s) left out (see: reform-rules validate ${p['file']})` },
  sample_wrote: { vi: (p) => `sample: đã ghi ${p['count']} hồ sơ vào ${p['file']}`, en: (p) => `sample: wrote ${p['count']} dossiers to ${p['file']}` },
  progress: { vi: (p) => `  đã đọc ${p['count']} bản ghi`, en: (p) => `  ${p['count']} records read` },
  validate_summary: { vi: (p) => `${p['file']}: ${p['good']} bản ghi hợp lệ, ${p['bad']} không hợp lệ`, en: (p) => `${p['file']}: ${p['good']} valid, ${p['bad']} invalid record(s)` },
} satisfies Record<string, Texts>;

/** @internal A key of {@link CLI_MESSAGES}. */
export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** @internal A message in a locale. */
export function say(locale: Locale, key: CliMessageKey, params: P = {}): string {
  const t: Texts = CLI_MESSAGES[key];
  return t[locale](params);
}

/** @internal A message in both locales, for a {@link CliError} detail (resolved when printed). */
export function msg(key: CliMessageKey, params: Readonly<Record<string, string | number | Localized>> = {}): Localized {
  const resolve = (locale: Locale): P => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v instanceof Localized ? v.in(locale) : v]));
  return new Localized(say('vi', key, resolve('vi')), say('en', key, resolve('en')));
}

/** @internal A text that is the same in both locales (a file name, a value). */
export function same(value: string): Localized {
  return new Localized(value, value);
}

/**
 * @internal An error of the library (or any error) as a {@link Localized} text, prefixed with where
 * it happened (`report: ...`): a library error in both locales, another error's message as is.
 */
export function errorText(error: unknown, prefix?: string): Localized {
  const en = localizedMessage(error, 'en') ?? (error instanceof Error ? error.message : String(error));
  const vi = localizedMessage(error, 'vi') ?? en;
  const p = prefix === undefined ? '' : `${prefix}: `;
  return new Localized(`${p}${vi}`, `${p}${en}`);
}

/** @internal The closest of `candidates` to `input` (edit distance at most a third of its length, at least 2), if any. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const c of candidates) {
    const d = c.startsWith(input) && input.length >= 3 ? 1 : distance(input, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with a transposition counted as one edit. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
