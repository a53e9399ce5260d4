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
  output_unwritable: {
    en: (p) => `cannot write ${d(p.received)}: ${p['reason']}`,
    vi: (p) => `không ghi được ${d(p.received)}: ${p['reasonVi'] ?? p['reason']}`,
  },
  input_too_large: {
    en: (p) => `${p['file']}: ${p['size']} bytes is more than the ${p['limit']} bytes a JSON document read whole may have; give the records as a JSON array or JSON Lines (streamed, each record at most ${p['limit']} bytes)`,
    vi: (p) => `${p['file']}: ${p['size']} byte vượt giới hạn ${p['limit']} byte của một tài liệu JSON đọc một lần; hãy đưa các bản ghi dạng mảng JSON hoặc JSON Lines (đọc dần, mỗi bản ghi tối đa ${p['limit']} byte)`,
  },
  unknown_column: {
    en: (p) => `${p['file']}:1: unknown column ${d(p.received)}; the dossier CSV columns are ${p['expected']}`,
    vi: (p) => `${p['file']}, dòng 1: cột ${d(p.received)} không hợp lệ; các cột của tệp hồ sơ CSV là ${p['expected']}`,
  },
} satisfies Record<string, MessagePair>;
