/**
 * The `reform-rules` command line (the package's bin). Node-only; the library core never imports it.
 * The parts: src/cli/run.ts (`main(argv, streams)`: parse, help, dispatch, errors, summaries),
 * src/cli/registry.ts (the commands, as data: add a command there), src/cli/spec.ts (the options),
 * src/cli/messages.ts and messagesHelp.ts (every text, vi + en), src/cli/completion.ts (bash).
 * @internal
 * @module
 */
import { DEFAULT_LOCALE } from '../errors/locale';
import { guardStdout } from './output';
import { main } from './run';

// A closed pipe (`| head`) ends quietly; a full disk is one line and exit 5 (docs/cli.md).
const argv = process.argv.slice(2);
const at = argv.indexOf('--locale');
guardStdout(undefined, argv.includes('--locale=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : DEFAULT_LOCALE);

void main(argv).then((code) => {
  process.exitCode = code;
});
