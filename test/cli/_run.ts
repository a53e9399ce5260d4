/**
 * Runs the command line in-process (`main(argv, streams)` of src/cli/run.ts) with captured streams,
 * so the tests are fast and coverage sees the CLI. Relative paths resolve against the test's cwd, so
 * the tests pass absolute paths.
 */
import { main } from '../../src/cli/run';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `reform-rules ...args`; `tty` makes stdout a terminal. */
export async function cli(args: readonly string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { isTTY: options.tty === true, write: (s: string) => ((stdout += s), true) },
    stderr: { isTTY: false, write: (s: string) => ((stderr += s), true) },
  });
  return { code, stdout, stderr };
}
