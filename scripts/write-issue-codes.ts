/**
 * Writes src/errors/IssueCode.ts, the readable literal union of every issue and error code, from the
 * message tables (npm run issue-codes). The compiler checks the union and the tables against each
 * other both ways (src/errors/messages/index.ts), so a new code fails the typecheck until this runs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../src/errors/messages/index';

const codes = Object.keys(messages).sort();
const text = [
  '/**',
  ' * Every issue and error code the library produces (snake_case), as a literal union. Generated from',
  ' * the message tables by `npm run issue-codes`; see `docs/errors.md` for each message.',
  ' * @category Errors',
  ' */',
  'export type IssueCode =',
  ...codes.map((c, i) => `  | '${c}'${i === codes.length - 1 ? ';' : ''}`),
  '',
].join('\n');
writeFileSync(join(import.meta.dirname, '..', 'src', 'errors', 'IssueCode.ts'), text);
process.stdout.write(`src/errors/IssueCode.ts: ${codes.length} codes\n`);
