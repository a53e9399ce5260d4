/**
 * Regenerates docs/images/report-xlsx.png, the README's picture of the demo's Biểu 06 workbook:
 * runs the demo into a temporary folder, reads the first sheet of out/report-2025-Q1.xlsx back with
 * the project's own xlsx reader, draws it as a plain HTML table (scripts/workbook-html.ts) and
 * screenshots that table with Debian's chromium (headless, driven by playwright-core, with the flags
 * of test/browser). There is no spreadsheet application here: the picture shows the file's content.
 *
 *   npx tsx scripts/screenshot-workbook.ts            (needs /usr/bin/chromium: apt-get install -y chromium)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { demoCommand } from '../src/cli/commands/demo';
import type { Output } from '../src/cli/output';
import { workbookSheetHtml } from './workbook-html';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');
const target = join(root, 'docs', 'images', 'report-xlsx.png');

/** A silent Output for the demo command. */
const quiet: Output = { line() {}, write() {}, progress() {}, flushTo() {}, bytes() {} };

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`${CHROMIUM} is absent (apt-get install -y chromium); ${target} not written\n`);
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rr-xlsx-shot-'));
  try {
    demoCommand({ data: join(root, 'examples', 'data', 'sample.json'), outDir: join(dir, 'out'), locale: 'vi' }, quiet);
    const html = await workbookSheetHtml(readFileSync(join(dir, 'out', 'report-2025-Q1.xlsx')), 'report-2025-Q1.xlsx');
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1800, height: 700 });
      await page.setContent(html);
      const png = await page.locator('table').screenshot();
      mkdirSync(join(root, 'docs', 'images'), { recursive: true });
      writeFileSync(target, png);
      process.stdout.write(`wrote ${target} (${png.length} bytes)\n`);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
