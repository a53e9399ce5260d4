/**
 * Handover slips (Phiếu kiểm soát quá trình giải quyết hồ sơ: Mẫu 06 of Thông tư 03/2025/TT-VPCP,
 * Mẫu 05 of Thông tư 01/2018/TT-VPCP): one row per handover, read from CSV or .xlsx, and joined by
 * dossier id to the dossiers of a register (or any dossier reader) as their steps, each with its
 * handover times and the verdict the slip records.
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import { isObjectArg, optionalObjectArg } from '../errors/args';
import { raiseCore } from '../errors/raiseCore';
import { DEFAULT_LOCALE } from '../errors/locale';
import type { Locale } from '../errors/messages/index';
import { parseInstant } from '../_lib/instant';
import type { StepVerdict } from '../model/dossier';
import { readXlsxRows } from '../xlsx/index';
import type { XlsxRow } from '../xlsx/index';
import { aliasTable, closestHeader, normaliseHeader } from './dossierCsvHeaders';
import { DOSSIER_REGISTER_MAPPING } from './dossierRegister';
import { readExportInstant } from './exportDates';
import type { CsvOptions, CsvRow } from './readCsv';
import { readCsv, resolveCsvOptions } from './readCsv';
import type { DossierXlsxOptions } from './readDossierXlsx';
import { cellText, readDossierXlsx } from './readDossierXlsx';
import type { ReadRecord, RejectedLine } from './records';
import { preview } from './records';
import type { ReaderSource } from './source';

/**
 * What a column of a handover slip export holds: the dossier, the giving and receiving unit and
 * official of a handover, its time, the verdict recorded on it; `ignore` for columns read elsewhere
 * (the slip's header fields, kept in the register) and `personal` for applicant data (dropped).
 * @example
 * ```ts
 * import type { HandoverSlipRole } from 'reform-rules/io';
 * const role: HandoverSlipRole = 'handedAt';
 * ```
 * @category Input
 */
export type HandoverSlipRole = 'dossierId' | 'fromUnit' | 'toUnit' | 'fromOfficial' | 'toOfficial' | 'handedAt' | 'verdict' | 'ignore' | 'personal';

/**
 * The headers of a handover slip export, by role (matched in any case, with or without diacritics,
 * spaces and punctuation ignored); the English names are the roles themselves. Names as printed in
 * Mẫu 06 of Thông tư 03/2025/TT-VPCP (HIGH as printed in Quyết định 3621/QĐ-BYT; `formats.md` § 1.2):
 * «Tên đơn vị» («1. Giao: … 2. Nhận: …») flattened into two columns, «Thời gian giao nhận hồ sơ»,
 * «Kết quả giải quyết hồ sơ (trước hạn/đúng hạn/quá hạn)», «Ghi chú»; «Người giao» / «Người nhận»
 * are the form's signature boxes. An export's own headers are the agency's to confirm.
 * @example
 * ```ts
 * import { HANDOVER_SLIP_HEADER_ALIASES } from 'reform-rules/io';
 * HANDOVER_SLIP_HEADER_ALIASES.handedAt[0]; // => 'Thời gian giao nhận hồ sơ'
 * ```
 * @category Input
 */
export const HANDOVER_SLIP_HEADER_ALIASES: Readonly<Record<HandoverSlipRole, readonly string[]>> = {
  dossierId: ['Mã số hồ sơ', 'Mã hồ sơ', 'Số hồ sơ'],
  fromUnit: ['Đơn vị giao', 'Tên đơn vị giao', 'Bên giao', 'Giao'],
  toUnit: ['Đơn vị nhận', 'Tên đơn vị nhận', 'Bên nhận', 'Nhận'],
  fromOfficial: ['Người giao', 'Cán bộ giao'],
  toOfficial: ['Người nhận', 'Cán bộ nhận'],
  handedAt: ['Thời gian giao nhận hồ sơ', 'Thời gian giao nhận', 'Ngày giờ giao nhận', 'Ngày giao nhận'],
  verdict: ['Kết quả giải quyết hồ sơ', 'Kết quả giải quyết hồ sơ (trước hạn/đúng hạn/quá hạn)', 'Kết quả'],
  ignore: ['STT', 'Ghi chú', 'Cơ quan (bộ phận) giải quyết hồ sơ', 'Cơ quan giải quyết hồ sơ', 'Cơ quan phối hợp giải quyết hồ sơ', 'Ngày nhận', 'Hẹn trả kết quả'],
  personal: [],
};

/**
 * One handover of a slip, as read (instants in +07:00).
 * @example
 * ```ts
 * import type { HandoverSlipRow } from 'reform-rules/io';
 * const row: HandoverSlipRow = { dossierId: 'HS-1', fromUnit: 'BPMC', fromOfficial: 'CB-01', handedAt: '2025-03-03T10:00:00+07:00', verdict: 'onTime' };
 * ```
 * @category Input
 */
export interface HandoverSlipRow {
  /** The dossier («Mã số hồ sơ»). */
  readonly dossierId: string;
  /** The unit handing the dossier over («Giao»). */
  readonly fromUnit: string;
  /** The official handing it over («Người giao»). */
  readonly fromOfficial: string;
  /** The unit receiving it («Nhận»), when recorded. */
  readonly toUnit?: string;
  /** The official receiving it («Người nhận»), when recorded. */
  readonly toOfficial?: string;
  /** When it was handed over («Thời gian giao nhận hồ sơ»). */
  readonly handedAt: string;
  /** The verdict the receiving side recorded on the handover, when it did. */
  readonly verdict?: StepVerdict;
}

/**
 * Options of {@link readHandoverSlips}: the CSV reader options, the sheet of an .xlsx, extra verdict
 * values.
 * @example
 * ```ts
 * import type { HandoverSlipOptions } from 'reform-rules/io';
 * const options: HandoverSlipOptions = { format: 'xlsx', sheet: 'Phiếu kiểm soát', verdicts: { 'Chậm': 'late' } };
 * ```
 * @category Input
 */
export interface HandoverSlipOptions extends CsvOptions {
  /** `'csv'` (text) or `'xlsx'`; default `'xlsx'` for bytes starting with the ZIP signature, else `'csv'`. */
  readonly format?: 'csv' | 'xlsx';
  /** The sheet of an .xlsx: its name or 0-based position (default the first). */
  readonly sheet?: string | number;
  /** Verdict cell → verdict, extending trước hạn / đúng hạn / quá hạn (matched in any case, with or without diacritics). */
  readonly verdicts?: Readonly<Record<string, StepVerdict>>;
}

const VERDICTS: Readonly<Record<string, StepVerdict>> = { truochan: 'early', dunghan: 'onTime', quahan: 'late', early: 'early', ontime: 'onTime', late: 'late' };
const REQUIRED: readonly HandoverSlipRole[] = ['dossierId', 'fromUnit', 'fromOfficial', 'handedAt'];
/** The form's own way of writing a time: «09 giờ 30 phút, ngày 03/03/2025». */
const FORM_TIME = /^(\d{1,2})\s*giờ\s*(\d{1,2})\s*phút\s*,?\s*ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/iu;

type Plan = readonly { readonly header: string; readonly role: HandoverSlipRole }[];

function slipTable(): Map<string, HandoverSlipRole> {
  const table = new Map<string, HandoverSlipRole>();
  for (const [role, names] of Object.entries(HANDOVER_SLIP_HEADER_ALIASES) as [HandoverSlipRole, readonly string[]][]) {
    table.set(normaliseHeader(role), role);
    for (const n of names) table.set(normaliseHeader(n), role);
  }
  return table;
}

/** The role of each header; a header neither a slip column nor a known personal-data column throws `unknown_header`. */
function planSlip(headers: readonly string[]): Plan {
  const table = slipTable();
  const dossier = aliasTable();
  const seen = new Set<HandoverSlipRole>();
  return headers.map((header) => {
    const key = normaliseHeader(header);
    const role = table.get(key) ?? (dossier.get(key)?.role === 'personal' ? 'personal' : undefined);
    if (role === undefined) {
      const known = Object.entries(HANDOVER_SLIP_HEADER_ALIASES).flatMap(([r, n]) => (r === 'ignore' ? [] : [r, ...n]));
      raise('unknown_header', { received: header, closest: closestHeader(header, known), expected: known.join(', ') });
    }
    if (role !== 'ignore' && role !== 'personal') {
      if (seen.has(role)) raise('invalid_csv_header', { line: 1, detail: `two columns hold ${role}`, detailVi: `hai cột cùng chứa ${role}`, received: header });
      seen.add(role);
    }
    return { header, role };
  });
}

/** A time cell as an ISO instant in +07:00, or `undefined`. */
function slipTime(cell: string): string | undefined {
  const form = FORM_TIME.exec(cell);
  const text = form === null ? cell : `${form[3]}/${form[4]}/${form[5]} ${form[1]}:${form[2]}`;
  const local = readExportInstant(text, 'auto');
  if (local !== undefined) return local;
  return typeof parseInstant(cell) === 'number' && /[+-]\d{2}:\d{2}$|Z$/.test(cell) ? cell : undefined;
}

interface Resolved {
  readonly locale: Locale;
  readonly previewChars: number;
  readonly verdicts: ReadonlyMap<string, StepVerdict>;
}

/** One row (header → cell text) as a slip row, or its issues. */
function toSlip(cells: (header: string) => string, plan: Plan, line: number, r: Resolved): ReadRecord<HandoverSlipRow> {
  const issues: Issue[] = [];
  const v = new Map<HandoverSlipRole, string>();
  for (const { header, role } of plan) {
    const cell = cells(header).trim();
    if (cell !== '' && role !== 'ignore' && role !== 'personal') v.set(role, cell);
  }
  for (const role of REQUIRED) if (!plan.some((c) => c.role === role)) issues.push(createIssue('missing_column', [role], { field: role, hint: 'add the column or rename it as in HANDOVER_SLIP_HEADER_ALIASES', hintVi: 'thêm cột hoặc đặt tên như trong HANDOVER_SLIP_HEADER_ALIASES' }, r.locale));
  for (const role of REQUIRED) if (plan.some((c) => c.role === role) && !v.has(role)) issues.push(createIssue('required', [role], { field: role }, r.locale));
  const time = v.get('handedAt');
  const handedAt = time === undefined ? undefined : slipTime(time);
  if (time !== undefined && handedAt === undefined) issues.push(createIssue('invalid_instant', ['handedAt'], { field: 'handedAt', received: time }, r.locale));
  const verdictCell = v.get('verdict');
  const verdict = verdictCell === undefined ? undefined : r.verdicts.get(normaliseHeader(verdictCell));
  if (verdictCell !== undefined && verdict === undefined) issues.push(createIssue('unknown_value', ['verdict'], { field: 'verdict', received: verdictCell, expected: r.locale === 'vi' ? 'trước hạn, đúng hạn, quá hạn (hoặc tùy chọn verdicts)' : 'trước hạn, đúng hạn, quá hạn (or the option verdicts)' }, r.locale));
  const id = v.get('dossierId');
  const [first, ...rest] = issues;
  if (first !== undefined) {
    const input = preview([...v].filter(([k]) => k !== 'personal').map(([k, x]) => `${k}=${x}`).join(', '), r.previewChars);
    return id === undefined ? { ok: false, line, input, issues: [first, ...rest] } : { ok: false, line, id, input, issues: [first, ...rest] };
  }
  const to = { ...(v.has('toUnit') ? { toUnit: v.get('toUnit') as string } : {}), ...(v.has('toOfficial') ? { toOfficial: v.get('toOfficial') as string } : {}) };
  const value: HandoverSlipRow = { dossierId: id as string, fromUnit: v.get('fromUnit') as string, fromOfficial: v.get('fromOfficial') as string, ...to, handedAt: handedAt as string, ...(verdict === undefined ? {} : { verdict }) };
  return { ok: true, line, value };
}

function isZip(source: ReaderSource): boolean {
  return source instanceof Uint8Array && source.length >= 4 && source[0] === 0x50 && source[1] === 0x4b && source[2] === 0x03 && source[3] === 0x04;
}

async function* slipsFromXlsx(source: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, sheet: string | number | undefined, r: Resolved): AsyncGenerator<ReadRecord<HandoverSlipRow>> {
  let headers: string[] | undefined;
  let plan: Plan | undefined;
  for await (const row of readXlsxRows(source, { locale: r.locale, ...(sheet === undefined ? {} : { sheet }) })) {
    if (row.cells.every((c) => c === null || c === '') && row.issues.length === 0) continue;
    if (headers === undefined || plan === undefined) {
      headers = row.cells.map((_, i) => cellText(row, i).trim() || `#${i + 1}`);
      plan = planSlip(headers.filter((h) => !/^#\d+$/.test(h)));
      continue;
    }
    const at = new Map(headers.map((h, i) => [h, i]));
    const x: XlsxRow = row;
    const rec = toSlip((h) => cellText(x, at.get(h) ?? -1), plan, row.line, r);
    const [first, ...rest] = row.issues;
    yield first === undefined || !rec.ok ? rec : { ok: false, line: row.line, id: rec.value.dossierId, input: preview(rec.value.dossierId, r.previewChars), issues: [first, ...rest] };
  }
}

/**
 * Reads the rows of handover slips (Phiếu kiểm soát quá trình giải quyết hồ sơ: Mẫu 06 of Thông tư
 * 03/2025/TT-VPCP, Mẫu 05 of Thông tư 01/2018/TT-VPCP, one layout) from a CSV (delimiter detected)
 * or an .xlsx export with one row per handover: headers through {@link HANDOVER_SLIP_HEADER_ALIASES};
 * times `dd/MM/yyyy HH:mm[:ss]`, `yyyy-MM-dd HH:mm[:ss]`, the form's «09 giờ 30 phút, ngày
 * 03/03/2025» (Vietnam time), ISO with offset or Excel date cells; verdicts trước hạn / đúng hạn /
 * quá hạn as `early` / `onTime` / `late`, exactly as recorded (never computed). Personal-data columns
 * are dropped. Join the rows to dossiers with {@link attachHandoverSlips}. Rows = accepted + rejected.
 * @param source - CSV text, bytes or chunks, or an .xlsx's bytes or chunks (`options.format: 'xlsx'`).
 * @param options - Format, sheet, extra verdict values, the CSV reader options.
 * @returns The slip rows in order.
 * @throws `ReformRulesError` (from `reform-rules`) (code `unknown_header`) For a header the table does not know (with the closest one); `invalid_csv_header` for two columns of one role; `invalid_reader_option` for a bad option.
 * @example
 * ```ts
 * import { readHandoverSlips } from 'reform-rules/io';
 * const csv = 'Mã số hồ sơ;Đơn vị giao;Người giao;Đơn vị nhận;Người nhận;Thời gian giao nhận hồ sơ;Kết quả giải quyết hồ sơ\nHS-1;BPMC;CB-01;QLDT;CB-07;03/03/2025 10:00;Đúng hạn\n';
 * for await (const r of readHandoverSlips(csv)) if (r.ok) r.value.verdict; // => 'onTime'
 * ```
 * @category Input
 */
export async function* readHandoverSlips(source: ReaderSource, options?: HandoverSlipOptions): AsyncGenerator<ReadRecord<HandoverSlipRow>> {
  optionalObjectArg(options, 'options');
  const { format, sheet, verdicts, ...csvOptions } = options ?? {};
  if (verdicts !== undefined && !isObjectArg(verdicts)) raise('invalid_reader_option', { field: 'verdicts', expected: 'an object of verdict cell → verdict', expectedVi: 'một đối tượng ô kết quả → kết quả', received: verdicts });
  const o = resolveCsvOptions(csvOptions);
  if (format !== undefined && format !== 'csv' && format !== 'xlsx') raise('invalid_reader_option', { field: 'format', expected: "'csv' or 'xlsx'", expectedVi: "'csv' hoặc 'xlsx'", received: format });
  const table = new Map(Object.entries(VERDICTS));
  for (const [k, v] of Object.entries(verdicts ?? {})) {
    if (v !== 'early' && v !== 'onTime' && v !== 'late') raise('invalid_reader_option', { field: `verdicts.${k}`, expected: "'early', 'onTime' or 'late'", expectedVi: "'early', 'onTime' hoặc 'late'", received: v });
    table.set(normaliseHeader(k), v);
  }
  const r: Resolved = { locale: o.locale, previewChars: o.preview, verdicts: table };
  if (format === 'xlsx' || (format === undefined && isZip(source))) return yield* slipsFromXlsx(source as Uint8Array, sheet, r);
  let plan: Plan | undefined;
  for await (const row of readCsv(source, csvOptions)) {
    if (!row.ok) {
      yield plan?.some((c) => c.role === 'personal') === true ? { ...row, input: '(withheld: the row may hold personal data)' } : row;
      continue;
    }
    plan ??= planSlip(Object.keys(row.value));
    const cells: CsvRow = row.value;
    yield toSlip((h) => cells[h] ?? '', plan, row.line, r);
  }
}

/**
 * Options of {@link attachHandoverSlips}.
 * @example
 * ```ts
 * import type { AttachSlipOptions } from 'reform-rules/io';
 * const options: AttachSlipOptions = { locale: 'vi' };
 * ```
 * @category Input
 */
export interface AttachSlipOptions {
  /** The messages' locale (default {@link DEFAULT_LOCALE}, Vietnamese). */
  readonly locale?: Locale;
}

type Group = { rows: { row: HandoverSlipRow; line: number }[]; bad: boolean; used: boolean };

function ms(at: string): number {
  const x = parseInstant(at);
  return typeof x === 'number' ? x : Number.NaN;
}

/** The steps of one slip: row i is the giving side's step, from the previous handover (or reception) to row i's time. */
function stepsOf(rows: readonly { row: HandoverSlipRow }[], receivedAt: unknown): Record<string, unknown>[] {
  const sorted = [...rows].sort((a, b) => ms(a.row.handedAt) - ms(b.row.handedAt));
  return sorted.map(({ row }, i) => ({
    officialId: row.fromOfficial,
    departmentId: row.fromUnit,
    startedAt: i === 0 ? receivedAt : (sorted[i - 1] as { row: HandoverSlipRow }).row.handedAt,
    endedAt: row.handedAt,
    ...(row.verdict === undefined ? {} : { verdict: row.verdict }),
  }));
}

function unmatched(id: string, line: number, why: string, locale: Locale): RejectedLine {
  return { ok: false, line, id, input: id, issues: [createIssue('slip_unmatched', ['slips', line], { line, received: id, why }, locale)] };
}

/** Throws `invalid_type` unless `value` is an iterable or async iterable object (a string is not a list of records). */
function requireRecords(value: unknown, field: string, expected: string): void {
  const v = value as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown } | null;
  if (typeof value !== 'object' || v === null || (typeof v[Symbol.asyncIterator] !== 'function' && typeof v[Symbol.iterator] !== 'function')) {
    raiseCore('invalid_type', { field, expected, received: value });
  }
}

/** Throws `invalid_type` unless `value` is a read record: `{ ok: true, value }` or `{ ok: false, issues }`, with a slip row's text fields when `slip`. */
function requireRecord(value: unknown, field: string, slip: boolean): void {
  const expected = slip ? 'a record of readHandoverSlips ({ ok, line, value } or { ok: false, line, issues })' : 'a record of a dossier reader ({ ok, line, value } or { ok: false, line, issues })';
  if (!isObjectArg(value) || typeof value['ok'] !== 'boolean') return raiseCore('invalid_type', { field, expected, received: value });
  if (value['ok'] === false) {
    if (!Array.isArray(value['issues'])) raiseCore('invalid_type', { field: `${field}.issues`, expected: 'an array of issues', received: value['issues'] });
    if (value['id'] !== undefined && typeof value['id'] !== 'string') raiseCore('invalid_type', { field: `${field}.id`, expected: 'a string or nothing', received: value['id'] });
    return;
  }
  if (!slip) return;
  const row = value['value'];
  if (!isObjectArg(row)) return raiseCore('invalid_type', { field: `${field}.value`, expected: 'a handover slip row', received: row });
  for (const name of ['dossierId', 'fromUnit', 'fromOfficial', 'handedAt']) {
    if (typeof row[name] !== 'string') raiseCore('invalid_type', { field: `${field}.value.${name}`, expected: 'a string', received: row[name] });
  }
}

async function groupSlips(slips: AsyncIterable<ReadRecord<HandoverSlipRow>> | Iterable<ReadRecord<HandoverSlipRow>>, rejected: RejectedLine[]): Promise<Map<string, Group>> {
  const groups = new Map<string, Group>();
  const group = (id: string): Group => {
    let g = groups.get(id);
    if (g === undefined) groups.set(id, (g = { rows: [], bad: false, used: false }));
    return g;
  };
  let i = 0;
  for await (const s of slips) {
    requireRecord(s, `slips[${i++}]`, true);
    if (s.ok) group(s.value.dossierId).rows.push({ row: s.value, line: s.line });
    else {
      rejected.push(s);
      if (s.id !== undefined) group(s.id).bad = true;
    }
  }
  return groups;
}

/**
 * Joins handover slip rows ({@link readHandoverSlips}) to dossier records (a register read with
 * `DOSSIER_REGISTER_MAPPING`, or any reader) by dossier id: each dossier with slip rows gets them as
 * its `steps`, in handover order. Row *i* is the step of its giving side («Giao», «Người giao»), from
 * the previous handover (the first: the dossier's `receivedAt`) to row *i*'s time, with row *i*'s
 * verdict as the slip records it; the slip has no allotted time, so `allottedHours` is absent
 * (attribution then names the step in `unattributedSteps` rather than guess). The last receiver's
 * own time is not a step (the slip records no handover out of it). Every slip row is accounted for:
 * joined, or a rejected record (`slip_unmatched` naming why: no such dossier, dossier rejected,
 * dossier already with steps, id already joined, or another row of the slip unreadable, in which
 * case the dossier keeps no slip steps), yielded after the dossiers with the slip's `line`.
 * Holds the slip rows in memory; streams the dossiers.
 * @param dossiers - The dossier records, in order.
 * @param slips - The slip rows.
 * @param options - The messages' locale.
 * @returns Every dossier record (in order, joined), then every slip row not used: records in =
 *   dossier records + slip rows folded into steps + rejected slip rows.
 * @example
 * ```ts
 * import { attachHandoverSlips, readDossierCsv, readHandoverSlips } from 'reform-rules/io';
 * for await (const r of attachHandoverSlips(readDossierCsv(registerCsv, { mapping }), readHandoverSlips(slipCsv))) {
 *   if (r.ok) r.value; // => { id: 'HS-1', ..., steps: [{ officialId: 'CB-01', departmentId: 'BPMC', ..., verdict: 'onTime' }] }
 * }
 * ```
 * @category Input
 */
export async function* attachHandoverSlips(
  dossiers: AsyncIterable<ReadRecord<unknown>> | Iterable<ReadRecord<unknown>>,
  slips: AsyncIterable<ReadRecord<HandoverSlipRow>> | Iterable<ReadRecord<HandoverSlipRow>>,
  options?: AttachSlipOptions,
): AsyncGenerator<ReadRecord<unknown>> {
  requireRecords(dossiers, 'dossiers', 'an iterable or async iterable of dossier records (a reader)');
  requireRecords(slips, 'slips', 'an iterable or async iterable of slip records (readHandoverSlips)');
  optionalObjectArg(options, 'options');
  const locale = options?.locale ?? DEFAULT_LOCALE;
  if (locale !== 'en' && locale !== 'vi') raiseCore('invalid_type', { field: 'options.locale', expected: "'en' or 'vi'", received: locale });
  const left: RejectedLine[] = [];
  const groups = await groupSlips(slips, left);
  let i = 0;
  for await (const d of dossiers) {
    requireRecord(d, `dossiers[${i++}]`, false);
    const value = d.ok && d.value !== null && typeof d.value === 'object' ? (d.value as Record<string, unknown>) : undefined;
    const id = d.ok ? (typeof value?.['id'] === 'string' ? value['id'] : undefined) : d.id;
    const g = id === undefined ? undefined : groups.get(id);
    if (g === undefined || g.used || id === undefined) {
      yield d;
      continue;
    }
    g.used = true;
    const why = !d.ok || value === undefined ? 'dossier_rejected' : value['steps'] !== undefined ? 'dossier_has_steps' : g.bad ? 'incomplete_slip' : undefined;
    if (why !== undefined) for (const { line } of g.rows) left.push(unmatched(id, line, why, locale));
    yield why === undefined && g.rows.length > 0 ? { ok: true, line: d.line, value: { ...value, steps: stepsOf(g.rows, value?.['receivedAt']) } } : d;
  }
  for (const [id, g] of groups) if (!g.used) for (const { line } of g.rows) left.push(unmatched(id, line, 'no_dossier', locale));
  yield* left.sort((a, b) => a.line - b.line);
}

/**
 * Options of {@link readRegisterWorkbook}: the register's options (mapping over
 * `DOSSIER_REGISTER_MAPPING`, procedure names, locale) and the two sheets.
 * @example
 * ```ts
 * import type { RegisterWorkbookOptions } from 'reform-rules/io';
 * const options: RegisterWorkbookOptions = { registerSheet: 'Sổ theo dõi', slipSheet: 'Phiếu kiểm soát' };
 * ```
 * @category Input
 */
export interface RegisterWorkbookOptions extends Omit<DossierXlsxOptions, 'sheet'> {
  /** The register's sheet (name or 0-based position; default 0). */
  readonly registerSheet?: string | number;
  /** The slips' sheet (name or 0-based position; default 1). */
  readonly slipSheet?: string | number;
  /** Extra verdict values, as in {@link HandoverSlipOptions.verdicts}. */
  readonly verdicts?: Readonly<Record<string, StepVerdict>>;
}

/**
 * Reads a workbook holding the register (Mẫu 07; Mẫu 06 of 01/2018) and its handover slips (Mẫu 06;
 * Mẫu 05 of 01/2018) on two sheets, and joins them ({@link attachHandoverSlips}). The workbook is
 * read twice, once per sheet, so it takes a function that opens it (a file's bytes, or a new stream).
 * @param open - Returns the workbook's bytes or a fresh stream of its chunks.
 * @param options - The sheets, the register mapping and procedure names, verdicts, locale.
 * @returns The register's dossiers with their steps, then the slip rows not used.
 * @example
 * ```ts
 * import { readRegisterWorkbook } from 'reform-rules/io';
 * const bytes = await readFile('so-theo-doi.xlsx'); // node:fs/promises
 * for await (const r of readRegisterWorkbook(() => bytes, { procedureIds: { 'Cấp phép': 'XD-01' } })) if (r.ok) r.value; // => { id: 'HS-1', ..., steps: [...] }
 * ```
 * @category Input
 */
export function readRegisterWorkbook(open: () => Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options?: RegisterWorkbookOptions): AsyncGenerator<ReadRecord<unknown>> {
  if (typeof open !== 'function') raise('invalid_reader_option', { field: 'open', expected: 'a function returning the workbook', expectedVi: 'một hàm trả về tệp Excel', received: open });
  optionalObjectArg(options, 'options');
  const { registerSheet, slipSheet, verdicts, mapping, ...rest } = options ?? {};
  optionalObjectArg(mapping, 'options.mapping', 'a column mapping or nothing');
  const merged = { ...mapping, columns: { ...DOSSIER_REGISTER_MAPPING.columns, ...mapping?.columns } };
  const locale = rest.locale ?? DEFAULT_LOCALE;
  // Opened when first read, after the slips: one open stream at a time.
  const register = (async function* () {
    yield* readDossierXlsx(open, { ...rest, mapping: merged, sheet: registerSheet ?? 0 });
  })();
  const slips = (async function* () {
    yield* readHandoverSlips(open() as ReaderSource, { format: 'xlsx', sheet: slipSheet ?? 1, locale, ...(verdicts === undefined ? {} : { verdicts }) });
  })();
  return attachHandoverSlips(register, slips, { locale });
}
