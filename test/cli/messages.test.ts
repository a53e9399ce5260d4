/**
 * The CLI speaks one language per run (Vietnamese by default, English with --locale en): per-command
 * help, "did you mean" for commands, options and values, --quiet, --summary-json, bash completion.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bashCompletion } from '../../src/cli/completion';
import { closest } from '../../src/cli/messages';
import { COMMAND_HELP, OPTION_HELP } from '../../src/cli/messagesHelp';
import { COMMANDS, COMMON_OPTIONS } from '../../src/cli/registry';
import { cli } from './_run';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'examples', 'data', 'sample.json');
const tmp = mkdtempSync(join(tmpdir(), 'reform-rules-messages-'));
/** Words that only an English text has, and only a Vietnamese one. */
const ENGLISH = /\b(the|needs|must|default|received|options?|usage|examples?)\b/i;
const VIETNAMESE = /(mặc định|cần|tùy chọn|Cách dùng|Ví dụ|của)/;

describe('CLI messages and help', () => {
  it('prints the help of each command in the locale, never mixing the two', async () => {
    for (const c of COMMANDS) {
      const vi = await cli([...c.name.split(' '), '--help']);
      const en = await cli([...c.name.split(' '), '--help', '--locale', 'en']);
      expect(vi.code).toBe(0);
      expect(vi.stdout.startsWith(`Cách dùng: reform-rules ${c.name}`)).toBe(true);
      expect(en.stdout.startsWith(`Usage: reform-rules ${c.name}`)).toBe(true);
      for (const o of c.options) expect(en.stdout).toContain(`--${o.name}`);
      // Option names and values are shared; the words around them are of one language.
      const prose = (t: string) => t.replace(/--?[a-z-]+(\[=[^\]]*\])?( [a-z0-9|-]+)?/g, '').replace(/"[^"]*"|\([^)]*\b(TTHC|QĐ|CCHC)\b[^)]*\)/g, '');
      expect(prose(en.stdout)).not.toMatch(VIETNAMESE);
      expect(prose(vi.stdout)).not.toMatch(ENGLISH);
    }
    expect((await cli(['help', 'report'])).stdout).toBe((await cli(['report', '--help'])).stdout);
    expect((await cli([])).stdout).toContain('Lệnh:');
    expect((await cli(['--help', '--locale', 'en'])).stdout).toContain('Commands:');
  });

  it('has every text of every command and option in both locales', () => {
    for (const c of COMMANDS) {
      const h = COMMAND_HELP[c.name];
      expect(h.summary.vi).not.toBe('');
      expect(h.summary.en).not.toBe('');
      expect(h.examples.length).toBeGreaterThan(0);
    }
    for (const t of Object.values(OPTION_HELP)) expect(t.vi).not.toBe(t.en);
  });

  it('answers unknown commands, options and values with the closest match, in the locale', async () => {
    const cmd = await cli(['reprot', sample]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe("reform-rules: không có lệnh 'reprot'; có phải ý bạn là report? (xem reform-rules --help)\n");
    const opt = await cli(['report', sample, '--peroid', '2025-Q1', '--locale', 'en']);
    expect(opt.stderr).toBe("reform-rules: report has no option '--peroid'; did you mean --period? (see reform-rules report --help)\n");
    const val = await cli(['report', sample, '--period', '2025-Q1', '--format', 'xslx']);
    expect(val.stderr).toContain("--format phải là một trong md, csv, json, html, xlsx, nhận được 'xslx'; có phải ý bạn là xlsx?");
    expect((await cli(['calendar', '2025', '--period', '2025'])).stderr).toContain("lệnh calendar không có tùy chọn '--period'");
    expect((await cli(['report', sample, '--out'])).stderr).toContain('tùy chọn --out cần một giá trị (--out TỆP)');
    expect((await cli(['report', sample, '--quiet=yes'])).stderr).toContain('tùy chọn --quiet không nhận giá trị');
    expect((await cli(['rating'])).stderr).toBe('reform-rules: lệnh rating cần một tệp công chức (xem reform-rules rating --help)\n');
    expect((await cli(['report', sample, 'extra', '--period', '2025-Q1'])).code).toBe(2);
    expect((await cli(['report', sample, '--locale', 'fr'])).stderr).toContain("--locale phải là một trong vi, en, nhận được 'fr'");
    for (const r of [cmd, opt, val]) expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option|\n\s+at /);
  });

  it('finds a one-edit typo of any option or command name', () => {
    const names = [...new Set([...COMMANDS.flatMap((c) => c.options.map((o) => o.name)), ...COMMON_OPTIONS.map((o) => o.name)])];
    fc.assert(
      fc.property(fc.constantFrom(...names.filter((n) => n.length >= 5)), fc.nat(), fc.constantFrom('drop', 'swap', 'change'), (name, at, edit) => {
        const i = at % (name.length - 1);
        const typo = edit === 'drop' ? name.slice(0, i) + name.slice(i + 1) : edit === 'swap' ? name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2) : `${name.slice(0, i)}${name.charAt(i) === 'x' ? 'y' : 'x'}${name.slice(i + 1)}`;
        const found = closest(typo, names);
        expect(found).toBeDefined();
        // Another name may be as close (--to, --form/--format): then it is at least as close.
        if (found !== name) expect(names).toContain(found);
      }),
    );
    expect(closest('zzzzzz', names)).toBeUndefined();
  });

  it('--quiet drops notices from stderr, keeps errors; --summary-json writes one JSON summary', async () => {
    const file = join(tmp, 'mixed.jsonl');
    const good = JSON.stringify({ id: 'HS-1', procedureId: 'DT-01', departmentId: 'QLDT', channel: 'online', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 15 });
    writeFileSync(file, `${good}\n{"id": oops}\n`);
    const loud = await cli(['report', file, '--period', '2025-Q1', '--format', 'json']);
    expect(loud.code).toBe(4);
    expect(loud.stderr).toContain('bản ghi bị loại khỏi báo cáo');
    // The first reasons name the file's line once, describe the JSON fault without quoting the line.
    expect(loud.stderr).toContain('\n  dòng 2: invalid_json: không phải JSON hợp lệ (ký tự không đúng cú pháp ở cột 8)\n');
    expect(loud.stderr).not.toContain('oops');
    const en = await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--locale', 'en']);
    expect(en.stderr).toContain('\n  line 2: invalid_json: not valid JSON (unexpected character at column 8)\n');
    const quiet = await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--quiet']);
    expect(quiet.code).toBe(4);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
    const json = await cli(['report', file, '--period', '2025-Q1', '--format', 'json', '--summary-json']);
    const summary = JSON.parse(json.stderr) as { command: string; exitCode: number; records: { in: number; accepted: number; rejected: number; excluded: number } };
    expect(summary).toMatchObject({ command: 'report', exitCode: 4, records: { in: 2, rejected: 1 } });
    expect(summary.records.in).toBe(summary.records.accepted + summary.records.rejected + summary.records.excluded);
    const to = join(tmp, 'summary.json');
    const sample2 = await cli(['report', sample, '--period', '2025-Q1', '--format', 'csv', `--summary-json=${to}`, '--quiet']);
    expect(sample2.stderr).toBe('');
    const s2 = JSON.parse(readFileSync(to, 'utf8')) as { exitCode: number; records: { in: number; accepted: number; rejected: number; excluded: number } };
    expect(s2.exitCode).toBe(sample2.code);
    expect(s2.records.in).toBe(s2.records.accepted + s2.records.rejected + s2.records.excluded);
    const v = JSON.parse((await cli(['validate', file, '--summary-json', '--locale', 'en'])).stderr) as { exitCode: number; error: { code: string; message: string } };
    expect(v.exitCode).toBe(3);
    expect(v.error.code).toBe('malformed_input');
    const usage = JSON.parse((await cli(['reprot', '--summary-json'])).stderr) as { exitCode: number; error: { message: string } };
    expect(usage).toMatchObject({ exitCode: 2, error: { message: "không có lệnh 'reprot'; có phải ý bạn là report?" } });
  });

  it('prints a bash completion script that lists every command and option, and completes in bash', async () => {
    const r = await cli(['completion', 'bash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(bashCompletion(COMMANDS));
    for (const c of COMMANDS) {
      expect(r.stdout).toContain(`'${c.name}')`);
      for (const o of c.options) expect(r.stdout).toContain(`--${o.name}`);
    }
    expect((await cli(['completion', 'zsh'])).code).toBe(2);
    const script = join(tmp, 'completion.bash');
    writeFileSync(script, r.stdout);
    const complete = (...words: string[]) => {
      const line = `source '${script}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _reform_rules; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const b = spawnSync('bash', ['-c', line], { encoding: 'utf8', cwd: tmp });
      return b.status === null ? undefined : b.stdout.trim().split('\n').filter(Boolean).sort();
    };
    const first = complete('reform-rules', 're');
    if (first === undefined) return; // no bash on this machine: the listing above is checked
    expect(first).toEqual(['report']);
    expect(complete('reform-rules', 'report', 'x.csv', '--per')).toEqual(['--period']);
    expect(complete('reform-rules', 'report', 'x.csv', '--format', '')).toEqual(['csv', 'html', 'json', 'md', 'xlsx']);
    expect(complete('reform-rules', '--locale', 'en', 'calendar', 'export', '--format', 'i')).toEqual(['ics']);
    expect(complete('reform-rules', 'calendar', 'ex')).toEqual(['export']);
    expect(complete('reform-rules', 'validate', 'f.csv', '--input-format', 'x')).toEqual(['xlsx']);
  });
});
