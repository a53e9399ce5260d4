import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

const WHY_EN: Readonly<Record<string, string>> = {
  no_dossier: 'no dossier with this id was read',
  dossier_rejected: 'its dossier was rejected',
  dossier_has_steps: 'its dossier already has steps',
  already_joined: 'its dossier id was already joined to an earlier record',
  incomplete_slip: 'another row of the same slip could not be read, so its steps would be wrong',
};
const WHY_VI: Readonly<Record<string, string>> = {
  no_dossier: 'không có hồ sơ nào mang mã này',
  dossier_rejected: 'hồ sơ của phiếu đã bị loại',
  dossier_has_steps: 'hồ sơ của phiếu đã có các bước xử lý',
  already_joined: 'mã hồ sơ đã được ghép với một bản ghi trước',
  incomplete_slip: 'một dòng khác của cùng phiếu không đọc được, nên các bước sẽ sai',
};

/** Messages of the handover slip reader (Phiếu kiểm soát quá trình giải quyết hồ sơ, `src/io/handoverSlips.ts`). @internal */
export const slipsMessages = {
  slip_unmatched: {
    en: (p) => `handover slip line ${p['line']}: the row of dossier ${d(p.received)} was not used: ${WHY_EN[String(p['why'])] ?? String(p['why'])}`,
    vi: (p) => `phiếu kiểm soát dòng ${p['line']}: dòng của hồ sơ ${d(p.received)} không được dùng: ${WHY_VI[String(p['why'])] ?? String(p['why'])}`,
  },
} satisfies Record<string, MessagePair>;
