import { describeValue as d } from '../describe';
import type { MessagePair } from './types';

/** Messages of the command line. @internal */
export const cliMessages = {
  cli_usage: {
    en: (p) => `${p['detail']}`,
    vi: (p) => `${p['detail']}`,
  },
  file_not_found: {
    en: (p) => `cannot read ${d(p.received)}: ${p['reason']}`,
    vi: (p) => `không đọc được tệp ${d(p.received)}: ${p['reason']}`,
  },
  malformed_input: {
    en: (p) => `${p['file']}:${p['line']}: ${p['detail']}`,
    vi: (p) => `${p['file']}, dòng ${p['line']}: ${p['detail']}`,
  },
  unknown_column: {
    en: (p) => `${p['file']}:1: unknown column ${d(p.received)}; the dossier CSV columns are ${p['expected']}`,
    vi: (p) => `${p['file']}, dòng 1: cột ${d(p.received)} không hợp lệ; các cột của tệp hồ sơ CSV là ${p['expected']}`,
  },
} satisfies Record<string, MessagePair>;
