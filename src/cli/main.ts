/**
 * The `reform-rules` command line. Node-only; the library core never imports it.
 * @internal
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDossiers } from '../index';
import { version } from '../../package.json';

const HELP = `reform-rules ${version}: Vietnamese administrative-reform rules as code

Usage:
  reform-rules validate <dossiers.json>   validate dossier records, list every bad one (exit 1 if any)
  reform-rules demo [--data <file>]       validate the bundled sample and summarise it
  reform-rules --help | --version

Exit codes: 0 success, 1 invalid records found, 2 usage error or unreadable file.
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`reform-rules: ${message}\n`);
  process.exit(code);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function validate(file: string): number {
  const r = parseDossiers(readJson(file));
  process.stdout.write(`${file}: ${r.value.length} valid, ${r.rejected.length} rejected\n`);
  for (const issue of r.issues) process.stdout.write(`  [${issue.path.join('.')}] ${issue.code}: ${issue.message}\n`);
  return r.ok ? 0 : 1;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' }, data: { type: 'string' } },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  switch (command) {
    case 'validate':
      if (rest[0] === undefined) fail('validate needs a file');
      return validate(rest[0]);
    case 'demo':
      return validate(values.data ?? 'examples/data/dossiers.json') === 2 ? 2 : 0;
    default:
      fail(`unknown command '${command}'\n\n${HELP}`);
  }
}

process.exitCode = main(process.argv.slice(2));
