/**
 * Writes docs/errors.md from the message tables (npm run errors-doc), so the list of codes is
 * always the code's own. test/errors/errorsDoc.test.ts fails when a code is missing from the doc.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../src/errors/messages/index';

// Every detail a message asks for is shown as its name in angle brackets, e.g. <field>, <from>.
const sample = new Proxy({} as Record<string, unknown>, {
  get: (_target, key) => (key === 'received' ? '<value>' : typeof key === 'string' ? `<${key}>` : undefined),
  has: () => true,
});
const areas: Record<string, string> = {};
const lines: string[] = [
  '# Issue and error codes',
  '',
  'Every `code` the library produces, in `Issue` values (data problems, returned) and in',
  '`ReformRulesError` (programmer errors, thrown). Messages exist in English and Vietnamese',
  '(`locale: \'vi\'`); both name the field and the received value. This file is generated from',
  '`src/errors/messages/` by `npm run errors-doc`; a test fails when a code is missing here.',
  '',
  '| code | English message (shape) | Vietnamese message (shape) |',
  '| --- | --- | --- |',
];
void areas;
for (const [code, pair] of Object.entries(messages)) {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  let en = '';
  let vi = '';
  try {
    en = pair.en(sample);
    vi = pair.vi(sample);
  } catch {
    en = '(message needs specific details)';
    vi = en;
  }
  lines.push(`| \`${code}\` | ${esc(en)} | ${esc(vi)} |`);
}
lines.push('', 'See each function\'s `@throws` in the API docs for when a code is thrown.', '');
writeFileSync(join(import.meta.dirname, '..', 'docs', 'errors.md'), lines.join('\n'));
process.stdout.write(`wrote ${Object.keys(messages).length} codes to docs/errors.md\n`);
