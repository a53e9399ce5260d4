/**
 * One portal sync record (`DongBoHoSoMC` HoSo) → a dossier-shaped candidate for the ingest step.
 * Personal data (ChuHoSo, SoGiayToChuHoSo, DinhDanhCHS, Email, SoDienThoai, Fax, addresses,
 * ThongTinKhac, TrichYeuHoSo) is never copied.
 * @internal
 * @module
 */
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { parseInstant } from '../_lib/instant';
import type { DossierCsvStatus } from './dossierCsvMapping';
import { codeText, DVCQG_CHANNEL_CODES, flag, portalTime } from './dvcqgCodes';

/** @internal A record as a plain object (anything else: empty). */
export type Raw = Readonly<Record<string, unknown>>;

/** @internal What one record became: a candidate, or the reason it is excluded, plus issues. */
export interface Mapped {
  readonly candidate: Record<string, unknown>;
  readonly issues: Issue[];
  readonly excluded?: Issue;
}

/** @internal Resolved options of the record mapping. */
export interface MapOptions {
  readonly locale: Locale;
  readonly codes: Readonly<Record<string, DossierCsvStatus>>;
  readonly applicantKey: ((record: Raw) => string | undefined) | undefined;
}

const END_KINDS: ReadonlySet<string> = new Set(['processed', 'returned', 'stopped', 'withdrawn', 'rejected']);

type Event = { type: string; at: string; previousDueAt?: string; newDueAt?: string };

const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter((x): x is Raw => x !== null && typeof x === 'object') : []);
const text = (v: unknown): string | undefined => codeText(v);

/** The end events of a record from its status code and end times. */
function endEvents(r: Raw, status: DossierCsvStatus, o: MapOptions, issues: Issue[]): Event[] {
  const end = portalTime(r['NgayKetThucXuLy']);
  const returned = portalTime(r['NgayTra']);
  const out: Event[] = [];
  const need = (field: string): void => void issues.push(createIssue('required', [field], { field }, o.locale));
  if (status === 'processed' || status === 'returned') {
    if (end !== undefined) out.push({ type: 'processed', at: end });
    if (returned !== undefined && (status === 'returned' || end !== undefined)) out.push({ type: 'returned', at: returned });
    if (status === 'processed' && end === undefined) need('NgayKetThucXuLy');
    if (status === 'returned' && out.length === 0) need('NgayTra');
  } else if (status === 'withdrawn' || status === 'stopped' || status === 'rejected') {
    const at = end ?? returned;
    if (at === undefined) need('NgayKetThucXuLy');
    else out.push({ type: status, at });
  }
  return out;
}

/** Every supplementation request and re-submission, with the appointment before and after. */
function supplementEvents(r: Raw): Event[] {
  const out: Event[] = [];
  for (const s of list(r['DanhSachHoSoBoSung'])) {
    const asked = portalTime(s['NgayBoSung']);
    if (asked !== undefined) out.push({ type: 'supplement-requested', at: asked });
    const back = portalTime(s['NgayTiepNhanBoSung']);
    if (back === undefined) continue;
    const before = portalTime(s['NgayHenTraTruoc']);
    const after = portalTime(s['NgayHenTraMoi']);
    out.push({ type: 'supplement-received', at: back, ...(before === undefined ? {} : { previousDueAt: before }), ...(after === undefined ? {} : { newDueAt: after }) });
  }
  return out;
}

/** Events in time order (stable; unreadable instants keep their place so validation names them). */
function ordered(events: Event[]): Event[] {
  const t = (at: string): number | undefined => {
    const x = parseInstant(at);
    return typeof x === 'number' ? x : undefined;
  };
  return events.sort((a, b) => {
    const x = t(a.at);
    const y = t(b.at);
    return x !== undefined && y !== undefined ? x - y : 0;
  });
}

/** The digitisation facts the record carries, or `undefined` when it carries none. */
function digitisationOf(r: Raw): Record<string, unknown> | undefined {
  const d: Record<string, unknown> = {};
  const components = flag(r['HoSoCoThanhPhanSoHoa']);
  if (components !== undefined) d['digitisedComponents'] = components;
  if (Array.isArray(r['TaiLieuNop'])) {
    const docs = list(r['TaiLieuNop']).filter((x) => flag(x['IsDeleted']) !== true);
    d['documentsSubmitted'] = docs.length;
    d['documentsDigitised'] = docs.filter((x) => flag(x['DuocSoHoa']) === true).length;
    d['documentsReused'] = docs.filter((x) => flag(x['DuocLayTuKhoDMQG']) === true || flag(x['DuocTaiSuDung']) === true).length;
  }
  if (Array.isArray(r['DanhSachGiayToKetQua'])) {
    d['electronicResult'] = list(r['DanhSachGiayToKetQua']).some((x) => text(x['DuongDanTepTinKetQua']) !== undefined || text(x['MaGiayToKetQua']) !== undefined);
  }
  const vneid = flag(r['TaiKhoanDuocXacThucVoiVNeID']);
  if (vneid !== undefined) d['vneidVerified'] = vneid;
  return Object.keys(d).length === 0 ? undefined : d;
}

/** The fees of the record (`DanhSachLePhi`), when it has the list. */
function feesOf(r: Raw): Record<string, unknown>[] | undefined {
  if (!Array.isArray(r['DanhSachLePhi'])) return undefined;
  return list(r['DanhSachLePhi']).map((f) => {
    const code = text(f['MaPhiLePhi']);
    const name = text(f['TenPhiLePhi']);
    const g = f['Gia'];
    const amount = typeof g === 'string' && /^\d+$/.test(g.trim()) ? Number(g) : g;
    return { ...(code === undefined ? {} : { code }), ...(name === undefined ? {} : { name }), amount };
  });
}

/** The personal-data values of a record, to check that an applicant key is none of them. */
function personalValues(r: Raw): Set<string> {
  const out = new Set<string>();
  for (const k of ['ChuHoSo', 'SoGiayToChuHoSo', 'Email', 'SoDienThoai', 'Fax']) {
    const v = text(r[k]);
    if (v !== undefined) out.add(v);
  }
  for (const x of list(r['DinhDanhCHS'])) {
    const v = text(x['SoDinhDanh']);
    if (v !== undefined) out.add(v);
  }
  return out;
}

/** The channel, the status and the identity fields. */
function heading(r: Raw, o: MapOptions, out: Record<string, unknown>, issues: Issue[]): DossierCsvStatus | undefined {
  const put = (key: string, v: unknown): void => void (v === undefined ? undefined : (out[key] = v));
  put('id', text(r['MaHoSo']) ?? r['MaHoSo']);
  put('procedureId', text(r['MaTTHC']) ?? r['MaTTHC']);
  const unit = text(r['DonViXuLy']);
  put('departmentId', unit ?? r['DonViXuLy']);
  const channel = codeText(r['KenhThucHien']);
  if (channel === undefined) out['channel'] = 'unknown';
  else if (Object.hasOwn(DVCQG_CHANNEL_CODES, channel)) out['channel'] = DVCQG_CHANNEL_CODES[channel];
  else issues.push(createIssue('unknown_value', ['KenhThucHien'], { field: 'KenhThucHien', received: r['KenhThucHien'], expected: '1 (trực tiếp), 2 (trực tuyến), 3 (bưu chính công ích), or empty (unknown)' }, o.locale));
  put('receivedAt', portalTime(r['NgayTiepNhan']));
  put('submittedAt', portalTime(r['NgayNopHoSo']));
  put('dueAt', portalTime(r['NgayHenTra']));
  const receiving = text(r['NoiNopHoSo']);
  if (receiving !== undefined && receiving !== unit) out['receivingUnitId'] = receiving;
  const code = codeText(r['TrangThaiHoSo']);
  const status = code === undefined ? undefined : Object.hasOwn(o.codes, code) ? o.codes[code] : undefined;
  if (code !== undefined && status === undefined) {
    issues.push(createIssue('unknown_value', ['TrangThaiHoSo'], { field: 'TrangThaiHoSo', received: r['TrangThaiHoSo'], expected: `the codes ${Object.keys(o.codes).join(', ')} (option codeTable)` }, o.locale));
  }
  return status;
}

/** @internal Maps one portal record to a dossier candidate. */
export function mapDvcqgRecord(r: Raw, o: MapOptions): Mapped {
  const issues: Issue[] = [];
  const out: Record<string, unknown> = {};
  const status = heading(r, o, out, issues);
  if (status === 'not_received') {
    return { candidate: out, issues, excluded: createIssue('not_received', ['TrangThaiHoSo'], { field: 'TrangThaiHoSo', received: r['TrangThaiHoSo'] }, o.locale) };
  }
  if (flag(r['DuocThanhToanTrucTuyen']) === true || codeText(r['DuocThanhToanTrucTuyen']) === '2') out['paymentChannel'] = 'online';
  if (codeText(r['HinhThuc']) === '1') out['resultDelivery'] = 'post';
  const fees = feesOf(r);
  if (fees !== undefined) out['fees'] = fees;
  const digitisation = digitisationOf(r);
  if (digitisation !== undefined) out['digitisation'] = digitisation;
  if (o.applicantKey !== undefined) {
    const key = o.applicantKey(r);
    if (key !== undefined && personalValues(r).has(key)) issues.push(createIssue('applicant_key_personal', ['applicantKey'], { field: 'applicantKey' }, o.locale));
    else if (key !== undefined) out['applicantKey'] = key;
  }
  const events = [...supplementEvents(r), ...(status === undefined ? [] : endEvents(r, status, o, issues))];
  const refused = portalTime(r['NgayTuChoi']);
  if (refused !== undefined && !events.some((e) => END_KINDS.has(e.type))) events.push({ type: 'rejected', at: refused });
  if (events.length > 0) out['events'] = ordered(events);
  return { candidate: out, issues };
}
