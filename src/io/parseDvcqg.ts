/**
 * The national portal's dossier sync records (Cổng DVCQG `DongBoHoSoMC` dossiers and
 * `CapNhatTienDoHoSoMC` progress items) read into dossiers through the one ingest step.
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import type { WorkCalendar } from '../calendar/WorkCalendar';
import type { Issue, Result } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import type { Locale } from '../errors/messages/index';
import type { BatchResult, Dossier, DuplicateIdRule, RejectedRecord } from '../model/index';
import { createDossierIngest } from '../model/index';
import type { DossierCsvStatus } from './dossierCsvMapping';
import { DVCQG_STATUS_CODES, codeText } from './dvcqgCodes';
import type { MapOptions, Raw } from './dvcqgRecord';
import { mapDvcqgRecord } from './dvcqgRecord';
import { indexProgress, stepsOf } from './dvcqgProgress';

/**
 * Options of {@link parseDvcqgDossier} and {@link parseDvcqgDossiers}.
 * @example
 * ```ts
 * import type { DvcqgOptions } from 'reform-rules/io';
 * const options: DvcqgOptions = { locale: 'vi', codeTable: { '6': 'stopped' } };
 * ```
 * @category Input
 */
export interface DvcqgOptions {
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
  /** Overrides of {@link DVCQG_STATUS_CODES} (code → meaning), e.g. for the disputed code 6. */
  readonly codeTable?: Readonly<Record<string, DossierCsvStatus>> | undefined;
  /**
   * Keeps an opaque applicant key: your function gets the raw record and returns a key (a
   * pseudonym from your own lookup table, say), or `undefined`. A key equal to one of the record's
   * personal values (name, ID number, phone, email) is refused with `applicant_key_personal`.
   * Without it, nothing of the applicant is kept.
   */
  readonly applicantKey?: ((record: Readonly<Record<string, unknown>>) => string | undefined) | undefined;
}

/**
 * Options of {@link parseDvcqgDossiers}.
 * @category Input
 */
export interface DvcqgBatchOptions extends DvcqgOptions {
  /** The progress items (`CapNhatTienDoHoSoMC` `data`, or the whole message), joined by `MaHoSo` into steps. */
  readonly progress?: unknown;
  /** A step's allotted working hours from its progress item; else, with `calendar`, the working time from `NgayBatDau` to `NgayKetThucTheoQuyDinh`; else the item is in `progressRejected`. */
  readonly stepHours?: ((item: Readonly<Record<string, unknown>>) => number | undefined) | undefined;
  /** The working calendar that derives a step's allotted hours (e.g. `createCalendar()` of `reform-rules`). */
  readonly calendar?: WorkCalendar | undefined;
  /** What to do with a repeated `MaHoSo`. @defaultValue `'reject'` */
  readonly duplicateIds?: DuplicateIdRule | undefined;
}

/**
 * A record read but not counted as a dossier, with the reason (a portal record never received:
 * status 1 «Mới đăng ký» or 3 «Không được tiếp nhận»).
 * @example
 * ```ts
 * import type { ExcludedRecord } from 'reform-rules/io';
 * // { index: 4, id: 'G09-0003', reason: { code: 'not_received', path: ['TrangThaiHoSo'], ... } }
 * ```
 * @category Input
 */
export interface ExcludedRecord {
  /** The record's 0-based position in the input. */
  readonly index: number;
  /** Its 1-based line in a text input, when it was read from one. */
  readonly line?: number | undefined;
  /** Its dossier code, when it had one. */
  readonly id?: string | undefined;
  /** Why it is not counted. */
  readonly reason: Issue;
}

/**
 * The outcome of {@link parseDvcqgDossiers}: records in = `value` + `excluded` + `rejected`; the
 * progress items that could not become steps are in `progressRejected`.
 * @category Input
 */
export interface DvcqgBatchResult extends BatchResult<Dossier> {
  /** Records never received (with their reason): not dossiers, not silently dropped. */
  readonly excluded: ExcludedRecord[];
  /** Progress items naming no dossier read, or lacking what a step needs. */
  readonly progressRejected: RejectedRecord[];
}

function resolve(options: DvcqgOptions | undefined): MapOptions {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  if (locale !== 'en' && locale !== 'vi') raise('invalid_reader_option', { field: 'locale', expected: "'en' or 'vi'", expectedVi: "'en' hoặc 'vi'", received: locale });
  const table = options?.codeTable;
  if (table !== undefined && (table === null || typeof table !== 'object' || Object.values(table).some((v) => !Object.values(DVCQG_STATUS_CODES).includes(v) && v !== 'rejected'))) {
    raise('invalid_reader_option', { field: 'codeTable', expected: 'an object of status code → pending, processed, returned, stopped, withdrawn, rejected or not_received', expectedVi: 'một đối tượng mã trạng thái → ý nghĩa', received: table });
  }
  const key = options?.applicantKey;
  if (key !== undefined && typeof key !== 'function') raise('invalid_reader_option', { field: 'applicantKey', expected: 'a function of the record', expectedVi: 'một hàm của bản ghi', received: key });
  return { locale, codes: { ...DVCQG_STATUS_CODES, ...table }, applicantKey: key };
}

const asRaw = (x: unknown): Raw => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Raw) : {});

/** The records of a message (`{ service, data: [...] }`) or an array. */
function dataOf(x: unknown): unknown[] | undefined {
  if (Array.isArray(x)) return x;
  if (x !== null && typeof x === 'object' && Array.isArray((x as { data?: unknown }).data)) return (x as { data: unknown[] }).data;
  return undefined;
}

/**
 * Reads one portal sync record (`DongBoHoSoMC` HoSo) as a dossier. Times `yyyyMMddHHmmss` are
 * Vietnam time (+07:00 attached); `''` means no value; `KenhThucHien` 1/2/3 is direct/online/postal
 * and an empty channel is `'unknown'` (never guessed); `TrangThaiHoSo` reads through
 * {@link DVCQG_STATUS_CODES} (overridable); every `DanhSachHoSoBoSung` element is kept (request at
 * `NgayBoSung`, re-submission at `NgayTiepNhanBoSung` with `NgayHenTraTruoc`/`NgayHenTraMoi`);
 * `NgayTuChoi` is a `rejected` end. Personal data is never copied. Validation is the ingest step's.
 * @param record - One HoSo object.
 * @param options - Locale, code table, applicant key.
 * @returns The dossier, or its issues (a never-received record fails with `not_received`).
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_reader_option`) On a bad option.
 * @example
 * ```ts
 * import { parseDvcqgDossier } from 'reform-rules/io';
 * const r = parseDvcqgDossier({ MaHoSo: 'G09-1', MaTTHC: '1.005129', DonViXuLy: 'G09', KenhThucHien: '2',
 *   NgayTiepNhan: '20250303090000', NgayHenTra: '', TrangThaiHoSo: '4', ChuHoSo: 'Nguyễn Văn A' });
 * r.ok ? r.value : null;
 * // => { id: 'G09-1', procedureId: '1.005129', departmentId: 'G09', channel: 'online', receivedAt: '2025-03-03T09:00:00+07:00' }
 * ```
 * @category Input
 */
export function parseDvcqgDossier(record: unknown, options?: DvcqgOptions): Result<Dossier> {
  const o = resolve(options);
  const m = mapDvcqgRecord(asRaw(record), o);
  if (m.excluded !== undefined) return { ok: false, issues: [m.excluded] };
  const [first, ...rest] = m.issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  const r = createDossierIngest({ locale: o.locale }).accept(record === null || typeof record !== 'object' ? record : m.candidate, { index: 0 });
  if (r.ok) return { ok: true, value: r.value };
  const [f, ...more] = r.rejected.issues.map((i) => ({ ...i, path: i.path.slice(1) }));
  return { ok: false, issues: [f as Issue, ...more] };
}

/**
 * Reads a batch of portal sync records (the `DongBoHoSoMC` message or its `data` array) with their
 * progress items joined by `MaHoSo` into steps (a step starts at its item's `ThoiDiemXuLy` and ends
 * at the next item's; its allotted hours come from `stepHours`, or with `calendar` the working time
 * from `NgayBatDau` to `NgayKetThucTheoQuyDinh`). Every record is accounted for: a dossier, an excluded record (never
 * received, with the reason) or a rejected record (with its issues).
 * @param records - The message or the array of HoSo.
 * @param options - Progress items, locale, code table, applicant key, duplicate-id rule.
 * @returns Dossiers, excluded and rejected records, and the progress items not joined.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_reader_option`) When `records` or `progress` is neither an array nor a message with `data`, or on a bad option.
 * @example
 * ```ts
 * import { parseDvcqgDossiers } from 'reform-rules/io';
 * const r = parseDvcqgDossiers({ service: 'DongBoHoSoMC', data: [
 *   { MaHoSo: 'A', MaTTHC: '1.005129', DonViXuLy: 'G09', KenhThucHien: '1', NgayTiepNhan: '20250303090000', TrangThaiHoSo: '2' },
 *   { MaHoSo: 'B', MaTTHC: '1.005129', DonViXuLy: 'G09', KenhThucHien: '2', NgayTiepNhan: '', TrangThaiHoSo: '1' }] });
 * [r.value.length, r.excluded.length, r.rejected.length]; // => [1, 1, 0]
 * ```
 * @category Input
 */
export function parseDvcqgDossiers(records: unknown, options?: DvcqgBatchOptions): DvcqgBatchResult {
  const o = resolve(options);
  const list = dataOf(records);
  if (list === undefined) raise('invalid_reader_option', { field: 'records', expected: 'an array of HoSo or a DongBoHoSoMC message { data: [...] }', expectedVi: 'một mảng HoSo hoặc thông điệp DongBoHoSoMC { data: [...] }', received: records });
  const progress = options?.progress === undefined ? [] : dataOf(options.progress);
  if (progress === undefined) raise('invalid_reader_option', { field: 'progress', expected: 'an array of progress items or a CapNhatTienDoHoSoMC message { data: [...] }', expectedVi: 'một mảng mục tiến độ hoặc thông điệp CapNhatTienDoHoSoMC', received: options?.progress });
  const progressRejected: RejectedRecord[] = [];
  const byCode = indexProgress(progress, o.locale, progressRejected);
  const ingest = createDossierIngest({ locale: o.locale, duplicateIds: options?.duplicateIds });
  const value: Dossier[] = [];
  const rejected: RejectedRecord[] = [];
  const excluded: ExcludedRecord[] = [];
  const t = { stepHours: options?.stepHours, calendar: options?.calendar, locale: o.locale };
  list.forEach((record, index) => {
    const m = mapDvcqgRecord(asRaw(record), o);
    const code = codeText(asRaw(record)['MaHoSo']);
    const entries = code === undefined ? undefined : byCode.get(code);
    if (m.excluded !== undefined) return void excluded.push({ index, ...(code === undefined ? {} : { id: code }), reason: m.excluded });
    const [first, ...rest] = m.issues;
    if (first !== undefined) return void rejected.push({ index, ...(code === undefined ? {} : { id: code }), input: m.candidate, issues: [first, ...rest].map((i) => ({ ...i, path: [index, ...i.path] })) as [Issue, ...Issue[]] });
    const candidate = record === null || typeof record !== 'object' ? record : m.candidate;
    if (entries !== undefined && candidate === m.candidate) {
      const steps = stepsOf(entries, t, progressRejected);
      if (steps.length > 0) m.candidate['steps'] = steps;
      byCode.delete(code as string);
    }
    const r = ingest.accept(candidate, { index });
    if (r.ok) value.push(r.value);
    else rejected.push(r.rejected);
  });
  for (const entries of byCode.values()) {
    for (const { item, index } of entries) progressRejected.push({ index, input: item, issues: [createIssue('progress_unmatched', [index, 'MaHoSo'], { field: 'MaHoSo', received: item['MaHoSo'] }, o.locale)] });
  }
  progressRejected.sort((a, b) => a.index - b.index);
  return { ok: rejected.length === 0, value, rejected, issues: rejected.flatMap((r) => r.issues), excluded, progressRejected };
}

