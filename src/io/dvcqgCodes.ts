/**
 * The code tables and the time format of the national portal's dossier sync records (Cổng DVCQG,
 * `DongBoHoSoMC` / `CapNhatTienDoHoSoMC`).
 * @module
 */
import { isValidCivil } from '../_lib/civilDate';
import type { DossierCsvStatus } from './dossierCsvMapping';

/**
 * What each `TrangThaiHoSo` code means for counting. Source: `formats.md` § 1.1 of the project
 * references (several independent one-stop codebases agree; the portal's own specification text
 * was not found: confidence MEDIUM–HIGH, as of 2026-12). **Code 6 is disputed**: most systems read
 * «Yêu cầu thực hiện nghĩa vụ tài chính» (waiting for payment, still open: `'pending'`), one reads
 * «Hồ sơ đã bổ sung giấy tờ» (also open), one provincial system's reports count it as stopped. The
 * default is `'pending'`; the agency must confirm what its system sends and override the table
 * with the `codeTable` option (e.g. `{ '6': 'stopped' }`). Codes 1 «Mới đăng ký» and 3 «Không được
 * tiếp nhận» mean the dossier was never received: such records are excluded, with their reason.
 * @example
 * ```ts
 * import { DVCQG_STATUS_CODES } from 'reform-rules/io';
 * DVCQG_STATUS_CODES['9']; // => 'processed'
 * ```
 * @category Input
 */
export const DVCQG_STATUS_CODES: Readonly<Record<string, DossierCsvStatus>> = {
  '1': 'not_received',
  '2': 'pending',
  '3': 'not_received',
  '4': 'pending',
  '5': 'pending',
  '6': 'pending',
  '7': 'withdrawn',
  '8': 'stopped',
  '9': 'processed',
  '10': 'returned',
};

/**
 * The `KenhThucHien` codes (HIGH, `formats.md` § 1.1): 1 in person, 2 online, 3 public post. An
 * empty or absent channel is `'unknown'`: the portal's methodology counts it as in person, the
 * library never guesses.
 * @example
 * ```ts
 * import { DVCQG_CHANNEL_CODES } from 'reform-rules/io';
 * DVCQG_CHANNEL_CODES['2']; // => 'online'
 * ```
 * @category Input
 */
export const DVCQG_CHANNEL_CODES: Readonly<Record<string, 'direct' | 'online' | 'postal'>> = { '1': 'direct', '2': 'online', '3': 'postal' };

const PORTAL_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const SPACED_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * @internal The ISO instant (+07:00) of a portal time (`yyyyMMddHHmmss`, or the 2026 ministry
 * channel's `yyyy-MM-dd HH:mm:ss`), in Vietnam time; `undefined` for "no value" (absent, null or
 * ''); any other text is returned as it is, so validation names it.
 */
export function portalTime(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return v as string;
  const t = v.trim();
  if (t === '') return undefined;
  const m = PORTAL_TIME.exec(t) ?? SPACED_TIME.exec(t);
  if (m === null) return t;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (!isValidCivil(y, mo, d) || h > 23 || mi > 59 || s > 59) return t;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+07:00`;
}

/** @internal A 0/1 flag (number, string or boolean) as a boolean; `undefined` when absent or empty. */
export function flag(v: unknown): boolean | undefined {
  if (v === true || v === 1 || v === '1' || v === 'true' || v === 'True') return true;
  if (v === false || v === 0 || v === '0' || v === 'false' || v === 'False') return false;
  return undefined;
}

/** @internal A code cell as text: numbers as their digits, empty as `undefined`. */
export function codeText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}
