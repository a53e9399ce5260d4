// A child of bench/sample.bench.ts: one `reform-rules sample` run in-process (src/, through tsx),
// printing its time, the dossiers written and its peak RSS (peakRss.mjs: its own, not the parent's) as JSON.
// Usage: node --import tsx bench/sampleChild.ts <from> <to> <per-day> <out file>
import { main } from '../src/cli/run';
import { peakRssKb } from './peakRss.mjs';

const [from = '', to = '', perDay = '', out = ''] = process.argv.slice(2);
let stderr = '';
const t0 = performance.now();
const code = await main(['sample', '--from', from, '--to', to, '--per-day', perDay, '--out', out, '--locale', 'en'], {
  stdout: { isTTY: false, write: () => true },
  stderr: { isTTY: false, write: (s: string) => ((stderr += s), true) },
});
const ms = performance.now() - t0;
const dossiers = Number(/wrote (\d+) dossiers/.exec(stderr)?.[1] ?? 'NaN');
process.stdout.write(JSON.stringify({ code, ms, dossiers, maxRssKb: peakRssKb() }));
