/**
 * The dossier CSV layouts: the library's English columns and one-stop exports with Vietnamese
 * headers (alias table, export dates, value tables), or any export through a mapping. Each row
 * becomes a dossier-shaped object for `parseDossier`; personal data is recognised and dropped.
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import { parseInstant } from '../_lib/instant';
import type { DossierCsvRole, HeaderMatch } from './dossierCsvHeaders';
import { aliasTable, closestHeader, knownHeaders, normaliseHeader } from './dossierCsvHeaders';
import type { DossierCsvMapping, DossierCsvStatus } from './dossierCsvMapping';
import { parseDossierCsvMapping } from './dossierCsvMapping';
import type { ExportDateFormat } from './exportDates';
import { readExportInstant } from './exportDates';
import type { CsvOptions, ResolvedCsvOptions } from './readCsv';
import { csvFromText, resolveCsvOptions } from './readCsv';
import { decodeSource } from './decode';
import type { ReadRecord } from './records';
import { preview } from './records';
import type { ReaderSource } from './source';
import { checkSource } from './source';

/**
 * Options of {@link readDossierCsv}.
 * @example
 * ```ts
 * import type { DossierCsvOptions } from 'reform-rules/io';
 * const options: DossierCsvOptions = { procedureIds: { 'Cấp giấy phép xây dựng': 'XD-01' } };
 * ```
 * @category Input
 */
export interface DossierCsvOptions extends CsvOptions {
  /** How to read an export the alias table does not know (validated; see `docs/inputs.md`). */
  readonly mapping?: DossierCsvMapping;
  /** Procedure name → procedure id, for exports that name the procedure (`Tên TTHC`) without its code. */
  readonly procedureIds?: Readonly<Record<string, string>>;
}

const DATE_ROLES = new Set<DossierCsvRole>(['receivedAt', 'dueAt', 'supplementRequestedAt', 'supplementReceivedAt', 'supplementRequestedAt2', 'supplementReceivedAt2', 'apologyAt', 'apologyNewDueAt', 'endAt', 'returnedAt']);
const REQUIRED: readonly DossierCsvRole[] = ['id', 'procedureId', 'departmentId', 'channel', 'receivedAt'];

/** Built-in value tables, by normalised value. The status names are the portal's (formats.md § 1.1; code 6 is disputed and left out). */
const CHANNELS: Readonly<Record<string, string>> = { tructiep: 'direct', tructuyen: 'online', buuchinh: 'postal', buuchinhcongich: 'postal', direct: 'direct', online: 'online', postal: 'postal', '1': 'direct', '2': 'online', '3': 'postal' };
const LEVELS: Readonly<Record<string, string>> = { toantrinh: 'full', motphan: 'partial', full: 'full', partial: 'partial' };
const STATUSES: Readonly<Record<string, DossierCsvStatus>> = {
  moidangky: 'not_received', '1': 'not_received', duoctiepnhan: 'pending', '2': 'pending', khongduoctiepnhan: 'not_received', '3': 'not_received',
  dangxuly: 'pending', '4': 'pending', yeucaubosunggiayto: 'pending', '5': 'pending', congdanyeucauruthoso: 'withdrawn', ruthoso: 'withdrawn',
  '7': 'withdrawn', dungxuly: 'stopped', '8': 'stopped', daxulyxong: 'processed', '9': 'processed', datraketqua: 'returned', '10': 'returned',
};

/** What a column's cells become: left out, an issue (a value under an unnamed header), a date, a channel, an online level, or the text itself. */
const enum Kind {
  Skip,
  Unnamed,
  Date,
  Channel,
  Level,
  Text,
}

/** The roles whose cells a row keeps, each with a slot of the per-row cell array. */
const SLOTS = ['id', 'procedureId', 'procedureName', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt', 'processingDays', 'supplementRequestedAt', 'supplementReceivedAt', 'supplementRequestedAt2', 'supplementReceivedAt2', 'apologyAt', 'apologyNewDueAt', 'endKind', 'endAt', 'returnedAt', 'status'] as const;
type SlotRole = (typeof SLOTS)[number];
const SLOT: Readonly<Record<SlotRole, number>> = Object.fromEntries(SLOTS.map((r, i) => [r, i])) as Record<SlotRole, number>;

/** The converted cells of one row, by {@link SLOT}. */
type Cells = (string | undefined)[];

/** @internal The column plan: which header holds which role, how its cells convert, and what the header row lacks. */
export interface Plan {
  readonly columns: readonly { header: string; role: DossierCsvRole | 'unnamed'; dates: ExportDateFormat; kind: Kind; slot: number }[];
  readonly has: ReadonlySet<DossierCsvRole>;
  readonly values: { channel: { get(cell: string): string | undefined }; onlineLevel: { get(cell: string): string | undefined }; status: { get(cell: string): DossierCsvStatus | undefined } };
  /** The required fields no column holds (each row is rejected naming them: the source cannot express them). */
  readonly missing: readonly DossierCsvRole[];
}

function kindOf(role: DossierCsvRole | 'unnamed'): Kind {
  if (role === 'unnamed') return Kind.Unnamed;
  if (role === 'personal' || role === 'ignore') return Kind.Skip;
  if (DATE_ROLES.has(role)) return Kind.Date;
  return role === 'channel' ? Kind.Channel : role === 'onlineLevel' ? Kind.Level : Kind.Text;
}

/** A value table: looks a cell up by its normalised form, remembering each raw cell seen. */
function valueMap(base: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> | undefined): { get(cell: string): string | undefined } {
  const m = new Map(Object.entries(base));
  for (const [k, v] of Object.entries(extra ?? {})) m.set(normaliseHeader(k), v);
  // Each raw cell seen, with its value (null: none), so a repeated cell is one lookup.
  const seen = new Map<string, string | null>();
  return {
    get(cell) {
      const known = seen.get(cell);
      if (known !== undefined) return known ?? undefined;
      const v = m.get(normaliseHeader(cell));
      if (seen.size < 10_000) seen.set(cell, v ?? null);
      return v;
    },
  };
}

/** @internal Resolves the header row; an unknown header throws `unknown_header` with the closest match. */
export function planColumns(headers: readonly string[], mapping: DossierCsvMapping | undefined): Plan {
  const mapped = new Map<string, HeaderMatch>();
  for (const [h, role] of Object.entries(mapping?.columns ?? {})) mapped.set(normaliseHeader(h), { role, english: false });
  const table = aliasTable();
  const dateFormat = mapping?.dateFormat ?? 'auto';
  const has = new Set<DossierCsvRole>();
  const columns = headers.map((header) => {
    if (/^#\d+$/.test(header)) return { header, role: 'unnamed' as const, dates: dateFormat, kind: Kind.Unnamed, slot: -1 };
    const key = normaliseHeader(header);
    const m = mapped.get(key) ?? table.get(key);
    if (m === undefined) {
      const known = [...knownHeaders(), ...Object.keys(mapping?.columns ?? {})];
      raise('unknown_header', { received: header, closest: closestHeader(header, known), expected: known.join(', ') });
    }
    if (m.role !== 'personal' && m.role !== 'ignore') {
      if (has.has(m.role)) raise('invalid_csv_header', { line: 1, detail: `two columns hold ${m.role}`, detailVi: `hai cột cùng chứa ${m.role}`, received: header });
      has.add(m.role);
    }
    const kind = kindOf(m.role);
    return { header, role: m.role, dates: m.english ? ('iso' as const) : dateFormat, kind, slot: kind === Kind.Skip ? -1 : SLOT[m.role as SlotRole] };
  });
  const values = {
    channel: valueMap(CHANNELS, mapping?.values?.channel),
    onlineLevel: valueMap(LEVELS, mapping?.values?.onlineLevel),
    status: valueMap(STATUSES, mapping?.values?.status) as { get(cell: string): DossierCsvStatus | undefined },
  };
  // A source without a channel column (a register, some exports) says "not recorded": 'unknown', never a guess.
  const missing = REQUIRED.filter((role) => role !== 'channel' && !has.has(role) && !(role === 'procedureId' && has.has('procedureName')));
  return { columns, has, values, missing };
}

/** The cells of a row (`row[i]` under the plan's column `i`) by slot, converted: dates to ISO where recognised, values through the tables. */
function cellsOf(row: readonly string[], plan: Plan, issues: Issue[], o: ResolvedCsvOptions): Cells {
  const cells: Cells = new Array<string | undefined>(SLOTS.length).fill(undefined);
  const columns = plan.columns;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as Plan['columns'][number];
    if (c.kind === Kind.Skip) continue;
    const raw = row[i];
    const v = raw === undefined ? '' : raw.trim();
    if (v === '') continue;
    switch (c.kind) {
      case Kind.Unnamed:
        issues.push(createIssue('unnamed_column_value', [c.header], { field: c.header, received: preview(v, o.preview) }, o.locale));
        continue;
      case Kind.Date:
        cells[c.slot] = readExportInstant(v, c.dates) ?? v;
        continue;
      case Kind.Channel:
        cells[c.slot] = plan.values.channel.get(v) ?? v;
        continue;
      case Kind.Level:
        cells[c.slot] = plan.values.onlineLevel.get(v) ?? v;
        continue;
      default:
        cells[c.slot] = v;
    }
  }
  return cells;
}

/** The end of a row from its status, end kind and dates; pushes an issue when they say what cannot be read. */
function endOf(cells: Cells, plan: Plan, issues: Issue[], o: ResolvedCsvOptions): { kind: string; at: string | undefined } | undefined | 'not_received' {
  const status = cells[SLOT.status];
  let kind = cells[SLOT.endKind];
  if (status !== undefined) {
    const s = plan.values.status.get(status);
    if (s === undefined) {
      issues.push(createIssue('unknown_value', ['status'], { field: 'status', received: status, expected: 'the portal status names (docs/inputs.md) or a mapping' }, o.locale));
      return undefined;
    }
    if (s === 'not_received') {
      issues.push(createIssue('not_received', ['status'], { field: 'status', received: status }, o.locale));
      return 'not_received';
    }
    if (kind === undefined && s !== 'pending') kind = s === 'returned' ? 'processed' : s;
  }
  const at = cells[SLOT.endAt];
  if (kind === undefined && at === undefined) return undefined;
  if (at === undefined) {
    issues.push(createIssue('required', ['endAt'], { field: 'endAt' }, o.locale));
  }
  return { kind: kind ?? 'processed', at };
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

type RowEvent = { type: string; at: string; newDueAt?: string };

/** Adds an event at `at` (a cell; none when the cell is empty). */
function pushEvent(events: RowEvent[], type: string, at: string | undefined, newDueAt?: string): void {
  if (at !== undefined) events.push(newDueAt === undefined ? { type, at } : { type, at, newDueAt });
}

function eventTime(e: RowEvent): number | undefined {
  const x = parseInstant(e.at);
  return typeof x === 'number' ? x : undefined;
}

/** The events of a row, ordered by time (stable; an unreadable date keeps its place), as the schema requires. */
function eventsOf(cells: Cells, end: { kind: string; at: string | undefined } | undefined): RowEvent[] {
  const events: RowEvent[] = [];
  pushEvent(events, 'supplement-requested', cells[SLOT.supplementRequestedAt]);
  pushEvent(events, 'supplement-received', cells[SLOT.supplementReceivedAt]);
  pushEvent(events, 'supplement-requested', cells[SLOT.supplementRequestedAt2]);
  pushEvent(events, 'supplement-received', cells[SLOT.supplementReceivedAt2]);
  pushEvent(events, 'apology', cells[SLOT.apologyAt], cells[SLOT.apologyNewDueAt]);
  if (end !== undefined) pushEvent(events, end.kind, end.at);
  pushEvent(events, 'returned', cells[SLOT.returnedAt]);
  if (events.length < 2) return events;
  // Each instant read once (not once per comparison).
  const times = events.map(eventTime);
  const order = events.map((_, i) => i);
  order.sort((a, b) => {
    const x = times[a];
    const y = times[b];
    return x !== undefined && y !== undefined ? x - y : 0;
  });
  return order.map((i) => events[i] as RowEvent);
}

/** The procedure id of a row: its code, or its name through `procedureIds`. */
function procedureOf(cells: Cells, ids: ReadonlyMap<string, string> | undefined, issues: Issue[], o: ResolvedCsvOptions): string | undefined {
  const id = cells[SLOT.procedureId];
  if (id !== undefined) return id;
  const name = cells[SLOT.procedureName];
  if (name === undefined) return undefined;
  const found = ids?.get(normaliseHeader(name));
  if (found === undefined) issues.push(createIssue('unknown_value', ['procedureName'], { field: 'procedureName', received: name, expected: ids === undefined ? 'none (give the option procedureIds: name → id)' : `the ${ids.size} names of procedureIds` }, o.locale));
  return found;
}

/** The fields a row copies as they are, in the order of the dossier's keys (the procedure after the id, the channel `'unknown'` when empty). */
const COPIED = ['id', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt'] as const;

/**
 * @internal Maps one row (`row[i]`: the cell under the plan's column `i`) to a dossier-shaped object
 * (for `parseDossier`), or issues. Empty cells are absent fields; a cell that is not in a recognised
 * form is passed as it is, so validation names it.
 */
export function rowToDossier(row: readonly string[], plan: Plan, ids: ReadonlyMap<string, string> | undefined, o: ResolvedCsvOptions): { value: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  for (const role of plan.missing) {
    issues.push(createIssue('missing_column', [role], { field: role, hint: 'add the column or map one to it', hintVi: 'thêm cột hoặc ánh xạ một cột vào trường này' }, o.locale));
  }
  const cells = cellsOf(row, plan, issues, o);
  const out: Record<string, unknown> = {};
  const procedureId = procedureOf(cells, ids, issues, o);
  for (const role of COPIED) {
    const v = cells[SLOT[role]];
    if (v !== undefined) out[role] = v;
    if (role === 'id' && procedureId !== undefined) out['procedureId'] = procedureId;
    if (role === 'channel' && v === undefined) out['channel'] = 'unknown';
  }
  const days = cells[SLOT.processingDays];
  if (days !== undefined) out['processingDays'] = NUMERIC.test(days) ? Number(days) : days;
  const end = endOf(cells, plan, issues, o);
  if (end === 'not_received') return { value: out, issues };
  const events = eventsOf(cells, end);
  if (events.length > 0) out['events'] = events;
  return { value: out, issues };
}

/** @internal Checks the dossier CSV options. */
export function resolveDossierOptions(options: DossierCsvOptions | undefined): { o: ResolvedCsvOptions; mapping: DossierCsvMapping | undefined; ids: Map<string, string> | undefined } {
  const o = resolveCsvOptions(options);
  let mapping: DossierCsvMapping | undefined;
  if (options?.mapping !== undefined) {
    const r = parseDossierCsvMapping(options.mapping, { locale: o.locale });
    if (!r.ok) raise('invalid_mapping', { field: 'mapping', detail: r.issues.map((i) => i.message).join('; '), received: options.mapping }, { issues: r.issues });
    mapping = r.value;
  }
  const p = options?.procedureIds;
  if (p !== undefined && (p === null || typeof p !== 'object' || Object.values(p).some((v) => typeof v !== 'string'))) {
    raise('invalid_reader_option', { field: 'procedureIds', expected: 'an object of procedure name → id', expectedVi: 'một đối tượng tên thủ tục → mã', received: p });
  }
  const ids = p === undefined ? undefined : new Map(Object.entries(p).map(([k, v]) => [normaliseHeader(k), v]));
  return { o, mapping, ids };
}

/**
 * Reads dossiers from CSV: the English layout of `docs/cli.md` (strict ISO instants) or a one-stop
 * export with Vietnamese headers (the alias table {@link DOSSIER_CSV_HEADER_ALIASES}, any case, with
 * or without diacritics; dates `dd/MM/yyyy[ HH:mm[:ss]]`, `yyyy-MM-dd[ HH:mm[:ss]]` in Vietnam time
 * or ISO with offset; channel values `Trực tiếp`, `Trực tuyến`, `Bưu chính`), or any export through
 * `options.mapping`. Each accepted record is a dossier-shaped object for `parseDossier` (validation
 * is the ingest step's job). Personal-data columns (`Chủ hồ sơ`, `Số điện thoại`, `Địa chỉ`,
 * `CCCD`...) are recognised and never copied. A row the layout cannot express (a required column
 * missing from the source, an unknown status, a status meaning "never received") is a
 * {@link RejectedLine} naming the field; nothing is guessed.
 *
 * @param source - The text, bytes or chunks.
 * @param options - Mapping, procedure names, and the CSV reader options.
 * @returns The rows in order: rows = accepted + rejected.
 * @throws `ReformRulesError` (from `reform-rules`) (code `unknown_header`) When a header is neither in the table nor in the mapping (the message lists the known headers and the closest one).
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_mapping`) When `options.mapping` does not follow {@link DOSSIER_CSV_MAPPING_SCHEMA}.
 * @throws `ReformRulesError` (from `reform-rules`) (code `invalid_csv_header`) When two columns hold the same field or the header row is unusable.
 * @example
 * ```ts
 * import { readDossierCsv } from 'reform-rules/io';
 * const csv = 'Mã hồ sơ;Mã TTHC;Phòng;Kênh;Ngày tiếp nhận;Chủ hồ sơ\nHS-1;XD-01;QLDT;Trực tuyến;03/03/2025 09:00;Nguyễn Văn A\n';
 * for await (const r of readDossierCsv(csv)) if (r.ok) r.value;
 * // => { id: 'HS-1', procedureId: 'XD-01', departmentId: 'QLDT', channel: 'online', receivedAt: '2025-03-03T09:00:00+07:00' }
 * ```
 * @category Input
 */
export async function* readDossierCsv(source: ReaderSource, options?: DossierCsvOptions): AsyncGenerator<ReadRecord<Record<string, unknown>>> {
  checkSource(source);
  const { o, mapping, ids } = resolveDossierOptions(options);
  let plan: Plan | undefined;
  const toRecord = (row: readonly string[], line: number): ReadRecord<Record<string, unknown>> => {
    const { value, issues } = rowToDossier(row, plan as Plan, ids, o);
    if (issues.length === 0) return { ok: true, line, value };
    const [first, ...rest] = issues as [Issue, ...Issue[]];
    const id = typeof value['id'] === 'string' ? value['id'] : undefined;
    const input = preview(Object.entries(value).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', '), o.preview);
    return id === undefined ? { ok: false, line, input, issues: [first, ...rest] } : { ok: false, line, id, input, issues: [first, ...rest] };
  };
  const withheld = (): boolean => plan?.columns.some((c) => c.role === 'personal') === true;
  for await (const r of csvFromText(decodeSource(source), o, (headers) => (plan = planColumns(headers, mapping)), toRecord)) {
    // A row that could not be split into cells may hold personal data that cannot be told apart: withhold its text.
    yield !r.ok && r.input !== '' && withheld() && r.issues[0].code !== 'missing_column' && !Object.hasOwn(r, 'id') ? { ...r, input: '(withheld: the row may hold personal data)' } : r;
  }
}
