/**
 * The help texts of the command line in Vietnamese and English: the options, and per command its
 * arguments, what it does and examples. Part of the messages module (src/cli/messages.ts).
 * @internal
 * @module
 */

/** @internal One text in both locales. */
export interface HelpText {
  readonly vi: string;
  readonly en: string;
}

const t = (vi: string, en: string): HelpText => ({ vi, en });

/** @internal The description of every option (a command may give its own for an option it uses differently). */
export const OPTION_HELP = {
  help: t('in trợ giúp (của lệnh đứng trước)', 'print the help (of the command before it)'),
  version: t('in phiên bản', 'print the version'),
  locale: t('ngôn ngữ của thông báo và bảng: vi (mặc định) hoặc en', 'language of messages and tables: vi (default) or en'),
  out: t('ghi kết quả ra tệp thay vì stdout', 'write the result to a file instead of stdout'),
  quiet: t('không in tóm tắt, thông báo trên stderr (lỗi vẫn được in)', 'no summaries or notices on stderr (errors still print)'),
  'summary-json': t(
    'một bản tóm tắt JSON cho script (số bản ghi vào/nhận/loại/không tính, mã thoát) trên stderr, hoặc vào TỆP',
    'one JSON summary for scripts (records in/accepted/rejected/excluded, exit code) on stderr, or to FILE',
  ),
  period: t('kỳ báo cáo: 2025-Q1, 2025-H1, 2025-9M, 2025 (năm), 2025-03 (tháng)', 'reporting period: 2025-Q1, 2025-H1, 2025-9M, 2025 (year), 2025-03 (month)'),
  convention: t('cách chốt số liệu: decree09 (từ ngày 15 đến ngày 14, Nghị định 09/2019, mặc định) hoặc calendar', 'cut-off: decree09 (15th to 14th, Decree 09/2019, default) or calendar periods'),
  by: t('nhóm các dòng theo', 'group the rows by'),
  format: t('định dạng kết quả', 'output format'),
  procedures: t('tệp danh mục thủ tục (JSON)', 'procedures file (JSON)'),
  form: t('biểu mẫu: bieu06 (mặc định) hoặc portal-summary (tổng hợp của Cổng)', "form: bieu06 (default) or portal-summary (the portal's per-unit summary)"),
  dialect: t('CSV: rfc4180 (cho máy, dấu chấm thập phân) hoặc excel-vi (Excel tiếng Việt: dấu ; và dấu phẩy thập phân)', 'CSV: rfc4180 (machines, decimal point) or excel-vi (Vietnamese Excel: ; and decimal comma)'),
  'unit-name': t('tên đơn vị báo cáo', 'name of the reporting unit'),
  place: t('địa danh của dòng "..., ngày ... tháng ... năm ..."', 'place of the date line'),
  'signed-on': t('ngày ký (YYYY-MM-DD)', 'signing date (YYYY-MM-DD)'),
  preparer: t('"Người lập biểu"', 'the preparer ("Người lập biểu")'),
  head: t('"Thủ trưởng đơn vị"', 'the head of the unit ("Thủ trưởng đơn vị")'),
  'input-format': t('ép định dạng đầu vào (mặc định: theo đuôi tệp, hoặc nội dung với -)', 'force the input format (default: from the extension, or the content for -)'),
  mapping: t('tệp ánh xạ: tiêu đề cột → trường, ánh xạ giá trị, định dạng ngày', 'mapping file: header → field, value maps, date format'),
  'allow-rejected': t('thoát với mã 0 cả khi có bản ghi bị loại', 'exit 0 even when records were left out'),
  profile: t('tệp hồ sơ cơ quan (JSON: tên đơn vị, địa danh, người ký) cho --format xlsx', 'agency profile file (JSON: unit name, place, signers) for --format xlsx'),
  seed: t('hạt giống của dữ liệu mẫu (mặc định 1)', 'seed of the sample (default 1)'),
  from: t('từ (YYYY-MM-DD; với calendar export: năm)', 'from (YYYY-MM-DD; calendar export: a year)'),
  to: t('đến (YYYY-MM-DD; với calendar export: năm)', 'to (YYYY-MM-DD; calendar export: a year)'),
  'per-day': t('số hồ sơ mỗi ngày làm việc', 'dossiers per working day'),
  data: t('tệp dữ liệu mẫu (mặc định: dữ liệu mẫu đi kèm)', 'sample data file (default: the bundled sample)'),
  'out-dir': t('thư mục ghi các tệp kết quả (mặc định out)', 'folder for the output files (default out)'),
  'as-of': t('ngày tính (YYYY-MM-DD)', 'as-of date (YYYY-MM-DD)'),
  schema: t('tên schema SQL', 'SQL schema name'),
  portal: t('tệp tiến độ của Cổng (JSON) để đối chiếu', "the portal's progress file (JSON), to reconcile with"),
  counting: t('cách đếm: portal766 (như Cổng, mặc định), dateLevel hoặc workingDays', 'counting: portal766 (as the portal, default), dateLevel or workingDays'),
  against: t('cách đếm để so sánh (mặc định dateLevel)', 'counting to compare against (default dateLevel)'),
  'state-out': t('ghi thêm trạng thái cộng dồn (JSON) vào TỆP, để gộp các phần bằng lệnh merge', 'also write the accumulator state (JSON) to FILE, for merging shards with merge'),
  jobs: t('số luồng xử lý song song cho tệp JSON Lines lớn (mặc định: số lõi CPU; 1 = một luồng)', 'worker threads for a large JSON Lines file (default: the available cores; 1 = one pass)'),
  'max-rejected': t(
    'số bản ghi bị loại được liệt kê (N đầu tiên theo vị trí; mặc định 1000; all = tất cả); tổng số và số theo mã lỗi luôn đếm đủ',
    'how many rejected records to list (the first N by position; default 1000; all = every one); the totals and the counts per code are always exact',
  ),
} as const satisfies Record<string, HelpText>;

/** @internal The name of an option. */
export type OptionName = keyof typeof OPTION_HELP;

/** @internal The help of one command: its arguments, one line of what it does, more lines, examples. */
export interface CommandHelp {
  readonly args: HelpText;
  readonly summary: HelpText;
  readonly details?: HelpText;
  readonly examples: readonly string[];
}

/** @internal The help of every command, keyed by name. */
export const COMMAND_HELP = {
  report: {
    args: t('<tệp> --period KỲ', '<file> --period PERIOD'),
    summary: t('Biểu 06 (hoặc tổng hợp của Cổng) kết quả giải quyết TTHC của một kỳ', 'the Biểu 06 report (or the portal summary) of TTHC results for a period'),
    details: t(
      'Đầu vào: .json, .jsonl/.ndjson, .csv (cả tiêu đề tiếng Việt), .xlsx; - đọc stdin. Trên màn hình, không có --format:\nbản tóm tắt theo đơn vị. CSV ghi bằng --out có BOM (mở bằng Excel). Mã thoát 4 nếu có bản ghi bị loại.',
      'Inputs: .json, .jsonl/.ndjson, .csv (Vietnamese headers too), .xlsx; - reads stdin. On a terminal without --format:\na summary per unit. CSV written with --out starts with a BOM (for Excel). Exit 4 if records were left out.',
    ),
    examples: ['reform-rules report hoso.csv --period 2025-Q1', 'reform-rules report hoso.json --period 2025-Q1 --format xlsx --out bieu06.xlsx --profile agency.json'],
  },
  merge: {
    args: t('<trạng-thái.json>...', '<state.json>...'),
    summary: t('một báo cáo từ trạng thái của các phần (report --state-out), như chạy một lượt', 'one report from the states of shards (report --state-out), as one pass would give'),
    details: t('Gộp theo bất kỳ thứ tự nào cũng cho cùng kết quả; trạng thái sai hoặc khác kỳ, khác biểu là lỗi rõ ràng.', 'Any order gives the same result; a broken state, or one of another period or form, is a clear error.'),
    examples: ['reform-rules report thang01.jsonl --period 2025-Q1 --state-out s1.json', 'reform-rules merge s1.json s2.json s3.json --format csv --out bieu06.csv'],
  },
  scorecard: {
    args: t('<tệp-kế-hoạch.json> --period NĂM', '<plan-input.json> --period YEAR'),
    summary: t('các chỉ tiêu của kế hoạch, đạt hay không, mỗi chỉ tiêu kèm giải thích', "the plan's targets, met or not, each with its explanation"),
    examples: ['reform-rules scorecard plan-input.json --period 2025'],
  },
  index766: {
    args: t('<tệp> --period KỲ', '<file> --period PERIOD'),
    summary: t('chỉ số phục vụ (QĐ 766) từ hồ sơ; với --portal, đối chiếu với Cổng', 'the national service index (QĐ 766) from dossiers; with --portal, reconciled with the portal'),
    examples: ['reform-rules index766 hoso.json --period 2026-08 --portal progress.json'],
  },
  compare: {
    args: t('<tệp> (--as-of NGÀY | --period KỲ)', '<file> (--as-of DATE | --period PERIOD)'),
    summary: t('các hồ sơ có kết quả khác nhau giữa hai cách đếm, và lý do', 'the dossiers whose outcome differs between two counting conventions, and why'),
    examples: ['reform-rules compare hoso.json --counting portal766 --against dateLevel --period 2026-08'],
  },
  validate: {
    args: t('<tệp>', '<file>'),
    summary: t('liệt kê mọi bản ghi sai (dòng, trường, lỗi); mã thoát 1 nếu có', 'list every bad record (line, field, issue); exit 1 if any'),
    details: t('Với --period: đúng các bản ghi mà report sẽ loại ra, kèm lý do.', 'With --period: exactly the records report would leave out, with its reasons.'),
    examples: ['reform-rules validate hoso.csv', 'reform-rules validate hoso.csv --period 2025-Q1 --procedures thutuc.json'],
  },
  calendar: {
    args: t('<năm>', '<year>'),
    summary: t('lịch làm việc của một năm: ngày nghỉ, ngày làm bù, căn cứ', "a year's working calendar: holidays, make-up days, their basis"),
    examples: ['reform-rules calendar 2025', 'reform-rules calendar 2026 --profile private --format json'],
  },
  'calendar export': {
    args: t('--from NĂM --to NĂM --format ics|csv|json|sql', '--from YEAR --to YEAR --format ics|csv|json|sql'),
    summary: t('xuất lịch làm việc nhiều năm (ics, csv, json, sql)', 'export the working calendar of several years (ics, csv, json, sql)'),
    examples: ['reform-rules calendar export --from 2010 --to 2030 --format sql --schema cchc --out lich.sql'],
  },
  sample: {
    args: t('', ''),
    summary: t('sinh dữ liệu mẫu tất định (một gói JSON, hoặc JSONL kèm danh mục thủ tục với --out *.jsonl)', 'write the deterministic sample (a JSON bundle, or JSONL and a procedures catalogue with --out *.jsonl)'),
    details: t(
      'Ghi dần từng ngày, bộ nhớ không tăng theo số hồ sơ. Với --out x.jsonl còn ghi danh mục thủ tục x.procedures.json bên cạnh (các phòng và thủ tục của dữ liệu mẫu), để dùng với report --procedures x.procedures.json.',
      'Written day by day, in memory that does not grow with the number of dossiers. With --out x.jsonl it also writes the procedures catalogue x.procedures.json beside it (the sample\'s departments and procedures), for report --procedures x.procedures.json.',
    ),
    examples: [
      'reform-rules sample --seed 7 --from 2025-01-01 --to 2025-03-31 --out sample.json',
      'reform-rules sample --out hoso.jsonl && reform-rules report hoso.jsonl --period 2025-Q1 --procedures hoso.procedures.json',
    ],
  },
  demo: {
    args: t('', ''),
    summary: t('báo cáo quý I/2025 và bảng chỉ tiêu 2025 của dữ liệu mẫu, ghi vào out/', 'the 2025 Q1 report and 2025 scorecard of the sample data, written to out/'),
    examples: ['reform-rules demo --out-dir out'],
  },
  rating: {
    args: t('<cong-chuc.json> --period KỲ', '<officials.json> --period PERIOD'),
    summary: t('điểm, tỷ lệ xuất sắc và giới hạn do trễ hạn: mức xếp loại mỗi người được nhận', "officials' points, excellence quota and late cap: the level each may receive"),
    examples: ['reform-rules rating officials.json --period 2026'],
  },
  rotation: {
    args: t('<phan-cong.json> --as-of NGÀY', '<assignments.json> --as-of DATE'),
    summary: t('thời điểm mỗi người đến hạn chuyển đổi vị trí công tác', "when each official's move of position is due"),
    examples: ['reform-rules rotation assignments.json --as-of 2026-12-01'],
  },
  scoring: {
    args: t('<bo-tieu-chi.json> <so-lieu.json> --period NĂM', '<scheme.json> <inputs.json> --period YEAR'),
    summary: t('chấm điểm CCHC các đơn vị theo bộ tiêu chí: tổng điểm, thứ hạng, xếp loại', 'CCHC scoring of units on a criteria scheme: totals, ranks, grades'),
    examples: ['reform-rules scoring scheme.json inputs.json --period 2026'],
  },
  completion: {
    args: t('bash', 'bash'),
    summary: t('in script gợi ý lệnh (tab) cho bash', 'print the bash completion script'),
    details: t('Cài: reform-rules completion bash > ~/.local/share/bash-completion/completions/reform-rules\n(hoặc thêm vào ~/.bashrc: source <(reform-rules completion bash))', 'Install: reform-rules completion bash > ~/.local/share/bash-completion/completions/reform-rules\n(or add to ~/.bashrc: source <(reform-rules completion bash))'),
    examples: ['source <(reform-rules completion bash)'],
  },
} as const satisfies Record<string, CommandHelp>;

/** @internal The fixed lines of the help (headings, periods, exit codes), per locale. */
export const HELP_TEXT = {
  title: t('quy tắc cải cách hành chính của cơ quan nhà nước Việt Nam, dưới dạng mã', 'Vietnamese administrative-reform rules as code'),
  usage: t('Cách dùng', 'Usage'),
  usageLine: t('reform-rules <lệnh> [tệp...] [tùy chọn]', 'reform-rules <command> [file...] [options]'),
  commands: t('Lệnh', 'Commands'),
  options: t('Tùy chọn', 'Options'),
  common: t('Tùy chọn chung', 'Common options'),
  examples: t('Ví dụ', 'Examples'),
  values: t('GIÁ-TRỊ', 'VALUE'),
  file: t('TỆP', 'FILE'),
  more: t('Trợ giúp của một lệnh: reform-rules <lệnh> --help (hoặc reform-rules help <lệnh>).', "A command's help: reform-rules <command> --help (or reform-rules help <command>)."),
  exit: t(
    'Mã thoát: 0 thành công, 1 có bản ghi sai (validate), 2 sai cách dùng, 3 không đọc được tệp đầu vào,\n4 báo cáo loại bỏ bản ghi (không hợp lệ hoặc chưa tiếp nhận; --allow-rejected để chấp nhận),\n5 không ghi được kết quả (--out, --out-dir, đĩa đầy), 70 lỗi ngoài dự kiến.',
    'Exit codes: 0 success, 1 invalid records found (validate), 2 usage error, 3 input file missing or unreadable,\n4 report left records out (rejected or never received; --allow-rejected to accept),\n5 the output cannot be written (--out, --out-dir, a full disk), 70 unexpected error.',
  ),
} as const satisfies Record<string, HelpText>;
